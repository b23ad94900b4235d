import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { DEV_MARKER, followupDiagnostics, PA_MARKER } from '../followup/testing';
import { covered, describe, removeLineWith, seed } from '../testing';

test("Doncaster without its previous-inspection paragraph: its marker refers to nothing", () => {
  const text = removeLineWith(seed('doncaster'), 'The area of priority action identified at the previous inspection');
  const ds = followupDiagnostics(text);
  assert.equal(ds.length, 1, describe(ds));
  assert.equal(ds[0].code, 'previous-paragraph-missing');
  assert.equal(ds[0].severity, 'error');
  assert.equal(covered(text, ds[0]), DEV_MARKER);
  assert.match(ds[0].message, /no paragraph on the previous inspection/);
});

test("Derby without its paragraph on the previous priority action: the priority-action marker is unexplained", () => {
  const text = removeLineWith(seed('derby'), 'The area of priority action identified at the previous inspection');
  const ds = followupDiagnostics(text);
  assert.deepEqual(ds.map((d) => d.code), ['previous-paragraph-missing'], describe(ds));
  assert.equal(covered(text, ds[0]), PA_MARKER);
  assert.match(ds[0].message, /says nothing about the previous area for priority action/);
});

test('Derby without either paragraph: both markers reported', () => {
  let text = removeLineWith(seed('derby'), 'The area of priority action identified at the previous inspection');
  text = removeLineWith(text, 'The areas of development identified at the previous inspection');
  const ds = followupDiagnostics(text);
  assert.deepEqual(ds.map((d) => d.code), ['previous-paragraph-missing', 'previous-paragraph-missing'], describe(ds));
});
