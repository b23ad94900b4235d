import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { allRules } from '../engine';
import { acceptedWords, ConfigFiles, formatConfigProblem, parseConfig } from './config';

const RULE_IDS = new Set(allRules.map((r) => r.id));

function tree(files: Record<string, string>): { root: string; done(): void } {
  const root = mkdtempSync(join(tmpdir(), 'letter-config-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, done: () => rmSync(root, { recursive: true, force: true }) };
}

test('a configuration with comments and trailing commas is read: rules, template, previous, words, ignore', () => {
  const layer = parseConfig(
    `// the team's settings
{
  "$schema": "./node_modules/inspection-letter-checker/schemas/letter-check.schema.json",
  "rules": { "bullet-style": "off", "spelling": "information", },
  /* one template for the folder */
  "template": "annual-letter",
  "previous": "../2010/derby.letter",
  "words": ["Mosaic", "LiquidLogic"],
  "ignore": ["old/**"],
}`,
    '/team/letters/.letter-check.jsonc',
    RULE_IDS,
  );
  assert.deepEqual(layer.problems, []);
  assert.deepEqual(layer.rules, { 'bullet-style': 'off', spelling: 'information' });
  assert.equal(layer.template, 'annual-letter');
  assert.equal(layer.previous, '/team/2010/derby.letter');
  assert.deepEqual(layer.words, ['mosaic', 'liquidlogic']);
  assert.deepEqual(layer.ignore, ['old/**']);
});

test('a syntax error is named with the file, line and column, and nothing in the file applies', () => {
  const layer = parseConfig('{\n  "rules": { "bullet-style": "off" }\n  "words": []\n}', '/x/.letter-check.json', RULE_IDS);
  assert.equal(layer.problems.length, 1);
  assert.equal(formatConfigProblem(layer.problems[0]), "/x/.letter-check.json:3:3: this is not valid JSON: a ',' was expected between settings; the file is not used until it is corrected");
  assert.deepEqual(layer.rules, {});
});

test('wrong values are named where they are written, and the right ones still apply', () => {
  const text = '{\n  "rules": {\n    "bullet-style": "loud",\n    "no-such-rule": "off",\n    "spelling": "off"\n  },\n  "template": "inspection-report",\n  "words": "Mosaic",\n  "colour": true\n}';
  const layer = parseConfig(text, '/x/.letter-check.json', RULE_IDS);
  assert.deepEqual(
    layer.problems.map(formatConfigProblem),
    [
      '/x/.letter-check.json:3:5: the rule "bullet-style" should be set to "error", "warning", "information", "hint", "off", not "loud"',
      '/x/.letter-check.json:4:5: there is no rule "no-such-rule" (the rules are listed in docs/rules/README.md)',
      '/x/.letter-check.json:7:3: there is no template "inspection-report" (known: annual-letter, focused-visit, ilacs-report, sif-report)',
      '/x/.letter-check.json:8:3: "words" should be a list of words, such as ["Mosaic", "signposting"]',
      '/x/.letter-check.json:9:3: unknown setting "colour" (known: root, rules, template, previous, words, ignore)',
    ],
  );
  assert.deepEqual(layer.rules, { spelling: 'off' });
  for (const notAnObject of ['[]', '"rules"', '3']) assert.match(parseConfig(notAnObject, 'c', RULE_IDS).problems[0].message, /should be an object/);
  assert.deepEqual(parseConfig('', 'c', RULE_IDS).problems, [], 'an empty file is no configuration, not an error');
});

test('the nearest configuration wins over its parents, rule by rule; words and ignores add up; root stops the search', () => {
  const t = tree({
    '.letter-check.json': '{ "rules": { "bullet-style": "off", "spelling": "hint" }, "words": ["mosaic"], "ignore": ["archive/"] }',
    'derby/.letter-check.jsonc': '// derby\n{ "rules": { "spelling": "error" }, "words": ["signposting"], "previous": "2010.letter" }',
    'derby/2011/draft.letter': '',
    'durham/.letter-check.json': '{ "root": true, "rules": { "copy-list": "off" } }',
  });
  try {
    const configs = new ConfigFiles(RULE_IDS);
    const derby = configs.configFor(join(t.root, 'derby', '2011', 'draft.letter'));
    assert.deepEqual(derby.files, [join(t.root, '.letter-check.json'), join(t.root, 'derby', '.letter-check.jsonc')]);
    assert.deepEqual(derby.rules, { 'bullet-style': 'off', spelling: 'error' });
    assert.deepEqual([...derby.words].sort(), ['mosaic', 'signposting']);
    assert.equal(derby.previous, join(t.root, 'derby', '2010.letter'));
    const durham = configs.configFor(join(t.root, 'durham', 'draft.letter'));
    assert.deepEqual(durham.rules, { 'copy-list': 'off' });
    assert.equal(configs.isIgnored(join(t.root, 'archive', 'x.letter')), true);
    assert.equal(configs.isIgnored(join(t.root, 'derby', 'archive', 'x.letter')), true, 'gitignore-style: a name without a slash matches at any depth');
    assert.equal(configs.isIgnored(join(t.root, 'derby', 'x.letter')), false);
    assert.equal(configs.isIgnored(join(t.root, 'durham', 'archive', 'x.letter')), false, 'durham is a root: the ignore above does not apply');
  } finally {
    t.done();
  }
});

test('both names in one folder: the .json is read and the other is named as a problem; a folder named like the file is skipped', () => {
  const t = tree({ '.letter-check.json': '{ "rules": { "bullet-style": "off" } }', '.letter-check.jsonc': '{}' });
  mkdirSync(join(t.root, 'sub', '.letter-check.json'), { recursive: true });
  try {
    const config = new ConfigFiles(RULE_IDS).configFor(join(t.root, 'sub', 'a.letter'));
    assert.deepEqual(config.rules, { 'bullet-style': 'off' });
    assert.match(formatConfigProblem(config.problems[0]), /\.letter-check\.jsonc: \.letter-check\.json is beside it and is the one read/);
  } finally {
    t.done();
  }
});

test('accepted words are the configuration\'s and the words file\'s together', () => {
  const config = { files: [], rules: {}, words: new Set(['mosaic']), ignore: [], problems: [] };
  assert.deepEqual([...acceptedWords(config, new Set(['signposting']))].sort(), ['mosaic', 'signposting']);
  assert.deepEqual([...acceptedWords(config, undefined)], ['mosaic']);
});
