import { closestVariant, NEAR_MISS_SIMILARITY, sentenceEnd, similarityBound } from '../match/sentences';
import { WORD, words } from '../template/sentence-pattern';
import { ROLE } from '../template/roles';
import type { PartId, SectionId, Template, TemplatePart } from '../template/template';
import { countsBeyond, foldKey } from '../text/fold';
import type { Span } from '../text/source';
import type { Block } from './blocks';
import type { FindingNode, HeadingMatch, HeadingNode, PartNode, SectionNode } from './model';
import { isDateLine } from './dates';
import { isCourtesyTitle } from './values';
import { boundedEditDistance } from '../match/edit-distance';
import { align } from '../match/word-diff';
import { tokenize } from '../match/sentences';
import { isAsciiDigit, isAsciiLetter } from '../text/chars';

/**
 * Places each block in the template. Anchors are blocks that announce their part: a section heading,
 * a fixed paragraph's standard opening words, a date line, `Dear …`, `Yours sincerely`, `Copy:`.
 * Everything else is placed by position: letterhead before the date, the address between the date
 * and the salutation, findings under the heading above them, previous-inspection paragraphs between
 * the summary and the lead-in, the inspector's name after the sign-off, copy lines at the end.
 */

type Anchor =
  | { kind: 'part'; id: PartId; by: PartNode['recognisedBy'] }
  | { kind: 'heading'; section: SectionId; match: HeadingMatch; text: string }
  | { kind: 'decoration' };

export interface Classification {
  parts: PartNode[];
  sections: SectionNode[];
  strayFindings: Block[];
  unrecognised: Block[];
  decorations: Block[];
}

/** A pattern a template may lack: then nothing matches it. */
// Anchored, so a test fails at the first position instead of trying every one (it was 1-2% of an analysis).
const NEVER = /^(?!)/;
const HEADING_MAX_LENGTH = 120;
/** How close in words a line must be to a standard heading to be read as that heading. */
const NEAR_HEADING = 0.75;


export class Classifier {
  private readonly prefixes: { part: TemplatePart; key: string }[] = [];
  private readonly headingKeys = new Map<string, { section: SectionId; match: HeadingMatch }>();
  private readonly headingTokens: { section: SectionId; tokens: string[] }[] = [];
  /** Each section's standard heading, folded, for the spelling check (folded once, not per block). */
  private readonly spellingKeys: { section: SectionId; key: string; letters: Int32Array }[] = [];
  private readonly decorations: Set<string>;
  /** The longest decoration and heading keys: longer text cannot be one (see countsBeyond). */
  private readonly longestDecoration: number;
  private readonly longestHeadingKey: number;
  /** The first words of the decoration and heading keys (see firstKeyWord): a line starting with another is neither. */
  private readonly decorationFirstWords: Set<string>;
  private readonly headingFirstWords: Set<string>;
  /** The template's patterns, a never-matching one where it has none. */
  private readonly salutation: RegExp;
  private readonly signOff: RegExp;
  private readonly copyLabel: RegExp;
  private readonly copyEntry: RegExp;
  private readonly followUpWords: RegExp;
  private readonly letterheadHint: RegExp;
  /** The follow-up part (previous inspection), and the parts it follows: the one before it, and the one before that. */
  private readonly followUp?: PartId;
  private readonly beforeFollowUp?: PartId;
  private readonly twoBeforeFollowUp?: PartId;
  /** The paragraph right before the first section: the findings follow it. */
  private readonly findingsLeadIn?: PartId;
  private readonly lastSectionOrder: number;

  private readonly hasLetterDate: boolean;
  /** The first-three-words keys of the fixed paragraphs (for opensPart). */
  private readonly prefixKeys = new Set<string>();
  /** The first word of each of those keys. */
  private readonly prefixFirstWords = new Set<string>();
  /** Parts other than the salutation and sign-off that a paragraph's opening words announce (their anchor). */
  private readonly anchoredParts: TemplatePart[];

