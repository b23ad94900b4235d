import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { of, realReport } from './report-rules.fixture';

const code = 'improvement-list';

test('thurrock-2024-10-29 has no list and every judgement outstanding: nothing to say', () => {
  assert.deepEqual(of(code, realReport('thurrock-2024-10-29')), []);
});

test('a list removed from a report with other grades is an error (blackpool-2019-01-17)', () => {
  const text = realReport('blackpool-2019-01-17');
  const from = text.indexOf('What needs to improve');
  const to = text.indexOf('The experiences and progress of children who need help and\nprotection is inadequate');
  const ds = of(code, text.slice(0, from) + text.slice(to));
  assert.ok(ds.some((d) => d.severity === 'error' && /missing/.test(d.message)));
});

test("tags on some items only (trafford-2026-08-03, 7 of 9: real) and a tag taken off one of lambeth-2026-03-10's items", () => {
  assert.equal(of(code, realReport('trafford-2026-08-03')).filter((d) => /tag every item or none/.test(d.message)).length, 2);
  const lambeth = realReport('lambeth-2026-03-10');
  assert.deepEqual(of(code, lambeth), []);
  const tag = lambeth.indexOf('(outcome 3, national framework)');
  const broken = lambeth.slice(0, tag) + lambeth.slice(tag + '(outcome 3, national framework)'.length);
  assert.ok(of(code, broken).some((d) => /tag every item or none/.test(d.message)));
});

test('two sentences in one item are a warning (kent-2026-02-02, real)', () => {
  assert.ok(of(code, realReport('kent-2026-02-02')).some((d) => /more than one sentence/.test(d.message)));
});

test("national-framework tags key off the inspection dates: lambeth-2026-03-10's tagged items on 2024 fieldwork are a hint; bromley-2024-01-12 untagged is clean", () => {
  const lambeth = realReport('lambeth-2026-03-10');
  const dates = /Inspection dates: [^\n]*2026/.exec(lambeth)![0];
  const ds = of(code, lambeth.replace(dates, dates.replace(/2026/g, '2024')));
  assert.equal(ds.length, 1, JSON.stringify(ds));
  assert.equal(ds[0].severity, 'hint');
  assert.match(ds[0].message, /from fieldwork of 2025-01; this fieldwork began 2024-/);
  assert.deepEqual(of(code, realReport('bromley-2024-01-12')), []);
});

test("the list heading keys off the inspection dates: 'What needs to improve' (2018-2021) is clean in blackpool-2019-01-17 and a hint in trafford-2023-01-31 (fieldwork November 2022, real)", () => {
  assert.deepEqual(of(code, realReport('blackpool-2019-01-17')), []);
  const ds = of(code, realReport('trafford-2023-01-31'));
  assert.equal(ds.length, 1, JSON.stringify(ds));
  assert.equal(ds[0].severity, 'hint');
  assert.match(ds[0].message, /fieldwork until 2021-12; this fieldwork began 2022-11-21: 'What needs to improve\?'/);
  assert.equal(ds[0].fixes[0].edits[0].newText, 'What needs to improve?');
});

test('a list moved among the sections (bedford-2022-01-14) is still the list: part-order reports it out of place, not missing', () => {
  const text = realReport('bedford-2022-01-14');
  const from = text.indexOf('What needs to improve?');
  const to = text.indexOf('The experiences and progress of children who need help and', from);
  const without = text.slice(0, from) + text.slice(to);
  const at = without.indexOf('The experiences and progress of children in care and care');
  const moved = without.slice(0, at) + text.slice(from, to) + without.slice(at);
  assert.deepEqual(of(code, moved), []);
  const order = of('part-order', moved);
  assert.equal(order.length, 1, JSON.stringify(order));
  assert.match(order[0].message, /what needs to improve is out of place/);
});
