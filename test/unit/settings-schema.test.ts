import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { allRules } from '../../server/src/engine';
import { RULES_SETTING, withRulesSetting } from '../../scripts/settings-from-rules';

const PACKAGE_JSON = join(__dirname, '..', '..', 'package.json');
const packageText = readFileSync(PACKAGE_JSON, 'utf8');
const rulesSchema = JSON.parse(packageText).contributes.configuration.properties[RULES_SETTING];

test('package.json lists every rule in the rules setting (run npm run generate:settings after changing a rule)', () => {
  assert.equal(withRulesSetting(packageText, allRules), packageText);
  assert.deepEqual(Object.keys(rulesSchema.properties).sort(), allRules.map((r) => r.id).sort());
});

test('the rules setting accepts a severity or "off" per known rule, and flags an unknown rule id or severity', () => {
  const validate = new Ajv({ strict: false }).compile(rulesSchema);
  assert.ok(validate({ 'bullet-style': 'off', 'copy-list': 'information' }));
  assert.ok(validate({}));
  assert.ok(!validate({ 'letter-date-four-weeks': 'information' }), 'no such rule');
  assert.ok(!validate({ 'bullet-style': 'loud' }), 'no such severity');
  for (const rule of allRules) {
    const description: string = rulesSchema.properties[rule.id].markdownDescription;
    assert.ok(description.startsWith(rule.description), rule.id);
    assert.ok(description.endsWith(`Default: \`${rule.defaultSeverity}\`.`), rule.id);
  }
});