  constructor(private readonly template: Template) {
    this.hasLetterDate = this.has(ROLE.letterDate);
    this.salutation = template.findPart(ROLE.salutation)?.anchor ?? NEVER;
    this.signOff = template.findPart(ROLE.signOff)?.anchor ?? NEVER;
    this.copyLabel = template.patterns.copyLabel ?? NEVER;
    this.copyEntry = template.patterns.copyEntry ?? NEVER;
    this.followUpWords = template.patterns.followUp ?? NEVER;
    this.letterheadHint = template.patterns.letterheadHint ?? NEVER;
    if (template.followUp) {
      const order = template.part(template.followUp.part).order;
      this.followUp = template.followUp.part;
      this.beforeFollowUp = template.parts[order - 1]?.id;
      this.twoBeforeFollowUp = template.parts[order - 2]?.id;
    }
    const firstSection = template.parts.find((p) => p.kind === 'section');
    const beforeSections = firstSection ? template.parts[firstSection.order - 1] : undefined;
    this.findingsLeadIn = beforeSections?.kind === 'paragraph' ? beforeSections.id : undefined;
    this.lastSectionOrder = Math.max(-1, ...template.parts.filter((p) => p.kind === 'section').map((p) => p.order));
    for (const part of template.parts) {
      if (part.kind === 'section') {
        const section = part.id as SectionId;
        for (const key of part.headingKeys) this.headingKeys.set(key, { section, match: 'exact' });
        for (const key of part.aliasKeys) if (!this.headingKeys.has(key)) this.headingKeys.set(key, { section, match: 'alias' });
        this.headingTokens.push({ section, tokens: words(part.heading!.toLowerCase()) });
        const key = foldKey(part.heading!);
        this.spellingKeys.push({ section, key, letters: letterCounts(key) });
        continue;
      }
      const first = part.sentences[0];
      if (!first) continue;
      for (const variant of first.variants) {
        for (const expansion of variant.expansions) {
          // The first three words (before any slot) identify the paragraph.
          const lead = expansion.slice(0, expansion.findIndex((t) => t.startsWith('{')) >>> 0).filter((t) => /\p{L}/u.test(t));
          const key = leadKey(lead.join(' '));
          if (key && !this.prefixes.some((p) => p.part === part && p.key === key)) this.prefixes.push({ part, key });
        }
      }
    }
    for (const p of this.prefixes) {
      this.prefixKeys.add(p.key);
      this.prefixFirstWords.add(p.key.split(' ')[0]);
    }
    this.anchoredParts = template.parts.filter((p) => p.anchor && p.id !== ROLE.salutation && p.id !== ROLE.signOff && !p.sentences.length);
    this.decorations = new Set(template.decorations.map(foldKey));
    this.longestDecoration = Math.max(0, ...[...this.decorations].map((k) => k.length));
    this.longestHeadingKey = Math.max(0, ...[...this.headingKeys.keys()].map((k) => k.length));
    this.decorationFirstWords = new Set([...this.decorations].map(keyFirstWord));
    this.headingFirstWords = new Set([...this.headingKeys.keys()].map(keyFirstWord));
  }

  private has(id: PartId): boolean {
    return this.template.findPart(id) !== undefined;
  }

  isDecoration(text: string): boolean {
    const word = firstKeyWord(text, false);
    if (word !== undefined && !this.decorationFirstWords.has(word)) return false;
    if (countsBeyond(text, this.longestDecoration, '')) return false;
    return this.decorations.has(foldKey(text));
  }

  /**
   * Whether a line opens one of the template's paragraphs (see BlockOptions.opensPart): by a fixed
   * paragraph's opening words, or by a part's anchor.
   */
  opensPart(text: string): 'strong' | 'anchor' | undefined {
    // Most lines start with no fixed paragraph's first word: only those are folded and keyed.
    const space = text.indexOf(' ');
    const first = (space < 0 ? text : text.slice(0, space)).toLowerCase();
    if (this.prefixFirstWords.has(first) && this.prefixKeys.has(leadKey(text.slice(0, 80)))) return 'strong';
    for (const part of this.anchoredParts) if (part.anchor!.test(text)) return 'anchor';
    return undefined;
  }

