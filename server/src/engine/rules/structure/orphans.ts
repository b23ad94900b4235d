import type { FindingNode, Letter, SectionNode } from '../../parse/model';
import type { TemplatePart } from '../../template/template';
import { markersIn } from '../../followup/markers';

/**
 * When a section heading is missing, its findings read as the end of the section above it. Where they
 * start is read from what the findings say: an area for development (or priority action) says what is
 * not done well (`not`, `variable`, `delay`...), a strength says what is done better than required
 * (`good`, `strong`...), a requirement met says neither; a carried-forward marker of an area for
 * development belongs to that section. The split that makes the most findings fit their section wins;
 * on a tie, the one at a wider gap (the blank lines a deleted heading leaves), then the later one.
 */

const SHORTFALL =
  /\b(?:not|no longer|lacks?|lacking|poor(?:ly)?|variable|inconsistent(?:ly)?|insufficient(?:ly)?|inadequate(?:ly)?|delays?|delayed|weak(?:ness|nesses)?|limited|limitations?|too (?:many|few|much|little|variable|slow)|yet to|cannot|fail(?:s|ed)?|absence|unclear|unreliable|slow|gaps?|shortfalls?|reliance|overlooked|inaccurate)\b/gi;
const MET = /\b(?:good|well|effective(?:ly)?|appropriate(?:ly)?|clear(?:ly)?|timely|prompt(?:ly)?|routinely|suitably|satisfactory|manageable|comprehensive|robust(?:ly)?|consistently)\b/gi;
const STRENGTH = /^(?:\W*good\b)|\b(?:highly|excellent|considerable|outstanding|exceptional(?:ly)?|particularly|very|strong(?:ly)?|innovative|impressive)\b/i;

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

type Kind = 'strength' | 'met' | 'shortfall';

function fits(finding: FindingNode, kind: Kind): boolean {
  const text = finding.text.text;
  // What it says more of: what is not done well, or what is done as required.
  const shortfall = count(SHORTFALL, text) > count(MET, text);
  if (kind === 'shortfall') return shortfall;
  if (kind === 'strength') return STRENGTH.test(text) && !shortfall;
  return !shortfall && !STRENGTH.test(text);
}

/**
 * The index in `above.findings` where the missing section's findings start (findings.length when
 * none of them reads as the missing section's).
 */
export function orphanStart(letter: Letter, above: SectionNode, missing: TemplatePart): number {
  const findings = above.findings;
  const aboveKind = sectionKind(letter, above.id);
  const missingKind = sectionKind(letter, missing.id);
  if (aboveKind === missingKind || findings.length < 2) return findings.length;
  // A carried-forward marker of an area for development or priority action: the split is at or above it.
  let latest = findings.length;
  if (missingKind === 'shortfall') {
    const marked = findings.findIndex((f) => markersIn(f.block).length > 0);
    if (marked >= 1) latest = marked;
  }
  const fitAbove = findings.map((f) => fits(f, aboveKind));
  const fitMissing = findings.map((f) => (missingKind === 'met' ? !fits(f, 'strength') : fits(f, missingKind)));
  // Prefix and suffix counts: the score of a split at k is fitAbove[0..k) + fitMissing[k..n).
  const n = findings.length;
  const suffix = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) suffix[i] = suffix[i + 1] + (fitMissing[i] ? 1 : 0);
  let best = n;
  let bestScore = -1;
  let bestGap = -1;
  let prefix = fitAbove[0] ? 1 : 0;
  for (let k = 1; k <= n; k++) {
    const score = prefix + suffix[k];
    const gap = k < n ? blankLinesBetween(letter, findings[k - 1], findings[k]) : -1;
    if (k <= latest && (score > bestScore || (score === bestScore && gap > bestGap))) {
      best = k;
      bestScore = score;
      bestGap = gap;
    }
    if (k < n && fitAbove[k]) prefix++;
  }
  return best;
}

/** An optional first section holds strengths; a section about development or priority action, shortfalls. */
function sectionKind(letter: Letter, id: TemplatePart['id']): Kind {
  const part = letter.template.part(id);
  const first = letter.template.parts.find((p) => p.kind === 'section');
  if (part === first && part.required === 'optional') return 'strength';
  return /development|improvement|priority/i.test(part.heading ?? part.name) ? 'shortfall' : 'met';
}

function blankLinesBetween(letter: Letter, a: FindingNode, b: FindingNode): number {
  const between = letter.source.text.slice(a.block.span.end, b.block.span.start);
  return between.split(/\r\n|\r|\n/).length - 1;
}
