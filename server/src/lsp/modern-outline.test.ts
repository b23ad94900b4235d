import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLetterService } from '../engine';
import { corpusText } from '../engine/testing';
import { documentSymbols, foldingRanges } from './outline';

/** The outline and folding of the documents written today: letters by section with counts, reports by judgement with the grade. */

const service = createLetterService();
const letterOf = (path: string) => service.analyze('draft.txt', corpusText(path)).letter;

test('focused visit (Halton, 2021, with priority action): the parts in order, each section with its number of findings', () => {
  const letter = letterOf('focused-visit/halton-2021-11-17.txt');
  const names = documentSymbols(letter).map((s) => s.name);
  assert.deepEqual(names.slice(names.indexOf('Headline findings (2)')), [
    'Headline findings (2)',
    'Areas for priority action (2)',
    'What needs to improve (3)',
    'Main findings (10)',
    'Closing sentence',
    'Action plan paragraph',
    'Sign-off',
  ]);
  const priority = documentSymbols(letter).find((s) => s.name === 'Areas for priority action (2)')!;
  assert.equal(priority.children?.length, 2);
  // Each section folds from its heading.
  const folds = foldingRanges(letter).map((r) => r.startLine);
  for (const section of letter.sections) assert.ok(folds.includes(letter.source.positionAt(section.heading.span.start).line), section.id);
});

test('report (Lancashire, 2026): the judgements with their grades, the table’s rows with theirs, the improvements counted', () => {
  const letter = letterOf('ilacs-report/lancashire-2026-08-20.txt');
  const symbols = documentSymbols(letter);
  const names = symbols.map((s) => s.name);
  assert.deepEqual(
    names.filter((n) => /: /.test(n)),
    ['Children who need help and protection: good (21)', 'Children in care: good (20)', 'Care leavers: outstanding (10)', 'Impact of leaders: outstanding (15)'],
  );
  const table = symbols.find((s) => s.name.startsWith('Judgement table'))!;
  assert.deepEqual(
    table.children?.map((c) => c.name),
    [
      'The impact of leaders on social work practice with children and families: Outstanding',
      'The experiences and progress of children who need help and protection: Good',
      'The experiences and progress of children in care: Good',
      'The experiences and progress of care leavers: Outstanding',
    ],
  );
  assert.equal(symbols.find((s) => s.name.startsWith('Inspection dates'))?.detail, '11 to 22 May 2026');
  assert.equal(symbols.find((s) => s.name.startsWith('Lead inspector'))?.detail, "Rachel Fairhurst, His Majesty's Inspector");
  const improvements = symbols.find((s) => s.name.startsWith('What needs to improve'))!;
  assert.equal(improvements.name, `What needs to improve (${improvements.children?.length})`);
  assert.ok(improvements.children!.length >= 1);
  // Folding: each judgement section and the list of improvements from their headings.
  const folds = foldingRanges(letter).map((r) => r.startLine);
  for (const graded of letter.report!.gradedSections) assert.ok(folds.includes(letter.source.positionAt(graded.section.heading.span.start).line), graded.section.id);
  assert.ok(folds.includes(letter.source.positionAt(letter.report!.improvements!.heading.span.start).line));
});
