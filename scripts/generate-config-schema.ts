// Writes schemas/letter-check.schema.json from the rules' metadata (run after adding, renaming or
// describing a rule; test/unit/config-schema.test.ts fails when it drifts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../server/src/engine/rules';
import { CONFIG_SCHEMA_PATH, configSchemaText } from './config-schema-from-rules';

const file = join(__dirname, '..', CONFIG_SCHEMA_PATH);
const before = (() => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
})();
const after = configSchemaText(allRules);
if (after !== before) writeFileSync(file, after);
console.log(after === before ? `${file} is up to date` : `Wrote ${file}`);
