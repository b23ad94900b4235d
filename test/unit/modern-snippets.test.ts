import assert from 'node:assert/strict';
import { test } from 'node:test';
import { builtinRegistry, createLetterService } from '../../server/src/engine';
import { allSnippets } from '../../scripts/snippets-from-template';
import { expand } from './snippet-expand';

/**
 * The focused-visit letter's and the ILACS report's snippets, filled in as an inspector would (values
 * taken from real documents: Wolverhampton's focused visit of October 2024, Lancashire's inspection of
 * May 2026), check clean through the service: no error, and the template is recognised.
 */

const snippets = allSnippets(builtinRegistry().templates);
const service = createLetterService();

function errorsOf(text: string, expectedTemplate: string): string[] {
  const analysis = service.analyze('draft.txt', text);
  assert.equal(analysis.template.id, expectedTemplate, text);
  return analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.range.start.line + 1}:${d.code}: ${d.message}`);
}

/** focused-visit/wolverhampton-2024-11-01.txt, in the snippet's places. */
const WOLVERHAMPTON_FV = {
  'letter date': '1 November 2024',
  'addressee name': 'Ms Alison Hinds',
  council: 'Wolverhampton',
  address: 'St Peters Square\nWolverhampton\nWV1 1SH',
  'addressee salutation': 'Ms Hinds',
  'inspection dates': '2 and 3 October 2024',
  inspectors: 'Gareth Dakin and Sophie Wales',
  focus: 'children in need or subject to a child protection plan',
  'headline findings': 'Senior leaders, supported by the lead member, the wider council and key partners, have continued to ensure that services for children and families remain a high priority across Wolverhampton.',
  improvement: 'Quality and consistency of supervision.',
  'main findings': 'Children receive an effective and timely response when they are referred to the Children’s Assessment Team.',
  'inspector name': 'Gareth Dakin',
  finding: 'The timeliness and quality of assessments for children in need of help and protection.',
};

const FV = 'Focused visit letter';
const FV_PRIORITY = 'Focused visit letter: areas for priority action';

test('the whole focused-visit letter, filled in, is a focused-visit letter with no error', () => {
  const text = expand(snippets[FV].body, WOLVERHAMPTON_FV);
  assert.match(text, /^His Majesty's Inspector$/m, 'the title of letters written today comes first');
  assert.match(text, /His Majesty's Inspectors for this visit were Gareth Dakin and Sophie Wales\./);
  assert.deepEqual(errorsOf(text, 'focused-visit'), []);
  const letter = service.analyze('draft.txt', text).letter;
  assert.deepEqual(
    letter.parts.map((p) => p.id),
    ['letterDate', 'addressee', 'salutation', 'title', 'opening', 'visitScope', 'visitScope', 'headline', 'improve', 'mainFindings', 'closing', 'signOff'],
  );
});

test('the focused-visit letter left unfilled gives only unfilled-placeholder errors', () => {
  const text = expand(snippets[FV].body, Object.fromEntries(Object.keys(WOLVERHAMPTON_FV).map((k) => [k, `[${k}]`])));
  const errors = errorsOf(text, 'focused-visit');
  assert.ok(errors.length >= 10, errors.join('\n'));
  for (const e of errors) assert.match(e, /:unfilled-placeholder:/);
});

test('the priority-action block after the headline findings: the section and its action-plan paragraph, no error', () => {
  const letter = expand(snippets[FV].body, WOLVERHAMPTON_FV);
  const block = expand(snippets[FV_PRIORITY].body, WOLVERHAMPTON_FV);
  const at = letter.indexOf('What needs to improve in this area');
  const text = letter.slice(0, at) + block + '\n\n' + letter.slice(at);
  assert.deepEqual(errorsOf(text, 'focused-visit'), []);
  const parsed = service.analyze('draft.txt', text).letter;
  assert.equal(parsed.partsById('actionPlan').length, 1, 'the action-plan paragraph is read as itself');
  assert.equal(parsed.section('priorityAction')?.findings.length, 1, 'and not as a priority action');
});

/** ilacs-report/lancashire-2026-08-20.txt (fieldwork in May 2026: no Overall effectiveness row), in the snippet's places. */
const LANCASHIRE_REPORT = {
  council: 'Lancashire',
  'inspection dates': '11 to 22 May 2026',
  'inspector name': 'Rachel Fairhurst',
  summary: 'Since the last ILACS inspection in 2022, Lancashire County Council children’s services has continued to strengthen the quality of services to children in most areas.',
  improvement: 'The recognition and reflection of the needs of young carers in the child’s assessments and plans.',
  paragraph: 'Children and families receive a timely and appropriate response when they need help.',
};

const REPORT = 'Inspection report (ILACS)';

test('the whole ILACS report, filled in with a grade per judgement, is a report with no error; the headings repeat the table grades in lower case', () => {
  for (const grade of ['Good', 'Requires improvement to be good', 'Inadequate', 'Outstanding']) {
    const text = expand(snippets[REPORT].body, LANCASHIRE_REPORT, { Outstanding: grade });
    assert.match(text, new RegExp(`^The experiences and progress of care leavers: ${grade.toLowerCase()}$`, 'm'));
    assert.deepEqual(errorsOf(text, 'ilacs-report'), [], grade);
  }
});

test('the judgement-section snippet, numbered next, completes a report missing its last section; a grade unlike the table is an error', () => {
  const report = expand(snippets[REPORT].body, LANCASHIRE_REPORT, { Outstanding: 'Good' });
  const leaders = /\n\nThe impact of leaders on social work practice with children and families: good\n\n4\. .*\n?$/;
  const withoutLeaders = report.replace(leaders, '');
  assert.notEqual(withoutLeaders, report);
  assert.notDeepEqual(errorsOf(withoutLeaders, 'ilacs-report'), [], 'a judgement of the table without its section');
  const section = expand(snippets[`${REPORT}: judgement section`].body, { ...LANCASHIRE_REPORT, 'paragraph number': '4' }, {
    'The experiences and progress of children who need help and protection': 'The impact of leaders on social work practice with children and families',
    outstanding: 'good',
  });
  assert.match(section, /^The impact of leaders on social work practice with children and families: good\n\n4\. Children/);
  const completed = `${withoutLeaders}\n\n${section}`;
  assert.deepEqual(errorsOf(completed, 'ilacs-report'), []);
  assert.notDeepEqual(errorsOf(completed.replace('families: good', 'families: inadequate'), 'ilacs-report'), [], 'the heading must agree with the table');
});
