import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { followupDiagnostics } from '../followup/testing';
import { covered, describe, replaceOnce, seed } from '../testing';

test("Staffordshire's named topic 'the electronic case recording system' loses its marked finding", () => {
  const text = replaceOnce(
    seed('staffordshire'),
    'case management oversight. The electronic case recording system was an area for development at the last inspection.',
    'case management oversight.',
  );
  const ds = followupDiagnostics(text);
  assert.equal(ds.length, 1, describe(ds));
  assert.equal(ds[0].code, 'previous-topic-unmarked');
  assert.equal(ds[0].severity, 'error');
  assert.equal(covered(text, ds[0]), 'the electronic case recording system');
  assert.equal(ds[0].relatedInformation?.length, 2, 'points at the two remaining markers');
});

test("Staffordshire's ethnicity finding loses its page-split marker", () => {
  const text = replaceOnce(seed('staffordshire'), 'cultural identity. This was an area for\n\ndevelopment at the last inspection.', 'cultural identity.');
  const ds = followupDiagnostics(text);
  assert.deepEqual(ds.map((d) => d.code), ['previous-topic-unmarked'], describe(ds));
  assert.equal(covered(text, ds[0]), "reflecting children's ethnicity, religion and cultural identity in case records");
});

test('a named topic that no finding is about at all', () => {
  const text = replaceOnce(seed('staffordshire'), 'and the electronic case recording system, and these', 'the electronic case recording system, and the timeliness of child protection medicals, and these');
  const ds = followupDiagnostics(text);
  assert.deepEqual(ds.map((d) => d.code), ['previous-topic-unmarked'], describe(ds));
  assert.equal(covered(text, ds[0]), 'the timeliness of child protection medicals');
});
