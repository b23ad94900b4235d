// Writes the `inspectionLetters.rules` setting's schema into package.json from the rules' metadata
// (run after adding, renaming or describing a rule; test/unit/settings-schema.test.ts fails when it drifts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../server/src/engine/rules';
import { withRulesSetting } from './settings-from-rules';

const file = join(__dirname, '..', 'package.json');
const before = readFileSync(file, 'utf8');
const after = withRulesSetting(before, allRules);
if (after !== before) writeFileSync(file, after);
console.log(after === before ? `${file} is up to date` : `Wrote the rules setting into ${file}`);
