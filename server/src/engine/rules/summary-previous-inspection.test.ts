import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { of, realReport } from './report-rules.fixture';
import { analyzeCorpusPair, corpusText, CORPUS, replaceOnce } from '../testing';

const code = 'summary-previous-inspection';

/** This rule's findings on a real draft checked with its real previous document (manifest.json's pair). */
function onPair(previous: string, draft: string, text = corpusText(draft)) {
  return analyzeCorpusPair(previous, draft, text).diagnostics.filter((d) => d.code === code);
}

test("bedford-2025-08-27's summary names the last inspection (November 2021): clean", () => {
  assert.deepEqual(of(code, realReport('bedford-2025-08-27')), []);
});

test('dorset-2021-11-19, whose first summary paragraphs do not name the previous inspection, is noted (information)', () => {
  const ds = of(code, realReport('dorset-2021-11-19'));
  assert.equal(ds.length, 1);
  assert.equal(ds[0].severity, 'information');
});

const BEDFORD = ['ilacs-report/bedford-2022-01-14.txt', 'ilacs-report/bedford-2025-08-27.txt'] as const;
const BROMLEY = ['sif-report/bromley-2016-06-27.txt', 'ilacs-report/bromley-2019-01-07.txt'] as const;
const HARROW = ['ilacs-report/harrow-2020-03-16.txt', 'ilacs-report/harrow-2025-03-04.txt'] as const;
const HAMPSHIRE = ['ilacs-report/hampshire-2019-06-11.txt', 'focused-visit/hampshire-2023-03-07.txt'] as const;

test('real pairs whose summary names the previous inspection check clean against it (ILACS, SIF and focused-visit drafts)', () => {
  for (const [previous, draft] of [BEDFORD, BROMLEY, HARROW, HAMPSHIRE]) assert.deepEqual(onPair(previous, draft), [], draft);
  // The report's publication month (fieldwork October 2017, published December 2017).
  assert.deepEqual(onPair('sif-report/manchester-2017-12-21.txt', 'focused-visit/manchester-2018-10-10.txt'), []);
  // `judged good in help and protection and outstanding overall`: the good is one judgement's.
  assert.deepEqual(onPair('sif-report/north-lincolnshire-2017-09-04.txt', 'focused-visit/north-lincolnshire-2019-03-29.txt'), []);
  // `the last inspection, the Joint Targeted Area Inspection (JTAI), in April 2017`: another inspection's date.
  assert.deepEqual(onPair('sif-report/bradford-2014-05-23.txt', 'ilacs-report/bradford-2018-10-29.txt'), []);
});

test('a wrong month or year of the previous inspection is one error, with the fieldwork in the message', () => {
  const [previous, draft] = BEDFORD;
  const bedford = onPair(previous, draft, replaceOnce(corpusText(draft), '(ILACS) in November\n2021', '(ILACS) in May\n2021'));
  assert.equal(bedford.length, 1, JSON.stringify(bedford));
  assert.equal(bedford[0].severity, 'error');
  assert.match(bedford[0].message, /fieldwork was 15 to 26 November 2021, not May\s2021/);
  assert.equal(bedford[0].fixes[0].edits[0].newText, 'November 2021');
  const bromley = onPair(BROMLEY[0], BROMLEY[1], replaceOnce(corpusText(BROMLEY[1]), 'inspection in 2016, when', 'inspection in 2015, when'));
  assert.equal(bromley.length, 1, JSON.stringify(bromley));
  assert.equal(bromley[0].severity, 'error');
  const hampshire = onPair(HAMPSHIRE[0], HAMPSHIRE[1], replaceOnce(corpusText(HAMPSHIRE[1]), 'in May 2019, the overall', 'in June 2018, the overall'));
  assert.equal(hampshire.length, 1, JSON.stringify(hampshire));
});

test('a wrong grade of the previous inspection is one error: against an ILACS report, a SIF report, from a focused visit', () => {
  const bedford = onPair(BEDFORD[0], BEDFORD[1], replaceOnce(corpusText(BEDFORD[1]), 'judged to be good in all areas', 'judged to be inadequate in all areas'));
  assert.equal(bedford.length, 1, JSON.stringify(bedford));
  assert.equal(bedford[0].severity, 'error');
  assert.match(bedford[0].message, /overall effectiveness 'Good', not 'inadequate'/);
  assert.equal(bedford[0].fixes[0].edits[0].newText, 'good');
  const bromley = onPair(BROMLEY[0], BROMLEY[1], replaceOnce(corpusText(BROMLEY[1]), 'judged to be\ninadequate, there', 'judged to be\ngood, there'));
  assert.equal(bromley.length, 1, JSON.stringify(bromley));
  assert.match(bromley[0].message, /'inadequate', not 'good'/);
  const harrow = onPair(HARROW[0], HARROW[1], replaceOnce(corpusText(HARROW[1]), 'judged to be good, improvements', 'judged to require improvement to be good, improvements'));
  assert.equal(harrow.length, 1, JSON.stringify(harrow));
  const hampshire = onPair(HAMPSHIRE[0], HAMPSHIRE[1], replaceOnce(corpusText(HAMPSHIRE[1]), 'was judged\nto be outstanding', 'was judged\nto be good'));
  assert.equal(hampshire.length, 1, JSON.stringify(hampshire));
});

test('every real consecutive pair of manifest.json whose earlier document is a report checks without an error of this rule', { timeout: 600_000 }, () => {
  const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { consecutive_pairs: { earlier: string; later: string }[] };
  const errors: string[] = [];
  // A draft whose previous document is a focused visit is not checked (the summary names the last full inspection).
  for (const p of manifest.consecutive_pairs.filter((x) => !x.earlier.startsWith('focused-visit/'))) {
    for (const d of onPair(p.earlier, p.later)) if (d.severity === 'error') errors.push(`${p.later}:${d.range.start.line + 1} ${d.message}`);
  }
  assert.ok(manifest.consecutive_pairs.length >= 277);
  assert.deepEqual(errors, []);
});

test("only the first date after the previous inspection's words is its date: devon-2025-05-13 ('the last inspection, in March 2020, until January 2025') is clean against devon-2020-03-17", () => {
  assert.deepEqual(onPair('ilacs-report/devon-2020-03-17.txt', 'ilacs-report/devon-2025-05-13.txt'), []);
});

test("sheffield-2019-08-27 names 'the last inspection, in May 2013' (judged requires improvement): its previous full inspection, the SIF report sheffield-2014-02-21, had fieldwork from November 2013 to January 2014 (a real slip): one error", () => {
  const ds = onPair('sif-report/sheffield-2014-02-21.txt', 'ilacs-report/sheffield-2019-08-27.txt');
  assert.equal(ds.length, 1, JSON.stringify(ds));
  assert.equal(ds[0].range.start.line + 1, 32);
  assert.match(ds[0].message, /fieldwork was 19 November-11 December 2013 and 28 – 30 January 2014, not May 2013/);
});
