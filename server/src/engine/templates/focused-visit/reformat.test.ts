import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseDocument } from '../../parse/letter';
import { ROLE } from '../../template/roles';
import { analyseText, hasCorpus, realLetter } from './testing';

/**
 * Reformatting a real letter the way an inspector's editor does (one line a paragraph, with or without blank lines between, `- ` bullets,
 * straight quotes, no page numbers, CRLF, a BOM) changes no diagnostic about the letter. Diagnostics
 * about the pasted PDF's own residue (page numbers, split paragraphs, dropped hyphens) go with it.
 */

const RESIDUE_RULES = new Set(['page-residue', 'split-paragraph', 'dropped-hyphen']);
const LETTERS = ['central-bedfordshire-2024-03-26', 'slough-2026-01-12', 'warwickshire-2018-08-09', 'blackpool-2021-04-09', 'oldham-2025-08-21', 'thurrock-2021-08-09'];
/** Parts whose lines are lines of their own (addresses, the name under the sign-off), not wrapped text. */
const LINE_PARTS = new Set<string>([ROLE.letterhead, ROLE.addressee, ROLE.signOff]);

function retyped(text: string, blankLines: boolean): string {
  const letter = parseDocument(text);
  const lineBlocks = new Set(letter.parts.filter((p) => LINE_PARTS.has(p.id)).flatMap((p) => p.blocks));
  const out: string[] = [];
  for (const block of letter.blocks) {
    if (lineBlocks.has(block)) {
      for (const item of block.items) out.push(text.slice(item.span.start, item.span.end).replace(/[‘’]/g, "'").replace(/[“”]/g, '"'));
    } else {
      out.push((block.marker ? '- ' : '') + block.text.text);
    }
  }
  return '\uFEFF' + out.join(blankLines ? '\r\n\r\n' : '\r\n') + '\r\n';
}

function verdict(text: string): string[] {
  return analyseText(text)
    .diagnostics.filter((d) => !RESIDUE_RULES.has(d.code))
    .map((d) => `${d.code} ${d.severity} ${d.message}`)
    .sort();
}

test('retyping real letters (one line a paragraph, with or without blank lines between, - bullets, straight quotes, no page numbers, CRLF, BOM) changes no diagnostic', { skip: !hasCorpus() && 'the corpus is not on this machine' }, () => {
  for (const name of LETTERS) {
    const text = realLetter(name);
    for (const blankLines of [false, true]) {
      const again = retyped(text, blankLines);
      assert.notEqual(again, text);
      assert.deepEqual(verdict(again), verdict(text), `${name}${blankLines ? ', paragraphs apart' : ''}`);
    }
  }
});
