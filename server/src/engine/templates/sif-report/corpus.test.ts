import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createLetterService } from '../../service';
import { CORPUS } from '../../testing';

/**
 * The 67 real SIF reports (2014–2018) in ../shared/corpus/sif-report: no longer written, so they are
 * recognised and read (to serve as a previous document) but not checked as drafts. Checking them as
 * drafts gave hundreds of false errors (a contents page repeats every heading).
 */
test('every real SIF report is recognised as one and gets no diagnostic', () => {
  const dir = join(CORPUS, 'sif-report');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  assert.equal(files.length, 67);
  const service = createLetterService();
  const problems: string[] = [];
  for (const f of files) {
    const analysis = service.analyze(`file:///corpus/sif-report/${f}`, readFileSync(join(dir, f), 'utf8'));
    if (analysis.template.id !== 'sif-report') problems.push(`${f}: read as ${analysis.template.id}`);
    if (analysis.diagnostics.length) problems.push(`${f}: ${analysis.diagnostics.length} diagnostics`);
    if (!analysis.letter.parts.length) problems.push(`${f}: no part read`);
  }
  assert.deepEqual(problems, []);
});
