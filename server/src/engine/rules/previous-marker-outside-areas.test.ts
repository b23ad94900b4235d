import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { DEV_MARKER, followupDiagnostics } from '../followup/testing';
import { covered, describe, replaceOnce, seed } from '../testing';

test("a marker on one of Derby's strengths", () => {
  const text = replaceOnce(seed('derby'), 'and monitors performance.', `and monitors performance. ${DEV_MARKER}`);
  const ds = followupDiagnostics(text);
  assert.equal(ds.length, 1, describe(ds));
  assert.equal(ds[0].code, 'previous-marker-outside-areas');
  assert.equal(ds[0].severity, 'error');
  assert.equal(covered(text, ds[0]), DEV_MARKER);
  assert.match(ds[0].message, /under 'Strengths'/);
});

test("Doncaster's carried-forward finding moved under the requirements it meets", () => {
  let text = replaceOnce(
    seed('doncaster'),
    'This contributes to improving practice.\n',
    'This contributes to improving practice.\n- Agency social work staff are well inducted. This was an area for development at the previous inspection.\n',
  );
  text = replaceOnce(text, 'has yet to have the full planned impact. This was an area for development at the previous inspection.', 'has yet to have the full planned impact.');
  const ds = followupDiagnostics(text);
  assert.deepEqual(ds.map((d) => d.code), ['previous-marker-outside-areas'], describe(ds));
  assert.match(ds[0].message, /The service meets the requirements/);
});
