import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { of, realReport, replaceOnce } from './report-rules.fixture';

const code = 'report-title';

test('real titles of each period check clean: the council above the title (blackpool-2019-01-17, tameside-2019-07-01), the 2021 form (bedford-2025-08-27), the undated forms (kent-2026-02-02, bradford-2026-05-21)', () => {
  for (const name of ['blackpool-2019-01-17', 'tameside-2019-07-01', 'bedford-2025-08-27', 'bedford-2022-01-14', 'kent-2026-02-02', 'bradford-2026-05-21']) assert.deepEqual(of(code, realReport(name)), [], name);
});

test("the 2018-2021 form on 2025 fieldwork (bedford-2025-08-27) is a hint naming its period, with a fix writing the 2021 form", () => {
  const text = replaceOnce(realReport('bedford-2025-08-27'), 'Inspection of Bedford local authority\nchildren’s services\n', 'Bedford\nInspection of children’s social care services\n');
  const ds = of(code, text);
  assert.equal(ds.length, 1, JSON.stringify(ds));
  assert.equal(ds[0].severity, 'hint');
  assert.match(ds[0].message, /fieldwork until 2021-12; this fieldwork began 2025-07-14/);
  assert.equal(ds[0].fixes[0].edits[0].newText, "Inspection of Bedford local authority children's services");
});

test('the 2021 form on 2018 fieldwork (blackpool-2019-01-17) is a hint', () => {
  const text = replaceOnce(realReport('blackpool-2019-01-17'), 'Blackpool Borough Council\nInspection of children’s social care services\n', 'Inspection of Blackpool Borough Council local authority children’s services\n');
  const ds = of(code, text);
  assert.equal(ds.length, 1, JSON.stringify(ds));
  assert.equal(ds[0].severity, 'hint');
  assert.match(ds[0].message, /fieldwork from 2021-01/);
});

test('a title in no form is an error; a misspelt title, or one close to the form but not in its words, a warning (bedford-2025-08-27)', () => {
  const text = realReport('bedford-2025-08-27');
  const none = of(code, replaceOnce(text, 'Inspection of Bedford local authority\nchildren’s services\n', 'Report on Bedford children’s services\n'));
  assert.equal(none.length, 1, JSON.stringify(none));
  assert.equal(none[0].severity, 'error');
  assert.match(none[0].message, /not in a form of a report's title/);
  for (const [from, to] of [
    ['Inspection of Bedford local authority\n', 'Inspecton of Bedford local authority\n'],
    ['local authority\nchildren’s services\n', 'local authority\nchildrens services\n'],
  ]) {
    const ds = of(code, replaceOnce(text, from, to));
    assert.equal(ds.length, 1, JSON.stringify(ds));
    assert.equal(ds[0].severity, 'warning');
    assert.match(ds[0].message, /close to the form 'Inspection of <council> local authority children's services'/);
  }
});
