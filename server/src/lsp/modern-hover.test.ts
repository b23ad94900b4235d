import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver';
import { createLetterService } from '../engine';
import { corpusText } from '../engine/testing';
import { hover } from './hover';

/** Hovers on the documents written today: each part's description from the data, wordings with their periods, judgements and grades. */

const service = createLetterService();

/** The hover's text at `delta` characters into the first `fragment` of the text. */
function hoverAt(text: string, fragment: string, delta = 2): string {
  const analysis = service.analyze('draft.txt', text);
  const at = text.indexOf(fragment);
  assert.ok(at >= 0, fragment);
  const result = hover(analysis, at + delta);
  return (result?.contents as MarkupContent | undefined)?.value ?? '';
}

const WOLVERHAMPTON = corpusText('focused-visit/wolverhampton-2024-11-01.txt');
const LANCASHIRE = corpusText('ilacs-report/lancashire-2026-08-20.txt');

test('focused visit: every part the letter has explains itself with its description from the template', () => {
  const analysis = service.analyze('draft.txt', WOLVERHAMPTON);
  const described = new Set<string>();
  for (const node of analysis.letter.parts) {
    const part = analysis.letter.template.part(node.id);
    const value = (hover(analysis, node.span.start)?.contents as MarkupContent | undefined)?.value ?? '';
    assert.ok(value.includes(`**${part.name}**: ${part.description}`), `${node.id}: ${value}`);
    described.add(node.id);
  }
  assert.ok(described.size >= 10, [...described].join(' '));
});

test('focused visit: a heading lists the other accepted headings with the periods they were used in', () => {
  const text = hoverAt(WOLVERHAMPTON, 'Headline findings');
  assert.match(text, /Standard heading: \*Headline findings\* \(from July 2021\)/);
  assert.match(text, /Also accepted: \*Overview\* \(until November 2023\)/);
});

test('focused visit: the closing sentence lists its wordings with their periods', () => {
  const text = hoverAt(WOLVERHAMPTON, 'Ofsted will consider the findings');
  assert.match(text, /^- Ofsted will take the findings from \/ of this focused visit into account when planning your next inspection or visit\. \(until December 2023\)$/m);
});

test('report: a judgement section heading says its grade and the table’s (Lancashire: care leavers outstanding, table line 24)', () => {
  const text = hoverAt(LANCASHIRE, 'The experiences and progress of care leavers: outstanding');
  assert.match(text, /\*\*Judgement\*\*: Care leavers, graded \*outstanding\*\./);
  assert.match(text, /The judgement table gives \*Outstanding\* \(line 24\)\./);
});

test('report: a heading whose grade is not the table’s says so; a grade lists the vocabulary', () => {
  const broken = LANCASHIRE.replace('The experiences and progress of care leavers: outstanding', 'The experiences and progress of care leavers: good');
  const text = hoverAt(broken, 'The experiences and progress of care leavers: good', 48);
  assert.match(text, /The judgement table gives \*Outstanding\*: the heading and the table must agree\./);
  assert.match(text, /Grades: \*Outstanding\*, \*Good\*, \*Requires improvement to be good\* \(also written \*Requires improvement\*\), \*Inadequate\*\./);
});

test('report: a row of the judgement table names its judgement, grade, period and section', () => {
  const text = hoverAt(LANCASHIRE, 'The experiences and progress of care\nleavers');
  assert.match(text, /\*\*Judgement\*\*: The experiences and progress of care leavers, graded \*Outstanding\*\./);
  assert.match(text, /A row of the table for fieldwork from January 2023\./);
  assert.match(text, /Its section: \*The experiences and progress of care leavers: outstanding\* \(line \d+\)\./);
});
