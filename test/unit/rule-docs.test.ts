import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { escapePlaceholders, renderAllRuleDocs, renderRuleDoc, RULE_DOCS_DIR, staleRuleDocs } from '../../scripts/generate-rule-docs';
import { allRules } from '../../server/src/engine/rules';
import type { Rule } from '../../server/src/engine/rules/rule';

const FIX = 'docs/rules/ is out of date with the rules\' metadata: run `npm run docs:rules` and commit the result.';

test('docs/rules/ matches the rules\' metadata', () => {
  const expected = renderAllRuleDocs();
  const outdated = [...expected].filter(([name, content]) => {
    const path = join(RULE_DOCS_DIR, name);
    return !existsSync(path) || readFileSync(path, 'utf8') !== content;
  });
  assert.deepEqual(outdated.map(([name]) => name), [], FIX);
  assert.deepEqual(staleRuleDocs(RULE_DOCS_DIR, expected), [], `documentation of rules that no longer exist. ${FIX}`);
});

test('every rule has a rationale and at least one example', () => {
  for (const rule of allRules) {
    assert.ok(rule.docs.rationale.trim().length >= 40, `${rule.id}: the rationale should say why the rule exists`);
    assert.ok((rule.docs.examples ?? []).length >= 1, `${rule.id}: needs at least one example`);
    for (const example of rule.docs.examples ?? []) assert.ok(example.flagged.trim(), `${rule.id}: an example with nothing flagged`);
  }
});

test('rule ids are unique kebab-case, so each has its own page', () => {
  const ids = allRules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z0-9]+)*$/);
});

test('a rule page shows the metadata and survives backticks in its examples', () => {
  const rule: Rule = {
    id: 'sample-rule',
    description: 'Says | something.',
    defaultSeverity: 'hint',
    fixable: false,
    docs: { rationale: 'Because.', examples: [{ flagged: 'a ``` b', accepted: 'c', note: 'A note.' }] },
    check() {},
  };
  const page = renderRuleDoc(rule);
  assert.match(page, /^<!-- Generated/);
  assert.match(page, /^# sample-rule$/m);
  assert.match(page, /\| Default severity \| hint/);
  assert.match(page, /\| Fixable \| no \|/);
  assert.match(page, /^````text\na ``` b\n````$/m, 'the fence is longer than any backtick run inside');
  assert.match(page, /^A note\.$/m);
});

test('template placeholders in a rationale are shown, not swallowed as HTML', () => {
  assert.equal(escapePlaceholders('in <Month YYYY> and `<Council>` <br>'), 'in &lt;Month YYYY> and `<Council>` <br>');
});

test('the generated pages are clean Markdown (markdownlint, long lines allowed)', async () => {
  const { lint } = await import('markdownlint/sync');
  const strings = Object.fromEntries(renderAllRuleDocs());
  const result = lint({ strings, config: { default: true, MD013: false, MD041: false, MD038: false, MD024: { siblings_only: true } } });
  const problems = Object.entries(result).flatMap(([name, errors]) => errors.map((e) => `${name}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.ruleDescription} ${e.errorDetail ?? ''}`));
  assert.deepEqual(problems, []);
});
