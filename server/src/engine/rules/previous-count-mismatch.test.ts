import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { DEV_MARKER, followupDiagnostics } from '../followup/testing';
import { covered, describe, removeLineWith, replaceOnce, seed } from '../testing';

const DONCASTER_MARKER = 'the full planned impact. This was an area for development at the previous inspection.';

test("Doncaster's 'All but one' with the marker removed: zero marked findings", () => {
  const text = replaceOnce(seed('doncaster'), DONCASTER_MARKER, 'the full planned impact.');
  const ds = followupDiagnostics(text);
  assert.equal(ds.length, 1, describe(ds));
  assert.equal(ds[0].code, 'previous-count-mismatch');
  assert.equal(ds[0].severity, 'error');
  assert.match(covered(text, ds[0]), /^All but one of the areas of development identified at the previous/);
  assert.match(ds[0].message, /all but one .* but no findings are marked/);
});

test("Doncaster's 'All but one' over two marked findings", () => {
  const text = replaceOnce(seed('doncaster'), 'what will be expected of them.', `what will be expected of them. ${DEV_MARKER}`);
  const ds = followupDiagnostics(text);
  assert.deepEqual(ds.map((d) => d.code), ['previous-count-mismatch'], describe(ds));
  assert.match(ds[0].message, /but two findings are marked/);
  assert.equal(ds[0].relatedInformation?.length, 2, 'points at both markers');
  for (const r of ds[0].relatedInformation!) assert.equal(text.slice(r.span!.start, r.span!.end), DEV_MARKER);
});

test("'All but two' over Doncaster's single marker", () => {
  const text = replaceOnce(seed('doncaster'), 'All but one of the areas', 'All but two of the areas');
  const ds = followupDiagnostics(text);
  assert.deepEqual(ds.map((d) => d.code), ['previous-count-mismatch'], describe(ds));
  assert.match(ds[0].message, /all but two .* but one finding is marked/);
});

test("Durham says its areas 'have not been addressed' but no finding carries a marker: a warning", () => {
  const text = replaceOnce(seed('durham'), 'in March 2010 have been addressed.', 'in March 2010 have not been addressed.');
  const ds = followupDiagnostics(text);
  assert.deepEqual(ds.map((d) => [d.code, d.severity]), [['previous-count-mismatch', 'warning']], describe(ds));
});

test('removing the only marked finding of Doncaster is caught too', () => {
  const text = removeLineWith(seed('doncaster'), 'reliance on agency social work staff.');
  assert.ok(followupDiagnostics(text).some((d) => d.code === 'previous-count-mismatch'));
});

test("two findings each marked as 'one aspect of an area' may carry forward the same single area", () => {
  const aspect = 'This was one aspect of an area for development at the previous unannounced inspection.';
  let text = replaceOnce(seed('doncaster'), DONCASTER_MARKER, `the full planned impact. ${aspect}`);
  text = replaceOnce(text, 'what will be expected of them.', `what will be expected of them. ${aspect}`);
  assert.deepEqual(followupDiagnostics(text), []);
  const three = replaceOnce(text, 'All but one of the areas', 'All but three of the areas');
  assert.deepEqual(followupDiagnostics(three).map((d) => d.code), ['previous-count-mismatch']);
});