  /** A line that on its own is a section heading (exactly, by alias, or in Markdown). */
  /**
   * Where the addressee block starts when it stands above the date (the date moved below it): with
   * nothing but decoration between the date and the body, the last block before the date that opens
   * with a courtesy title and a name (`Ms Jo Davidson`) starts it. -1 when the date has the addressee
   * below it, as the template has it (everything above the date is then letterhead).
   */
  private addresseeAboveDate(blocks: readonly Block[], anchors: readonly (Anchor | undefined)[], dateIndex: number, bodyStart: number): number {
    if (dateIndex < 0) return -1;
    for (let i = dateIndex + 1; i < bodyStart; i++) if (anchors[i]?.kind !== 'decoration') return -1;
    for (let i = dateIndex - 1; i >= 0; i--) {
      if (anchors[i] === undefined && this.opensWithCourtesyTitle(blocks[i].text.text)) return i;
    }
    return -1;
  }

  private opensWithCourtesyTitle(text: string): boolean {
    const space = text.indexOf(' ');
    if (space < 2) return false;
    return isCourtesyTitle(this.template, text.slice(0, space)) && /^\p{Lu}/u.test(text.slice(space + 1));
  }

  isHeadingLine(text: string): boolean {
    const word = firstKeyWord(text, true);
    if (word !== undefined && !this.headingFirstWords.has(word)) return false;
    if (countsBeyond(text, this.longestHeadingKey, '#:')) return false;
    return this.headingKeys.has(headingKey(text));
  }

  /** Recognises a heading: exact, alias, or a near miss of a standard heading. */
  heading(block: Block): { section: SectionId; match: HeadingMatch; text: string } | undefined {
    if (block.items.length !== 1 && block.headingLevel === undefined) return undefined;
    const text = withoutTrailingColon(block.text.text);
    if (!text || text.length > HEADING_MAX_LENGTH) return undefined;
    // A standard heading in its own words is one whatever it ends with (`What needs to improve…?`)...
    const known = this.headingKeys.get(headingKey(text));
    if (known) return { ...known, text };
    // ...but a line ending a sentence is not a near miss of one.
    if ('.;!?'.includes(text[text.length - 1])) return undefined;
    // A near miss: close in words to a standard heading (typos, a missing word).
    const tokens = tokenize(text.toLowerCase(), 0, text.length);
    if (tokens.length === 0 || tokens.length > 16) return undefined;
    let best: { section: SectionId; similarity: number } | undefined;
    const lineWords = block.headingLevel === undefined ? countWords(tokens.map((t) => t.text)) : undefined;
    for (const h of this.headingTokens) {
      // Only a Markdown heading needs its closest section whatever the similarity; otherwise stop early
      // below 0.75, and skip the alignment when the heading words the line lacks already keep it below.
      if (lineWords && similarityCeiling(h.tokens, lineWords, tokens.length) < NEAR_HEADING) continue;
      const maxCost = block.headingLevel === undefined ? ((1 - NEAR_HEADING) * (tokens.length + h.tokens.length)) / 2 + 1e-9 : Infinity;
      const a = align(tokens, h.tokens, maxCost);
      if (!best || a.similarity > best.similarity) best = { section: h.section, similarity: a.similarity };
    }
    if (best && best.similarity >= NEAR_HEADING) return { section: best.section, match: 'near', text };
    // A misspelt word ("Areas for developement", "Strenghts") costs a whole word above: compare letters.
    const spelled = this.nearBySpelling(foldKey(text));
    if (spelled) return { section: spelled, match: 'near', text };
    if (block.headingLevel !== undefined && best) return { section: best.section, match: 'unknown', text };
    return undefined;
  }

  /** The section whose standard heading is within a typo or two of `key` (at least 80% of the letters alike). */
  private nearBySpelling(key: string): SectionId | undefined {
    let letters: Int32Array | undefined;
    for (const { section, key: heading, letters: headingLetters } of this.spellingKeys) {
      const limit = Math.floor(Math.max(heading.length, key.length) * 0.2);
      // Cheap bounds that spare most distances: each edit changes the length by at most one and the
      // letter counts by at most two.
      if (Math.abs(heading.length - key.length) > limit) continue;
      letters ??= letterCounts(key);
      if (countsDifference(letters, headingLetters) > 2 * limit) continue;
      if (boundedEditDistance(key, heading, limit, true) <= limit) return section;
    }
    return undefined;
  }

