import { accountFor, matchAreas, unaccountedAreas } from '../../server/src/engine/followup/account';
import { MATCH_THRESHOLD } from '../../server/src/engine/followup/terms';
import { buildCase, loadCases, type BuiltCase } from './build';

/** Precision and recall of the follow-up matching and of the `unaccounted` flag over the evaluation set. */

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface CaseResult {
  id: string;
  matching: Score;
  unaccounted?: Score;
  /** Readable errors: `FP prev#2 ~ cur#4 (0.41)`. */
  errors: string[];
}

export interface Evaluation {
  cases: CaseResult[];
  matching: Score;
  unaccounted: Score;
  labelledPairs: { positive: number; negative: number };
  threshold: number;
}

function score(tp: number, fp: number, fn: number): Score {
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

const key = (p: number, c: number) => `${p}:${c}`;

export function evaluateCase(built: BuiltCase, threshold = MATCH_THRESHOLD): CaseResult {
  const errors: string[] = [];
  const predicted = matchAreas(built.previousAreas, built.currentAreas, threshold).map((m) => ({
    p: built.previousAreas.indexOf(m.previous),
    c: built.currentAreas.indexOf(m.current),
    score: m.score,
  }));
  const gold = new Set(built.gold.map(([p, c]) => key(p, c)));
  let tp = 0;
  let fp = 0;
  for (const m of predicted) {
    if (gold.has(key(m.p, m.c))) tp++;
    else {
      fp++;
      errors.push(`FP prev#${m.p} ~ cur#${m.c} (${m.score.toFixed(2)}): ${built.previousAreas[m.p].text.slice(0, 50)} | ${built.currentAreas[m.c].text.slice(0, 50)}`);
    }
  }
  const found = new Set(predicted.map((m) => key(m.p, m.c)));
  let fn = 0;
  for (const [p, c] of built.gold) {
    if (found.has(key(p, c))) continue;
    fn++;
    errors.push(`FN prev#${p} ~ cur#${c}: ${built.previousAreas[p].text.slice(0, 50)} | ${built.currentAreas[c].text.slice(0, 50)}`);
  }
  const result: CaseResult = { id: built.spec.id, matching: score(tp, fp, fn), errors };
  if (built.goldUnaccounted) {
    const flagged = new Set(unaccountedAreas(accountFor(built.draft, { uri: built.previousUri, letter: built.previous })).map((m) => built.previousAreas.findIndex((a) => a.finding === m.previous.finding)));
    const goldSet = new Set(built.goldUnaccounted);
    let utp = 0;
    let ufp = 0;
    let ufn = 0;
    for (const i of flagged) {
      if (goldSet.has(i)) utp++;
      else {
        ufp++;
        errors.push(`unaccounted FP prev#${i}: ${built.previousAreas[i].text.slice(0, 60)}`);
      }
    }
    for (const i of goldSet) {
      if (flagged.has(i)) continue;
      ufn++;
      errors.push(`unaccounted FN prev#${i}: ${built.previousAreas[i].text.slice(0, 60)}`);
    }
    result.unaccounted = score(utp, ufp, ufn);
  }
  return result;
}

export function evaluate(threshold = MATCH_THRESHOLD): Evaluation {
  const built = loadCases().map(buildCase);
  const cases = built.map((b) => evaluateCase(b, threshold));
  const sum = (f: (r: CaseResult) => Score | undefined) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of cases) {
      const s = f(r);
      if (!s) continue;
      tp += s.tp;
      fp += s.fp;
      fn += s.fn;
    }
    return score(tp, fp, fn);
  };
  const positive = built.reduce((n, b) => n + b.gold.length, 0);
  // Labelled negatives: current areas labelled as new issues, each a non-match against every previous area.
  const negative = built.reduce((n, b) => n + (b.spec.keepBaseAreas ? b.currentAreas.length - b.gold.length : (b.spec.areasForDevelopment ?? []).filter((a) => a.repeats === null).length), 0);
  return { cases, matching: sum((r) => r.matching), unaccounted: sum((r) => r.unaccounted), labelledPairs: { positive, negative }, threshold };
}
