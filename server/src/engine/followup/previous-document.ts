/**
 * Which earlier document a draft follows up, across the kinds of document (template ids): an ILACS
 * report follows up the previous FULL inspection (an ILACS or SIF report, not a focused visit in
 * between); a focused visit follows up the latest earlier report or visit; a SIF report the previous
 * SIF report; an old annual letter the previous annual letter. Pure: ids, councils and dates in.
 */

/** The kinds of document a draft of each kind follows up (a kind not listed follows up its own kind). */
export const PREVIOUS_KINDS: Readonly<Record<string, readonly string[]>> = {
  'annual-letter': ['annual-letter'],
  'focused-visit': ['ilacs-report', 'sif-report', 'focused-visit'],
  'ilacs-report': ['ilacs-report', 'sif-report'],
  'sif-report': ['sif-report'],
};

export function previousKinds(templateId: string): readonly string[] {
  return PREVIOUS_KINDS[templateId] ?? [templateId];
}

/** A document as the choice sees it: its kind, its council's key and when it took place. */
export interface DatedDocument {
  uri: string;
  templateId: string;
  councilKey?: string;
  date?: Date;
}

/**
 * The document the draft follows up among the candidates: of a kind the draft's kind follows up, for
 * the same council, dated before the draft, the latest of them (on the same day, the kind listed first
 * in PREVIOUS_KINDS). Undefined when the draft's council or date is unknown, or nothing fits.
 */
export function choosePreviousDocument<T extends DatedDocument>(draft: DatedDocument, candidates: Iterable<T>): T | undefined {
  if (!draft.councilKey || !draft.date) return undefined;
  const kinds = previousKinds(draft.templateId);
  const before = draft.date.getTime();
  let best: T | undefined;
  for (const c of candidates) {
    if (c.uri === draft.uri || !sameCouncilKey(c.councilKey, draft.councilKey) || !c.date) continue;
    const at = c.date.getTime();
    // The kind last: a workspace document's kind may need its template recognised (service.ts).
    if (at >= before || !kinds.includes(c.templateId)) continue;
    if (!best || at > best.date!.getTime() || (at === best.date!.getTime() && kinds.indexOf(c.templateId) < kinds.indexOf(best.templateId))) best = c;
  }
  return best;
}

/**
 * Whether two council keys name one council: the same place, or `X upon Y` written short (`Kingston upon
 * Hull` ~ `Hull`, `Newcastle upon Tyne` ~ `Newcastle`), as the documents of one council do.
 */
export function sameCouncilKey(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  // Most pairs are two councils without `upon` (the draft against every candidate): no pattern to run.
  if (!a.includes(' upon ') && !b.includes(' upon ')) return false;
  const short = (key: string) => {
    const m = /^(.+) upon (.+)$/.exec(key);
    return m ? [m[1], m[2]] : [];
  };
  return short(a).includes(b) || short(b).includes(a);
}