  private anchor(block: Block): Anchor | undefined {
    const text = block.text.text;
    if (!text) return undefined;
    if (this.isDecoration(text)) return { kind: 'decoration' };
    const heading = this.heading(block);
    if (heading) return { kind: 'heading', ...heading };
    if (block.items.length === 1 && isDateLine(text) && this.hasLetterDate) return { kind: 'part', id: ROLE.letterDate, by: 'pattern' };
    if (this.salutation.test(text) && text.length < 80) return { kind: 'part', id: ROLE.salutation, by: 'pattern' };
    if (this.signOff.test(text)) return { kind: 'part', id: ROLE.signOff, by: 'pattern' };
    if (this.copyLabel.test(text)) return { kind: 'part', id: ROLE.copyList, by: 'pattern' };
    if (block.marker && block.headingLevel === undefined) return undefined;
    const key = leadKey(text.slice(0, 80));
    for (const { part, key: prefix } of this.prefixes) {
      if (key === prefix) return { kind: 'part', id: part.id, by: 'pattern' };
    }
    for (const part of this.anchoredParts) if (part.anchor!.test(text)) return { kind: 'part', id: part.id, by: 'pattern' };
    return undefined;
  }

  /** The fixed part this block most resembles, for a block no pattern placed. */
  private resemblance(block: Block, wanted: (part: TemplatePart) => boolean): PartId | undefined {
    const text = block.text.text;
    if (text.length > 2000) return undefined;
    const end = sentenceEnd(text, 0);
    let best: { id: PartId; similarity: number } | undefined;
    for (const part of this.template.parts) {
      if (!part.sentences.length || !wanted(part)) continue;
      // Skip alignments that cannot reach the bar (or beat the best so far).
      const bound = similarityBound(part.sentences[0], text, 0, end);
      if (bound < NEAR_MISS_SIMILARITY || (best && bound <= best.similarity)) continue;
      const match = closestVariant(part.sentences[0], text, 0, end, NEAR_MISS_SIMILARITY);
      if (match.similarity >= NEAR_MISS_SIMILARITY && (!best || match.similarity > best.similarity)) best = { id: part.id, similarity: match.similarity };
    }
    return best?.id;
  }

