import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, applyFixes, type Analysis, type AnalyzeOptions, type Fix } from '../../server/src/engine';
import { LETTERS, seed, type SeedName } from '../../server/src/engine/testing';
import type { Letter, Located } from '../../server/src/engine';
import { foldText } from '../../server/src/engine/text/fold';
import { loadSpeller } from '../../server/src/host/dictionary';

/**
 * Shared pieces of the robustness tests: the fast-check settings (a fixed seed in CI, overridable
 * with FC_SEED and FC_RUNS for longer local runs), the invariants every analysis must satisfy, and
 * the hostile inputs and letter mutations the properties draw from.
 */

/** The seed every property runs with; printed so a failure can be replayed. */
export const FC_SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261122;
const RUNS_SCALE = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : undefined;

/** fast-check parameters: `runs` is the CI count; FC_RUNS replaces it for a longer local run. */
export function fcParams(runs: number): fc.Parameters<unknown> {
  return { seed: FC_SEED, numRuns: RUNS_SCALE ?? runs, endOnFailure: true };
}

let announced = false;
export function announceSeed(): void {
  if (announced) return;
  announced = true;
  console.log(`# fast-check seed ${FC_SEED} (replay with FC_SEED=${FC_SEED}; more runs with FC_RUNS=<n>)`);
}

/** The speller the editor and the command line pass to the engine: the robustness tests run what users run. */
export const speller = loadSpeller().speller;

/** Time bound for one analysis of an input of a few kilobytes (the machine is shared and slow). */
export const ANALYZE_BOUND_MS = 3000;

/** Line/character of an offset computed the naive way, independent of SourceText's line table. */
export function naivePosition(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      if (i + 1 === offset) return { line, character: i - lineStart }; // between \r and \n: end of the line
      i++;
      line++;
      lineStart = i + 1;
    } else if (c === 10 || c === 13) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

function assertSpanInside(text: string, span: { start: number; end: number }, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: span is not whole numbers: ${JSON.stringify(span)}`);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what}: span ${JSON.stringify(span)} outside 0..${text.length}`);
}

/** Everything an analysis promises about locations, checked against the text it analysed. */
export function assertWellFormed(text: string, analysis: Analysis): void {
  assert.equal(analysis.ruleErrors.length, 0, `rules threw: ${analysis.ruleErrors.map((e) => `${e.ruleId}: ${String((e.error as Error)?.stack ?? e.error)}`).join('\n')}`);
  for (const d of analysis.diagnostics) {
    const what = `${d.code} "${d.message}"`;
    assert.ok(typeof d.message === 'string' && d.message.trim().length > 0, `${what}: empty message`);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity), `${what}: severity ${d.severity}`);
    assertSpanInside(text, d.span, what);
    assert.deepEqual(d.range.start, naivePosition(text, d.span.start), `${what}: range start does not match span start ${d.span.start}`);
    assert.deepEqual(d.range.end, naivePosition(text, d.span.end), `${what}: range end does not match span end ${d.span.end}`);
    for (const fix of d.fixes) {
      assert.ok(fix.title && typeof fix.safe === 'boolean', `${what}: fix without title or safety`);
      assert.ok(fix.edits.length > 0, `${what}: fix "${fix.title}" has no edits`);
      for (const e of fix.edits) {
        assertSpanInside(text, e.span, `${what}: fix "${fix.title}"`);
        assert.equal(typeof e.newText, 'string', `${what}: fix "${fix.title}" newText`);
      }
      const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
      for (let i = 1; i < edits.length; i++) {
        assert.ok(edits[i].span.start >= edits[i - 1].span.end, `${what}: fix "${fix.title}" has overlapping edits`);
      }
      assert.ok(
        fix.edits.some((e) => text.slice(e.span.start, e.span.end) !== e.newText),
        `${what}: fix "${fix.title}" changes nothing (it would be offered forever)`,
      );
    }
    for (const r of d.relatedInformation ?? []) {
      if (r.span) assertSpanInside(text, r.span, `${what}: related "${r.message}"`);
    }
  }
}

/** Analyses and checks the invariants and the time bound; returns the analysis. */
export function checkedAnalyze(text: string, options?: AnalyzeOptions, boundMs = ANALYZE_BOUND_MS): Analysis {
  const started = performance.now();
  const analysis = analyze(text, { speller, ...options });
  const elapsed = performance.now() - started;
  assert.ok(elapsed < boundMs, `analysis took ${elapsed.toFixed(0)} ms (bound ${boundMs} ms) on ${text.length} characters`);
  assertWellFormed(text, analysis);
  assertModelWellFormed(analysis.letter);
  return analysis;
}

export function safeFixes(analysis: Analysis): Fix[] {
  return analysis.diagnostics.flatMap((d) => d.fixes.filter((f) => f.safe));
}

/**
 * Applies every offered safe fix, re-checks, and repeats. Fixes must converge: after a few rounds
 * no safe fix is offered (a fix that undoes another, or re-offers itself, would loop forever).
 */
