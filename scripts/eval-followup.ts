// Prints precision and recall of the follow-up matching (previous area ↔ current finding) and of the
// `previous-area-unaccounted` flag over the evaluation set in test/eval/followup. See docs/followup.md.
// Usage: npm run eval:followup [-- --verbose] [-- --threshold 0.3]
import { evaluate } from '../test/eval/evaluate';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const t = args.indexOf('--threshold');
const result = t >= 0 ? evaluate(Number(args[t + 1])) : evaluate();
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
console.log(`follow-up evaluation: ${result.cases.length} cases, ${result.labelledPairs.positive} labelled matches, ${result.labelledPairs.negative} labelled new areas (threshold ${result.threshold})`);
for (const c of result.cases) {
  const u = c.unaccounted ? `  unaccounted P ${pct(c.unaccounted.precision)} R ${pct(c.unaccounted.recall)}` : '';
  console.log(`  ${c.id.padEnd(36)} matching P ${pct(c.matching.precision)} R ${pct(c.matching.recall)}${u}`);
  if (verbose) for (const e of c.errors) console.log(`      ${e}`);
}
const m = result.matching;
const u = result.unaccounted;
console.log(`matching:    precision ${pct(m.precision)} (${m.tp}/${m.tp + m.fp})  recall ${pct(m.recall)} (${m.tp}/${m.tp + m.fn})`);
console.log(`unaccounted: precision ${pct(u.precision)} (${u.tp}/${u.tp + u.fp})  recall ${pct(u.recall)} (${u.tp}/${u.tp + u.fn})`);
