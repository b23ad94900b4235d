import type { ReportedFollowup } from './check';

/**
 * `--followup` in the text format: each file's follow-up of its previous document as a table, one row
 * per item of the previous document: the item (with its line there), its status in the file, and
 * where the file speaks of it (line:column, best first).
 */

const STATUS_TEXT = { addressed: 'addressed', 'still-an-issue': 'still an issue', 'not-mentioned': 'not mentioned' } as const;
const ITEM_WIDTH = 64;
const STATUS_WIDTH = 16;

function cut(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  const at = flat.lastIndexOf(' ', width - 1);
  return flat.slice(0, at > width / 2 ? at : width - 1) + '…';
}

export function formatFollowupTable(file: string, followup: ReportedFollowup | undefined): string {
  if (!followup) return `${file}: no previous document to follow up (name one with --previous or a link line)\n`;
  const counts = { addressed: 0, 'still-an-issue': 0, 'not-mentioned': 0 };
  for (const item of followup.items) counts[item.status]++;
  const head = `${file}: follow-up of ${followup.previous.file} (${followup.previous.template}): ${followup.items.length} ${followup.items.length === 1 ? 'item' : 'items'}, ${counts.addressed} addressed, ${counts['still-an-issue']} still an issue, ${counts['not-mentioned']} not mentioned\n`;
  if (!followup.items.length) return head;
  const number = String(followup.items.length).length;
  const rows = [`  ${'#'.padStart(number)}  ${'item (its line in the previous document)'.padEnd(ITEM_WIDTH)}  ${'status'.padEnd(STATUS_WIDTH)}  where (line:column)`];
  followup.items.forEach((item, i) => {
    const line = `line ${item.range.start.line + 1}`;
    const text = cut(item.text, ITEM_WIDTH - line.length - 3) + ` (${line})`;
    const where = item.evidence.map((e) => `${e.range.start.line + 1}:${e.range.start.character + 1}`).join(', ') || '-';
    rows.push(`  ${String(i + 1).padStart(number)}  ${text.padEnd(ITEM_WIDTH)}  ${STATUS_TEXT[item.status].padEnd(STATUS_WIDTH)}  ${where}`);
  });
  return head + rows.map((r) => r.trimEnd() + '\n').join('');
}