  classify(blocks: Block[]): Classification {
    const anchors = blocks.map((b) => this.anchor(b));
    const parts: PartNode[] = [];
    const sections: SectionNode[] = [];
    const strayFindings: Block[] = [];
    const unrecognised: Block[] = [];
    const decorations: Block[] = [];

    const addPart = (id: PartId, block: Block, by: PartNode['recognisedBy']): PartNode => {
      const node: PartNode = { id, blocks: [block], span: { ...block.span }, sentences: [], recognisedBy: by };
      parts.push(node);
      return node;
    };
    const extend = (node: PartNode, block: Block) => {
      node.blocks.push(block);
      node.span = { start: node.span.start, end: block.span.end };
    };

    // The head of the letter: letterhead, date, addressee, up to the salutation (or the title).
    const firstIndex = (pred: (a: Anchor | undefined) => boolean) => anchors.findIndex(pred);
    let bodyStart = firstIndex((a) => a?.kind === 'part' && a.id === ROLE.salutation);
    // Several body parts before the salutation: the salutation moved down, and the body starts at the first.
    const bodyAnchor = (a: Anchor | undefined) => (a?.kind === 'part' && a.id !== ROLE.letterDate && a.id !== ROLE.salutation) || (a?.kind === 'heading' && a.match !== 'unknown');
    // A salutation above the date moved up: the head runs on to the first body part.
    const movedUp = bodyStart >= 0 && firstIndex((a) => a?.kind === 'part' && a.id === ROLE.letterDate) > bodyStart;
    if (bodyStart >= 0 && (movedUp || anchors.slice(0, bodyStart).filter(bodyAnchor).length >= 2)) bodyStart = firstIndex(bodyAnchor);
    if (bodyStart < 0) bodyStart = firstIndex((a) => (a?.kind === 'part' && a.id !== ROLE.letterDate) || a?.kind === 'heading');
    if (bodyStart < 0) bodyStart = blocks.length;
    const dateIndex = anchors.findIndex((a, i) => i < bodyStart && a?.kind === 'part' && a.id === ROLE.letterDate);
    const addresseeAboveDate = this.addresseeAboveDate(blocks, anchors, dateIndex, bodyStart);
    let letterhead: PartNode | undefined;
    let addressee: PartNode | undefined;
    for (let i = 0; i < bodyStart; i++) {
      const block = blocks[i];
      const anchor = anchors[i];
      if (anchor?.kind === 'decoration') {
        decorations.push(block);
      } else if (i === dateIndex) {
        addPart(ROLE.letterDate, block, 'pattern');
      } else if (anchor?.kind === 'part' && anchor.id !== ROLE.letterDate) {
        // A body paragraph moved up among the addressee lines: its own (misplaced) part.
        addPart(anchor.id, block, anchor.by);
      } else if (dateIndex >= 0 ? i < dateIndex && (addresseeAboveDate < 0 || i < addresseeAboveDate) : this.letterheadHint.test(block.text.text) && !addressee) {
        if (letterhead) extend(letterhead, block);
        else if (this.has(ROLE.letterhead)) letterhead = addPart(ROLE.letterhead, block, 'position');
        else unrecognised.push(block);
      } else if (anchor?.kind === 'part' && anchor.id === ROLE.letterDate) {
        addPart(ROLE.letterDate, block, 'pattern');
      } else {
        if (addressee) extend(addressee, block);
        else if (this.has(ROLE.addressee)) addressee = addPart(ROLE.addressee, block, 'position');
        else unrecognised.push(block);
      }
    }
    parts.sort((a, b) => a.span.start - b.span.start);

    // The body. For each block, the template positions of the anchors after it, as bits (parts < 32).
    const ordersAfter = new Array<number>(blocks.length + 1).fill(0);
    for (let i = blocks.length - 1; i >= 0; i--) {
      const a = anchors[i + 1];
      const order = a?.kind === 'part' ? this.template.part(a.id).order : a?.kind === 'heading' && a.match !== 'unknown' ? this.template.part(a.section).order : -1;
      ordersAfter[i] = ordersAfter[i + 1] | (order >= 0 && order < 31 ? 1 << order : 0);
    }
    /** Bits for the template positions strictly between two parts. */
    const between = (low: number, high: number) => (high - low > 1 ? ((1 << Math.min(high, 31)) - 1) & ~((1 << (low + 1)) - 1) : 0);
    let section: SectionNode | undefined;
    let leadInSeen = false;
    let summarySeen = false;
    let signOff: PartNode | undefined;
    let copyList: PartNode | undefined;
    let last: PartNode | undefined;
    for (let i = bodyStart; i < blocks.length; i++) {
      const block = blocks[i];
      let anchor = anchors[i];
      if (anchor?.kind === 'decoration') {
        decorations.push(block);
        continue;
      }
      // A part known only by its anchor's opening words, inside a section it belongs before: a finding
      // that happens to start with those words.
      const anchoredId = anchor?.kind === 'part' ? anchor.id : undefined;
      if (anchoredId && section && this.anchoredParts.some((p) => p.id === anchoredId) && this.template.part(anchoredId).order < this.template.part(section.id).order) {
        anchor = undefined;
      }
      // Previous-inspection paragraphs follow the summary (or the evidence when the summary is missing),
      // also when a misplaced lead-in came before them.
      const followUp = this.followUp;
      const afterSummary =
        followUp !== undefined &&
        ((!leadInSeen && (summarySeen || (last !== undefined && last.id === this.twoBeforeFollowUp))) || last?.id === this.beforeFollowUp || last?.id === followUp);
      const previousByPlace = !sections.length && afterSummary && (this.followUpWords.test(block.text.text) || last?.id === followUp);
      if (!anchor && !section && !signOff && block.headingLevel === undefined && !previousByPlace) {
        // Not announced by its opening words: perhaps a fixed paragraph in other words. (A previous-
        // inspection paragraph, known by its place and its words, is spared the alignments.)
        // Only a part that could come here: one not seen yet and later in the template than the last part.
        const lastOrder = last ? this.template.part(last.id).order : -1;
        const id = this.resemblance(block, (p) => p.order > lastOrder && !parts.some((n) => n.id === p.id));
        if (id) anchor = { kind: 'part', id, by: 'resemblance' };
      }
      if (anchor?.kind === 'heading') {
        const heading: HeadingNode = { block, text: anchor.text, span: block.span, match: anchor.match };
        section = { id: anchor.section, heading, findings: [], span: { ...block.span } };
        sections.push(section);
        last = addPart(anchor.section, block, 'pattern');
        continue;
      }
      if (anchor?.kind === 'part') {
        // A part moved into a section's findings does not end the section: one that belongs before the
        // section, or one that belongs after a heading still to come.
        const order = this.template.part(anchor.id).order;
        const sectionOrder = section ? this.template.part(section.id).order : -1;
        if (section && order > sectionOrder && !(ordersAfter[i] & between(sectionOrder, order))) section = undefined;
        if (anchor.id === ROLE.copyList && copyList && last === copyList) {
          extend(copyList, block);
          continue;
        }
        last = addPart(anchor.id, block, anchor.by);
        if (anchor.id === this.findingsLeadIn) leadInSeen = true;
        if (anchor.id === this.beforeFollowUp) summarySeen = true;
        if (anchor.id === ROLE.signOff) signOff = last;
        if (anchor.id === ROLE.copyList) copyList = last;
        continue;
      }
      // Not an anchor: place it by position.
      if (section) {
        const finding: FindingNode = { block, span: block.span, text: block.text, section: section.id };
        section.findings.push(finding);
        section.span = { start: section.span.start, end: block.span.end };
        const node = parts[parts.length - 1];
        if (node.id === section.id) extend(node, block);
        continue;
      }
      if (signOff || copyList) {
        const text = block.text.text;
        // Lines run on a copy list only right below it (not below a copy list moved up the letter).
        if (copyList && last === copyList) {
          extend(copyList, block);
        } else if (!copyList && this.copyEntry.test(text)) {
          copyList = last = addPart(ROLE.copyList, block, 'position');
        } else if (signOff && last === signOff && signOff.blocks.length < 3 && text.length < 120) {
          // The name and title right below the sign-off (not below a sign-off that was moved elsewhere).
          extend(signOff, block);
        } else {
          unrecognised.push(block);
        }
        continue;
      }
      if (previousByPlace) {
        last = addPart(followUp!, block, 'position');
        continue;
      }
      // A repeatable free part announced by its anchor runs on over the paragraphs below it.
      if (!sections.length && last && last === parts[parts.length - 1] && this.anchoredParts.includes(this.template.part(last.id)) && this.template.part(last.id).repeatable) {
        extend(last, block);
        continue;
      }
      if (leadInSeen && !sections.length) {
        strayFindings.push(block);
        continue;
      }
      // Copy-list lines after the closing, when the sign-off that normally comes first is missing.
      if (this.copyEntry.test(block.text.text) && parts.some((p) => this.template.part(p.id).order > this.lastSectionOrder)) {
        copyList = last = addPart(ROLE.copyList, block, 'position');
        continue;
      }
      // The addressee block moved into the body (the head has none): its own, misplaced, part, so the
      // move is one part-order report rather than a missing addressee and a paragraph not known here.
      if (!addressee && this.has(ROLE.addressee) && block.items.length >= 2 && this.opensWithCourtesyTitle(block.text.text)) {
        addressee = addPart(ROLE.addressee, block, 'position');
        continue;
      }
      unrecognised.push(block);
    }
    return { parts, sections, strayFindings, unrecognised, decorations };
  }
}

