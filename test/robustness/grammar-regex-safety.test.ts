import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';

/**
 * The grammar's patterns (syntaxes/inspection-letter.tmLanguage.json, generated from the templates'
 * data) compile in Oniguruma, the engine VS Code colours with, and run in linear time on long
 * adversarial lines. The engine's regex-safety suite covers the engine's own patterns in JavaScript;
 * the grammar's run in another engine and dialect, so they are checked here the way VS Code runs them:
 * a scan along a line, each search starting where the last match ended. VS Code colours lines of up
 * to 20,000 characters, so a pattern that backtracks on a long line freezes the editor's colouring.
 */

const ROOT = join(__dirname, '..', '..');
const GRAMMAR = join(ROOT, 'syntaxes', 'inspection-letter.tmLanguage.json');
/**
 * Sizes of each adversarial line, smallest first. Linear patterns take well under SUSPECT_MS at the
 * first size; only slower lines are tried at the next, and a line over the bound at any size fails
 * there (a quadratic pattern would take seconds, an exponential one forever, at the next size).
 */
const SIZES = [1_000, 4_000, 16_000];
const SUSPECT_MS = 0.5;
/** Linear scanning of a 16,000-character line takes a few milliseconds; quadratic takes seconds. */
const BOUND_MS = 150;
const LARGE = SIZES[SIZES.length - 1];

const UNITS = [
  'a', 'A', ' ', '\t', '1', '.', ',', "'", '’', '-', ':', '?', '(', '#', '@', '<', '<!--', '◼ ', '• ',
  'Aa ', 'a ', 'A.', '1 ', '1. ', 'a.', 'a-', "a'", '- ', ': ', ', ', 'and ', 'to ', 'of ', 'is ', '( ',
  '1 May ', 'May 2020 ', '(outcome 1, ', 'outcome 1 and ', 'Good ', 'Dear ', 'Yours ',
];
const ENDINGS = ['', '!', '.', ' ', ':', ')', 'x'];

interface FoundPattern {
  source: string;
  where: string;
}

