import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, builtinRegistry, parseLetter, standardTemplate } from '../../server/src/engine';
import { buildSnippets, snippetsFileText } from '../../scripts/snippets-from-template';
import { expand } from './snippet-expand';

const FILE = join(__dirname, '..', '..', 'snippets', 'inspection-letter.code-snippets');

const DERBY_VALUES = {
  'letter date': '1 December 2010',
  'addressee name': 'Ms Jo Davidson',
  council: 'Derby City Council',
  address: 'Council House\nCorporation Street\nDerby\nDE1 2FS',
  'addressee salutation': 'Ms Davidson',
  'inspection dates': '2 and 3 November 2010',
  'previous month': 'January 2010',
  strength: 'Considerable action has been taken since the previous inspection to improve the service.',
  finding: 'Thresholds for access to children\'s social care services are clear and well understood by partners.',
  'inspector name': 'Pauline Turner',
  'chief executive': 'Adam Wilkinson',
  'dfe contact': 'Jane Smith',
};

test('the snippets file is generated from the template (run npm run generate:snippets after editing template.json)', () => {
  assert.equal(readFileSync(FILE, 'utf8'), snippetsFileText(builtinRegistry().templates));
});

test('the whole-letter skeleton, filled in, is a letter with every standard part in template order and every fixed sentence exact', () => {
  const template = standardTemplate();
  const text = expand(buildSnippets(template)['Whole letter'].body, DERBY_VALUES);
  const letter = parseLetter(text);
  assert.ok(letter.looksLikeLetter);
  const ids = letter.parts.map((p) => p.id);
  const expected = template.parts
    .filter((p) => p.id !== 'letterhead' && p.required !== 'conditional')
    .map((p) => p.id);
  assert.deepEqual(ids, expected);
  for (const part of letter.parts) for (const s of part.sentences) assert.equal(s.status, 'exact', `${part.id}: ${s.sentence.id}`);
  assert.equal(letter.values.council.title?.value, 'Derby City Council');
  assert.equal(letter.values.copyList.chiefExecutive?.council.value, 'Derby City Council');
  const errors = analyze(text).diagnostics.filter((d) => d.severity === 'error');
  assert.deepEqual(errors.map((d) => `${d.code}: ${d.message}`), []);
});

test('the tab stops follow the template order: each new placeholder number is the next one', () => {
  const body = buildSnippets(standardTemplate())['Whole letter'].body.join('\n');
  const firstUses = [...body.matchAll(/\$\{(\d+)[:|]/g)].map((m) => Number(m[1]));
  assert.deepEqual(firstUses, firstUses.map((_, i) => i + 1));
  assert.ok(body.indexOf('${1:[letter date]}') < body.indexOf('${3:[council]}'));
  assert.ok(body.indexOf('inspection dates') < body.indexOf('inspector name'));
});

test('the priority-action block has the priority closing and both consequence paragraphs, all exact', () => {
  const template = standardTemplate();
  const snippets = buildSnippets(template);
  const letterText = expand(snippets['Whole letter'].body, DERBY_VALUES);
  const block = expand(snippets['Area for priority action'].body, { finding: 'There is a systemic weakness in the timeliness of assessments.' });
  const closing = template.part('closing').sentences[0].variants.find((v) => !v.facts.priorityAction)!.source;
  // Put the block where the template has it: after Areas for development, replacing the closing.
  const text = letterText.replace(closing, block);
  assert.notEqual(text, letterText);
  const letter = parseLetter(text);
  for (const id of ['priorityActionLeadIn', 'priorityAction', 'closing', 'consequenceRating', 'consequenceFurtherInspection'] as const) {
    assert.equal(letter.partsById(id).length, 1, id);
    for (const s of letter.partsById(id)[0].sentences) assert.equal(s.status, 'exact', `${id}: ${s.sentence.id}`);
  }
  assert.equal(letter.partsById('closing')[0].sentences[0].variant?.facts.priorityAction, true);
});

test('each template written today has one whole-document snippet marked as a file template (the New Letter or Report command lists them), and no other snippet is', () => {
  const snippets = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, { isFileTemplate?: boolean; body: string[] }>;
  const fileTemplates = Object.entries(snippets).filter(([, s]) => s.isFileTemplate).map(([name]) => name);
  const written = builtinRegistry().templates.filter((t) => !t.referenceOnly);
  assert.equal(fileTemplates.length, written.length, fileTemplates.join(', '));
  assert.deepEqual(fileTemplates, ['Whole letter', 'Focused visit letter', 'Inspection report (ILACS)']);
  // Each, with every placeholder left as it is written, is recognised as its own template (not only its name says so).
  const asWritten = new Proxy({} as Record<string, string>, { get: (_, label) => `[${String(label)}]` });
  for (const [name, id] of [['Whole letter', 'annual-letter'], ['Focused visit letter', 'focused-visit'], ['Inspection report (ILACS)', 'ilacs-report']] as const) {
    const text = expand(snippets[name].body, asWritten);
    assert.equal(builtinRegistry().recognise(text).template.id, id, name);
  }
});
