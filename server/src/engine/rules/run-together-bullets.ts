import type { LineItem } from '../parse/lines';
import { defineRule, type TextEdit } from './rule';

export default defineRule({
  id: 'run-together-bullets',
  description: 'Several bullets run together on one line, as PDF conversion leaves them.',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    rationale:
      'When a bulleted list is copied out of a PDF, its bullets can end up on one long line (`▪ First finding. ▪ Second finding.`). The checker still reads each bullet as a finding, but the letter shows one run-on paragraph. One warning is given per line, however many bullets it holds, with a safe fix that puts each bullet on its own line as `- ` (using the line break the document already uses); only the bullet marks and the spaces around them change.',
    examples: [
      {
        flagged: '▪ The common assessment framework (CAF) is well established. ▪ Most assessments seen by inspectors were of a satisfactory standard.',
        accepted: '- The common assessment framework (CAF) is well established.\n- Most assessments seen by inspectors were of a satisfactory standard.',
      },
    ],
  },
  check({ letter, report }) {
    const source = letter.source;
    const text = source.text;
    const runLines = new Set<number>();
    for (const r of letter.residue) if (r.kind === 'runTogether') runLines.add(source.lineAt(r.span.start).index);
    if (!runLines.size) return;
    const itemsByLine = new Map<number, LineItem[]>();
    for (const block of letter.blocks) {
      for (const item of block.items) {
        if (!runLines.has(item.line)) continue;
        const list = itemsByLine.get(item.line);
        if (list) list.push(item);
        else itemsByLine.set(item.line, [item]);
      }
    }
    for (const lineIndex of [...runLines].sort((a, b) => a - b)) {
      const items = (itemsByLine.get(lineIndex) ?? []).sort((a, b) => a.span.start - b.span.start);
      const bulleted = items.filter((i) => i.marker);
      if (items.length < 2 || !bulleted.length) continue;
      const edits: TextEdit[] = [];
      for (const item of items) {
        if (!item.marker) continue;
        if (item.runTogether) {
          // From the end of the previous item's words to the start of this one's: space, mark, space.
          let start = item.marker.span.start;
          while (start > 0 && /[ \t\u00a0]/.test(text[start - 1])) start--;
          edits.push({ span: { start, end: item.span.start }, newText: source.eol + '- ' });
        } else if (text.slice(item.marker.span.start, item.span.start) !== '- ') {
          edits.push({ span: { start: item.marker.span.start, end: item.span.start }, newText: '- ' });
        }
      }
      const line = source.lines[lineIndex];
      report({
        span: { start: items[0].marker?.span.start ?? items[0].span.start, end: line.end },
        message: `${items.length} bullets are run together on this line (left by copying from a PDF): put each on its own line, starting '- '.`,
        fixes: [{ title: 'Put each bullet on its own line', edits, safe: true }],
      });
    }
  },
});
