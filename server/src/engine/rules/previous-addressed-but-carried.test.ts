import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFixes } from '../edits';
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

/** Issue 14, item 5: the contradiction has fixes, each one consistent, none of them applied by fix-all. */

const DURHAM_CLAIM = 'The areas of development identified at the previous inspection of contact, referral and assessment arrangements in March 2010 have been addressed.';

test("Durham (test/fixtures/seeds/001_…) with a marker: the fixes change the paragraph to 'All but one …' or remove the marker, and either leaves the letter consistent", () => {
  const text = replaceOnce(seed('durham'), 'seen and agreed\n\n\n\nby a manager.', `seen and agreed\n\n\n\nby a manager. ${DEV_MARKER}`);
  const [d] = followupDiagnostics(text);
  assert.deepEqual(d.fixes.map((f) => f.title), ["Change the paragraph to 'All but one of the ... have been addressed'", 'Remove the marker sentence (the issue is new)']);
  assert.ok(d.fixes.every((f) => !f.safe), 'they change what the letter says: never fix-all');
  const reworded = applyFixes(text, [d.fixes[0]]).text;
  assert.ok(reworded.includes(`\nAll but one of the areas of development identified at the previous inspection of contact, referral and assessment arrangements in March 2010 have been addressed.\n`));
  assert.deepEqual(followupDiagnostics(reworded), [], describe(followupDiagnostics(reworded)));
  assert.equal(applyFixes(text, [d.fixes[1]]).text, seed('durham'), 'the marker goes, and the letter is the real one again');
  assert.ok(seed('durham').includes(DURHAM_CLAIM));
});

test("Doncaster (004_…) with 'All of the areas' (not a standard wording): only the marker's removal is offered, never a rewrite of the inspector's sentence", () => {
  const text = replaceOnce(seed('doncaster'), 'All but one of the areas of development', 'All of the areas of development');
  const [d] = followupDiagnostics(text);
  assert.deepEqual(d.fixes.map((f) => f.title), ['Remove the marker sentence (the issue is new)']);
  const fixed = applyFixes(text, d.fixes).text;
  assert.ok(fixed.includes('has yet to have the full planned impact.\n'), 'the finding ends where its own words end');
  assert.deepEqual(followupDiagnostics(fixed), []);
});

test("Doncaster with a priority-action marker: the fix says the area of priority action 'has not been addressed', or removes the marker", () => {
  const text = replaceOnce(seed('doncaster'), 'plans are being developed to address this.', `plans are being developed to address this. ${PA_MARKER}`);
  const [d] = followupDiagnostics(text);
  assert.equal(d.fixes.length, 2);
  const reworded = applyFixes(text, [d.fixes[0]]).text;
  assert.match(reworded, /^The area of priority action identified at the previous inspection of contact, referral and assessment arrangements in January 2010 has not been addressed\. All but one of the areas of development/m);
  assert.deepEqual(followupDiagnostics(reworded), [], describe(followupDiagnostics(reworded)));
  assert.equal(applyFixes(text, [d.fixes[1]]).text, seed('doncaster'));
});

test('a marker inside a sentence (Derby: "... and this was an area ...") is not removed by a fix; the paragraph rewrite still is offered', () => {
  const text = replaceOnce(
    replaceOnce(seed('derby'), 'have been considered during this inspection. The local authority developed an action plan and significant progress has been made in many of these areas. Some areas for development continue to be addressed but a clear plan is in place.', 'have been addressed.'),
    'not at immediate risk of harm. This was an area',
    'not at immediate risk of harm and this was an area',
  );
  const ds = followupDiagnostics(text).filter((d) => d.code === 'previous-addressed-but-carried');
  assert.equal(ds.length, 1, describe(ds));
  assert.deepEqual(ds[0].fixes.map((f) => f.title), ["Change the paragraph to 'All but one of the ... have been addressed'"]);
});
