import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { of, realReport, replaceOnce } from './report-rules.fixture';

const code = 'judgement-table';

test('real reports as they are: combined rows before 2023 (bedford-2022, blackpool-2023 on Dec 2022 fieldwork), separate after (bromley-2024), no Overall effectiveness from 27 April 2026 (somerset-2026)', () => {
  for (const name of ['bedford-2022-01-14', 'blackpool-2023-02-01', 'bromley-2024-01-12', 'somerset-2026-06-17']) assert.deepEqual(of(code, realReport(name)), [], name);
});

test("the real typo 'children care leavers' in the table of bedford-2025-08-27 (line 24) is a warning with a fix", () => {
  const [d, ...rest] = of(code, realReport('bedford-2025-08-27'));
  assert.equal(rest.length, 0);
  assert.equal(d.severity, 'warning');
  assert.equal(d.range.start.line + 1, 24);
  assert.match(d.message, /children care leavers.*'The experiences and progress of care leavers'/);
  assert.equal(d.fixes[0].edits[0].newText, 'The experiences and progress of care leavers');
});

test('a combined row in a report on 2024 fieldwork (bromley-2024-01-12, rows merged) is an error', () => {
  let text = realReport('bromley-2024-01-12');
  text = replaceOnce(text, 'The experiences and progress of\nchildren in care\n', 'The experiences and progress of\nchildren in care and care leavers\n');
  const ds = of(code, text);
  assert.ok(ds.some((d) => d.severity === 'error' && /belongs to fieldwork until 2022-12/.test(d.message)), JSON.stringify(ds.map((d) => d.message)));
  assert.ok(ds.some((d) => d.severity === 'error' && /no row 'The experiences and progress of children in care'/.test(d.message)));
});

test('an Overall effectiveness row missing before April 2026 is an error; none wanted from 27 April 2026 (somerset-2026-06-17)', () => {
  const text = realReport('blackpool-2023-02-01');
  const at = text.indexOf('Overall effectiveness');
  const broken = text.slice(0, at) + text.slice(text.indexOf('\n', text.indexOf('\n', at) + 2) + 1);
  assert.ok(of(code, broken).some((d) => /no row 'Overall effectiveness'/.test(d.message)));
  assert.deepEqual(of(code, realReport('somerset-2026-06-17')), []);
});

test('separate rows for children in care and care leavers in a report on 2021 fieldwork (bedford-2022-01-14) are errors', () => {
  const text = replaceOnce(realReport('bedford-2022-01-14'), 'children in care and care leavers\n\nGood\n', 'children in care\n\nGood\n\nThe experiences and progress of care leavers\n\nGood\n');
  const ds = of(code, text);
  assert.equal(ds.filter((d) => /belongs to fieldwork from 2023-01; this fieldwork began 2021-11-15/.test(d.message)).length, 2, JSON.stringify(ds.map((d) => d.message)));
  assert.ok(ds.some((d) => /no row 'The experiences and progress of children in care and care leavers'/.test(d.message)));
});

test('without inspection dates the rows of either period are accepted: no row is asked for that another period has (bedford-2022-01-14)', () => {
  assert.deepEqual(of(code, replaceOnce(realReport('bedford-2022-01-14'), 'Inspection dates: 15 to 26 November 2021\n', '')), []);
});

test("a draft's Markdown table (bedford-2022-01-14's table retyped with pipes) is recognised and read: clean, and a row of another period is an error", () => {
  const text = realReport('bedford-2022-01-14');
  const table = (rows: string[]) => `| Judgement | Grade |\n| --- | --- |\n${rows.map((r) => `| ${r} | Good |\n`).join('')}\n`;
  const retype = (rows: string[]) => text.slice(0, text.indexOf('Judgement\n')) + table(rows) + text.slice(text.indexOf('COVID-19'));
  const leaders = 'The impact of leaders on social work practice with children and families';
  const help = 'The experiences and progress of children who need help and protection';
  const clean = retype([leaders, help, 'The experiences and progress of children in care and care leavers', 'Overall effectiveness']);
  assert.deepEqual(of(code, clean), []);
  const later = retype([leaders, help, 'The experiences and progress of children in care', 'The experiences and progress of care leavers', 'Overall effectiveness']);
  assert.equal(of(code, later).filter((d) => d.severity === 'error' && /belongs to fieldwork from 2023-01/.test(d.message)).length, 2);
});
