// Writes syntaxes/inspection-letter.tmLanguage.json from the template data (run after editing template.json).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { standardTemplate } from '../server/src/engine';
import { grammarFileText } from './grammar-from-template';

const file = join(__dirname, '..', 'syntaxes', 'inspection-letter.tmLanguage.json');
writeFileSync(file, grammarFileText(standardTemplate()));
console.log(`Wrote ${file}`);
