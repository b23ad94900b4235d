import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createLetterService } from '../../server/src/engine/service';
import { memoryWorkspace } from '../../server/src/engine/memory-workspace';
import { CORPUS, corpusFiles } from '../../server/src/engine/testing';
import { speller } from './support';

/**
 * `letter-check --fix` and the editor's fix-all apply the safe fixes without review, so a safe fix must
 * never change what a document says. On every real focused-visit letter and ILACS report: the safe
 * fixes settle, and every number of the document's content (days, years, paragraph numbers, counts) is
 * still there afterwards, by value (a leading zero may go: `08 May` is `8 May`). A 'standard form' fix once
 * dropped the middle day of a three-day visit (`15, 16 and 21 July 2025` → `15 and 21 July 2025`).
 */

const service = createLetterService({ workspace: memoryWorkspace({}), speller });

/**
 * The numbers of the document's content, by value: the page furniture that the page rules' fixes take
 * out (page and footnote numbers alone on a line, the running footer's title and dates) is left out,
 * and so are postcodes (letterhead-interleaved takes out the address lines the text layer repeated).
 */
function numbers(text: string): string[] {
  const content = text.replace(/\b[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}\b/g, '').replace(/^[ \t\f]*Inspection of [^\n]*\n[^\n]*[0-9]{2}[ \t]*$/gm, '').replace(/^[ \t\f]*[0-9]{1,3}[ \t]*$/gm, '');
  return (content.match(/[0-9]+/g) ?? []).map((n) => String(Number(n))).sort();
}

for (const folder of ['focused-visit', 'ilacs-report']) {
  const files = corpusFiles(folder);
  describe(`safe fixes on the real documents of ${folder}`, { skip: !files.length && 'the corpus is not on this machine' }, () => {
    it(`on each of the ${files.length} documents, the safe fixes settle and keep every number`, () => {
      const wrong: string[] = [];
      let fixedAny = 0;
      for (const file of files) {
        const text = readFileSync(join(CORPUS, folder, file), 'utf8');
        const result = service.fix(`file:///draft/${file}`, text);
        if (result.fixed.length) fixedAny++;
        if (result.analysis.diagnostics.some((d) => d.fixes.some((f) => f.safe))) wrong.push(`${file}: safe fixes left after ${result.passes} passes`);
        const before = numbers(text).join(' ');
        const after = numbers(result.text).join(' ');
        if (before !== after) wrong.push(`${file}: numbers changed by ${result.fixed.map((d) => d.code).join(', ')}`);
      }
      assert.deepEqual(wrong, []);
      assert.ok(fixedAny > files.length / 4, `only ${fixedAny} documents had a safe fix: the test would test little`);
    });
  });
}