export function assertFixesConverge(text: string, options?: AnalyzeOptions, maxRounds = 6): { text: string; rounds: number } {
  let current = text;
  let analysis = checkedAnalyze(current, options);
  const seen = new Set<string>([current]);
  for (let round = 1; round <= maxRounds; round++) {
    const fixes = safeFixes(analysis);
    if (!fixes.length) return { text: current, rounds: round - 1 };
    const result = applyFixes(current, fixes);
    assert.ok(result.applied.length > 0, 'safe fixes offered but none could be applied');
    const titles = result.applied.map((f) => f.title).join('; ');
    assert.ok(!seen.has(result.text), `round ${round}: applying the safe fixes (${titles}) returns to an earlier text: a fix loop`);
    seen.add(result.text);
    current = result.text;
    analysis = checkedAnalyze(current, options);
  }
  const left = safeFixes(analysis).map((f) => f.title);
  assert.fail(`safe fixes still offered after ${maxRounds} rounds: ${left.join('; ')}`);
}

// ---- Inputs ----------------------------------------------------------------------------------------

export const REAL_LETTERS: { name: SeedName; text: string }[] = LETTERS.map((name) => ({ name, text: seed(name) }));

/** Any UTF-16 code unit, lone surrogates and NUL included. */
export const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Control characters, line breaks and odd spaces. */
export const controlChar = fc.constantFrom(
  '\0', '\x01', '\x07', '\b', '\t', '\n', '\v', '\f', '\r', '\r\n', '\x1b', '\x7f', '\x85', '\u00a0', '\u2028', '\u2029',
  '\u200b', '\u200e', '\u202e', '\ufeff', '\ufffd', '\ud800', '\udfff', '\ud83d\ude00',
);

/** Pieces of real letters and their quirks, so random text reaches deep into the parser. */
const LETTER_PIECES = [
  'Dear Ms Davidson', 'Yours sincerely', 'Copy:', 'Copy to:', 'Strengths', 'Areas for development', 'Area for priority action',
  'The service meets the requirements of statutory guidance in the following areas', '# ', '## ', '- ', '* ', '▪ ', '• ', ' ▪ ',
  '<ul style="list-style-type: none">', '</li>', '<li>', '<!-- letter-check disable not-a-letter -->', '<!--', '-->',
  '1 December 2010', '2 and 3 November 2010', '31 February 2011', '30 November and 1 December 2010', 'March 2010',
  'Annual unannounced inspection of contact, referral and assessment arrangements within Derby City Council children\'s services',
  'This letter summarises the findings of the recent unannounced inspection of ', 'The inspection sampled the quality ',
  'The inspection identified areas of strength and areas of practice that met requirements, with some areas for development.',
  'From the evidence gathered, the following features of the service were identified:', 'previous inspection', 'This was an area for development at the previous inspection.',
  'Any areas for development identified above will be specifically considered in any future inspection of services to safeguard children within your area.',
  'Her Majesty\'s Inspector', 'Chief Executive, Derby City Council', 'Department for Education', 'Council', 'DE1 3NN',
  'by a manager.', 'INVESTOR IN PEOPLE', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', ',', '.', ':', '’', '“', '”', '–', '{council}', '[[a|b]]',
];
export const letterPiece = fc.constantFrom(...LETTER_PIECES);

/** Random text built from letter pieces, control characters and arbitrary code units. */
export const letterishText = fc
  .array(fc.oneof({ weight: 6, arbitrary: letterPiece }, { weight: 1, arbitrary: controlChar }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''));

// ---- Mutations of real letters ------------------------------------------------------------------------

