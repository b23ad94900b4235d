import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { of, realReport, replaceOnce } from './report-rules.fixture';

const code = 'judgement-sections';

test('real reports have a section for every judgement (bedford-2025-08-27, blackpool-2019-01-17)', () => {
  for (const name of ['bedford-2025-08-27', 'blackpool-2019-01-17']) assert.deepEqual(of(code, realReport(name)), [], name);
});

test('a section removed (care leavers of bedford-2025-08-27) is an error', () => {
  const text = realReport('bedford-2025-08-27');
  const from = text.indexOf('The experiences and progress of care leavers:');
  const to = text.indexOf('The impact of leaders on social work', from);
  const ds = of(code, text.slice(0, from) + text.slice(to));
  assert.ok(ds.some((d) => d.severity === 'error' && /care leavers'/.test(d.message)), JSON.stringify(ds.map((d) => d.message)));
});

test("a section heading in other words is read as its section, and heading-wording's safe fix keeps the grade (bedford-2022-01-14)", () => {
  const text = replaceOnce(realReport('bedford-2022-01-14'), 'The experiences and progress of children who need help and\nprotection:', 'The experiences and progress of children who needs help and\nprotection:');
  assert.deepEqual(of(code, text), []);
  const [d, ...rest] = of('heading-wording', text);
  assert.equal(rest.length, 0);
  const edit = d.fixes[0].edits[0];
  assert.equal(text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end), replaceOnce(text, 'children who needs help and\nprotection: good', 'children who need help and protection: good'));
});

test('sections out of order are a warning (bedford-2022-01-14, help and protection moved after children in care)', () => {
  const text = realReport('bedford-2022-01-14');
  const from = text.indexOf('The experiences and progress of children who need help and\nprotection:');
  const to = text.indexOf('\nThe experiences and progress of children in care and care\n') + 1;
  const moved = text.slice(0, from) + text.slice(to);
  const at = moved.indexOf('\nThe impact of leaders on social work practice with children and\n') + 1;
  const ds = of(code, moved.slice(0, at) + text.slice(from, to) + moved.slice(at));
  assert.ok(ds.some((d) => d.severity === 'warning' && /out of order/.test(d.message)), JSON.stringify(ds.map((d) => d.message)));
});
