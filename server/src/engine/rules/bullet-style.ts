import type { FindingNode } from '../parse/model';
import type { SourceText, Span } from '../text/source';
import { defineRule, type RelatedInformation, type TextEdit } from './rule';

const STANDARD = '- ';
/** Numbered findings are a list style of their own, not a stray bullet: left alone. */
const NUMBERED = /^(?:\(?\d{1,2}[.)]|\(?[a-z][.)])\s/;

interface Offender {
  finding: FindingNode;
  edit: TextEdit;
  /** How the finding starts, for the message: the mark, "a leading space" or "no bullet". */
  style: string;
}

/** The edit that makes a finding start with `- `, or undefined when it already does. */
function normalisingEdit(source: SourceText, finding: FindingNode): Offender | undefined {
  const text = source.text;
  const item = finding.block.items[0];
  if (!item || item.headingLevel !== undefined) return undefined;
  const line = source.lines[item.line];
  let start = item.marker ? item.marker.span.start : item.span.start;
  if (!item.marker && (item.number || NUMBERED.test(text.slice(item.span.start, item.span.start + 6)))) return undefined;
  const indent = text.slice(line.start, start);
  const indented = indent.length > 0 && /^[ \t\u00a0]+$/.test(indent);
  if (indented) start = line.start;
  const prefix = text.slice(start, item.span.start);
  if (prefix === STANDARD) return undefined;
  const style = item.marker ? `'${item.marker.text}'${indented ? ' after a leading space' : ''}` : indented ? 'a leading space' : 'no bullet';
  return { finding, edit: { span: { start, end: item.span.start }, newText: STANDARD }, style };
}

function firstWord(text: string, from: number): Span {
  let end = from;
  while (end < text.length && !/\s/.test(text[end])) end++;
  return { start: from, end };
}

export default defineRule({
  id: 'bullet-style',
  description: "Findings should each start with the bullet '- ', the same way throughout the letter.",
  defaultSeverity: 'hint',
  fixable: true,
  docs: {
    rationale: [
      'The template lists each finding as a bullet. Text pasted from a PDF brings other marks (`▪`, `•`, `*`), a leading space, or no mark at all, and often a mixture within one list. The letter reads better, and later tools split its findings reliably, when every finding starts with `- `.',
      '',
      'To stay quiet enough to be useful, the rule gives **one hint per section**, not one per bullet: it sits on the first finding that differs, names how many findings in the section differ and how, and points to the others. Its safe fix rewrites the marks of the whole section at once; only the mark and the spaces before the words change. Numbered findings (`1.`, `a)`) are left alone, and bullets run together on one line are left to `run-together-bullets`, whose fix already gives each of them `- `.',
    ].join('\n'),
    examples: [
      {
        flagged: 'Areas for development\n\nThe quality of initial and core assessments is variable.\n- The integrated children\'s recording system continues to present challenges.',
        accepted: 'Areas for development\n\n- The quality of initial and core assessments is variable.\n- The integrated children\'s recording system continues to present challenges.',
        note: 'One hint for the section, on its first finding.',
      },
    ],
  },
  check({ letter, report }) {
    // A report's findings are numbered paragraphs, not bullets.
    if (letter.report) return;
    const source = letter.source;
    const runLines = new Set<number>();
    for (const r of letter.residue) if (r.kind === 'runTogether') runLines.add(source.lineAt(r.span.start).index);
    const marks = letter.template.bulletMarks;
    for (const section of letter.sections) {
      // Findings written as paragraphs (or as the writer chose) have no bullets to keep alike.
      if (letter.template.part(section.id).findingStyle !== 'bullets') continue;
      const offenders: Offender[] = [];
      for (const finding of section.findings) {
        const item = finding.block.items[0];
        if (item?.marker && runLines.has(item.line)) continue;
        if (item?.marker && marks.includes(item.marker.text)) continue;
        const offender = normalisingEdit(source, finding);
        if (offender) offenders.push(offender);
      }
      if (!offenders.length) continue;
      const part = letter.template.part(section.id);
      const heading = part.heading ?? part.name;
      const styles = [...new Set(offenders.map((o) => o.style))].join(', ');
      const first = offenders[0];
      const related: RelatedInformation[] = offenders.slice(1).map((o) => ({ message: `This finding starts with ${o.style} too.`, span: firstWord(source.text, o.finding.block.items[0].span.start) }));
      const total = section.findings.length;
      const count =
        total === 1 ? 'the finding starts' : offenders.length === 1 ? `1 of the ${total} findings starts` : `${offenders.length} of the ${total} findings start`;
      report({
        span: { start: first.edit.span.start, end: firstWord(source.text, first.finding.block.items[0].span.start).end },
        message: `Under '${heading}', ${count} with ${styles} instead of '- ': start every finding with '- '.`,
        related: related.length ? related : undefined,
        fixes: [{ title: `Start every finding under '${heading}' with '- '`, edits: offenders.map((o) => o.edit), safe: true }],
      });
    }
  },
});
