import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFixes } from '../edits';
import { replaceOnce } from '../testing';
import { findingsOf, hasCorpus, lettersFlagged, realLetter } from '../templates/focused-visit/testing';

const skip = !hasCorpus() && 'the focused-visit corpus is not on this machine';
const code = 'inspector-title';
const of = (text: string) => findingsOf(code, text);

test('no real focused-visit letter gets an inspector-title finding (134 name the inspectors with the title, 2018 to 2026)', { skip }, () => {
  assert.deepEqual(lettersFlagged(code), []);
});

test("sheffield-2022-10-26 (line 24, visit in September 2022) with 'Her Majesty's Inspectors': a warning whose safe fix writes His", { skip }, () => {
  const real = realLetter('sheffield-2022-10-26');
  const text = replaceOnce(real, '2022. His Majesty’s Inspectors for this visit', '2022. Her Majesty’s Inspectors for this visit');
  const [d, more] = of(text);
  assert.equal(more, undefined);
  assert.equal(d.severity, 'warning');
  assert.equal(d.range.start.line + 1, 24);
  assert.equal(text.slice(d.span.start, d.span.end), 'Her Majesty’s Inspectors');
  assert.match(d.message, /dated 26 October 2022, so the inspectors are 'His Majesty’s Inspectors', not 'Her Majesty’s Inspectors'/);
  assert.equal(d.fixes[0].safe, true);
  assert.equal(applyFixes(text, [d.fixes[0]]).text, real);
});

test("tower-hamlets-2022-08-31 (line 23, dated before the change) with 'His' in both places: two warnings, the title across the line break found", { skip }, () => {
  const real = realLetter('tower-hamlets-2022-08-31');
  let text = replaceOnce(real, 'July 2022. Her Majesty’s Inspectors\nfor', 'July 2022. His Majesty’s\nInspectors for');
  text = replaceOnce(text, '\nHer Majesty’s Inspector\n', '\nHis Majesty’s Inspector\n');
  const found = of(text);
  assert.deepEqual(found.map((d) => d.range.start.line + 1), [23, 153]);
  assert.equal(text.slice(found[0].span.start, found[0].span.end), 'His Majesty’s\nInspectors');
  assert.match(found[0].message, /so the inspectors are 'Her Majesty’s Inspectors'/);
  const fixed = applyFixes(text, found.map((d) => d.fixes[0])).text;
  // The sign-off's fix writes the template's title (straight apostrophe); the sentence's changes one word.
  const expected = replaceOnce(replaceOnce(real, 'July 2022. Her Majesty’s Inspectors\nfor', 'July 2022. Her Majesty’s\nInspectors for'), '\nHer Majesty’s Inspector\n', "\nHer Majesty's Inspector\n");
  assert.equal(fixed, expected);
  assert.deepEqual(of(fixed), []);
});

test('tower-hamlets-2022-08-31 redated after the change (its visit in July 2022): either title is accepted in the transition; a visit after the change is not', { skip }, () => {
  const redated = replaceOnce(realLetter('tower-hamlets-2022-08-31'), '31 August 2022\n', '30 September 2022\n');
  assert.deepEqual(of(redated), []);
  assert.deepEqual(of(redated.replace(/Her Majesty’s/g, 'His Majesty’s')), []);
  const laterVisit = replaceOnce(redated, 'on 26 and 27 July 2022.', 'on 13 and 14 September 2022.');
  assert.deepEqual(
    of(laterVisit.replace(/Her Majesty’s/g, 'His Majesty’s')).map((d) => d.range.start.line + 1),
    [],
  );
  assert.deepEqual(
    of(laterVisit).map((d) => d.range.start.line + 1),
    [23, 153],
  );
});

test("st-helens-2024-07-12 writes 'His Majesty’s inspectors' (lower-case i): accepted; 'Her' there is reported", { skip }, () => {
  const real = realLetter('st-helens-2024-07-12');
  assert.deepEqual(of(real), []);
  const [d] = of(replaceOnce(real, 'His Majesty’s inspectors', 'Her Majesty’s inspectors'));
  assert.match(d.message, /'His Majesty’s inspectors', not 'Her Majesty’s inspectors'/);
});
