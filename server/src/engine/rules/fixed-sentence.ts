import type { SentenceMatch } from '../match/sentences';
import type { Difference } from '../match/word-diff';
import type { Letter, PartNode } from '../parse/model';
import { words } from '../template/sentence-pattern';
import type { TemplatePart } from '../template/template';
import type { Span } from '../text/source';
import { defineRule, type Fix, type Report } from './rule';
import { closingDisagreement, summaryDisagreement } from './consistency/disagreements';
import { isoDate } from './consistency/calendar';
import { formatDate } from '../parse/dates';
import { boundedEditDistance } from '../match/edit-distance';
import { capitalise, partLabel } from './structure/parts';
import { draftValues, fitsSlot, renderVariantFor, variantForSections } from './structure/render';
import { describePeriod, documentIsoDate, outOfPeriod as outOfItsPeriod } from './structure/period';

/** A near miss this close to the standard wording, its differences misspellings, is repaired without review. */
const SAFE_SIMILARITY = 0.9;
const MAX_DIFFERENCES_NAMED = 3;

export default defineRule({
  id: 'fixed-sentence',
  description: 'A fixed sentence of the template is reworded, replaced or missing.',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    rationale:
      'The title, the opening, evidence and summary paragraphs, the lead-in, the priority-action lead-in, the closing and the consequence paragraphs are fixed sentences: the same words in every letter, with only the council, the dates and a few listed alternatives changing. A near miss (a word changed, added or dropped) is a warning that says what differs, with a fix restoring the standard wording and keeping the draft\'s own values; fix-all applies it only when every difference is a misspelling of a standard word (a word added, dropped or exchanged can change what the sentence says, so that fix is offered for review). An earlier wording the template lists (the 2009-10 summary sentence) is accepted for letters of its period and reported as out of date after it. Where the template dates its wordings at both ends (the focused-visit letter\'s closing, its COVID-19 preamble), a wording outside the letter\'s date is a hint naming its period, with a fix (for review) to the wording of the letter\'s period when there is exactly one. A sentence in other words altogether, or one left out, is an error. Which variant of the summary sentence and the closing paragraph fits the letter\'s sections is checked by summary-matches-sections and closing-matches-priority-action; this rule only checks that the sentence is one of the variants.',
    examples: [
      {
        flagged: 'This letter summarise the findings of the recent unannounced inspection …',
        accepted: 'This letter summarises the findings of the recent unannounced inspection …',
        note: "'summarise' where the standard wording has 'summarises'",
      },
    ],
  },
  check({ letter, report }) {
    for (const node of letter.parts) {
      const part = letter.template.part(node.id);
      node.sentences.forEach((match, index) => {
        const r = check(letter, node, part, match, index);
        if (r) report(r);
      });
    }
  },
});

function check(letter: Letter, node: PartNode, part: TemplatePart, m: SentenceMatch, index: number): Report | undefined {
  if (m.status === 'exact') return outOfPeriod(letter, node, m) ?? otherPeriod(letter, node, m);
  // A summary or closing sentence that says what the sections do not bear out gets that one diagnostic
  // (its fix writes the right variant, whatever the wording was), not a second about its wording.
  if (index === 0 && node === letter.partsById(node.id)[0]) {
    if (node.id === 'summary' && summaryDisagreement(letter)) return undefined;
    if (node.id === 'closing' && closingDisagreement(letter)) return undefined;
  }
  const text = node.blocks[0].text;
  const label = sentenceLabel(letter, part, index);
  const sentenceSpan = text.sourceSpan(m.from, m.to);
  // The sentence's own slot values, unless the match stretched one over a neighbouring word.
  const own = Object.entries(m.slots).filter(([name, slot]) => fitsSlot(letter, name, slot.value));
  const values = { ...draftValues(letter), ...Object.fromEntries(own.map(([name, slot]) => [name, slot.value])) };
  const draft = text.text.slice(m.from, m.to);

  if (m.status === 'missing') {
    const variant = variantForSections(letter, m.sentence);
    const standard = renderVariantFor(variant, values);
    const atEnd = m.from >= text.length;
    const at = atEnd ? text.sourceSpan(text.length, text.length).start : text.sourceOffset(m.from);
    return {
      span: { start: at, end: at },
      message: `${capitalise(label)} is missing: the template has '${standard.text}'.`,
      fixes: [
        {
          title: `Insert ${label}`,
          edits: [{ span: { start: at, end: at }, newText: atEnd ? ` ${standard.text}` : `${standard.text} ` }],
          // A sentence the inspector did not write adds to what the letter says: reviewed, never fix-all.
          safe: false,
        },
      ],
    };
  }

  if (m.status === 'different') {
    const standard = renderVariantFor(variantForSections(letter, m.sentence), values, draft);
    return {
      span: sentenceSpan,
      message: `This is not the standard wording of ${label}: the template has '${standard.text}'.`,
      fixes: [{ title: 'Replace with the standard wording', edits: [{ span: sentenceSpan, newText: standard.text }], safe: false }],
    };
  }

  // A near miss: say what differs, and restore the variant it is closest to. With no word differing,
  // only a slot's value is out of form (the dates, the council), which the value rules report.
  if (!m.differences.length) return undefined;
  const standard = renderVariantFor(m.variant!, values, draft);
  const differences = m.differences;
  const named = differences.slice(0, MAX_DIFFERENCES_NAMED).map(describe);
  const more = differences.length > MAX_DIFFERENCES_NAMED ? ` (and ${differences.length - MAX_DIFFERENCES_NAMED} more)` : '';
  const fix: Fix = {
    title: 'Use the standard wording',
    edits: [{ span: sentenceSpan, newText: standard.text }],
    // Fix-all only corrects the spelling of the standard words: a word added, dropped or exchanged can
    // change what the sentence says (`not`, `an area of strength`), so that is reviewed.
    safe: m.similarity >= SAFE_SIMILARITY && differences.every(isMisspelling) && !standard.placeholders.length,
  };
  return {
    span: differenceSpan(node, differences) ?? sentenceSpan,
    severity: 'warning',
    message: `${capitalise(label)} differs from the standard wording: ${named.join('; ')}${more}.`,
    fixes: [fix],
  };
}

