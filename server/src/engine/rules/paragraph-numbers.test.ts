import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { of, realReport, replaceOnce } from './report-rules.fixture';

const code = 'paragraph-numbers';

test('the real repeat in lambeth-2026-03-10 (paragraph 57 twice, line 504) is reported once', () => {
  const ds = of(code, realReport('lambeth-2026-03-10'));
  assert.equal(ds.length, 1);
  assert.equal(ds[0].range.start.line + 1, 504);
  assert.match(ds[0].message, /57 repeats 57/);
});

test('numbers alone on their line (bedford-2025-08-27) and on the text line run clean; a gap is caught', () => {
  const text = realReport('bedford-2025-08-27');
  assert.deepEqual(of(code, text), []);
  const ds = of(code, replaceOnce(text, '\n12. Time is taken', '\n13. Time is taken'));
  assert.ok(ds.some((d) => /13 skips 12/.test(d.message)), JSON.stringify(ds.map((d) => d.message)));
});
