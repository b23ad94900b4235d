import type { Block } from '../parse/blocks';
import type { FindingNode, Letter } from '../parse/model';
import type { SectionId } from '../template/template';
import type { Span } from '../text/source';
import type { AreaKind } from './claims';
import { followupPhrases, kindOf } from './phrases';

/**
 * Carried-forward markers: the sentence in a finding that says the issue was an area for development
 * (or priority action) at the previous inspection, with the finding and section it belongs to.
 */

export interface Marker {
  kind: AreaKind;
  /** `one aspect of an area for development`: the finding carries part of an old area forward. */
  aspect: boolean;
  /** The marker sentence (or clause, when it is mid-sentence: `... and this was an area for ...`). */
  span: Span;
  block: Block;
  /** Undefined for a paragraph standing before any section heading. */
  finding?: FindingNode;
  section?: SectionId;
}

export function findMarkers(letter: Letter): Marker[] {
  const markers: Marker[] = [];
  for (const section of letter.sections) {
    for (const finding of section.findings) markers.push(...markersIn(finding.block, finding, section.id));
  }
  for (const block of letter.strayFindings) markers.push(...markersIn(block));
  return markers.sort((a, b) => a.span.start - b.span.start);
}

export function markersIn(block: Block, finding?: FindingNode, section?: SectionId): Marker[] {
  const phrases = followupPhrases();
  const text = block.text.text;
  const out: Marker[] = [];
  for (const def of phrases.markers) {
    // exec in a loop, not matchAll, which copies the pattern for every block.
    def.pattern.lastIndex = 0;
    for (let m = def.pattern.exec(text); m; m = def.pattern.exec(text)) {
      if (m[0] === '') def.pattern.lastIndex++;
      const before = text.slice(0, m.index);
      const subject = phrases.markerSubject.exec(before);
      const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; ')) + 1;
      const from = subject ? subject.index : sentenceStart === 0 ? 0 : sentenceStart + 1;
      let to = m.index! + m[0].length;
      if (text[to] === '.') to++;
      if (out.some((o) => o.block === block && rangeOverlaps(o.span, block.text.sourceSpan(from, to)))) continue;
      out.push({
        kind: kindOf(m.groups?.kind),
        aspect: Boolean(m.groups?.aspect),
        span: block.text.sourceSpan(from, to),
        block,
        finding,
        section,
      });
    }
  }
  return out;
}

function rangeOverlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The finding's text without its marker sentences (what the finding is about). */
export function textWithoutMarkers(block: Block, markers: readonly Marker[]): string {
  let text = block.text.text;
  const own = markers.filter((m) => m.block === block);
  if (!own.length) return text;
  // Work on source offsets mapped back to folded indexes by search: marker texts are short and unique enough.
  for (const m of own) {
    const start = indexOfSource(block, m.span.start);
    const end = indexOfSource(block, m.span.end);
    if (start >= 0 && end > start) text = text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
  }
  return text.replace(/\s+/g, ' ').trim();
}

function indexOfSource(block: Block, offset: number): number {
  for (let i = 0; i <= block.text.length; i++) if (block.text.sourceOffset(i) >= offset) return i;
  return -1;
}
