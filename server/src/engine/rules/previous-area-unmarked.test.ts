import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFixes } from '../edits';
import { followupDiagnostics } from '../followup/testing';
import { covered, describe } from '../testing';
import { evalCase } from './previous-against-letter.fixture';

test('Durham a year on repeats the closure of contacts without the marker', () => {
  const c = evalCase('durham-2012-all-but-one');
  const ds = followupDiagnostics(c.draftText, { previous: c.previousLetter });
  assert.equal(ds.length, 1, describe(ds));
  const [d] = ds;
  assert.equal(d.code, 'previous-area-unmarked');
  assert.equal(d.severity, 'warning');
  assert.equal(covered(c.draftText, d), 'Managers do not always record their reasons when a contact is closed with no further action.');
  assert.match(d.message, /repeats the previous letter's area for development \(in common: closure/);
  assert.equal(d.relatedInformation?.[0].uri, 'file:///letters/previous.txt');
  assert.ok(c.previousText.split('\n')[d.relatedInformation![0].range!.start.line].startsWith('- Not all decisions to close contacts'));
});

test('its quick fix appends the marker sentence', () => {
  const c = evalCase('durham-2012-all-but-one');
  const [d] = followupDiagnostics(c.draftText, { previous: c.previousLetter });
  const fixed = applyFixes(c.draftText, d.fixes).text;
  assert.ok(fixed.includes('closed with no further action. This was an area for development at the previous inspection.\n'));
  const after = followupDiagnostics(fixed, { previous: c.previousLetter });
  // The fix makes two marked findings under 'All but one': the paragraph must change too, and the checker says so.
  assert.deepEqual(after.map((x) => x.code), ['previous-count-mismatch'], describe(after));
});

test('carried-forward findings with their markers are not reported; hard negatives on related topics are not either', () => {
  const c = evalCase('staffordshire-2012-named');
  assert.deepEqual(followupDiagnostics(c.draftText, { previous: c.previousLetter }), []);
});
