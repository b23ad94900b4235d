/**
 * Word-level alignment of a draft sentence against a template sentence whose slots ({council}) match
 * any run of one or more words. Gives the cost (for choosing the closest variant and deciding whether
 * a sentence is a near miss), the differences to show the inspector, and where each slot's value is.
 */

import { boundedEditDistance } from './edit-distance';

export interface Token {
  text: string;
  /** Index in the folded text. */
  from: number;
  to: number;
}

export interface Difference {
  /** What the template has here ('' when the draft has extra words). */
  expected: string;
  /** What the draft has here ('' when words are missing). */
  actual: string;
  /** Folded-text range in the draft: the actual words, or the insertion point when missing. */
  from: number;
  to: number;
}

export interface Alignment {
  cost: number;
  /** 1 for identical, 0 for nothing in common. */
  similarity: number;
  differences: Difference[];
  slots: Record<string, { from: number; to: number }>;
}

const PUNCT = /^[^\p{L}\p{N}]$/u;

function isSlot(token: string): boolean {
  return token.length > 2 && token.charCodeAt(0) === 123 /* { */ && token.charCodeAt(token.length - 1) === 125;
}

function indelCost(token: string): number {
  return PUNCT.test(token) ? 0.5 : 1;
}

/** The cost of aligning draft word a with template word b (their lower-case forms passed in, computed once). */
function substituteCost(a: string, b: string, aLower: string, bLower: string): number {
  if (a === b) return 0;
  if (aLower === bLower) return 0.25;
  // A misspelling of the same word ("sincerly", "summarise") is closer than a different word.
  if (isTypo(aLower, bLower)) return 0.5;
  return 1;
}

/** Within two edits (insert, delete or change a letter) of each other, for words of four letters or more. */
function isTypo(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4 || Math.abs(a.length - b.length) > 2) return false;
  // A misspelling keeps the word's first or last letter; checking that first spares the distance
  // computation for nearly every pair of different words an alignment meets.
  if (a.charCodeAt(0) !== b.charCodeAt(0) && a.charCodeAt(a.length - 1) !== b.charCodeAt(b.length - 1)) return false;
  return boundedEditDistance(a, b, 2) <= 2;
}

const enum Step {
  None,
  Match,
  Delete, // expected token missing from the draft
  Insert, // extra draft token
  SlotStart,
  SlotExtend,
}

/**
 * Aligns draft tokens against expected tokens (slots written as {name}). With `maxCost`, stops as
 * soon as every path costs more (each row's minimum only grows) and returns cost Infinity,
 * similarity 0 and no differences: for callers that only want close alignments.
 */
export function align(actual: readonly Token[], expected: readonly string[], maxCost = Infinity): Alignment {
  const n = actual.length;
  const m = expected.length;
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width);
  const step = new Uint8Array((n + 1) * width);
  // Per-token facts computed once, not in the n×m loop.
  const slot: boolean[] = expected.map(isSlot);
  const deleteCost: number[] = expected.map((e, j) => (slot[j] ? 1 : indelCost(e)));
  const expectedLower: string[] = expected.map((e) => e.toLowerCase());
  for (let j = 1; j <= m; j++) {
    cost[j] = cost[j - 1] + deleteCost[j - 1];
    step[j] = Step.Delete;
  }
  for (let i = 1; i <= n; i++) {
    const a = actual[i - 1].text;
    const aLower = a.toLowerCase();
    const insertCost = indelCost(a);
    const row = i * width;
    cost[row] = cost[row - width] + insertCost;
    step[row] = Step.Insert;
    let rowMin = cost[row];
    for (let j = 1; j <= m; j++) {
      const e = expected[j - 1];
      const here = row + j;
      let best: number;
      let how: Step;
      if (slot[j - 1]) {
        // The slot takes a_i as its first word (after j-1) or extends over a_i.
        const start = cost[here - width - 1];
        const extend = step[here - width] === Step.SlotStart || step[here - width] === Step.SlotExtend ? cost[here - width] : Infinity;
        if (extend <= start) {
          best = extend;
          how = Step.SlotExtend;
        } else {
          best = start;
          how = Step.SlotStart;
        }
      } else {
        best = cost[here - width - 1] + substituteCost(a, e, aLower, expectedLower[j - 1]);
        how = Step.Match;
      }
      const del = cost[here - 1] + deleteCost[j - 1];
      if (del < best) {
        best = del;
        how = Step.Delete;
      }
      const ins = cost[here - width] + insertCost;
      if (ins < best) {
        best = ins;
        how = Step.Insert;
      }
      cost[here] = best;
      step[here] = how;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > maxCost) return { cost: Infinity, similarity: 0, differences: [], slots: {} };
  }
  // Trace back, collecting slot spans and runs of differences.
  const slots: Alignment['slots'] = {};
  const ops: { kind: 'eq' | 'sub' | 'del' | 'ins'; a?: Token; e?: string; at: number }[] = [];
  let i = n;
  let j = m;
  let slotEnd = -1;
  while (i > 0 || j > 0) {
    const s = step[i * width + j];
    if (s === Step.SlotExtend || s === Step.SlotStart) {
      if (slotEnd < 0) slotEnd = actual[i - 1].to;
      if (s === Step.SlotStart) {
        const name = expected[j - 1].slice(1, -1);
        slots[name] = { from: actual[i - 1].from, to: slotEnd };
        slotEnd = -1;
        j--;
      }
      i--;
    } else if (s === Step.Match) {
      const a = actual[i - 1];
      ops.push({ kind: a.text === expected[j - 1] ? 'eq' : 'sub', a, e: expected[j - 1], at: a.from });
      i--;
      j--;
    } else if (s === Step.Delete) {
      const at = i > 0 ? actual[i - 1].to : actual.length ? actual[0].from : 0;
      ops.push({ kind: 'del', e: expected[j - 1], at });
      j--;
    } else {
      const a = actual[i - 1];
      ops.push({ kind: 'ins', a, at: a.from });
      i--;
    }
  }
  ops.reverse();
  const differences: Difference[] = [];
  let run: { expected: string[]; actual: Token[]; at: number } | undefined;
  const flush = () => {
    if (!run) return;
    const from = run.actual.length ? run.actual[0].from : run.at;
    const to = run.actual.length ? run.actual[run.actual.length - 1].to : run.at;
    differences.push({ expected: joinTokens(run.expected), actual: joinTokens(run.actual.map((t) => t.text)), from, to });
    run = undefined;
  };
  for (const op of ops) {
    if (op.kind === 'eq') {
      flush();
      continue;
    }
    run ??= { expected: [], actual: [], at: op.at };
    if (op.e !== undefined && op.kind !== 'ins') run.expected.push(op.e);
    if (op.a && op.kind !== 'del') run.actual.push(op.a);
  }
  flush();
  const total = n + m;
  const c = cost[n * width + m];
  return { cost: c, similarity: total === 0 ? 1 : Math.max(0, 1 - (2 * c) / total), differences, slots };
}

/** Joins word tokens back into readable text: no space before punctuation. */
export function joinTokens(tokens: readonly string[]): string {
  let out = '';
  for (const t of tokens) {
    if (out && !/^[.,;:!?)]$/.test(t) && !out.endsWith('(')) out += ' ';
    out += t;
  }
  return out;
}
