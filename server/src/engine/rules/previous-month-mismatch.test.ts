import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFixes } from '../edits';
import { followupDiagnostics } from '../followup/testing';
import { covered, describe, replaceOnce } from '../testing';
import { evalCase } from './previous-against-letter.fixture';

test("the paragraph names May 2011 but Staffordshire's previous inspection was on 28 and 29 June 2011", () => {
  const c = evalCase('staffordshire-2012-named');
  const text = replaceOnce(c.draftText, 'in June 2011 have been addressed although', 'in May 2011 have been addressed although');
  const ds = followupDiagnostics(text, { previous: c.previousLetter });
  assert.equal(ds.length, 1, describe(ds));
  const [d] = ds;
  assert.equal(d.code, 'previous-month-mismatch');
  assert.equal(d.severity, 'error');
  assert.equal(covered(text, d), 'May 2011');
  assert.match(d.message, /took place in June 2011 .*not May 2011/);
  assert.equal(d.relatedInformation?.[0].uri, 'file:///letters/previous.txt');
  const r = d.relatedInformation![0].range!;
  assert.equal(c.previousText.split('\n')[r.start.line].slice(r.start.character, r.end.character), '28 and 29 June 2011', "points at the previous letter's inspection dates");
  const fixed = applyFixes(text, d.fixes).text;
  assert.equal(fixed, c.draftText);
});

test('the right month gives no report; nor does a wrong year go unnoticed', () => {
  const c = evalCase('staffordshire-2012-named');
  assert.deepEqual(followupDiagnostics(c.draftText, { previous: c.previousLetter }), []);
  const text = replaceOnce(c.draftText, 'in June 2011 has been addressed', 'in June 2010 has been addressed');
  assert.deepEqual(followupDiagnostics(text, { previous: c.previousLetter }).map((d) => d.code), ['previous-month-mismatch']);
});

test('each claim naming the month is checked (Staffordshire, two paragraphs)', () => {
  const c = evalCase('staffordshire-2012-named');
  const text = c.draftText.split('June 2011 has been addressed').join('July 2011 has been addressed');
  const ds = followupDiagnostics(text, { previous: c.previousLetter });
  assert.deepEqual(ds.map((d) => [d.code, covered(text, d)]), [['previous-month-mismatch', 'July 2011']]);
});