/** Every match, begin and end pattern in the grammar, with the repository entry it is in. */
function grammarPatterns(node: unknown, where = 'patterns', out: FoundPattern[] = []): FoundPattern[] {
  if (Array.isArray(node)) node.forEach((n, i) => grammarPatterns(n, `${where}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'match' || key === 'begin' || key === 'end') && typeof value === 'string') out.push({ source: value, where });
      else grammarPatterns(value, key === 'repository' ? '' : where ? `${where}.${key}` : key, out);
    }
  }
  return out;
}

/**
 * The literal phrases of the pattern's alternatives (a heading, a title's words, a grade), to build
 * lines that match far and fail at the very end.
 */
function literalPhrases(source: string): string[] {
  const phrases = source.split('|').flatMap((alternative) =>
    alternative
      .replace(/\[([^\]\\])[^\]]*\]/g, '$1')
      .replace(/\\s[+*]?/g, ' ')
      .replace(/\\[a-zA-Z](?:\{[^}]*\})?/g, '')
      .replace(/\{\d+(?:,\d*)?\}|\(\?[:=!<>i]*|[()?^$*+\\]/g, '')
      // A free value (.+?) between literals, or an optional colon: each side is a phrase of its own.
      .split(/ \. |\s*:\s*/)
      .map((p) => p.replace(/\s+/g, ' ').trim()),
  );
  return [...new Set(phrases.filter((p) => /[A-Za-z]{3}/.test(p)))].slice(0, 60);
}

function attacks(source: string, n: number): string[] {
  const out: string[] = [];
  for (const unit of UNITS) {
    const body = unit.repeat(Math.ceil(n / unit.length));
    for (const end of ENDINGS) out.push(body + end);
  }
  for (const word of literalPhrases(source)) {
    for (const unit of [' ', 'a', '1 ', ': ']) {
      out.push(word + unit.repeat(Math.ceil(n / unit.length)) + '!');
      out.push((word + ' ').repeat(Math.ceil(n / (word.length + 1))) + '!');
      out.push((unit + word).repeat(Math.ceil(n / (word.length + unit.length))) + 'x');
    }
  }
  return out;
}

/** Scans a line as the tokenizer does: each search starts where the last match ended (one further if empty). */
function scan(scanner: oniguruma.OnigScanner, line: string): void {
  // The tokenizer gives each line with its line end.
  const text = new oniguruma.OnigString(line + '\n');
  try {
    let at = 0;
    while (at <= line.length) {
      const m = scanner.findNextMatchSync(text, at);
      if (!m) break;
      const { start, end } = m.captureIndices[0];
      at = Math.max(end, start + 1, at + 1);
    }
  } finally {
    text.dispose();
  }
}

function bestOfThree(scanner: oniguruma.OnigScanner, line: string, enough: number): number {
  let best = Infinity;
  // The best of three, so a busy machine's pauses do not fail the test; one run far over the bound is enough.
  for (let k = 0; k < 3; k++) {
    const started = performance.now();
    scan(scanner, line);
    best = Math.min(best, performance.now() - started);
    if (best <= enough || best > 4 * BOUND_MS) break;
  }
  return best;
}

/** '' when the pattern is linear on every adversarial line, else the slowest line and its time. */
function slowness(source: string): string {
  const scanner = new oniguruma.OnigScanner([source]);
  try {
    const lines = SIZES.map((n) => attacks(source, n));
    for (let i = 0; i < lines[0].length; i++) {
      for (const [k, sized] of lines.entries()) {
        const ms = bestOfThree(scanner, sized[i], SUSPECT_MS / 4);
        if (ms > BOUND_MS) return `${ms.toFixed(0)} ms on ${JSON.stringify(sized[i].slice(0, 40))}… (${sized[i].length} chars)`;
        // Four times longer and more than twice as slow: try longer still.
        if (ms <= SUSPECT_MS * 4 ** k) break;
      }
    }
    return '';
  } finally {
    scanner.dispose();
  }
}

let patterns: FoundPattern[] = [];

before(async () => {
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  patterns = grammarPatterns(JSON.parse(readFileSync(GRAMMAR, 'utf8')));
});

describe("the grammar's patterns", () => {
  it('are all found (the collector works)', () => {
    assert.ok(patterns.length >= 30, `only ${patterns.length} patterns found`);
    assert.ok(patterns.some((p) => p.where.startsWith('graded-heading')), 'no graded heading pattern');
    assert.ok(patterns.some((p) => p.where.startsWith('letterhead')), 'no letterhead pattern');
  });

  it('compile in Oniguruma', () => {
    const failed: string[] = [];
    for (const p of patterns) {
      try {
        new oniguruma.OnigScanner([p.source]).dispose();
      } catch (e) {
        failed.push(`${p.where}: ${(e as Error).message}`);
      }
    }
    assert.deepEqual(failed, []);
  });

  it('the detector flags patterns known to backtrack, and passes linear ones (sanity check)', () => {
    // Patterns slow at every machine's speed (exponential; quadratic in the line's length). The old
    // heading's `\s*:?\s*$` is slow too, but only about 0.1 s on an idle machine, near the bound.
    for (const source of ['(a+)+$', '(.+?)\\s+(?:services)\\s*$']) assert.ok(slowness(source), `/${source}/ was not flagged`);
    for (const source of ['^[ \\t]*(?:Strengths)(?:[ \\t]*:)?[ \\t]*$', '\\b\\d{1,2}\\s+May\\s+\\d{4}\\b']) assert.equal(slowness(source), '', `/${source}/ was flagged`);
  });

  it('run in linear time on long adversarial lines', () => {
    const slow: string[] = [];
    for (const p of patterns) {
      const found = slowness(p.source);
      if (found) slow.push(`${p.where} /${p.source.slice(0, 120)}/: ${found}`);
    }
    assert.deepEqual(slow, []);
  });

  it('colour a long real-looking line quickly (the whole grammar, as VS Code runs it)', () => {
    const scanner = new oniguruma.OnigScanner(patterns.map((p) => p.source));
    try {
      const paragraph = 'The experiences and progress of children who need help and protection: good. Since the last inspection in May 2019, leaders have improved practice (outcome 1, national framework). ';
      const line = paragraph.repeat(Math.ceil(LARGE / paragraph.length));
      assert.ok(bestOfThree(scanner, line, BOUND_MS) < BOUND_MS);
    } finally {
      scanner.dispose();
    }
  });
});
