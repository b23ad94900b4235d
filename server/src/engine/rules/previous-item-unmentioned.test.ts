import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { memoryWorkspace } from '../memory-workspace';
import { createLetterService } from '../service';
import { analyzeCorpusPair, corpusText, corpusUri as uri } from '../testing';

const code = 'previous-item-unmentioned';
const corpus = corpusText;

function analyzePair(previousPath: string, draftPath: string, draftText = corpus(draftPath)) {
  const analysis = analyzeCorpusPair(previousPath, draftPath, draftText);
  return { analysis, diagnostics: analysis.diagnostics.filter((d) => d.code === code) };
}

test('hillingdon focused visit 2020 after the ILACS report of 2018: the two items it does not speak of are noted on the paragraph on its scope', () => {
  const previous = 'ilacs-report/hillingdon-2018-05-30.txt';
  const draftPath = 'focused-visit/hillingdon-2020-02-07.txt';
  const { analysis, diagnostics } = analyzePair(previous, draftPath);
  const notMentioned = analysis.followup!.items.filter((i) => i.status === 'not-mentioned');
  assert.equal(notMentioned.length, 2);
  assert.equal(diagnostics.length, 2);
  const draftLines = corpus(draftPath).split('\n');
  for (const [i, d] of diagnostics.entries()) {
    assert.equal(d.severity, 'information');
    // The visit's scope: "Inspectors considered the local authority's arrangements for protecting vulnerable adolescents."
    assert.match(draftLines[d.range.start.line], /^Inspectors considered the local authority/);
    assert.ok(d.message.includes(notMentioned[i].text.slice(0, 40)), d.message);
    assert.match(d.message, /previous inspection report/);
    const related = d.relatedInformation![0];
    assert.equal(related.uri, uri(previous));
    assert.deepEqual(related.range, notMentioned[i].range);
  }
});

test('an ILACS report (hillingdon 2018, after the SIF report of 2014): the unmentioned recommendation is noted on the summary\'s first paragraph', () => {
  const draftPath = 'ilacs-report/hillingdon-2018-05-30.txt';
  const { analysis, diagnostics } = analyzePair('sif-report/hillingdon-2014-02-11.txt', draftPath);
  assert.equal(diagnostics.length, analysis.followup!.items.filter((i) => i.status === 'not-mentioned').length);
  assert.equal(diagnostics.length, 1);
  assert.match(corpus(draftPath).split('\n')[diagnostics[0].range.start.line], /^Services for children in Hillingdon are good/);
});

test('every previous item spoken of: nothing noted (hillingdon ILACS 2023 after the focused visit of 2020; suffolk ILACS 2019 after the SIF report of 2016)', () => {
  for (const [previous, draft] of [
    ['focused-visit/hillingdon-2020-02-07.txt', 'ilacs-report/hillingdon-2023-11-20.txt'],
    ['sif-report/suffolk-2016-02-11.txt', 'ilacs-report/suffolk-2019-05-21.txt'],
  ]) {
    const { analysis, diagnostics } = analyzePair(previous, draft);
    assert.ok(analysis.followup!.items.length > 0, draft);
    assert.ok(analysis.followup!.items.every((i) => i.status !== 'not-mentioned'), draft);
    assert.deepEqual(diagnostics, [], draft);
  }
});

test('hillingdon focused visit 2020 with its paragraph on the previous report\'s return home interviews and missing children removed: one more item is noted', () => {
  const draftPath = 'focused-visit/hillingdon-2020-02-07.txt';
  const before = analyzePair('ilacs-report/hillingdon-2018-05-30.txt', draftPath).diagnostics.length;
  // Remove every sentence and list item on children who go missing and return home interviews.
  const broken = corpus(draftPath)
    .split('\n')
    .filter((line) => !/missing|return home/i.test(line))
    .join('\n');
  const { analysis, diagnostics } = analyzePair('ilacs-report/hillingdon-2018-05-30.txt', draftPath, broken);
  const item = analysis.followup!.items.find((i) => /return home interviews/i.test(i.text))!;
  assert.equal(item.status, 'not-mentioned');
  assert.equal(diagnostics.length, before + 1);
  assert.ok(diagnostics.some((d) => /return home interviews/i.test(d.message)));
});

test('no previous document at hand: silent', () => {
  const draftPath = 'focused-visit/hillingdon-2020-02-07.txt';
  const service = createLetterService({ workspace: memoryWorkspace({}) });
  assert.deepEqual(service.analyze(uri(draftPath), corpus(draftPath)).diagnostics.filter((d) => d.code === code), []);
});
