import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildCase, loadCases } from '../eval/build';
import { builtinRegistry, createLetterService } from '../../server/src/engine';
import { memoryWorkspace } from '../../server/src/engine/memory-workspace';

/**
 * The follow-up now reaches the rules (RuleContext.followup); the previous-item-* rules are for modern
 * documents only: an old annual letter whose follow-up has a not-mentioned and a still-an-issue area is
 * reported by the previous-* rules as before, and by no previous-item-* rule.
 */

test('old letters (the durham and derby eval cases): previous-area-unaccounted as before, no previous-item-* report', () => {
  const registry = builtinRegistry();
  for (const spec of loadCases().filter((c) => ['durham-2012-dropped', 'derby-2011-carried'].includes(c.id))) {
    const built = buildCase(spec);
    const service = createLetterService({ workspace: memoryWorkspace({ 'file:///letters/previous.txt': built.previousText }), registry });
    const analysis = service.analyze('file:///letters/draft.txt', built.draftText, { previousUri: 'file:///letters/previous.txt' });
    assert.equal(analysis.template.id, 'annual-letter', spec.id);
    const statuses = analysis.followup!.items.map((i) => i.status);
    if (spec.id === 'durham-2012-dropped') {
      assert.ok(statuses.includes('not-mentioned'), spec.id);
      assert.equal(analysis.diagnostics.filter((d) => d.code === 'previous-area-unaccounted').length, 1);
    } else assert.ok(statuses.includes('still-an-issue'), `${spec.id}: ${statuses}`);
    assert.deepEqual(analysis.diagnostics.filter((d) => String(d.code).startsWith('previous-item-')), [], spec.id);
  }
});
