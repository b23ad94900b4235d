import { ruleDocUrl } from '../host/rule-links';
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { ruleById, type Analysis, type RuleMeta, type Letter, type PartNode, type PreviousLetter, type Span } from '../engine';
import type { Accounting } from '../engine/followup/account';
import { followupHover } from './followup-hover';
import { periodText, reportHover } from './report-hover';

/**
 * Hover: what a rule's diagnostic means, what the part under the cursor is for (and the accepted
 * wordings of its fixed sentence), and short definitions of terms from the template's glossary.
 */

export function hover(analysis: Analysis, offset: number, followup?: { previous?: PreviousLetter; accounting?: Accounting }): Hover | null {
  const { letter } = analysis;
  const sections: string[] = [];
  let hoverSpan: Span | undefined;
  const narrow = (span: Span) => {
    if (!hoverSpan || span.end - span.start < hoverSpan.end - hoverSpan.start) hoverSpan = span;
  };

  for (const d of analysis.diagnostics) {
    if (!covers(d.span, offset)) continue;
    const rule = ruleById(d.code);
    if (!rule) continue;
    sections.push(ruleHover(rule));
    narrow(d.span);
  }

  const term = glossaryTerm(letter, offset);
  if (term) {
    sections.push(`**${term.term}**: ${term.definition}`);
    narrow(term.span);
  }

  const carried = followupHover(letter, offset, followup?.previous, followup?.accounting);
  if (carried) {
    sections.push(carried.markdown);
    narrow(carried.span);
  }

  const judgement = reportHover(letter, offset);
  if (judgement) {
    sections.push(judgement.markdown);
    narrow(judgement.span);
  }

  const part = partAt(letter, offset);
  if (part) {
    const about = describePart(letter, part.node, offset);
    sections.push(about.markdown);
    narrow(about.span);
  }

  if (!sections.length || !hoverSpan) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: letter.source.rangeOf(hoverSpan) };
}

/**
 * The rule's pages (the same address the diagnostics' code links to; server/src/host/rule-links.ts
 * where that module exists).
 */

/** An example short enough to read in a hover. */
const EXAMPLE_CHARS = 160;

/**
 * What a check is about, for the inspector: its one-line description, a short example of what it
 * flags and what it accepts, and the link to its page. The rationale (how the check reads the letter,
 * which list it uses, which other rule steps aside) is written for whoever maintains the rules: it is
 * on the page, not in the hover.
 */
export function ruleHover(rule: RuleMeta): string {
  const lines = [`**${rule.description}**`];
  const example = rule.docs.examples?.find((e) => e.flagged.length <= EXAMPLE_CHARS && (!e.accepted || e.accepted.length <= EXAMPLE_CHARS) && !e.flagged.includes('\n'));
  if (example) {
    lines.push(`Flagged, for example: *${example.flagged.trim()}*`);
    if (example.accepted) lines.push(`Accepted: *${example.accepted.trim()}*`);
  }
  lines.push(`[About this check: ${rule.id}](${ruleDocUrl(rule.id)})`);
  return lines.join('\n\n');
}

function covers(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end && (span.end > span.start || offset === span.start);
}

function partAt(letter: Letter, offset: number): { node: PartNode } | undefined {
  const node = letter.parts.find((p) => covers(p.span, offset));
  return node ? { node } : undefined;
}

function describePart(letter: Letter, node: PartNode, offset: number): { markdown: string; span: Span } {
  const part = letter.template.part(node.id);
  const lines = [`**${part.name}**: ${part.description}`];
  if (part.kind === 'section') {
    const section = letter.sections.find((s) => s.heading.block === node.blocks[0]);
    if (section && covers(section.heading.span, offset)) {
      lines.push(`Standard heading: *${part.heading}*${withPeriod(part.headings.find((h) => h.text === part.heading && (h.from || h.until)))}`);
      const others = part.headings.filter((h) => h.text !== part.heading);
      if (others.length) lines.push(`Also accepted: ${others.map((h) => `*${h.text}*${withPeriod(h)}`).join(', ')}`);
      if (section.heading.match !== 'exact') lines.push(`This heading is not in the standard words.`);
      return { markdown: lines.join('\n\n'), span: section.heading.span };
    }
    return { markdown: lines.join('\n\n'), span: node.span };
  }
  const block = node.blocks[0];
  for (const match of node.sentences) {
    if (match.status === 'missing') continue;
    const span = block.text.sourceSpan(match.from, match.to);
    if (!covers(span, offset)) continue;
    const variants = match.sentence.variants.map((v) => `- ${readable(v.source)}${withPeriod(v.period)}`);
    lines.push(match.sentence.variants.length > 1 ? 'Accepted wordings:' : 'Standard wording:', variants.join('\n'));
    if (match.status === 'near') lines.push('This sentence differs slightly from the standard wording.');
    if (match.status === 'different') lines.push('This sentence is not in the standard words.');
    return { markdown: lines.join('\n\n'), span };
  }
  return { markdown: lines.join('\n\n'), span: node.span };
}

/** ` (from July 2021)` after a wording used in a period, else nothing. */
function withPeriod(period: { from?: string; until?: string } | undefined): string {
  const text = period ? periodText(period) : '';
  return text ? ` (${text})` : '';
}

/** Template text for people: {council} becomes «council», [[a|b]] becomes "a / b". */
function readable(source: string): string {
  return source.replace(/\{([a-zA-Z]+)\}/g, '«$1»').replace(/\[\[([^\]]*)\]\]/g, (_, options: string) => options.split('|').join(' / '));
}

function glossaryTerm(letter: Letter, offset: number): { term: string; definition: string; span: Span } | undefined {
  const glossary = letter.template.glossary;
  const line = letter.source.lineAt(offset);
  let best: { term: string; definition: string; span: Span } | undefined;
  for (const [term, definition] of Object.entries(glossary)) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${term.split(/\s+/).map(escape).join('\\s+')}(?:s|es)?(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of line.text.matchAll(pattern)) {
      const span = { start: line.start + m.index!, end: line.start + m.index! + m[0].length };
      // Prefer the longest term under the cursor (child protection conference over conference).
      if (covers(span, offset) && (!best || span.end - span.start > best.span.end - best.span.start)) best = { term, definition, span };
    }
  }
  return best;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
