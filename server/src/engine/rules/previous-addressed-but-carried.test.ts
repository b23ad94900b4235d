import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { DEV_MARKER, followupDiagnostics, PA_MARKER } from '../followup/testing';
import { covered, describe, LETTERS, replaceOnce, seed } from '../testing';

test('the real letters: no follow-up rule reports anything', () => {
  for (const name of LETTERS) assert.deepEqual(followupDiagnostics(seed(name)), [], `${name}:\n${describe(followupDiagnostics(seed(name)))}`);
  assert.deepEqual(followupDiagnostics(seed('leicesterReport')), []);
});

test('Durham says every area was addressed, but a finding is marked as carried forward', () => {
  const text = replaceOnce(seed('durham'), 'seen and agreed\n\n\n\nby a manager.', `seen and agreed\n\n\n\nby a manager. ${DEV_MARKER}`);
  const ds = followupDiagnostics(text);
  assert.equal(ds.length, 1, describe(ds));
  const [d] = ds;
  assert.equal(d.code, 'previous-addressed-but-carried');
  assert.equal(d.severity, 'error');
  assert.equal(covered(text, d), DEV_MARKER);
  assert.match(d.message, /have been addressed/);
  assert.equal(d.relatedInformation?.length, 1);
  assert.match(covered(text, { ...d, span: d.relatedInformation![0].span! }), /^The areas of development identified .* have been addressed\.$/);
});

test("Doncaster says 'All of the areas' were addressed while its agency-staff finding carries the marker", () => {
  const text = replaceOnce(seed('doncaster'), 'All but one of the areas of development', 'All of the areas of development');
  const ds = followupDiagnostics(text);
  assert.deepEqual(ds.map((d) => d.code), ['previous-addressed-but-carried'], describe(ds));
  assert.equal(covered(text, ds[0]), DEV_MARKER);
  assert.equal(ds[0].range.start.line, 60);
});

test('Doncaster says the priority action was addressed, but a finding is marked as carried-forward priority action', () => {
  const text = replaceOnce(seed('doncaster'), 'plans are being developed to address this.', `plans are being developed to address this. ${PA_MARKER}`);
  const ds = followupDiagnostics(text);
  assert.deepEqual(ds.map((d) => d.code), ['previous-addressed-but-carried'], describe(ds));
  assert.equal(covered(text, ds[0]), PA_MARKER);
  assert.match(ds[0].message, /area for priority action has been addressed/);
  assert.match(covered(text, { ...ds[0], span: ds[0].relatedInformation![0].span! }), /^The area of priority action .* has been addressed\.$/);
});

test("Derby's 'considered ... continue to be addressed' allows its markers (no report)", () => {
  assert.deepEqual(followupDiagnostics(seed('derby')), []);
});
