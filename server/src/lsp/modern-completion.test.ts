import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CompletionItem, TextEdit } from 'vscode-languageserver';
import { createLetterService } from '../engine';
import { corpusText } from '../engine/testing';
import { completions } from './completion';

/**
 * Completions on the documents written today, on real ones with a part taken out (the line emptied)
 * and the cursor there: the wording of the draft's period, values filled from the draft, a report's
 * headings with the table's grade, the next paragraph number and the grades.
 */

const service = createLetterService();
const newText = (item: CompletionItem | undefined) => (item?.textEdit as TextEdit | undefined)?.newText;
const labels = (items: CompletionItem[]) => items.map((i) => String(i.label)).join(' | ');

/** Completions with `remove` (which must match) replaced by `typed`, the cursor after it; checks the template. */
function instead(path: string, remove: RegExp, typed = '', template = path.split('/')[0]): CompletionItem[] {
  const text = corpusText(path);
  const m = remove.exec(text);
  assert.ok(m, `${path} has ${remove}`);
  const draft = text.slice(0, m.index) + typed + text.slice(m.index + m[0].length);
  const analysis = service.analyze('draft.txt', draft);
  assert.equal(analysis.template.id, template);
  return completions(analysis.letter, m.index + typed.length);
}

const WOLVERHAMPTON = 'focused-visit/wolverhampton-2024-11-01.txt';
const BEDFORD_2019 = 'focused-visit/bedford-2019-01-04.txt';

test('focused visit: the closing sentence in the wording of the letter’s period (the next inspection in 2024, your next inspection in 2019)', () => {
  const now = instead(WOLVERHAMPTON, /Ofsted will consider[^]*?\nvisit\./).find((i) => i.label === 'Closing sentence');
  assert.equal(newText(now), 'Ofsted will take the findings ${1|from,of|} this focused visit into account when planning the next inspection or visit.');
  const then = instead(BEDFORD_2019, /Ofsted will[^]*?visit\./).find((i) => i.label === 'Closing sentence');
  assert.match(newText(then) ?? '', /when planning your next inspection or visit\.$/);
});

test('focused visit: the opening filled from the draft (the council), with the inspectors sentence and the title for the date', () => {
  const items = instead(WOLVERHAMPTON, /This letter summarises[^]*?Sophie Wales\./);
  assert.equal(
    newText(items.find((i) => i.label === 'Opening paragraph')),
    "This letter summarises the findings of the focused visit to Wolverhampton children's services on ${1:[inspection dates]}. His Majesty's Inspectors for this visit were ${2:[inspectors]}.",
  );
});

