// Writes snippets/inspection-letter.code-snippets from the template data (run after editing template.json).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRegistry } from '../server/src/engine';
import { snippetsFileText } from './snippets-from-template';

const file = join(__dirname, '..', 'snippets', 'inspection-letter.code-snippets');
writeFileSync(file, snippetsFileText(builtinRegistry().templates));
console.log(`Wrote ${file}`);
