import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, readSettings, withConfigFile } from './settings';

const RULES = new Set(['heading-wording', 'bullet-style']);

test('valid settings are read as given', () => {
  const { settings, problems } = readSettings(
    { rules: { 'heading-wording': 'off', 'bullet-style': 'error' }, debounceMs: 100, previousLetter: ' prev/2010.letter ', template: ' focused-visit ', maxFileSizeKb: 64 },
    RULES,
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(settings, { rules: { 'heading-wording': 'off', 'bullet-style': 'error' }, debounceMs: 100, previousLetter: 'prev/2010.letter', template: 'focused-visit', maxFileSizeKb: 64 });
});

test('missing settings give the defaults without complaint', () => {
  for (const raw of [undefined, null, {}]) {
    const { settings, problems } = readSettings(raw, RULES);
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, { ...DEFAULT_SETTINGS, rules: {} });
  }
});

test('each invalid value is named with its setting and replaced by the default; valid neighbours are kept', () => {
  const { settings, problems } = readSettings(
    { rules: { 'heading-wording': 'loud', 'no-such-rule': 'off', 'bullet-style': 'hint' }, debounceMs: -5, maxFileSizeKb: 'big', previousLetter: 42, template: 7 },
    RULES,
  );
  assert.deepEqual(settings.rules, { 'bullet-style': 'hint' });
  assert.equal(settings.debounceMs, DEFAULT_SETTINGS.debounceMs);
  assert.equal(settings.maxFileSizeKb, DEFAULT_SETTINGS.maxFileSizeKb);
  assert.equal(settings.previousLetter, '');
  assert.equal(settings.template, '');
  assert.equal(problems.length, 6);
  assert.match(problems[0], /^inspectionLetters\.rules\.heading-wording should be "error", "warning", "information", "hint" or "off", not "loud"/);
  assert.match(problems[1], /there is no rule "no-such-rule"/);
  assert.match(problems[2], /^inspectionLetters\.debounceMs should be a number from 0 to 10000, not -5; using 250\./);
  assert.match(problems[3], /^inspectionLetters\.maxFileSizeKb should be a number/);
  assert.match(problems[4], /^inspectionLetters\.previousLetter should be a file path/);
  assert.match(problems[5], /^inspectionLetters\.template should be a template id/);
});

test('settings of the wrong shape entirely fall back to the defaults with one message', () => {
  const { settings, problems } = readSettings('fast', RULES);
  assert.deepEqual(settings, { ...DEFAULT_SETTINGS, rules: {} });
  assert.equal(problems.length, 1);
  const rules = readSettings({ rules: ['off'] }, RULES);
  assert.match(rules.problems[0], /^inspectionLetters\.rules should be an object/);
});

test('a configuration file goes over the settings rule by rule; its previous document and words too; ignored means every rule off', () => {
  const ids = new Set(['bullet-style', 'spelling', 'copy-list']);
  const settings = { rules: { 'bullet-style': 'error' as const, 'copy-list': 'off' as const }, debounceMs: 250, previousLetter: 'old.letter', template: '', maxFileSizeKb: 512 };
  const config = { files: ['/w/.letter-check.json'], rules: { 'bullet-style': 'hint' as const }, previous: '/w/2010.letter', words: new Set(['mosaic']), ignore: [], problems: [{ file: '/w/.letter-check.json', message: 'x', line: 2, column: 3 }] };
  const own = withConfigFile(settings, config, new Set(['signposting']), false, ids);
  assert.deepEqual(own.rules, { 'bullet-style': 'hint', 'copy-list': 'off' });
  assert.equal(own.previousLetter, '/w/2010.letter');
  assert.deepEqual([...own.acceptedWords!].sort(), ['mosaic', 'signposting']);
  assert.deepEqual(own.problems, ['/w/.letter-check.json:2:3: x']);
  assert.deepEqual(withConfigFile(settings, config, undefined, true, ids).rules, { 'bullet-style': 'off', spelling: 'off', 'copy-list': 'off' });
  assert.deepEqual(withConfigFile(settings, undefined, undefined, false, ids).rules, settings.rules, 'no configuration file: the settings alone');
});
