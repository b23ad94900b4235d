import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, parseLetter, type Rule } from '../engine';
import { replaceOnce, seed } from '../engine/testing';
import { AnalysisCache } from './analysis-cache';

function makeCache(maxKb = 512) {
  const ruleErrors: string[] = [];
  const cache = new AnalysisCache({ parse: (_uri: string, text: string) => parseLetter(text), 
    analyzeOptions: () => ({}),
    maxFileSizeKb: () => maxKb,
    onRuleError: (_uri, id) => void ruleErrors.push(id),
  });
  return { cache, ruleErrors };
}

test('one analysis per document version, shared by every caller', () => {
  const { cache } = makeCache();
  const v1 = TextDocument.create('file:///a.letter', 'inspection-letter', 1, seed('derby'));
  const first = cache.get(v1);
  assert.equal(cache.get(v1), first);
  assert.equal(cache.runs, 1);
  assert.ok(cache.isFresh(v1));
  const v2 = TextDocument.update(v1, [{ text: seed('durham') }], 2);
  assert.ok(!cache.isFresh(v2));
  const second = cache.get(v2);
  assert.equal(cache.runs, 2);
  assert.equal(second.version, 2);
  assert.equal(second.analysis?.letter.values.council.title?.value, 'Durham County Council');
});

test('a settings change makes every cached analysis stale', () => {
  const { cache } = makeCache();
  const doc = TextDocument.create('file:///a.letter', 'inspection-letter', 1, seed('derby'));
  cache.get(doc);
  cache.invalidateAll();
  assert.ok(!cache.isFresh(doc));
  cache.get(doc);
  assert.equal(cache.runs, 2);
});

test('a file over the size limit is not analysed', () => {
  const { cache } = makeCache(1);
  const doc = TextDocument.create('file:///big.letter', 'inspection-letter', 1, seed('derby'));
  const result = cache.get(doc);
  assert.equal(result.analysis, undefined);
  assert.equal(result.tooLarge?.maxKb, 1);
  assert.ok(result.tooLarge!.sizeKb > 1);
  assert.equal(cache.runs, 0);
});

test('a rule that throws is reported to onRuleError and the other rules still report', () => {
  const ruleErrors: string[] = [];
  const thrower: Rule = {
    id: 'always-throws',
    description: 'A broken rule',
    defaultSeverity: 'error',
    fixable: false,
    docs: { rationale: 'For the test.' },
    check() {
      throw new Error('boom');
    },
  };
  const cache = new AnalysisCache({ parse: (_uri: string, text: string) => parseLetter(text), 
    analyzeOptions: () => ({ rules: [thrower, ...allRules] }),
    maxFileSizeKb: () => 512,
    onRuleError: (_uri, id) => void ruleErrors.push(id),
  });
  const text = replaceOnce(seed('derby'), '\nAreas for development\n', '\nAreas of development\n');
  const result = cache.get(TextDocument.create('file:///a.letter', 'inspection-letter', 1, text));
  assert.deepEqual(ruleErrors, ['always-throws']);
  assert.ok(result.analysis!.diagnostics.some((d) => d.code === 'heading-wording'));
  assert.ok(!result.analysis!.diagnostics.some((d) => d.code === 'always-throws'));
});

test('only the most recently used documents keep their full analysis; the others are analysed again when asked', () => {
  const previous = { uri: 'file:///derby-2009.letter', letter: parseLetter(seed('derby')) };
  const cache = new AnalysisCache(
    {
      parse: (_uri: string, text: string) => parseLetter(text),
      analyzeOptions: (uri) => (uri.endsWith('/0.letter') ? { previous } : {}),
      maxFileSizeKb: () => 512,
      onRuleError: () => undefined,
    },
    3,
  );
  const docs = [0, 1, 2, 3, 4].map((i) => TextDocument.create(`file:///${i}.letter`, 'inspection-letter', 1, seed('durham')));
  const first = cache.get(docs[0]);
  for (const doc of docs.slice(1)) cache.get(doc);
  assert.equal(cache.size, 3, 'held no more than the capacity');
  assert.equal(cache.runs, 5);
  // The first document was dropped: asking again analyses it again, with the same result.
  assert.ok(!cache.isFresh(docs[0]));
  const again = cache.get(docs[0]);
  assert.equal(cache.runs, 6);
  assert.deepEqual(again.analysis?.diagnostics, first.analysis?.diagnostics);
  // Using a document keeps it: after 3 and 4 are used, 0 is the least recent and goes when 1 comes back.
  cache.get(docs[3]);
  cache.get(docs[4]);
  assert.equal(cache.runs, 6, 'hits, not analyses');
  cache.get(docs[1]);
  assert.ok(cache.isFresh(docs[3]) && cache.isFresh(docs[4]) && cache.isFresh(docs[1]));
  assert.ok(!cache.isFresh(docs[0]));
  // Which previous letter a document used outlives its analysis (the server re-checks dependants by it).
  for (const doc of docs.slice(1)) cache.get(doc);
  assert.ok(!cache.isFresh(docs[0]));
  assert.equal(cache.previousOf(docs[0].uri), 'file:///derby-2009.letter');
  assert.equal(cache.previousOf(docs[1].uri), undefined);
  cache.forget(docs[0].uri);
  assert.equal(cache.previousOf(docs[0].uri), undefined);
});
