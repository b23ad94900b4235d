import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { analyzeCorpusPair, corpusText, corpusUri as uri, replaceOnce } from '../testing';

const code = 'previous-item-relisted';
const corpus = corpusText;

function analyzePair(previousPath: string, draftPath: string, draftText = corpus(draftPath)) {
  const analysis = analyzeCorpusPair(previousPath, draftPath, draftText);
  return { analysis, diagnostics: analysis.diagnostics.filter((d) => d.code === code) };
}

const HILLINGDON_REPORT = 'ilacs-report/hillingdon-2018-05-30.txt';
const HILLINGDON_VISIT = 'focused-visit/hillingdon-2020-02-07.txt';

test('hillingdon focused visit 2020 re-lists the 2018 report\'s return home interviews item (children who go missing) and never names the last inspection: a hint on its list item', () => {
  const { analysis, diagnostics } = analyzePair(HILLINGDON_REPORT, HILLINGDON_VISIT);
  assert.equal(diagnostics.length, 1);
  const d = diagnostics[0];
  assert.equal(d.severity, 'hint');
  // The list item under 'What needs to improve in this area of social work practice'.
  assert.equal(corpus(HILLINGDON_VISIT).split('\n')[d.range.start.line], '◼ The capture, collation and recording of information for all children who go');
  assert.match(d.message, /return home interviews/);
  const item = analysis.followup!.items.find((i) => /return home interviews/.test(i.text))!;
  assert.equal(item.status, 'still-an-issue');
  assert.equal(d.relatedInformation![0].uri, uri(HILLINGDON_REPORT));
  assert.deepEqual(d.relatedInformation![0].range, item.range);
});

test('the same letter acknowledging the last inspection (a sentence added to its overview): no hint', () => {
  const acknowledged = replaceOnce(
    corpus(HILLINGDON_VISIT),
    'Vulnerable adolescents in Hillingdon receive a highly effective service.',
    'Vulnerable adolescents in Hillingdon receive a highly effective service. The local authority was judged good at its last inspection, in 2018.',
  );
  const { analysis, diagnostics } = analyzePair(HILLINGDON_REPORT, HILLINGDON_VISIT, acknowledged);
  // Still re-listed (the follow-up is unchanged), but now said to be known from the last inspection.
  assert.ok(analysis.followup!.items.some((i) => i.status === 'still-an-issue' && /return home interviews/.test(i.text)));
  assert.deepEqual(diagnostics, []);
});

test('an item still an issue only in the findings, not re-listed in the improvement list: no hint (leeds ILACS 2025 after the report of 2022: contingency planning is still an issue in the findings)', () => {
  const { analysis, diagnostics } = analyzePair('ilacs-report/leeds-2022-05-09.txt', 'ilacs-report/leeds-2025-08-12.txt');
  const item = analysis.followup!.items.find((i) => i.status === 'still-an-issue')!;
  assert.match(item.text, /^Contingency planning/);
  assert.ok(item.evidence.length > 0);
  assert.deepEqual(diagnostics, []);
});
