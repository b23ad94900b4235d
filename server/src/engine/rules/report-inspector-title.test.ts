import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { of, realReport, replaceOnce } from './report-rules.fixture';

const code = 'report-inspector-title';

test("Her before the change (bedford-2022-01-14), His after (bedford-2025-08-27), HMI (bradford-2018-10-29) are clean", () => {
  for (const name of ['bedford-2022-01-14', 'bedford-2025-08-27', 'bradford-2018-10-29', 'somerset-2022-09-21', 'southwark-2022-11-11']) assert.deepEqual(of(code, realReport(name)), [], name);
});

test("Her Majesty's Inspector on 2025 fieldwork is a warning with a safe fix (bedford-2025-08-27)", () => {
  const ds = of(code, replaceOnce(realReport('bedford-2025-08-27'), "His Majesty’s Inspector", "Her Majesty’s Inspector"));
  assert.equal(ds.length, 1);
  assert.ok(ds[0].fixes[0].safe);
  assert.equal(ds[0].fixes[0].edits[0].newText, "His Majesty's Inspector");
});

test('a lead inspector line without the title is a warning, with a fix adding the one that fits (bedford-2022-01-14: Her)', () => {
  const ds = of(code, replaceOnce(realReport('bedford-2022-01-14'), 'Margaret Burke, Her Majesty’s Inspector', 'Margaret Burke'));
  assert.equal(ds.length, 1, JSON.stringify(ds));
  assert.equal(ds[0].severity, 'warning');
  assert.equal(ds[0].fixes[0].edits[0].newText, ", Her Majesty's Inspector");
});
