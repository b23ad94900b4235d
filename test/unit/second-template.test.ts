import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { builtinRegistry, createLetterService, TemplateError } from '../../server/src/engine';

/**
 * A second kind of document added the way docs/adding-a-template.md says, with data alone: the
 * monitoring-visit letter, whose opening MODERN-TEMPLATES.md §5 quotes from BCP Council's letter of
 * June 2022 (the sample's names and findings are invented; the fixed sentences are the real ones).
 * The engine is not changed for it: it is recognised, parsed into its parts and checked by the
 * generic rules.
 */
const DIR = join(__dirname, '..', 'fixtures', 'templates', 'monitoring-visit');
const data = JSON.parse(readFileSync(join(DIR, 'template.json'), 'utf8'));
const sample = readFileSync(join(DIR, 'sample.letter'), 'utf8');
const registry = builtinRegistry().with(data);
const service = createLetterService({ registry });
const analyze = (text: string) => service.analyze('file:///w/monitoring.letter', text);
const codes = (text: string) => analyze(text).diagnostics.map((d) => d.code);

test('the fixture template loads and is recognised from the content', () => {
  const analysis = analyze(sample);
  assert.equal(analysis.template.id, 'monitoring-visit');
  assert.equal(analysis.letter.recognition.by, 'content');
  assert.ok(analysis.letter.looksLikeLetter);
  assert.deepEqual(
    analysis.letter.parts.map((p) => p.id),
    ['letterDate', 'addressee', 'salutation', 'title', 'opening', 'areasCovered', 'headlineFindings', 'signOff'],
  );
  assert.deepEqual(analysis.diagnostics.map((d) => `${d.code}: ${d.message}`), []);
});

test('an old letter is still recognised as the annual letter beside it', () => {
  const derby = readFileSync(join(__dirname, '..', 'fixtures', 'seeds', '000_b178a65b987369c5.txt'), 'utf8');
  assert.equal(analyze(derby).template.id, 'annual-letter');
});

test('the generic rules check it: a missing part, a heading in other words, a sentence with a slip', () => {
  const withoutFindingsHeading = sample.replace('Headline findings\n', '');
  assert.ok(codes(withoutFindingsHeading).includes('missing-part'), codes(withoutFindingsHeading).join());
  const heading = analyze(sample.replace('Headline findings', 'Headline finding'));
  assert.ok(heading.diagnostics.some((d) => d.code === 'heading-wording' && /Headline findings/.test(d.message)), heading.diagnostics.map((d) => d.message).join('\n'));
  const slip = analyze(sample.replace('the findings of the monitoring visit', 'the findings from the monitoring visit'));
  assert.ok(slip.diagnostics.some((d) => d.code === 'fixed-sentence'), slip.diagnostics.map((d) => d.code).join());
  const moved = analyze(sample.replace('Dear Ms Example\n', '').replace('Yours sincerely', 'Dear Ms Example\n\nYours sincerely'));
  assert.ok(moved.diagnostics.some((d) => d.code === 'part-order' || d.code === 'missing-part'), moved.diagnostics.map((d) => d.code).join());
});

test('the rules written for the annual letter do not run on it', () => {
  const ran = new Set(analyze(sample.replace('Areas covered by the visit\n', '')).diagnostics.map((d) => d.code));
  for (const id of ['summary-matches-sections', 'previous-paragraph-missing', 'inspection-days']) assert.ok(!ran.has(id), id);
});

test('the template directive forces a template, and the host setting gives one to a folder', () => {
  const forced = analyze('<!-- letter-check template: monitoring-visit -->\n' + 'A note with none of its parts.\n');
  assert.equal(forced.template.id, 'monitoring-visit');
  assert.equal(forced.letter.recognition.by, 'directive');
  const derby = readFileSync(join(__dirname, '..', 'fixtures', 'seeds', '000_b178a65b987369c5.txt'), 'utf8');
  const bySetting = service.analyze('file:///w/x.letter', derby, { templateId: 'monitoring-visit' });
  assert.equal(bySetting.template.id, 'monitoring-visit');
  assert.equal(bySetting.letter.recognition.by, 'setting');
  const unknown = service.analyze('file:///w/x.letter', '<!-- letter-check template: no-such-template -->\n' + derby);
  assert.equal(unknown.template.id, 'annual-letter', 'an unknown id leaves the choice to the content');
  assert.deepEqual(unknown.letter.recognition.unknownId, { id: 'no-such-template', from: 'directive' });
});

test('invalid template data is refused with its problems named, and the registry refuses a second template of the same id', () => {
  assert.throws(() => builtinRegistry().with({ ...data, parts: 'none' }), TemplateError);
  assert.throws(() => registry.with(data), /Two templates have the id monitoring-visit/);
});
