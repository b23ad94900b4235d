import { subMonths } from 'date-fns';
import { councilKey, readCouncil, sameCouncilName, type CouncilName } from '../council-name';
import { parseLetter } from '../parse/letter';
import type { Letter } from '../parse/model';
import type { PreviousLetter } from '../rules/rule';
import { standardTemplate } from '../template/registry';
import type { Template } from '../template/template';
import type { Span } from '../text/source';

/**
 * Finding the previous inspection's letter for a draft among candidate texts the caller supplies
 * (the CLI's files, the server's workspace documents). Pure: no file system here.
 */

export interface PreviousLink {
  /** The path as written in `<!-- letter-check previous: relative/path.letter -->`. */
  path: string;
  /** The directive line. */
  span: Span;
  line: number;
}

const LINK = /^previous\b\s*(?::\s*)?([^:\s].*)$/i;

/** Reads a directive's body (the text after `letter-check`) as a previous-letter link. */
export function parsePreviousDirective(body: string): string | undefined {
  const m = LINK.exec(body.trim());
  if (!m) return undefined;
  const path = m[1].trim().replace(/^["']|["']$/g, '').trim();
  return path || undefined;
}

/** The draft's explicit link to its previous letter, if it has one (the first, when several). */
export function previousLink(letter: Letter): PreviousLink | undefined {
  for (const d of letter.directives) {
    const path = parsePreviousDirective(d.body);
    if (path) return { path, span: d.span, line: d.line };
  }
  return undefined;
}

/**
 * Resolves a link path against the draft's URI (a `file:` or other URL) or plain path, without
 * touching the file system: `previous/2010.letter` next to `file:///w/2011.letter` is `file:///w/previous/2010.letter`.
 */
export function resolveLinkPath(draftUri: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(draftUri)) {
    try {
      return new URL(path.split('/').map(encodeURIComponent).join('/'), draftUri).href;
    } catch {
      return path;
    }
  }
  if (path.startsWith('/')) return normalisePath(path);
  const slashed = draftUri.replace(/\\/g, '/');
  const dir = slashed.slice(0, slashed.lastIndexOf('/') + 1);
  return normalisePath(dir + path);
}

function normalisePath(path: string): string {
  const out: string[] = [];
  for (const seg of path.replace(/\\/g, '/').split('/')) {
    if (seg === '.') continue;
    if (seg === '..' && out.length && out[out.length - 1] !== '..' && out[out.length - 1] !== '') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/** Whether two URIs or paths name the same document (decoded, either slash, case aside: file systems that ignore case are common). */
export function sameDocument(a: string, b: string): boolean {
  return documentKey(a) === documentKey(b);
}

/** What sameDocument compares of a URI or path: equal keys, the same document. */
export function documentKey(uri: string): string {
  try {
    return decodeURIComponent(uri).replace(/\\/g, '/').replace(/^file:\/\//i, '').toLowerCase();
  } catch {
    return uri.toLowerCase();
  }
}

export interface SelectOptions {
  /** The draft's own URI: resolves a relative link and keeps the draft out of the candidates. */
  draftUri?: string;
  template?: Template;
}

export function councilOf(letter: Letter): string | undefined {
  const c = letter.values.council;
  return (c.title ?? c.opening ?? c.addressee)?.value;
}

/** When the letter's inspection took place (its first day), or failing that its date. */
export function inspectionDate(letter: Letter): Date | undefined {
  return letter.values.inspectionDays?.value.first.date ?? letter.values.letterDate?.value.date;
}

/**
 * The latest a previous inspection can have been for this draft. Without the draft's inspection
 * days only its date is known, which is weeks after its own inspection: a letter about that same
 * inspection would pass for the previous one, so the template's least gap between inspections is
 * taken off.
 */
export function previousInspectionBefore(letter: Letter): Date | undefined {
  const days = letter.values.inspectionDays?.value.first.date;
  if (days) return days;
  const dated = letter.values.letterDate?.value.date;
  return dated && subMonths(dated, letter.template.previousInspectionMonths?.min ?? 0);
}

/**
 * The previous letter for a draft: the one its link directive names, else the latest candidate for
 * the same council whose inspection came before the draft's. Undefined when none fits (a link that
 * names no candidate gives undefined too, rather than a guess).
 */
export function selectPreviousLetter(
  draft: Letter,
  candidates: Iterable<{ uri: string; text: string }> | CandidateIndex,
  options: SelectOptions = {},
): PreviousLetter | undefined {
  const template = options.template ?? draft.template;
  const index = candidates instanceof CandidateIndex ? candidates : undefined;
  const all: Iterable<{ uri: string; text: string }> = index ? index.all : (candidates as Iterable<{ uri: string; text: string }>);
  const isDraft = (c: { uri: string; text: string }) => (options.draftUri && sameDocument(c.uri, options.draftUri)) || c.text === draft.source.text;
  const link = previousLink(draft);
  if (link) {
    const list = [...all].filter((c) => !isDraft(c));
    const target = options.draftUri ? resolveLinkPath(options.draftUri, link.path) : link.path;
    const tail = normalisePath(link.path).replace(/^(\.\.\/)+/, '');
    // Without the draft's URI the link can only be matched by the end of a candidate's path.
    const hit = options.draftUri
      ? list.find((c) => sameDocument(c.uri, target))
      : list.find((c) => decodeSafe(c.uri).replace(/\\/g, '/').toLowerCase().endsWith('/' + tail.toLowerCase()));
    return hit ? { uri: hit.uri, letter: chosenLetter(hit.text, template) } : undefined;
  }
  const councilName = councilOf(draft);
  if (!councilName) return undefined;
  const draftCouncil = readCouncil(councilName);
  const council = councilKey(draftCouncil);
  if (!council) return undefined;
  const before = previousInspectionBefore(draft);
  let best: { uri: string; text: string; date: Date } | undefined;
  // With an index, only the candidates of the draft's council (in the same order).
  const indexed = index !== undefined && index.template === template;
  for (const c of indexed ? index.ofCouncil(council) : all) {
    // The cheap tests first: the candidate's summary (parsed once per text), then the rest.
    const summary = (indexed ? (c as IndexedCandidate).summary : undefined) ?? summaryOf(c.text, template);
    if (!summary.looksLikeLetter || summary.council !== council) continue;
    const date = summary.date;
    if (!date || (before && date.getTime() >= before.getTime())) continue;
    // A candidate no later than the best so far cannot replace it, whatever the remaining tests say.
    if (best && date.getTime() <= best.date.getTime()) continue;
    // Same place, and no designation that disagrees (Derby City Council is not Derby County Council).
    if (!sameCouncilName(summary.councilName!, draftCouncil)) continue;
    if (isDraft(c)) continue;
    // Asked only when the summary names this council, so it is remembered with the summary.
    summary.mentionsCouncil ??= mentions(c.text, council);
    if (!summary.mentionsCouncil) continue;
    best = { uri: c.uri, text: c.text, date };
  }
  return best && { uri: best.uri, letter: chosenLetter(best.text, template) };
}

/**
 * The candidates grouped by council, built once (each parsed once) when the same candidates serve
 * many drafts, as in the command line: selection then looks at one council's letters, not all.
 */
export class CandidateIndex {
  readonly all: readonly { uri: string; text: string }[];
  private readonly byCouncil = new Map<string, IndexedCandidate[]>();

  constructor(
    candidates: Iterable<{ uri: string; text: string }>,
    readonly template: Template = standardTemplate(),
  ) {
    this.all = [...candidates];
    for (const c of this.all) {
      const summary = summaryOf(c.text, template);
      if (summary.council === undefined) continue;
      const entry = { uri: c.uri, text: c.text, summary };
      const list = this.byCouncil.get(summary.council);
      if (list) list.push(entry);
      else this.byCouncil.set(summary.council, [entry]);
    }
  }

  ofCouncil(council: string): readonly IndexedCandidate[] {
    return this.byCouncil.get(council) ?? [];
  }
}

/** A candidate with its summary at hand (no lookup by its whole text, which costs microseconds each). */
interface IndexedCandidate {
  uri: string;
  text: string;
  summary?: CandidateSummary;
}

export interface CandidateSummary {
  looksLikeLetter: boolean;
  /** The council's key (its place) and its name as read. */
  council?: string;
  councilName?: CouncilName;
  date?: Date;
  /** Whether the text mentions its own council (the cheap pre-filter selection applied before parsing). */
  mentionsCouncil?: boolean;
}

/**
 * What selection needs of a candidate, remembered per text (and template): without it every draft
 * parsed every candidate, so checking N letters cost N² parses (minutes for 2,000 letters). Bounded
 * by entries and by the characters of the texts it keeps: the texts are mostly ones the caller holds
 * anyway, but every edited version of a letter some draft reads as its previous one adds an entry, and
 * 10,000 versions of a 7 KB letter would have kept 140 MB alive. The least recently used go first.
 */
interface SummaryCache {
  byText: Map<string, CandidateSummary>;
  chars: number;
}
const summaries = new WeakMap<Template, SummaryCache>();
const MAX_SUMMARIES = 10_000;
/** Room for a workspace of 2,000 letters of 10 KB with room to spare (two bytes a character). */
const MAX_SUMMARY_CHARS = 24_000_000;

/**
 * The parse of a letter chosen as a previous letter, remembered per text (and template): the drafts of
 * one council mostly share their previous letter, and parsing it again for each draft made each of
 * them hold a copy of the same parse. Parsed letters are never changed, so one serves every draft.
 */
const chosen = new WeakMap<Template, Map<string, Letter>>();
const MAX_CHOSEN = 64;

function chosenLetter(text: string, template: Template): Letter {
  let cache = chosen.get(template);
  if (!cache) chosen.set(template, (cache = new Map()));
  let letter = cache.get(text);
  if (!letter) {
    letter = parseLetter(text, template);
    if (cache.size >= MAX_CHOSEN) cache.delete(cache.keys().next().value!);
    cache.set(text, letter);
  }
  return letter;
}

/** How much the summaries remembered for a template hold (for tests). */
export function rememberedSummaries(template: Template): { entries: number; chars: number } {
  const cache = summaries.get(template);
  return { entries: cache?.byText.size ?? 0, chars: cache?.chars ?? 0 };
}

/**
 * What selection needs of a candidate (plain data: it crosses between threads), read as `template`:
 * a host that checks on several threads has each read its share and hands the others theirs
 * (rememberSummary), instead of every thread parsing every candidate.
 */
export function candidateSummary(text: string, template: Template): CandidateSummary {
  return summaryOf(text, template);
}

/** Takes a summary another thread read (candidateSummary) as this text's, so it is not parsed again here. */
export function rememberSummary(text: string, template: Template, summary: CandidateSummary): void {
  const cache = summaryCache(template);
  if (!cache.byText.has(text)) storeSummary(cache, text, summary);
}

function summaryCache(template: Template): SummaryCache {
  let cache = summaries.get(template);
  if (!cache) summaries.set(template, (cache = { byText: new Map(), chars: 0 }));
  return cache;
}

/** Keeps a summary, the least recently used ones going first past the bounds. */
function storeSummary(cache: SummaryCache, text: string, summary: CandidateSummary): void {
  while (cache.byText.size && (cache.byText.size >= MAX_SUMMARIES || cache.chars + text.length > MAX_SUMMARY_CHARS)) {
    const oldest = cache.byText.keys().next().value!;
    cache.byText.delete(oldest);
    cache.chars -= oldest.length;
  }
  cache.byText.set(text, summary);
  cache.chars += text.length;
}

function summaryOf(text: string, template: Template): CandidateSummary {
  const cache = summaryCache(template);
  let summary = cache.byText.get(text);
  if (summary) {
    // Used again: to the back of the queue.
    cache.byText.delete(text);
    cache.byText.set(text, summary);
    return summary;
  }
  const letter = parseLetter(text, template);
  const written = councilOf(letter);
  const councilName = written === undefined ? undefined : readCouncil(written);
  summary = { looksLikeLetter: letter.looksLikeLetter, council: councilName && councilKey(councilName), councilName, date: inspectionDate(letter) };
  storeSummary(cache, text, summary);
  return summary;
}

function decodeSafe(u: string): string {
  try {
    return decodeURIComponent(u);
  } catch {
    return u;
  }
}

/** A cheap pre-filter before parsing a candidate. */
function mentions(text: string, councilKeyText: string): boolean {
  return text.toLowerCase().replace(/['’]/g, '').includes(councilKeyText.split(' ')[0]);
}
