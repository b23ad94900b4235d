import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFixes } from '../edits';
import { followupDiagnostics } from '../followup/testing';
import { covered, describe } from '../testing';
import { evalCase } from './previous-against-letter.fixture';

test("Durham a year on drops 'closing contacts' while saying the areas have not been addressed", () => {
  const c = evalCase('durham-2012-dropped');
  const ds = followupDiagnostics(c.draftText, { previous: c.previousLetter });
  assert.equal(ds.length, 1, describe(ds));
  const [d] = ds;
  assert.equal(d.code, 'previous-area-unaccounted');
  assert.equal(d.severity, 'warning');
  assert.match(d.message, /'Not all decisions to close contacts/);
  assert.match(covered(c.draftText, d), /^The areas of development identified .* have not yet been addressed\.$/);
  const related = d.relatedInformation?.[0];
  assert.equal(related?.uri, 'file:///letters/previous.txt');
  assert.equal(c.previousText.split('\n')[related!.range!.start.line].slice(related!.range!.start.character, related!.range!.start.character + 30), 'Not all decisions to close con');
});

test('its quick fix inserts the previous finding, with the marker, as a new area; then nothing is unaccounted', () => {
  const c = evalCase('durham-2012-dropped');
  const [d] = followupDiagnostics(c.draftText, { previous: c.previousLetter });
  assert.equal(d.fixes.length, 1);
  assert.equal(d.fixes[0].safe, false);
  const fixed = applyFixes(c.draftText, d.fixes).text;
  assert.match(fixed, /\n- Not all decisions to close contacts with no further action are seen and agreed by a manager\. This was an area for development at the previous inspection\.\n/);
  assert.deepEqual(followupDiagnostics(fixed, { previous: c.previousLetter }), []);
});

test("Staffordshire's previous priority action is neither carried nor mentioned", () => {
  const c = evalCase('staffordshire-2012-considered');
  const ds = followupDiagnostics(c.draftText, { previous: c.previousLetter }).filter((d) => d.code === 'previous-area-unaccounted');
  assert.equal(ds.length, 1, describe(ds));
  assert.match(ds[0].message, /area for priority action 'There is a systemic weakness/);
  assert.match(ds[0].message, /says nothing about the previous area for priority action/);
});

test('a draft whose paragraph covers every previous area gets no such report', () => {
  for (const id of ['derby-2011-carried', 'durham-2012-all-but-one', 'staffordshire-2012-named', 'doncaster-2013-all-but-two']) {
    const c = evalCase(id);
    assert.deepEqual(followupDiagnostics(c.draftText, { previous: c.previousLetter }).filter((d) => d.code === 'previous-area-unaccounted'), [], id);
  }
});

test('without a previous letter the rule is silent', () => {
  const c = evalCase('durham-2012-dropped');
  assert.deepEqual(followupDiagnostics(c.draftText), []);
});

test('a draft with no previous-inspection paragraph: every unmatched previous area is reported on the summary sentence', () => {
  const c = evalCase('durham-2012-dropped');
  const text = c.draftText.replace(/\nThe areas of development identified at the previous inspection[^\n]*\n/, '\n');
  assert.notEqual(text, c.draftText);
  const ds = followupDiagnostics(text, { previous: c.previousLetter });
  assert.deepEqual(ds.map((d) => d.code).sort(), ['previous-area-unaccounted', 'previous-paragraph-missing', 'previous-paragraph-missing'], describe(ds));
  const unaccounted = ds.filter((d) => d.code === 'previous-area-unaccounted');
  assert.equal(unaccounted.length, 1, describe(ds));
  assert.match(covered(text, unaccounted[0]), /^The inspection identified areas of strength/);
  assert.match(unaccounted[0].message, /says nothing about the previous areas for development/);
  assert.equal(ds.filter((d) => d.code === 'previous-paragraph-missing').length, 2, 'the two markers refer to a missing paragraph');
});
