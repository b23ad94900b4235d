import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { of, realReport, replaceOnce } from './report-rules.fixture';

const code = 'judgement-grade';

test('real reports with lower-case heading grades check clean (bedford-2025-08-27, lambeth-2026-03-10)', () => {
  for (const name of ['bedford-2025-08-27', 'lambeth-2026-03-10']) assert.deepEqual(of(code, realReport(name)), [], name);
});

test("the short 'Requires improvement' in nottinghamshire-2019-12-19's table is a hint naming the standard form", () => {
  const ds = of(code, realReport('nottinghamshire-2019-12-19'));
  assert.ok(ds.length >= 1 && ds.every((d) => d.severity === 'hint'));
  assert.ok(ds.some((d) => /Requires improvement to be good' in full/.test(d.message)));
});

test("a section heading grade other than the table's is an error (bedford-2025-08-27, care leavers graded good)", () => {
  const text = replaceOnce(realReport('bedford-2025-08-27'), 'The experiences and progress of care leavers: requires\nimprovement to be good', 'The experiences and progress of care leavers: good');
  const ds = of(code, text);
  assert.equal(ds.length, 1);
  assert.equal(ds[0].severity, 'error');
  assert.match(ds[0].message, /'good', the table 'Requires improvement to be good'/);
});

test('a heading without its grade is an error (lambeth-2026-03-10)', () => {
  const text = realReport('lambeth-2026-03-10');
  const broken = text.replace(/(The impact of leaders on social work practice with children and(?:\s+)families): \w+/, '$1');
  assert.ok(of(code, broken).some((d) => d.severity === 'error' && /gives no grade/.test(d.message)));
});

test("a table grade outside the vocabulary, or none, is an error on that row (bedford-2022-01-14's Overall effectiveness)", () => {
  const text = realReport('bedford-2022-01-14');
  const other = of(code, replaceOnce(text, 'Overall effectiveness\n\nGood', 'Overall effectiveness\n\nSatisfactory'));
  assert.equal(other.length, 1, JSON.stringify(other));
  assert.match(other[0].message, /'Satisfactory' is not a grade/);
  const none = of(code, replaceOnce(text, 'Overall effectiveness\n\nGood\n', 'Overall effectiveness\n\n'));
  assert.equal(none.length, 1, JSON.stringify(none));
  assert.match(none[0].message, /'Overall effectiveness' has no grade/);
});
