import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import schema from '../eval/real-pair.schema.json';
import { CORPUS_DIR, corpusText, fold, linesText, loadRealPairs, STATUSES } from '../eval/real-pairs';

/**
 * The follow-up evaluation set of real pairs keeps its word: every item is the previous document's
 * text at the named lines, every quote is the current document's text at the named lines, and the
 * set keeps its promised size and spread (docs/followup.md).
 */

const pairs = loadRealPairs();

test('every pair file is valid against the schema', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  for (const p of pairs) {
    const { id: _id, ...data } = p;
    assert.ok(validate(data), `${p.id}: ${JSON.stringify(validate.errors)}`);
  }
});

test('every item is in the previous document at its lines, every quote in the current document at its lines', () => {
  for (const p of pairs) {
    assert.ok(existsSync(join(CORPUS_DIR, p.previous)), `${p.id}: ${p.previous} is in test/fixtures/corpus`);
    assert.ok(existsSync(join(CORPUS_DIR, p.current)), `${p.id}: ${p.current} is in test/fixtures/corpus`);
    const before = corpusText(p.previous);
    const now = corpusText(p.current);
    for (const item of p.items) {
      assert.ok(linesText(before, item.lines).includes(fold(item.text)), `${p.id}: item not at ${p.previous}:${item.lines.join('-')}: ${item.text}`);
      for (const e of item.evidence) {
        assert.ok(e.lines[0] <= e.lines[1], `${p.id}: line range ${e.lines.join('-')}`);
        assert.ok(linesText(now, e.lines).includes(fold(e.quote)), `${p.id}: quote not at ${p.current}:${e.lines.join('-')}: ${e.quote}`);
      }
    }
  }
});

test('a label has evidence exactly when the current document speaks of the item', () => {
  for (const p of pairs)
    for (const item of p.items) {
      if (item.status === 'not-mentioned') assert.equal(item.evidence.length, 0, `${p.id}: ${item.text}`);
      else assert.ok(item.evidence.length > 0, `${p.id}: ${item.text}`);
    }
});

test('the set has at least 16 pairs, 50 items, several pairs of each kind, every status, and 5 tuning pairs', () => {
  assert.ok(pairs.length >= 16, `${pairs.length} pairs`);
  const items = pairs.flatMap((p) => p.items);
  assert.ok(items.length >= 50, `${items.length} items`);
  for (const kind of ['ilacs-report -> focused-visit', 'focused-visit -> ilacs-report', 'ilacs-report -> ilacs-report', 'sif-report -> ilacs-report'])
    assert.ok(pairs.filter((p) => p.kind === kind).length >= 3, kind);
  for (const s of STATUSES) assert.ok(items.filter((i) => i.status === s).length >= 5, s);
  assert.equal(pairs.filter((p) => p.set === 'tuning').length, 5);
});
