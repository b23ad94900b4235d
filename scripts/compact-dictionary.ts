// Writes nspell's expansion of the en-GB dictionary (server/src/engine/spelling/compact-dictionary.ts)
// into a folder holding index.aff and index.dic: scripts/build.mjs runs it on dist/dictionary-en-gb/.
//   node --import tsx scripts/compact-dictionary.ts FOLDER
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPACT_FILE, compactDictionaryOf } from '../server/src/host/dictionary';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node --import tsx scripts/compact-dictionary.ts FOLDER');
  process.exit(2);
}
writeFileSync(join(folder, COMPACT_FILE), compactDictionaryOf(folder));