/** A key's first word: up to its first space or colon. */
function keyFirstWord(key: string): string {
  return key.split(/[ :]/)[0];
}

/**
 * The first word of a line's key (foldKey, after the `#` marks of a Markdown heading when
 * `afterHashes`), as keyFirstWord takes it, read without folding the line: most lines are told from
 * every heading and decoration by it, at the cost of one short slice. Undefined when a character that
 * folding would change comes first (then the whole key is made).
 */
function firstKeyWord(text: string, afterHashes: boolean): string | undefined {
  let i = 0;
  if (afterHashes) while (text.charCodeAt(i) === 35) i++;
  while (text.charCodeAt(i) === 32) i++;
  const start = i;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 58) break;
    if (c < 33 || c > 126 || c === 96) return undefined;
  }
  return i > start ? text.slice(start, i).toLowerCase() : undefined;
}

const LEAD_WORD = new RegExp(WORD.source, WORD.flags);

/** The first three words, lower-cased, ignoring punctuation: what identifies a fixed paragraph. */
export function leadKey(text: string): string {
  return plainLeadKey(text) ?? patternLeadKey(text);
}

/** leadKey by folding and the word pattern: for any text (exported for the test that the two ways agree). */
export function patternLeadKey(text: string): string {
  // Read word by word and stop at the third: this runs on every block.
  const folded = foldKey(text);
  const lead: string[] = [];
  LEAD_WORD.lastIndex = 0;
  for (let m = LEAD_WORD.exec(folded); m && lead.length < 3; m = LEAD_WORD.exec(folded)) {
    if (/\p{L}/u.test(m[0])) lead.push(m[0]);
  }
  return lead.join(' ');
}

