import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { of, realReport } from './report-rules.fixture';

const code = 'summary-previous-inspection';

test("bedford-2025-08-27's summary names the last inspection (November 2021): clean", () => {
  assert.deepEqual(of(code, realReport('bedford-2025-08-27')), []);
});

test('dorset-2021-11-19, whose first summary paragraphs do not name the previous inspection, is noted (information)', () => {
  const ds = of(code, realReport('dorset-2021-11-19'));
  assert.equal(ds.length, 1);
  assert.equal(ds[0].severity, 'information');
});
