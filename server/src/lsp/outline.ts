import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver';
import type { Letter, PartId, Span } from '../engine';

/**
 * The outline (document symbols) of a letter's parts, sections and findings, and folding ranges. A
 * report's judgement sections are named with their grade, its table lists the judgements with theirs,
 * and its list of improvements is counted like a section.
 */

const FINDING_NAME_LENGTH = 70;

export function documentSymbols(letter: Letter): DocumentSymbol[] {
  const { source, template } = letter;
  const symbols: DocumentSymbol[] = [];
  const range = (span: Span) => source.rangeOf(span);
  // Each section by its heading's block: looking it up per part made the outline quadratic in the parts.
  const sectionByHeading = new Map<unknown, Letter['sections'][number]>();
  for (const section of letter.sections) if (!sectionByHeading.has(section.heading.block)) sectionByHeading.set(section.heading.block, section);
  for (const part of letter.parts) {
    const templatePart = template.part(part.id);
    const section = templatePart.kind === 'section' ? sectionByHeading.get(part.blocks[0]) : undefined;
    if (section) {
      const children = section.findings.map((f) => ({
        name: shorten(f.text.text),
        kind: SymbolKind.Field,
        range: range(f.span),
        selectionRange: range(f.span),
      }));
      const span = { start: Math.min(section.span.start, part.span.start), end: Math.max(section.span.end, part.span.end) };
      const grade = gradeOf(letter, section);
      symbols.push({
        name: `${templatePart.name}${grade ? `: ${grade}` : ''} (${section.findings.length})`,
        detail: section.heading.match === 'exact' ? undefined : `heading: ${section.heading.text}`,
        kind: SymbolKind.Namespace,
        range: range(span),
        selectionRange: range(section.heading.span),
        children,
      });
      continue;
    }
    const report = reportSymbol(letter, part);
    if (report) {
      symbols.push(report);
      continue;
    }
    const value = partValue(letter, part.id, part.span);
    symbols.push({
      name: templatePart.name,
      detail: value?.text,
      kind: part.id === 'letterDate' ? SymbolKind.Event : SymbolKind.String,
      range: range(part.span),
      selectionRange: range(value?.span ?? { start: part.span.start, end: Math.min(part.span.end, source.lineAt(part.span.start).end) }),
    });
  }
  return symbols;
}

/** A judgement section's grade as its heading writes it, else as the table gives it. */
function gradeOf(letter: Letter, section: Letter['sections'][number]): string | undefined {
  const graded = letter.report?.gradedSections.find((g) => g.section === section);
  if (!graded) return undefined;
  if (graded.grade) return graded.grade.written;
  const rowIds = letter.template.parts.flatMap((p) => p.table?.rows ?? []).filter((r) => r.section === section.id).map((r) => r.id);
  const row = letter.report?.table?.rows.find((r) => r.rowId && rowIds.includes(r.rowId));
  return row?.grade ? `${row.grade.written} (table)` : undefined;
}

/** A report's judgement table (its rows with their grades) and its list of improvements (counted, each item under it). */
function reportSymbol(letter: Letter, part: Letter['parts'][number]): DocumentSymbol | undefined {
  const report = letter.report;
  const kind = letter.template.part(part.id).kind;
  const name = letter.template.part(part.id).name;
  const range = (span: Span) => letter.source.rangeOf(span);
  if (report?.table && kind === 'table') {
    const children = report.table.rows.map((row) => ({
      name: `${row.label.value.replace(/\s+/g, ' ')}${row.grade ? `: ${row.grade.written}` : ''}`,
      kind: SymbolKind.EnumMember,
      range: range(row.span),
      selectionRange: range(row.label.span),
    }));
    return { name: `${name} (${children.length})`, kind: SymbolKind.Enum, range: range(part.span), selectionRange: range(part.blocks[0].span), children };
  }
  if (report?.improvements && kind === 'list') {
    const items = report.improvements.items;
    const children = items.map((item) => ({ name: shorten(item.block.text.text), kind: SymbolKind.Field, range: range(item.block.span), selectionRange: range(item.block.span) }));
    const span = { start: part.span.start, end: Math.max(part.span.end, ...items.map((i) => i.block.span.end)) };
    return { name: `${name} (${items.length})`, kind: SymbolKind.Namespace, range: range(span), selectionRange: range(report.improvements.heading.span), children };
  }
  return undefined;
}

