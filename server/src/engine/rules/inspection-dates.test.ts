import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { of, realReport, replaceOnce } from './report-rules.fixture';

const code = 'inspection-dates';

test('every date form of the real reports reads clean (derbyshire-2019-09-19 split fieldwork, bromley-2019-01-07 en dash)', () => {
  for (const name of ['derbyshire-2019-09-19', 'bromley-2019-01-07', 'devon-2025-05-13', 'bedford-2025-08-27']) assert.deepEqual(of(code, realReport(name)), [], name);
});

test('a day that does not exist and a range that ends before it starts are errors (bedford-2025-08-27)', () => {
  const text = realReport('bedford-2025-08-27');
  assert.ok(of(code, replaceOnce(text, 'Inspection dates: 14 to 18 July 2025', 'Inspection dates: 14 to 32 July 2025')).some((d) => /not a real day/.test(d.message)));
  assert.ok(of(code, replaceOnce(text, 'Inspection dates: 14 to 18 July 2025', 'Inspection dates: 18 July to 14 July 2025')).some((d) => /before the first/.test(d.message)));
});