/**
 * leadKey read character by character where the words come in plain ASCII (nearly every paragraph):
 * the words as WORD finds them (letters and digits, joined inside by an apostrophe or a hyphen), those
 * with a letter, lower-cased. Undefined when a character folding would change, a slot's brace or
 * anything beyond ASCII comes before the third word: then the patterns decide.
 */
export function plainLeadKey(text: string): string | undefined {
  let key = '';
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n && count < 3) {
    const c = text.charCodeAt(i);
    if (c > 126 || c === 96 || c === 123 || (c < 32 && c !== 9 && c !== 10 && c !== 13)) return undefined;
    if (!isAsciiLetter(c) && !isAsciiDigit(c)) {
      i++;
      continue;
    }
    const start = i;
    let letter = false;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isAsciiLetter(d)) letter = true;
      else if (!isAsciiDigit(d)) {
        const after = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        // A word goes on past an apostrophe or hyphen between two of its characters; anything beyond
        // ASCII next to it might be a letter of the word.
        if (d > 126 || ((d === 39 || d === 45) && after > 126)) return undefined;
        if (!((d === 39 || d === 45) && (isAsciiLetter(after) || isAsciiDigit(after)))) break;
      }
      i++;
    }
    if (letter) {
      key += (count ? ' ' : '') + text.slice(start, i).toLowerCase();
      count++;
    }
  }
  return key;
}

export function headingKey(text: string): string {
  return withoutTrailingColon(foldKey(text.replace(/^#+\s*/, '')));
}

/**
 * The text without a final colon and the white space before it (`Strengths :` → `Strengths`). A
 * character test, not a regular expression: one anchored at the end is tried from every position of
 * every paragraph.
 */
function withoutTrailingColon(text: string): string {
  return text.endsWith(':') ? text.slice(0, -1).trimEnd() : text;
}

/** How many times each character occurs (codes folded onto 128 buckets: merging only lowers the difference below). */
function letterCounts(text: string): Int32Array {
  const counts = new Int32Array(128);
  for (let i = 0; i < text.length; i++) counts[text.charCodeAt(i) & 127]++;
  return counts;
}

/** The sum of the differences of two texts' character counts: at most 2 per edit, 0 for a transposition. */
function countsDifference(a: Int32Array, b: Int32Array): number {
  let sum = 0;
  for (let i = 0; i < 128; i++) sum += Math.abs(a[i] - b[i]);
  return sum;
}

function countWords(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/**
 * An upper bound on the similarity of aligning a line's words (`lineWords`, lower-cased, `lineLength`
 * of them) against a heading's. A word of either that is not paired with the same word of the other
 * costs at least 0.5 (a deletion or insertion alone, or with a word of the other side in a
 * substitution), so the cost is at least half the larger count of unpaired words, and the similarity
 * 1 - 2 cost / (n + m) is at most this.
 */
function similarityCeiling(heading: readonly string[], lineWords: ReadonlyMap<string, number>, lineLength: number): number {
  const used = new Map<string, number>();
  let paired = 0;
  for (const w of heading) {
    const n = (used.get(w) ?? 0) + 1;
    used.set(w, n);
    if (n <= (lineWords.get(w) ?? 0)) paired++;
  }
  const total = lineLength + heading.length;
  return total === 0 ? 1 : 1 - Math.max(heading.length - paired, lineLength - paired) / total;
}

export function spanOf(blocks: Block[]): Span {
  return { start: blocks[0].span.start, end: blocks[blocks.length - 1].span.end };
}