test('focused visit: the sign-off names the first inspector of the opening and has the title for the letter’s date', () => {
  const items = instead(WOLVERHAMPTON, /Yours sincerely\n\nGareth Dakin\nHis Majesty’s Inspector/);
  assert.equal(newText(items.find((i) => i.label === 'Yours sincerely')), "Yours sincerely\n\nGareth Dakin\nHis Majesty's Inspector");
  // Bedford's letter has no valediction: its name and title taken out, the sign-off is offered whole.
  const then = instead(BEDFORD_2019, /Brenda McInerney\nHer Majesty’s Inspector/).find((i) => i.label === 'Yours sincerely');
  assert.match(newText(then) ?? '', /\nHer Majesty's Inspector$/);
});

test('focused visit: headings of the letter’s period (Overview in 2019, Headline findings in 2024)', () => {
  const then = labels(instead(BEDFORD_2019, /^Overview$/m));
  assert.match(then, /\bOverview\b/);
  assert.doesNotMatch(then, /Headline findings/);
  const now = labels(instead(WOLVERHAMPTON, /^Headline findings$/m));
  assert.match(now, /Headline findings/);
  assert.doesNotMatch(now, /Overview/);
});

test('focused visit: the COVID-19 preamble is offered in its year only', () => {
  const preamble = /Her Majesty’s Chief Inspector of Education[^]*?pandemic\./;
  assert.match(labels(instead('focused-visit/blackpool-2021-04-09.txt', preamble)), /COVID-19 preamble/);
  assert.doesNotMatch(labels(instead(WOLVERHAMPTON, /^Focused visit to Wolverhampton children’s services$/m, 'Focused visit to Wolverhampton children’s services\n')), /COVID-19 preamble/);
});

test('focused visit: the action-plan paragraph is offered where there are areas for priority action, and only there', () => {
  const halton = instead('focused-visit/halton-2021-11-17.txt', /We have notified the Department[^]*?receiving this letter\./);
  assert.match(newText(halton.find((i) => i.label === 'Action plan paragraph')) ?? '', /^We have notified the Department for Education of the areas for priority action\./);
  // On the line of the page number between Wolverhampton's closing and its sign-off: only once the letter has the section.
  const atPageNumber = (text: string) => {
    const at = text.search(/^3$/m);
    const analysis = service.analyze('draft.txt', text.slice(0, at) + text.slice(at + 1));
    return completions(analysis.letter, at).filter((i) => i.label === 'Action plan paragraph');
  };
  const wolverhampton = corpusText(WOLVERHAMPTON);
  assert.equal(atPageNumber(wolverhampton).length, 0);
  const withPriority = wolverhampton.replace('What needs to improve in this area', 'Areas for priority action\n◼ The timeliness of child protection enquiries.\n\nWhat needs to improve in this area');
  assert.equal(atPageNumber(withPriority).length, 1);
});

const LANCASHIRE = 'ilacs-report/lancashire-2026-08-20.txt';

test('report: a judgement section’s heading with the grade the table gives it, in lower case', () => {
  const items = instead(LANCASHIRE, /^The experiences and progress of care leavers: outstanding$/m);
  assert.ok(items.some((i) => newText(i) === 'The experiences and progress of care leavers: outstanding\n\n'), labels(items));
  // Lancashire's table: care leavers Outstanding, children in care Good.
  const inCare = instead(LANCASHIRE, /^The experiences and progress of children in care: good$/m);
  assert.ok(inCare.some((i) => newText(i) === 'The experiences and progress of children in care: good\n\n'), labels(inCare));
});

test('report: after a judgement heading, the grades in lower case, the table’s first and preselected', () => {
  const items = instead(LANCASHIRE, /^The experiences and progress of care leavers: outstanding$/m, 'The experiences and progress of care leavers: ');
  assert.deepEqual(items.map((i) => i.label).sort(), ['good', 'inadequate', 'outstanding', 'requires improvement to be good']);
  const first = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0];
  assert.equal(first.label, 'outstanding');
  assert.equal(first.preselect, true);
});

test('report: in the judgement table, the grades as the table writes them', () => {
  const items = instead(LANCASHIRE, /^Outstanding$/m);
  assert.deepEqual(items.map((i) => newText(i)), ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate']);
});

test('report: at the start of a paragraph, the next number (paragraphs are numbered through the report)', () => {
  const text = corpusText(LANCASHIRE);
  const heading = text.indexOf('The experiences and progress of care leavers: outstanding');
  const next = /\n(\d+)\. /.exec(text.slice(heading))!;
  const items = instead(LANCASHIRE, new RegExp(`(?<=\\n)${next[1]}\\. `));
  assert.equal(newText(items.find((i) => i.label === `${next[1]}.`)), `${next[1]}. \${1:[paragraph]}`);
  // Nothing numbered before the first judgement section (the summary is not numbered).
  assert.ok(!instead(LANCASHIRE, /^Since the last ILACS inspection in 2022, /m).some((i) => /^\d+\.$/.test(String(i.label))));
});

test('report: a missing lead-inspector line with the inspector’s title for the fieldwork’s date', () => {
  // The template directive keeps each draft a report while its line is missing.
  const directive = '<!-- letter-check template: ilacs-report -->\n';
  const lineOf = (path: string, remove: RegExp) => {
    const text = directive + corpusText(path);
    const m = remove.exec(text)!;
    const analysis = service.analyze('draft.txt', text.slice(0, m.index) + text.slice(m.index + m[0].length));
    return newText(completions(analysis.letter, m.index).find((i) => i.label === 'Lead inspector'));
  };
  assert.equal(lineOf(LANCASHIRE, /^Lead inspector:.*$/m), "Lead inspector: ${1:[inspector name]}, His Majesty's Inspector");
  // Blackpool's fieldwork of November 2018: Her Majesty's Inspector.
  assert.equal(lineOf('ilacs-report/blackpool-2019-01-17.txt', /^Lead inspector: Lorna Schlechte\nHer Majesty’s Inspector$/m), "Lead inspector: ${1:[inspector name]}, Her Majesty's Inspector");
});