export type Mutation =
  | { kind: 'deleteLine'; at: number }
  | { kind: 'duplicateLine'; at: number }
  | { kind: 'swapLines'; at: number; with: number }
  | { kind: 'splitLine'; at: number; column: number }
  | { kind: 'joinLines'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'deleteRange'; at: number; length: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('deleteLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('splitLine' as const), at: fc.nat(), column: fc.nat() }),
  fc.record({ kind: fc.constant('joinLines' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(letterPiece, controlChar, fc.string({ maxLength: 6 }), anyCodeUnit) }),
  fc.record({ kind: fc.constant('deleteRange' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
);

export function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = lines.length ? m.at % lines.length : 0;
  switch (m.kind) {
    case 'deleteLine':
      lines.splice(i, 1);
      return lines.join('\n');
    case 'duplicateLine':
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    case 'swapLines': {
      const j = m.with % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('\n');
    }
    case 'splitLine': {
      const line = lines[i] ?? '';
      const c = line.length ? m.column % line.length : 0;
      lines.splice(i, 1, line.slice(0, c), line.slice(c));
      return lines.join('\n');
    }
    case 'joinLines':
      if (i + 1 < lines.length) lines.splice(i, 2, `${lines[i]} ${lines[i + 1]}`);
      return lines.join('\n');
    case 'insert': {
      const at = text.length ? m.at % (text.length + 1) : 0;
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'deleteRange': {
      const at = text.length ? m.at % text.length : 0;
      return text.slice(0, at) + text.slice(at + m.length);
    }
  }
}

/** A real letter with a few random mutations. */
export const mutatedLetter = fc
  .record({ letter: fc.constantFrom(...REAL_LETTERS), mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }) })
  .map(({ letter, mutations }) => ({ name: letter.name, mutations, text: mutations.reduce(mutate, letter.text) }));

// ---- Reformatting that must not change the findings -------------------------------------------------------

export const toCrlf = (t: string) => t.replace(/\r?\n/g, '\r\n');
export const withBom = (t: string) => '\uFEFF' + t;
export const curlyQuotes = (t: string) => t.replace(/'/g, '\u2019');

/**
 * Hard-wraps every line longer than `width` at the last space before it (as an editor's rewrap does),
 * never so that a wrapped line starts with a bullet character (that would make a new bullet). Lines
 * holding several bullets run together (PDF residue) are left alone: the run-together-bullets rule
 * counts bullets per line, so wrapping them legitimately changes its messages.
 */
export function hardWrap(t: string, width = 80): string {
  return t
    .split('\n')
    .map((line) => {
      if (/\s[\u25AA\u2022\u25CF\u25E6\u25A0\u25A1\u2023\u2043\u2219\u00B7\u25AB\uF0A7\uF0B7\u27A2]\s/.test(line)) return line;
      const out: string[] = [];
      let rest = line;
      while (rest.length > width) {
        let cut = rest.lastIndexOf(' ', width);
        while (cut > 0 && /^[-*+#\u25AA\u2022\u25CF\u25E6\u25A0\u25A1\u2023\u2043\u2219\u00B7\u25AB\uF0A7\uF0B7\u27A2]/.test(rest.slice(cut + 1))) {
          cut = rest.lastIndexOf(' ', cut - 1);
        }
        if (cut <= 0) break;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut + 1);
      }
      out.push(rest);
      return out.join('\n');
    })
    .join('\n');
}

/** Replaces the bullet marker at the start of bullet lines with another. */
export function rebullet(t: string, marker: string): string {
  return t.replace(/^([ \t]*)(?:[-▪•*]|\u25AA)[ \t]+/gm, `$1${marker} `);
}

// ---- The letter model ---------------------------------------------------------------------------------

/**
 * The located model rules read must itself be located inside the document: blocks, parts, sections,
 * findings, residue, directives and every extracted value. A value read from folded text must cover
 * source text that folds back to it (so a fix that replaces the span replaces exactly that value).
 */
export function assertModelWellFormed(letter: Letter): void {
  const text = letter.source.text;
  for (const b of letter.blocks) {
    assertSpanInside(text, b.span, `block ${b.index}`);
    for (let i = 0; i <= b.text.length; i++) {
      const at = b.text.sourceOffset(i);
      assert.ok(at >= 0 && at <= text.length, `block ${b.index}: folded index ${i} maps outside the text (${at})`);
    }
  }
  for (const p of letter.parts) assertSpanInside(text, p.span, `part ${p.id}`);
  for (const s of letter.sections) {
    assertSpanInside(text, s.span, `section ${s.id}`);
    for (const f of s.findings) assertSpanInside(text, f.span, `finding in ${s.id}`);
  }
  for (const r of letter.residue) assertSpanInside(text, r.span, `residue ${r.kind}`);
  for (const d of letter.directives) assertSpanInside(text, d.span, 'directive');
  const v = letter.values;
  const located: [string, Located<unknown> | undefined][] = [
    ['letterDate', v.letterDate],
    ['inspectionDays', v.inspectionDays],
    ['council.title', v.council.title],
    ['council.opening', v.council.opening],
    ['council.addressee', v.council.addressee],
    ['addressee.fullName', v.addressee?.fullName],
    ['addressee.courtesyTitle', v.addressee?.courtesyTitle],
    ['addressee.surname', v.addressee?.surname],
    ['salutation.name', v.salutation?.name],
    ['salutation.courtesyTitle', v.salutation?.courtesyTitle],
    ['salutation.surname', v.salutation?.surname],
    ['inspector.name', v.inspector?.name],
    ['inspector.title', v.inspector?.title],
    ['copyList.chiefExecutive.council', v.copyList.chiefExecutive?.council],
    ...v.previousInspections.map((p, i) => [`previousInspections[${i}]`, p] as [string, Located<unknown>]),
  ];
  for (const [name, value] of located) {
    if (!value) continue;
    assertSpanInside(text, value.span, `value ${name}`);
    if (typeof value.value === 'string') {
      const covered = foldText(stripTags(text.slice(value.span.start, value.span.end)));
      assert.equal(covered, foldText(value.value), `value ${name}: its span covers ${JSON.stringify(covered)}, not the value`);
    }
  }
  for (const e of v.copyList.entries) assertSpanInside(text, e.span, 'copy entry');
}

function stripTags(t: string): string {
  return t.replace(/<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,500})?\/?>/g, ' ');
}