/** The letter's value shown beside a part in the outline (council, dates, names), with where it is. */
function partValue(letter: Letter, id: PartId, partSpan: Span): { text: string; span?: Span } | undefined {
  const v = letter.values;
  const inside = (span: Span | undefined) => (span && span.start >= partSpan.start && span.end <= partSpan.end ? span : undefined);
  const located = (l: { value: unknown; span: Span } | undefined, text?: string) =>
    l ? { text: text ?? letter.source.slice(l.span), span: inside(l.span) } : undefined;
  switch (id) {
    case 'letterDate':
      return located(v.letterDate);
    case 'addressee': {
      const parts = [v.addressee?.fullName.value, v.council.addressee?.value].filter(Boolean);
      return parts.length ? { text: parts.join(', '), span: inside(v.addressee?.fullName.span) } : undefined;
    }
    case 'salutation':
      return located(v.salutation?.name);
    case 'title':
      return located(v.council.title);
    case 'opening': {
      const days = v.inspectionDays ? letter.source.slice(v.inspectionDays.span) : undefined;
      const council = v.council.opening?.value;
      const text = [council, days && `inspected ${days}`].filter(Boolean).join(', ');
      return text ? { text, span: inside(v.inspectionDays?.span) } : undefined;
    }
    case 'previousInspection': {
      const prev = v.previousInspections.find((p) => inside(p.span));
      return prev ? { text: letter.source.slice(prev.span), span: prev.span } : undefined;
    }
    case 'signOff': {
      const text = [v.inspector?.name?.value, v.inspector?.title?.value].filter(Boolean).join(', ');
      return text ? { text, span: inside(v.inspector?.name?.span) } : undefined;
    }
    case 'copyList':
      return { text: `${v.copyList.entries.length} ${v.copyList.entries.length === 1 ? 'person' : 'people'}` };
    default: {
      // A report's fields: the fieldwork dates, the lead inspector.
      const kind = letter.template.part(id).kind;
      const report = letter.report;
      if (kind === 'field' && report?.fieldwork && inside(report.fieldwork.span)) return located(report.fieldwork);
      if (kind === 'field' && report?.inspector && inside(report.inspector.line.span)) return { text: report.inspector.line.value.replace(/^[^:]*:\s*/, ''), span: report.inspector.line.span };
      return undefined;
    }
  }
}

function shorten(text: string): string {
  const t = text.replace(/^[-*+\u25AA\u2022]\s*/, '').trim();
  return t.length <= FINDING_NAME_LENGTH ? t || '(empty finding)' : t.slice(0, FINDING_NAME_LENGTH - 1).trimEnd() + '…';
}

export function foldingRanges(letter: Letter): FoldingRange[] {
  const { source } = letter;
  const ranges: FoldingRange[] = [];
  const add = (span: Span, kind?: string) => {
    const startLine = source.positionAt(span.start).line;
    const endLine = source.positionAt(span.end).line;
    if (endLine > startLine) ranges.push({ startLine, endLine, kind });
  };
  for (const section of letter.sections) add(section.span, FoldingRangeKind.Region);
  // A report's list of improvements is a section of bullets under its heading.
  const improvements = letter.report?.improvements;
  if (improvements?.items.length) add({ start: improvements.heading.span.start, end: improvements.items[improvements.items.length - 1].block.span.end }, FoldingRangeKind.Region);
  for (const part of letter.parts) if (letter.template.part(part.id).kind !== 'section') add(part.span);
  for (const section of letter.sections) for (const f of section.findings) add(f.span);
  const seen = new Set<string>();
  return ranges.filter((r) => {
    const key = `${r.startLine}:${r.endLine}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
