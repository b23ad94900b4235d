// Writes syntaxes/inspection-letter.tmLanguage.json from every template's data (run after editing a template.json).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRegistry } from '../server/src/engine';
import { grammarFileText } from './grammar-from-template';

const file = join(__dirname, '..', 'syntaxes', 'inspection-letter.tmLanguage.json');
writeFileSync(file, grammarFileText(builtinRegistry().templates));
console.log(`Wrote ${file}`);
