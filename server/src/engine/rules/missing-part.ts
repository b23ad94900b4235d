import { defineRule, lazyFix, type Fix } from './rule';
import { missingParts, type MissingPart } from './structure/missing';
import { capitalise, insertParagraph, partLabel } from './structure/parts';
import { placeholderText } from '../placeholders';
import { canRender, renderPart } from './structure/render';
import type { Letter, PartNode } from '../parse/model';

export default defineRule({
  id: 'missing-part',
  description: 'A part the template requires (a date, a fixed paragraph, a section heading, the sign-off) is not in the letter.',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    rationale:
      'Every letter has the same parts in the same order: date, addressee, salutation, title, opening, evidence, summary sentence, lead-in, the section headings, closing, sign-off and copy list. The Area for priority action heading and its lead-in sentence go together: one without the other is incomplete. Strengths and the previous-inspection paragraphs are optional; the consequence paragraphs are checked by the closing rule.\n\nA missing part is reported once, at the start of the line where it belongs (after the nearest part before it in the template), so one gap never turns into a list of other problems: when a heading is missing, the findings below it are taken as its findings. When they now read as the end of the section above, where they start is read from what they say (an area for development says what is not done well, a strength what is done better than required, and a carried-forward marker belongs to an area for development): the heading is reported, and inserted by the fix, above the first of them; check that it is the right one. The fix inserts the part there, filled in from the draft (the council, the inspection dates, the addressee): fixed paragraphs in the standard wording (the summary and closing in the variant that fits the sections present), a heading, or an outline with [placeholders] for what the draft does not say.',
    examples: [
      {
        flagged: 'From the evidence gathered, the following features of the service were identified:\n\nStrengths\n…\nAreas for development\n…',
        note: 'The heading "The service meets the requirements of statutory guidance in the following areas" is missing between Strengths and Areas for development.',
      },
    ],
  },
  check({ letter, report }) {
    for (const missing of missingParts(letter)) {
      const fix = insertFix(letter, missing);
      report({ span: { start: missing.at, end: missing.at }, message: message(letter, missing), fixes: fix ? [fix] : [] });
    }
  },
});

function message(letter: Letter, m: MissingPart): string {
  const name = (node: PartNode) => partLabel(letter.template.part(node.id), 'section');
  const where = m.after
    ? `it belongs here, after ${name(m.after)}${m.before ? ` and before ${name(m.before)}` : ''}`
    : m.before
      ? `it belongs here, before ${name(m.before)}`
      : 'it belongs here';
  if (m.takesFindingsOf) {
    const count = m.gap.length === 1 ? 'the finding below, which reads' : `the ${m.gap.length} findings below, which read`;
    return `${capitalise(partLabel(m.part))} is missing: it belongs here, above ${count} as its own and not as the end of ${name(m.takesFindingsOf)}.`;
  }
  let held = '';
  if (m.part.kind === 'section' && m.gap.length) held = `; the ${m.gap.length === 1 ? 'finding' : `${m.gap.length} findings`} below would go under it`;
  else if (m.part.kind === 'section' && m.after && letter.template.part(m.after.id).kind === 'section') {
    // Its findings are probably read as the end of the section above: only the inspector knows where they start.
    held = `; if its findings are now at the end of ${name(m.after)}, put the heading above the first of them`;
  }
  return `${capitalise(partLabel(m.part))} is missing: ${where}${held}.`;
}

function insertFix(letter: Letter, m: MissingPart): Fix | undefined {
  if (!canRender(m.part)) return undefined;
  // Rendered when the fix is asked for: a truncated draft misses many parts and shows few fixes.
  return lazyFix(false, () => {
    const rendered = renderPart(letter, m.part)!;
    let text = rendered.text;
    if (m.part.kind !== 'section' && m.gap.length && text.includes('\n')) text = text.slice(0, text.indexOf('\n'));
    const placeholders = rendered.placeholders.map(placeholderText).filter((p) => text.includes(p));
    return {
      title: `Insert ${partLabel(m.part)}${placeholders.length ? ` (fill in ${placeholders.join(', ')})` : ''}`,
      edits: [insertParagraph(letter, m.at, text)],
    };
  });
}
