import type { Block } from '../parse/blocks';
import { BULLET_CHARS, type LineItem } from '../parse/lines';
import { defineRule, type TextEdit } from './rule';

export default defineRule({
  id: 'run-together-bullets',
  description: 'Several bullets run together on one line, as PDF conversion leaves them.',
  defaultSeverity: 'warning',
  fixable: true,
  docs: {
    rationale:
      'When a bulleted list is copied out of a PDF, its bullets can end up on one long line (`▪ First finding. ▪ Second finding.`). The checker still reads each bullet as a finding, but the letter shows one run-on paragraph. One warning is given per run, however many bullets it holds and however many lines a paragraph wrapped by hand spreads it over (a bullet mark left at the end of a line counts, its finding on the next line), with a safe fix that puts each bullet on its own line as `- ` (using the line break the document already uses); only the bullet marks and the spaces around them change.',
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
    // A bullet mark left at the end of a line, its finding on the next line, is run together too.
    const trailing = new Map<number, number>();
    for (const block of letter.blocks) {
      for (const item of block.items) {
        const m = TRAILING_BULLET.exec(text.slice(item.span.start, item.span.end));
        if (m && item.span.start + m.index > item.span.start) {
          trailing.set(item.line, item.span.start + m.index);
          runLines.add(item.line);
        }
      }
    }
    if (!runLines.size) return;
    // The lines of a paragraph wrapped by hand are one run: a line continues the one before when its
    // first item is in the same block as that line's last, or it starts a bullet inside a run.
    const lines = new Map<number, { items: LineItem[]; blocks: Block[] }>();
    for (const block of letter.blocks) {
      for (const item of block.items) {
        const entry = lines.get(item.line) ?? { items: [], blocks: [] };
        entry.items.push(item);
        entry.blocks.push(block);
        lines.set(item.line, entry);
      }
    }
    const order = [...lines.keys()].sort((a, b) => a - b);
    let group: number[] = [];
    let hasRun = false;
    const flush = () => {
      if (hasRun) reportRun(group);
      group = [];
      hasRun = false;
    };
    for (const index of order) {
      const entry = lines.get(index)!;
      const previous = group.length ? lines.get(group[group.length - 1]) : undefined;
      const firstIsBullet = Boolean(entry.items[0].marker && BULLET.test(entry.items[0].marker.text));
      const continues =
        previous !== undefined &&
        group[group.length - 1] === index - 1 &&
        (previous.blocks[previous.blocks.length - 1] === entry.blocks[0] || (firstIsBullet && hasRun) || (trailing.has(index - 1) && !entry.items[0].marker));
      if (!continues) flush();
      group.push(index);
      if (runLines.has(index)) hasRun = true;
    }
    flush();

    function reportRun(groupLines: number[]): void {
      const items = groupLines.flatMap((i) => lines.get(i)!.items).sort((a, b) => a.span.start - b.span.start);
      const marks = items.filter((i) => i.marker).length + groupLines.filter((i) => trailing.has(i)).length;
      // The findings: one per mark, and the paragraph the first mark was run on after, if any.
      const bullets = marks + (items[0].marker ? 0 : 1);
      if (!marks || bullets < 2) return;
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
      for (const lineIndex of groupLines) {
        const mark = trailing.get(lineIndex);
        const next = lines.get(lineIndex + 1)?.items[0];
        if (mark === undefined || !next) continue;
        // The mark and the line break go; the next line's words start the bullet.
        let start = mark;
        while (start > 0 && /[ \t\u00a0]/.test(text[start - 1])) start--;
        edits.push({ span: { start, end: next.span.start }, newText: source.eol + '- ' });
      }
      const first = items[0];
      const lastLine = groupLines.filter((i) => runLines.has(i) || lines.get(i)!.items.some((it) => it.marker)).pop()!;
      report({
        span: { start: first.marker?.span.start ?? first.span.start, end: source.lines[lastLine].end },
        message: `${bullets} bullets are run together ${groupLines.length > 1 ? `over these ${groupLines.length} lines` : 'on this line'} (left by copying from a PDF): put each on its own line, starting '- '.`,
        fixes: [{ title: 'Put each bullet on its own line', edits, safe: true }],
      });
    }
  },
});

const BULLET = new RegExp(`^[${BULLET_CHARS}]$`);
/** A bullet mark as the last thing on a line (after a space): the end of the item's text. */
const TRAILING_BULLET = new RegExp(`[ \\t\\u00a0][${BULLET_CHARS}]$`);
