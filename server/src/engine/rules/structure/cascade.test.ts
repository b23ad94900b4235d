import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFixes } from '../../edits';
import { describe, LETTERS, seed } from '../../testing';
import { structural } from './testing';

/**
 * One fault, one diagnostic: deleting any single line of a real letter gives at most one diagnostic
 * from the structure rules (a part or heading missing, findings without a heading, a sentence cut
 * short), never a flood; and applying the safe fixes offered never leaves a structure diagnostic.
 */
test('deleting any one line of a real letter gives at most one structure diagnostic', () => {
  let broken = 0;
  for (const name of LETTERS) {
    const lines = seed(name).split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const text = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
      const diagnostics = structural(text);
      assert.ok(diagnostics.length <= 1, `${name} without line ${i + 1} (${line.slice(0, 40)}):\n${describe(diagnostics)}`);
      if (diagnostics.length) broken++;
      const safe = diagnostics.flatMap((d) => d.fixes.filter((f) => f.safe));
      if (safe.length) assert.deepEqual(structural(applyFixes(text, safe).text), [], `${name} without line ${i + 1}, after its safe fixes`);
    });
  }
  assert.ok(broken > 40, `the deletions are noticed (${broken})`);
});