/** The same number of words, each a slip of the standard word's spelling (one or two letters). */
function isMisspelling(d: Difference): boolean {
  const expected = words(d.expected);
  const actual = words(d.actual);
  if (!expected.length || expected.length !== actual.length) return false;
  return expected.every((e, i) => {
    const a = actual[i].toLowerCase();
    const w = e.toLowerCase();
    if (a === w) return true;
    // Short words are whole words (an/and, on/in), not slips of one another.
    if (Math.min(a.length, w.length) < 5) return false;
    return boundedEditDistance(a, w, 2) <= 2;
  });
}

/** An earlier wording (one with `until`) in a letter dated after its period: say so, and offer today's. */
function outOfPeriod(letter: Letter, node: PartNode, m: SentenceMatch): Report | undefined {
  // The annual letter's way: an earlier wording beside an undated current one. Sentences whose
  // wordings are dated at both ends (the focused-visit letter's) are for otherPeriod.
  if (m.sentence.variants.some((v) => v.period?.from)) return undefined;
  const until = m.variant?.until;
  const date = letter.values.letterDate?.value.date;
  const last = until ? isoDate(until) : undefined;
  if (!last || !date || date <= last) return undefined;
  const current = m.sentence.variants.find((v) => !v.until && v.facts.strengths === m.variant!.facts.strengths && v.facts.priorityAction === m.variant!.facts.priorityAction);
  const span = node.blocks[0].text.sourceSpan(m.from, m.to);
  const label = sentenceLabel(letter, letter.template.part(node.id), node.sentences.indexOf(m));
  const standard = current ? renderVariantFor(current, draftValues(letter)).text : undefined;
  return {
    span,
    severity: 'warning',
    message: `${capitalise(label)} is in an earlier wording, used in letters up to ${formatDate(last)}${standard ? `: letters since have '${standard}'` : ''}.`,
    fixes: standard ? [{ title: 'Use the current wording', edits: [{ span, newText: standard }], safe: false }] : [],
  };
}

/**
 * A wording of another period than the letter's (its date outside the variant's from/until): a hint
 * naming that period, with the wording of the letter's period when there is exactly one.
 */
function otherPeriod(letter: Letter, node: PartNode, m: SentenceMatch): Report | undefined {
  const date = documentIsoDate(letter);
  if (!date || !m.variant?.period || !outOfItsPeriod(m.variant.period, date)) return undefined;
  const span = node.blocks[0].text.sourceSpan(m.from, m.to);
  const label = sentenceLabel(letter, letter.template.part(node.id), node.sentences.indexOf(m));
  const fitting = m.sentence.variants.filter((v) => !outOfItsPeriod(v.period, date));
  const standard = fitting.length === 1 ? renderVariantFor(fitting[0], draftValues(letter)).text : undefined;
  const dated = formatDate(letter.values.letterDate!.value.date!);
  const today = standard ? `: a letter dated ${dated} has '${standard}'` : fitting.length ? '' : `, and the template has no wording for a letter dated ${dated}`;
  return {
    span,
    severity: 'hint',
    message: `${capitalise(label)} is in the wording of ${describePeriod(m.variant.period)}${today}.`,
    fixes: standard ? [{ title: "Use the wording of the letter's period", edits: [{ span, newText: standard }], safe: false }] : [],
  };
}

function sentenceLabel(letter: Letter, part: TemplatePart, index: number): string {
  if (part.sentences.length === 1) return partLabel(part);
  const opening = renderVariantFor(part.sentences[index].variants[0], {}).text.split(' ').slice(0, 5).join(' ');
  return `the sentence '${opening}…' of ${partLabel(part)}`;
}

function quote(text: string): string {
  return `'${text.replace(/\{([a-zA-Z]+)\}/g, '<$1>')}'`;
}

function describe(d: Difference): string {
  if (!d.actual) return `${quote(d.expected)} is missing`;
  if (!d.expected) return `${quote(d.actual)} is not in the standard wording`;
  return `${quote(d.actual)} where the standard wording has ${quote(d.expected)}`;
}

/** The draft words that differ, from the first to the last difference (undefined when that is empty). */
function differenceSpan(node: PartNode, differences: readonly Difference[]): Span | undefined {
  if (!differences.length) return undefined;
  const from = Math.min(...differences.map((d) => d.from));
  const to = Math.max(...differences.map((d) => d.to));
  if (to <= from) return undefined;
  return node.blocks[0].text.sourceSpan(from, to);
}
