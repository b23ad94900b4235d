import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { DEV_MARKER, followupDiagnostics } from '../followup/testing';
import { covered, describe, replaceOnce, seed } from '../testing';

test("a claim in words the checker does not know is reported as such, and not cross-checked", () => {
  let text = replaceOnce(seed('durham'), 'in March 2010 have been addressed.', 'in March 2010 were looked at again.');
  text = replaceOnce(text, 'by a manager.', `by a manager. ${DEV_MARKER}`);
  const ds = followupDiagnostics(text);
  assert.equal(ds.length, 1, describe(ds));
  assert.equal(ds[0].code, 'previous-claim-unread');
  assert.equal(ds[0].severity, 'information');
  assert.match(covered(text, ds[0]), /^The areas of development identified .* were looked at again\.$/);
});

test('a previous-inspection paragraph with no recognisable claim at all', () => {
  const text = replaceOnce(
    seed('durham'),
    'The areas of development identified at the previous inspection of contact, referral and assessment arrangements in March 2010 have been addressed.',
    'Since the previous inspection in March 2010 the council has worked through its improvement plan.',
  );
  const ds = followupDiagnostics(text).filter((d) => d.code === 'previous-claim-unread');
  assert.equal(ds.length, 1, describe(ds));
  assert.match(ds[0].message, /does not read as a standard claim/);
});
