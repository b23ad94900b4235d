// Prints the follow-up measurements (docs/followup.md):
//  1. the ten hand-built cases between the old letters: precision and recall of the area matching and
//     of the `previous-area-unaccounted` flag (test/eval/followup);
//  2. the labelled real pairs (test/eval/real-pairs): per matcher, precision and recall per status,
//     the confusion matrix and the time per pair, on the tuning and the held-out pairs separately;
//  3. the time to account for one pair with the chosen matcher, warm (median of repeats).
// Usage: npm run eval:followup [-- --verbose] [-- --threshold 0.3]
import { draftUnits } from '../server/src/engine/followup/draft-units';
import { accountForItems } from '../server/src/engine/followup/item-accounting';
import { evaluate } from '../test/eval/evaluate';
import { corpusText, loadRealPairs } from '../test/eval/real-pairs';
import { evaluateRealPairs, formatRealPairs } from '../test/eval/real-pairs-eval';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const t = args.indexOf('--threshold');
const result = t >= 0 ? evaluate(Number(args[t + 1])) : evaluate();
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
console.log(`OLD LETTERS: follow-up evaluation: ${result.cases.length} cases, ${result.labelledPairs.positive} labelled matches, ${result.labelledPairs.negative} labelled new areas (threshold ${result.threshold})`);
for (const c of result.cases) {
  const u = c.unaccounted ? `  unaccounted P ${pct(c.unaccounted.precision)} R ${pct(c.unaccounted.recall)}` : '';
  console.log(`  ${c.id.padEnd(36)} matching P ${pct(c.matching.precision)} R ${pct(c.matching.recall)}${u}`);
  if (verbose) for (const e of c.errors) console.log(`      ${e}`);
}
const m = result.matching;
const u = result.unaccounted;
console.log(`matching:    precision ${pct(m.precision)} (${m.tp}/${m.tp + m.fp})  recall ${pct(m.recall)} (${m.tp}/${m.tp + m.fn})`);
console.log(`unaccounted: precision ${pct(u.precision)} (${u.tp}/${u.tp + u.fp})  recall ${pct(u.recall)} (${u.tp}/${u.tp + u.fn})`);

console.log('\nMODERN DOCUMENTS:');
console.log(formatRealPairs(evaluateRealPairs(), verbose));

// Warm timing of the chosen matcher: the whole accounting of one pair (units of the current document,
// scoring, status), median of 5 runs per pair after a warm-up.
const pairs = loadRealPairs();
const perPair = pairs.map((p) => {
  const text = corpusText(p.current);
  const items = p.items.map((i) => ({ text: i.text }));
  accountForItems(items, { text: draftUnits(text) && text });
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    accountForItems(items, { text });
    runs.push(performance.now() - t0);
  }
  return runs.sort((a, b) => a - b)[2];
});
console.log(`\naccounting for one pair (chosen matcher, warm, median of 5): mean ${(perPair.reduce((a, b) => a + b, 0) / perPair.length).toFixed(1)} ms, max ${Math.max(...perPair).toFixed(1)} ms over ${pairs.length} pairs`);
