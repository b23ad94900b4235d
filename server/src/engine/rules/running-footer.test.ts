import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { of, realReport } from './report-rules.fixture';

const code = 'running-footer';

test("gateshead-2025-01-29's footers give 6 to 12 December 2024 for 2 to 6 December 2024 (a real defect): one warning", () => {
  const ds = of(code, realReport('gateshead-2025-01-29'));
  assert.equal(ds.length, 1);
  assert.equal(ds[0].severity, 'warning');
  assert.match(ds[0].message, /'6 to 12 December 2024', the title page '2 to 6 December 2024' \(on 11 pages\)/);
});

test("trafford-2026-08-03's two-digit year is a warning; dorset-2025-05-09's other form of the same days a hint", () => {
  assert.match(of(code, realReport('trafford-2026-08-03'))[0].message, /the year is written '26'/);
  const dorset = of(code, realReport('dorset-2025-05-09'));
  assert.equal(dorset.length, 1);
  assert.equal(dorset[0].severity, 'hint');
});

test('footers equal to the title page check clean (bedford-2025-08-27), and a report without footers (blackpool-2019-01-17)', () => {
  assert.deepEqual(of(code, realReport('bedford-2025-08-27')), []);
  assert.deepEqual(of(code, realReport('blackpool-2019-01-17')), []);
});
