import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseLetter, type Letter } from '../engine';
import { seed } from '../engine/testing';
import { documentSymbols, foldingRanges } from './outline';

/**
 * The outline is linear in the number of parts (issue 14, item 14): 20,000 headings took 1.4 s when
 * each part looked its section up among all the sections. Asserted on the work done, not the time: the
 * sections are counted as they are read. The times are printed, for the record.
 */

/** Derby's real letter with `headings` more section headings (each with a finding) before its Areas for development. */
function manyHeadings(headings: number): Letter {
  const base = seed('derby');
  const at = base.indexOf('\nAreas for development\n');
  const extra = Array.from({ length: headings / 2 }, (_, i) => `Strengths\n- Finding ${i} is strong.\n\nAreas for development\n- Finding ${i} needs work.\n`).join('\n');
  return parseLetter(base.slice(0, at) + '\n' + extra + base.slice(at));
}

/** The letter with its sections behind a proxy that counts each section read. */
function countingSectionReads(letter: Letter): { letter: Letter; reads: () => number } {
  let reads = 0;
  const sections = new Proxy(letter.sections, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { letter: Object.create(letter, { sections: { value: sections } }) as Letter, reads: () => reads };
}

test('the outline reads each section a bounded number of times, whatever the number of parts', () => {
  for (const headings of [2_000, 20_000]) {
    const parsed = manyHeadings(headings);
    assert.ok(parsed.sections.length >= headings, `${parsed.sections.length} sections`);
    const { letter, reads } = countingSectionReads(parsed);
    const started = performance.now();
    const symbols = documentSymbols(letter);
    const symbolsMs = performance.now() - started;
    const foldingStarted = performance.now();
    const folds = foldingRanges(letter);
    const foldingMs = performance.now() - foldingStarted;
    assert.equal(symbols.filter((s) => s.children).length, parsed.sections.length, "one symbol per section, with its findings");
    assert.ok(folds.length >= parsed.sections.length);
    // A lookup per part among all the sections read them parts x sections times (4 x 10^8 for 20,000).
    assert.ok(reads() <= 4 * parsed.sections.length, `${reads()} section reads for ${parsed.sections.length} sections`);
    console.log(`${headings} headings: outline ${symbolsMs.toFixed(0)} ms, folding ${foldingMs.toFixed(0)} ms, ${reads()} section reads`);
  }
});
