import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../analyze';
import { applyEdits, applyFixes } from '../../edits';
import { seed } from '../../testing';
import { STRUCTURE_RULES } from './testing';

/**
 * Any jumble of a real letter's paragraphs (dropped, repeated, shuffled, reformatted) is analysed
 * without a structure rule throwing, with every range and edit inside the text, and every fix
 * applying whole.
 */
const paragraphs = seed('staffordshire').split(/\n\n+/).concat(seed('derby').split(/\n\n+/).slice(20, 30));

test('structure rules survive any jumble of letter paragraphs', () => {
  fc.assert(
    fc.property(
      fc.array(fc.nat(paragraphs.length - 1), { maxLength: 60 }),
      fc.constantFrom('\n\n', '\r\n\r\n', '\n', '\n\n\n'),
      fc.boolean(),
      (picks, separator, bom) => {
        const text = (bom ? '\uFEFF' : '') + picks.map((i) => paragraphs[i]).join(separator);
        const result = analyze(text);
        assert.deepEqual(result.ruleErrors, []);
        for (const d of result.diagnostics) {
          if (!(STRUCTURE_RULES as readonly string[]).includes(d.code)) continue;
          assert.ok(d.span.start >= 0 && d.span.end <= text.length && d.span.start <= d.span.end, `${d.code} span`);
          for (const fix of d.fixes) {
            for (const e of fix.edits) assert.ok(e.span.start >= 0 && e.span.end <= text.length && e.span.start <= e.span.end, `${d.code} edit`);
            assert.equal(applyFixes(text, [fix]).skipped.length, 0, `${d.code}: ${fix.title}`);
            assert.equal(applyEdits(text, fix.edits).skipped.length, 0, `${d.code}: ${fix.title} has overlapping edits`);
          }
        }
      },
    ),
    { numRuns: 100, seed: 20260 },
  );
});
