import type { Letter, PreviousLetter, Span } from '../engine';
import { previousAreaForMarker, type Accounting } from '../engine/followup/account';
import { followupOf } from '../engine/followup/reading';
import { areaKindName, describePrevious, NO_PREVIOUS, whereIs } from './followup-text';

/**
 * Hover on the follow-up parts: on a previous-inspection paragraph, which previous letter the draft is
 * compared with; on a carried-forward marker, the previous letter's finding it refers to.
 */
export function followupHover(
  letter: Letter,
  offset: number,
  previous: PreviousLetter | undefined,
  accounting: Accounting | undefined,
): { markdown: string; span: Span } | undefined {
  const marker = followupOf(letter).markers.find((m) => m.span.start <= offset && offset <= m.span.end);
  if (marker) {
    const title = `**Carried forward** from the previous inspection's ${marker.kind === 'priorityAction' ? 'area for priority action' : 'areas for development'}.`;
    if (!previous || !accounting) return { markdown: `${title}\n\n${NO_PREVIOUS}`, span: marker.span };
    const match = previousAreaForMarker(accounting, marker);
    if (!match) {
      return {
        markdown: `${title}\n\nNo ${marker.kind === 'priorityAction' ? 'area for priority action' : 'area for development'} of the previous letter, ${describePrevious(previous)}, matches this finding's topic.`,
        span: marker.span,
      };
    }
    const p = match.previous;
    const link = `[${whereIs(p, previous)}](${previous.uri}#L${p.range.start.line + 1})`;
    const shared = match.shared.length ? `\n\nShared terms: ${match.shared.map((t) => `*${t}*`).join(', ')}` : '';
    return {
      markdown: `${title} The previous letter's ${areaKindName(p)} (${link}):\n\n${quote(p.text)}${shared}`,
      span: marker.span,
    };
  }
  const paragraph = letter.partsById('previousInspection').find((p) => p.span.start <= offset && offset <= p.span.end);
  if (!paragraph) return undefined;
  const markdown = previous ? `**Previous letter**: [${describePrevious(previous)}](${previous.uri})` : `**Previous letter**: ${NO_PREVIOUS}`;
  return { markdown, span: paragraph.span };
}

function quote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => `> ${l}`)
    .join('\n');
}
