import { draftUnits } from '../../server/src/engine/followup/draft-units';
import { accountForItems, CHOSEN_MATCHER, CHOSEN_STATUS, SYNONYMS } from '../../server/src/engine/followup/item-accounting';
import { bm25Matcher, termsMatcher, type Matcher } from '../../server/src/engine/followup/item-matchers';
import type { StatusOptions } from '../../server/src/engine/followup/item-status';
import { corpusText, lineOffsets, loadRealPairs, STATUSES, type RealPair, type Status } from './real-pairs';

/**
 * Measures matchers on the labelled real pairs (test/eval/real-pairs): for each pair, the labelled
 * previous items (as given, so this measures the matcher, not the reading of items) are accounted
 * for in the current document, and the status compared with the label. See docs/followup.md.
 */

export interface Config {
  name: string;
  matcher: Matcher;
  status: StatusOptions;
}

/** The configurations compared, in the order they were tried. Thresholds were chosen on the tuning pairs. */
export function configs(): Config[] {
  const t = 0.3;
  const relist = { relistThreshold: 0.45, useCues: true };
  return [
    { name: 'A terms (existing), re-listed = still', matcher: termsMatcher, status: { relistThreshold: termsMatcher.threshold, useCues: false } },
    { name: 'A2 terms (existing) + status words', matcher: termsMatcher, status: { relistThreshold: termsMatcher.threshold, useCues: true } },
    { name: 'B bm25, re-listed = still', matcher: bm25Matcher({ name: 'bm25', threshold: t }), status: { ...relist, useCues: false } },
    { name: 'C bm25 + status words', matcher: bm25Matcher({ name: 'bm25', threshold: t }), status: relist },
    { name: 'D bm25 + synonyms + status words', matcher: bm25Matcher({ name: 'bm25+syn', threshold: t, synonyms: SYNONYMS }), status: relist },
    { name: 'E bm25 + concepts + status words', matcher: bm25Matcher({ name: 'bm25+concepts', threshold: t, modernConcepts: true }), status: relist },
    { name: 'F bm25 + synonyms + concepts + status (chosen)', matcher: CHOSEN_MATCHER, status: CHOSEN_STATUS },
  ];
}

export type Confusion = Record<Status, Record<Status, number>>;

export interface Measure {
  items: number;
  correct: number;
  confusion: Confusion;
  perStatus: Record<Status, { precision: number; recall: number; f1: number }>;
  macroF1: number;
  /** Items labelled and predicted as mentioned whose best evidence overlaps a labelled quote. */
  evidenceHits: number;
  evidenceTotal: number;
  msPerPair: { mean: number; max: number };
  errors: string[];
}

function emptyConfusion(): Confusion {
  const row = () => ({ addressed: 0, 'still-an-issue': 0, 'not-mentioned': 0 });
  return { addressed: row(), 'still-an-issue': row(), 'not-mentioned': row() };
}

export function measure(config: Config, pairs: readonly RealPair[]): Measure {
  const confusion = emptyConfusion();
  let correct = 0;
  let items = 0;
  let evidenceHits = 0;
  let evidenceTotal = 0;
  const times: number[] = [];
  const errors: string[] = [];
  for (const pair of pairs) {
    const text = corpusText(pair.current);
    const t0 = performance.now();
    const units = draftUnits(text);
    const accounts = accountForItems(pair.items.map((i) => ({ text: i.text })), { text, units }, { matcher: config.matcher, status: config.status });
    times.push(performance.now() - t0);
    pair.items.forEach((label, n) => {
      const got = accounts[n];
      items++;
      confusion[label.status][got.status]++;
      if (label.status === got.status) correct++;
      else errors.push(`${pair.id} #${n + 1} ${label.status} → ${got.status}: ${label.text.slice(0, 70)}${got.evidence[0] ? ` | ${got.evidence[0].score.toFixed(2)} ${got.evidence[0].text.slice(0, 90)}` : ''}`);
      if (label.status !== 'not-mentioned' && got.status !== 'not-mentioned') {
        evidenceTotal++;
        const best = got.evidence[0].span;
        if (label.evidence.some((e) => {
          const r = lineOffsets(text, e.lines);
          return best.start < r.end && best.end > r.start;
        }))
          evidenceHits++;
      }
    });
  }
  const perStatus = {} as Measure['perStatus'];
  for (const s of STATUSES) {
    const tp = confusion[s][s];
    const predicted = STATUSES.reduce((a, l) => a + confusion[l][s], 0);
    const actual = STATUSES.reduce((a, p) => a + confusion[s][p], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = actual ? tp / actual : 0;
    perStatus[s] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  }
  return {
    items,
    correct,
    confusion,
    perStatus,
    macroF1: STATUSES.reduce((a, s) => a + perStatus[s].f1, 0) / STATUSES.length,
    evidenceHits,
    evidenceTotal,
    msPerPair: { mean: times.reduce((a, b) => a + b, 0) / times.length, max: Math.max(...times) },
    errors,
  };
}

export function evaluateRealPairs(): { config: Config; tuning: Measure; heldOut: Measure; all: Measure }[] {
  const pairs = loadRealPairs();
  const tuning = pairs.filter((p) => p.set === 'tuning');
  const heldOut = pairs.filter((p) => p.set === 'held-out');
  return configs().map((config) => ({ config, tuning: measure(config, tuning), heldOut: measure(config, heldOut), all: measure(config, pairs) }));
}

const pct = (n: number) => `${(n * 100).toFixed(0)}%`.padStart(4);
const SHORT: Record<Status, string> = { addressed: 'addr', 'still-an-issue': 'still', 'not-mentioned': 'not-m' };

/** The report `npm run eval:followup` prints for the real pairs. */
export function formatRealPairs(results: ReturnType<typeof evaluateRealPairs>, verbose = false): string {
  const out: string[] = [];
  const pairs = loadRealPairs();
  const count = (set: string) => pairs.filter((p) => p.set === set);
  out.push(`real pairs: ${pairs.length} (${count('tuning').length} tuning, ${count('held-out').length} held out), ${pairs.reduce((a, p) => a + p.items.length, 0)} labelled items`);
  for (const set of ['tuning', 'heldOut'] as const) {
    out.push('');
    out.push(`${set === 'tuning' ? 'TUNING pairs' : 'HELD-OUT pairs'} (${results[0][set].items} items)`);
    out.push(`${'matcher'.padEnd(54)} acc  macroF1  addr P/R   still P/R  not-m P/R  evid@1  ms/pair mean/max`);
    for (const r of results) {
      const m = r[set];
      const ps = (s: Status) => `${pct(m.perStatus[s].precision)}/${pct(m.perStatus[s].recall)}`;
      out.push(`${r.config.name.padEnd(54)} ${pct(m.correct / m.items)}  ${m.macroF1.toFixed(2).padStart(5)}   ${ps('addressed')}  ${ps('still-an-issue')}  ${ps('not-mentioned')}  ${pct(m.evidenceTotal ? m.evidenceHits / m.evidenceTotal : 0)}   ${m.msPerPair.mean.toFixed(1)}/${m.msPerPair.max.toFixed(1)}`);
    }
    for (const r of results) {
      const m = r[set];
      out.push(`  confusion, ${r.config.name} (rows: label; columns: predicted ${STATUSES.map((s) => SHORT[s]).join(' / ')})`);
      for (const l of STATUSES) out.push(`    ${SHORT[l].padEnd(6)} ${STATUSES.map((p) => String(m.confusion[l][p]).padStart(4)).join(' ')}`);
      if (verbose) for (const e of m.errors) out.push(`      ${e}`);
    }
  }
  return out.join('\n');
}
