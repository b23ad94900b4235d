import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import { allRules } from '../../server/src/engine';
import { parseConfig } from '../../server/src/host/config';
import { CONFIG_SCHEMA_PATH, configSchemaText } from '../../scripts/config-schema-from-rules';

const ROOT = join(__dirname, '..', '..');
const schemaText = readFileSync(join(ROOT, CONFIG_SCHEMA_PATH), 'utf8');
const schema = JSON.parse(schemaText);
const RULE_IDS = new Set(allRules.map((r) => r.id));

test('the configuration schema is made from the rules (run npm run generate:config-schema after changing a rule)', () => {
  assert.equal(configSchemaText(allRules), schemaText);
  assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...RULE_IDS].sort());
});

test('package.json contributes the schema for both file names, and the settings are per folder (scope resource)', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: ['.letter-check.json', '.letter-check.jsonc'], url: `./${CONFIG_SCHEMA_PATH}` }]);
  for (const [name, setting] of Object.entries<{ scope?: string }>(pkg.contributes.configuration.properties)) assert.equal(setting.scope, 'resource', name);
});

test('the schema and the reader agree: what one accepts the other does, and what one flags the other does', () => {
  const validate = new Ajv({ strict: false }).compile(schema);
  const cases: [string, boolean][] = [
    ['{}', true],
    ['{ "rules": { "bullet-style": "off", "spelling": "hint" }, "template": "annual-letter", "previous": "../a.letter", "words": ["Mosaic"], "ignore": ["old/**"], "root": true }', true],
    ['{ "$schema": "./schemas/letter-check.schema.json" }', true],
    ['{ "rules": { "bullet-styles": "off" } }', false],
    ['{ "rules": { "bullet-style": "loud" } }', false],
    ['{ "rules": [] }', false],
    ['{ "words": "Mosaic" }', false],
    ['{ "ignore": [3] }', false],
    ['{ "colour": true }', false],
    ['{ "root": "yes" }', false],
  ];
  for (const [text, ok] of cases) {
    assert.equal(validate(JSON.parse(text)), ok, `schema on ${text}`);
    assert.equal(parseConfig(text, 'c.json', RULE_IDS).problems.length === 0, ok, `reader on ${text}`);
  }
});
