import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { areasOf, type Area } from '../../server/src/engine/followup/account';
import { parseLetter } from '../../server/src/engine/parse/letter';
import type { Letter } from '../../server/src/engine/parse/model';
import { seed, type SeedName } from '../../server/src/engine/testing';

/**
 * The follow-up evaluation set: each case takes a real letter as the previous one and builds a
 * current draft from a real letter (its own base), replacing the dates, the previous-inspection
 * paragraph(s) and the areas for development with hand-written ones. Every current area is labelled
 * with the previous area it repeats (by the opening words of the previous finding) or null.
 */

export interface CurrentArea {
  text: string;
  /** Opening words of the previous letter's finding this one repeats, or null (a new issue). */
  repeats: string | null;
  note?: string;
}

export interface EvalCase {
  id: string;
  description: string;
  /** A seed name (`derby`...) or a path relative to test/eval/followup. */
  previous: string;
  base: string;
  /** Keep the base letter's own areas for development instead of replacing them (real cross-letter pairs). */
  keepBaseAreas?: boolean;
  dates?: { letterDate: string; inspectionDays: string };
  /** Replaces every previous-inspection paragraph. */
  previousParagraphs?: string[];
  areasForDevelopment?: CurrentArea[];
  /** For keepBaseAreas: labels of the base's own areas, by opening words → previous opening words. */
  labels?: { current: string; repeats: string }[];
  /** Text replacements applied to the built draft (a council's name when another council's letter is the base). */
  replace?: [string, string][];
  /** Opening words of the previous areas a checker should flag as not accounted for; null: not labelled. */
  unaccounted: string[] | null;
}

export interface BuiltCase {
  spec: EvalCase;
  previousText: string;
  previousUri: string;
  previous: Letter;
  draftText: string;
  draft: Letter;
  previousAreas: Area[];
  currentAreas: Area[];
  /** Gold pairs as [previous index, current index]. */
  gold: [number, number][];
  /** Gold unaccounted previous indexes (undefined when not labelled). */
  goldUnaccounted?: number[];
}

const HERE = join(__dirname, 'followup');

function textOf(ref: string): string {
  return /^[a-z]+$/i.test(ref) ? seed(ref as SeedName) : readFileSync(join(HERE, ref), 'utf8');
}

export function loadCases(dir = HERE): EvalCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as EvalCase);
}

function findByOpening(areas: readonly Area[], opening: string, what: string): number {
  const key = opening.toLowerCase();
  const hits = areas.map((a, i) => (a.finding.text.text.toLowerCase().startsWith(key) ? i : -1)).filter((i) => i >= 0);
  if (hits.length !== 1) throw new Error(`${what}: ${hits.length} areas open with ${JSON.stringify(opening)}`);
  return hits[0];
}

/** Builds the draft text: edits applied from the end of the base so offsets stay valid. */
export function buildDraft(spec: EvalCase): string {
  const base = textOf(spec.base);
  const letter = parseLetter(base);
  const edits: { start: number; end: number; text: string }[] = [];
  if (spec.dates) {
    const { letterDate, inspectionDays } = letter.values;
    if (!letterDate || !inspectionDays) throw new Error(`${spec.id}: base has no dates`);
    edits.push({ ...letterDate.span, text: spec.dates.letterDate });
    edits.push({ ...inspectionDays.span, text: spec.dates.inspectionDays });
  }
  if (spec.previousParagraphs) {
    const parts = letter.partsById('previousInspection');
    const paragraphs = spec.previousParagraphs.join('\n\n');
    if (parts.length) {
      edits.push({ start: parts[0].span.start, end: parts[parts.length - 1].span.end, text: paragraphs });
    } else {
      const summary = letter.partsById('summary')[0];
      if (!summary) throw new Error(`${spec.id}: base has no summary sentence`);
      edits.push({ start: summary.span.end, end: summary.span.end, text: paragraphs ? `\n\n${paragraphs}` : '' });
    }
  }
  if (spec.areasForDevelopment && !spec.keepBaseAreas) {
    const section = letter.section('areasForDevelopment');
    if (!section?.findings.length) throw new Error(`${spec.id}: base has no areas for development`);
    const first = section.findings[0];
    const last = section.findings[section.findings.length - 1];
    const start = letter.source.lines[first.block.firstLine].start;
    const end = letter.source.lines[last.block.lastLine].end;
    edits.push({ start, end, text: spec.areasForDevelopment.map((a) => `- ${a.text}`).join('\n') });
  }
  edits.sort((a, b) => b.start - a.start);
  let text = base;
  for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  for (const [from, to] of spec.replace ?? []) {
    if (!text.includes(from)) throw new Error(`${spec.id}: nothing to replace for ${JSON.stringify(from)}`);
    text = text.split(from).join(to);
  }
  return text;
}

export function buildCase(spec: EvalCase): BuiltCase {
  const previousText = textOf(spec.previous);
  const previous = parseLetter(previousText);
  const draftText = buildDraft(spec);
  const draft = parseLetter(draftText);
  const previousAreas = areasOf(previous);
  const currentAreas = areasOf(draft);
  const gold: [number, number][] = [];
  if (spec.keepBaseAreas) {
    for (const l of spec.labels ?? []) gold.push([findByOpening(previousAreas, l.repeats, spec.id), findByOpening(currentAreas, l.current, spec.id)]);
  } else {
    const areas = spec.areasForDevelopment ?? [];
    if (currentAreas.length !== areas.length) throw new Error(`${spec.id}: built ${currentAreas.length} areas, expected ${areas.length}`);
    areas.forEach((a, j) => {
      if (a.repeats !== null) gold.push([findByOpening(previousAreas, a.repeats, spec.id), j]);
    });
  }
  const goldUnaccounted = spec.unaccounted?.map((o) => findByOpening(previousAreas, o, spec.id));
  const previousUri = /^[a-z]+$/i.test(spec.previous) ? `seeds/${spec.previous}.txt` : spec.previous;
  return { spec, previousText, previousUri, previous, draftText, draft, previousAreas, currentAreas, gold, goldUnaccounted };
}
