import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze, directiveDisabled, nextLineDisabled } from './analyze';
import { parseLetter } from './parse/letter';

// Durham's letter (test/fixtures/seeds/001_23b9643c342e87c2.txt) as pasted from the PDF: a finding split
// by a page break at 27:378 and another at 49:75 (split-paragraph), and two bullets written otherwise (bullet-style).
const DURHAM = readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'seeds', '001_23b9643c342e87c2.txt'), 'utf8');

const findings = (text: string) => analyze(text).diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`);

/** The text with a line inserted before the given 1-based line. */
function withLineBefore(text: string, line: number, inserted: string): string {
  const lines = text.split('\n');
  lines.splice(line - 1, 0, inserted);
  return lines.join('\n');
}

test('disable-next-line switches the named rule off on the next line only', () => {
  assert.deepEqual(findings(DURHAM), ['27:bullet-style', '27:split-paragraph', '49:split-paragraph', '55:bullet-style']);
  const text = withLineBefore(DURHAM, 49, '<!-- letter-check disable-next-line split-paragraph -->');
  // Lines below the directive move down by one.
  assert.deepEqual(findings(text), ['27:bullet-style', '27:split-paragraph', '56:bullet-style']);
  // Another rule on that line is not affected, and neither is the same rule on another line.
  const other = withLineBefore(DURHAM, 27, '<!-- letter-check disable-next-line split-paragraph -->');
  assert.deepEqual(findings(other), ['28:bullet-style', '50:split-paragraph', '56:bullet-style']);
});

test('blank lines between the directive and its line are passed over; several rules and no rule at all', () => {
  // Above the blank line 26, below the heading 'Strengths'.
  const gap = withLineBefore(DURHAM, 26, '<!-- letter-check disable-next-line split-paragraph -->');
  assert.equal(DURHAM.split('\n')[25].trim(), '', 'line 26 of Durham is blank');
  assert.deepEqual(findings(gap), ['28:bullet-style', '50:split-paragraph', '56:bullet-style']);
  const both = withLineBefore(DURHAM, 27, '<!-- letter-check disable-next-line bullet-style, split-paragraph -->');
  assert.deepEqual(findings(both), ['50:split-paragraph', '56:bullet-style']);
  const all = withLineBefore(DURHAM, 27, '<!-- letter-check disable-next-line -->');
  assert.deepEqual(findings(all), ['50:split-paragraph', '56:bullet-style']);
});

test('disable-next-line is not a whole-letter disable, and a directive on the last line is harmless', () => {
  const letter = parseLetter('<!-- letter-check disable-next-line split-paragraph -->\nText\n<!-- letter-check disable-next-line bullet-style -->');
  assert.deepEqual(directiveDisabled(letter), []);
  assert.deepEqual([...nextLineDisabled(letter)].map(([line, ids]) => [line, [...ids]]), [[1, ['split-paragraph']]]);
  assert.deepEqual(directiveDisabled(parseLetter('<!-- letter-check disable copy-list -->\nText')), ['copy-list']);
});
