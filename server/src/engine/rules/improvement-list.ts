import { headingKey } from '../parse/classify';
import type { Block } from '../parse/blocks';
import type { Letter } from '../parse/model';
import type { Template } from '../template/template';
import { defineRule, type Report } from './rule';
import { fieldworkStart } from './report/reading';
import { outOfPeriod } from './structure/period';
import { foldKey } from '../text/fold';
import { trimEndOf } from '../parse/report';

/** A sentence end inside an item (not the tag's, not an abbreviation's): the item holds two sentences. */
const INNER_SENTENCE = /[.!?]\s+(?=[A-Z])(?!(?:\(|National|Framework))/g;

export default defineRule({
  id: 'improvement-list',
  description: "'What needs to improve?' (a report's, and a focused-visit letter's 'in this area of social work practice?') is there unless the findings are strong; one noun phrase an item; national-framework tags on every item or none, and then the footnote.",
  defaultSeverity: 'warning',
  fixable: false,
  templates: ['ilacs-report', 'focused-visit'],
  docs: {
    rationale:
      "The areas for improvement follow the summary under `What needs to improve?`; only a report whose every judgement is outstanding goes without (`thurrock-2024-10-29`), and one without the list otherwise is an error. Each item is one noun phrase (`The quality, consistency and timeliness of assessments.`): an item of two sentences is a warning (two items run together, or a finding in the list). From 2025 items end with their Children's Social Care: National Framework tag, `(outcome 3, national framework)`; then every item has one (an item without is a warning) and the page has the footnote that explains them (its absence is a warning). The earlier headings (`What needs to improve`, `What needs to improve:`) in a report on fieldwork from 2022 are a hint, with a fix writing `What needs to improve?`. Tags in a report on fieldwork before 2025 are a hint naming when they began (the template's `list.tagsFrom`, read against the inspection dates).\n\nA focused-visit letter's `What needs to improve in this area of social work practice?` follows the headline findings. A letter without it is information, not an error: real letters of strong visits go without (`st-helens-2024-07-12`, `leicestershire-2023-06-16`). An item of two sentences is a hint (2018–2019 letters often wrote them so); from 2025 the tags go on every bullet or none (a bullet without is a warning), and the footnote is not asked for (it sits at a page's foot, and `plymouth-2025-07-31` and `kingston-upon-hull-2025-08-28` go without it). The early `Areas for improvement` heading (2018) headed findings in paragraphs and is not checked as a list.",
    examples: [{ flagged: '◼ Pathway planning for care leavers. Leaders know this.', accepted: '◼ Pathway planning for care leavers.' }],
  },
  check({ letter, template, report }) {
    if (!letter.report) {
      checkLetterList(letter, template, report);
      return;
    }
    const r = letter.report;
    if (!r?.table) return;
    const list = r.improvements;
    const part = template.parts.find((p) => p.kind === 'list');
    if (!list) {
      const grades = r.table.rows.map((row) => row.grade?.gradeId).filter(Boolean);
      if (grades.length && grades.every((g) => g === 'outstanding')) return;
      const at = r.gradedSections[0]?.section.span.start ?? r.table.span.end;
      report({ span: { start: at, end: at }, severity: 'error', message: `'${part?.heading ?? 'What needs to improve?'}' and its items are missing: only a report whose every judgement is outstanding goes without them.` });
      return;
    }
    const start = fieldworkStart(letter);
    const heading = listHeadingOfAnotherPeriod(list.heading.value, part, start);
    if (heading) report({ span: list.heading.span, severity: 'hint', message: `'${list.heading.value.trim()}' is the heading of reports on fieldwork until ${heading.until}; this fieldwork began ${start}: '${part!.heading}'.`, fixes: [{ title: `Write '${part!.heading}'`, edits: [{ span: list.heading.span, newText: part!.heading! }], safe: false }] });
    if (!list.items.length) {
      report({ span: list.heading.span, severity: 'error', message: 'The list of what needs to improve has no items.' });
      return;
    }
    for (const item of list.items) {
      const text = item.tag ? item.block.text.text.slice(0, item.block.text.text.length - item.tag.value.length) : item.block.text.text;
      INNER_SENTENCE.lastIndex = 0;
      const m = INNER_SENTENCE.exec(text.trim());
      if (m) report({ span: item.block.span, message: 'This item holds more than one sentence: each item is one noun phrase (two items run together, or a finding in the list?).' });
    }
    const tagged = list.items.filter((i) => i.tag);
    const tagsFrom = part?.list?.tagsFrom;
    if (tagged.length && start && tagsFrom && start < tagsFrom) {
      report({ span: tagged[0].tag!.span, severity: 'hint', message: `The items carry national-framework tags, which reports carry from fieldwork of ${tagsFrom}; this fieldwork began ${start}.` });
    }
    if (tagged.length && tagged.length < list.items.length) {
      for (const item of list.items) if (!item.tag) report({ span: item.block.span, message: `${tagged.length} of the ${list.items.length} items end with a national-framework tag and this one has none: tag every item or none.` });
    }
    if (tagged.length && !list.footnote && !letter.decorations.some((d) => part?.list?.footnote?.test(d.text.text))) {
      report({ span: list.heading.span, message: `The items are tagged to the national framework, but the report has no footnote saying so: '${part?.list?.footnoteText ?? ''}'` });
    }
  },
});

/** The heading variant a report's list heading is, when it belongs to an earlier period than the fieldwork's. */
function listHeadingOfAnotherPeriod(written: string, part: Template['parts'][number] | undefined, start: string | undefined): { until: string } | undefined {
  if (!part || !start) return undefined;
  const key = foldKey(trimEndOf(written.trim(), '0123456789').trim());
  const used = part.headings.find((h) => h.key === key);
  return used?.until && outOfPeriod(used, start) ? { until: used.until } : undefined;
}

/** The improve part of a letter template: a section with a list (its item tag and footnote). */
function listSection(template: Template) {
  return template.parts.find((p) => p.kind === 'section' && p.list);
}

/** The heading's key without a footnote mark after its question mark (`practice?1`, from 2025). */
function listHeadingKey(text: string): string {
  return headingKey(text.replace(/\?\s*\d$/, '?'));
}

/**
 * A focused-visit letter's `What needs to improve in this area of social work practice?`: read from the
 * blocks (the heading, then the bulleted blocks right below it), since the classifier reads a heading
 * that ends with `?` as a finding of the section above.
 */
function checkLetterList(letter: Letter, template: Template, report: (r: Report) => void): void {
  const part = listSection(template);
  if (!part || !letter.looksLikeLetter) return;
  const keys = new Set([...part.headingKeys, ...part.aliasKeys]);
  const at = letter.blocks.findIndex((b) => b.items.length === 1 && b.text.text.length < 120 && keys.has(listHeadingKey(b.text.text)));
  if (at < 0) {
    // Only where the findings are (a draft without them yet is missing more than this list).
    const findings = letter.sections.find((s) => s.id === 'mainFindings') ?? letter.sections[0];
    if (!findings) return;
    const pos = findings.heading.span.start;
    report({
      span: { start: pos, end: pos },
      severity: 'information',
      message: `This letter has no '${part.heading}' list: right for a visit that found nothing to improve; otherwise add the heading and one bullet an improvement above the main findings.`,
    });
    return;
  }
  const heading = letter.blocks[at];
  // `Areas for improvement` (early 2018) headed findings in paragraphs, not a list of noun phrases.
  if (!/^what needs to improve\b/.test(listHeadingKey(heading.text.text))) return;
  const items: Block[] = [];
  for (let i = at + 1; i < letter.blocks.length && letter.blocks[i].marker && letter.blocks[i].headingLevel === undefined; i++) items.push(letter.blocks[i]);
  if (!items.length) return;
  const tagPattern = part.list?.itemTag;
  const tags = items.map((b) => (tagPattern ? tagPattern.exec(b.text.text.trim())?.[0] : undefined));
  items.forEach((item, i) => {
    const text = item.text.text.trim();
    const words = tags[i] ? text.slice(0, text.length - tags[i]!.length) : text;
    INNER_SENTENCE.lastIndex = 0;
    if (INNER_SENTENCE.exec(words.trim())) {
      report({ span: item.span, severity: 'hint', message: 'This bullet holds more than one sentence: each bullet is one noun phrase (two improvements run together, or a finding in the list?).' });
    }
  });
  const tagged = tags.filter(Boolean).length;
  if (tagged && tagged < items.length) {
    items.forEach((item, i) => {
      if (!tags[i]) report({ span: item.span, message: `${tagged} of the ${items.length} bullets end with a national-framework tag, such as '(Outcome 3, national framework)', and this one has none: tag every bullet or none.` });
    });
  }
  // No footnote check: the footnote sits at a page's foot, outside what an inspector types (a retyped
  // letter has none), and real letters go without it (plymouth-2025-07-31, kingston-upon-hull-2025-08-28).
}
