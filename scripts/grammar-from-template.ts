import type { Template } from '../server/src/engine';

/**
 * The TextMate grammar for inspection letters, built from the template data (headings, the opening
 * words of the fixed sentences, the title around the council, the inspector's titles, decorations)
 * so it cannot drift from the template. scripts/generate-grammar.ts writes it to
 * syntaxes/inspection-letter.tmLanguage.json; a unit test checks the file is up to date, and
 * test/grammar/*.letter check the scopes on the real letters (npm run test:grammar).
 */

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** How many words of a fixed sentence's opening are coloured: enough to recognise it. */
const OPENING_WORDS = 6;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Straight and curly apostrophes, flexible spaces. */
const loose = (text: string) => escape(text).replace(/'/g, "['’]").replace(/ /g, '\\s+');

/** The literal words a variant starts with, before its first slot or alternative. */
function opening(source: string): string {
  const literal = source.split(/\{|\[\[/)[0];
  return literal.trim().split(/\s+/).slice(0, OPENING_WORDS).join(' ');
}

export function buildGrammar(template: Template): object {
  const headings = new Set<string>();
  for (const part of template.parts) {
    if (part.kind !== 'section') continue;
    if (part.heading) headings.add(part.heading.toLowerCase());
    for (const key of [...part.headingKeys, ...part.aliasKeys]) headings.add(key);
  }
  const openings = new Set<string>();
  for (const part of template.parts) {
    if (part.id === 'title') continue;
    for (const s of part.sentences) for (const v of s.variants) if (opening(v.source).split(' ').length >= 3) openings.add(opening(v.source));
  }
  const byLength = (a: string, b: string) => b.length - a.length;
  const titleSource = template.part('title').sentences[0].variants[0].source;
  const [beforeCouncil, afterCouncil] = titleSource.split('{council}');
  const { before, after } = template.inspectorTitle ?? { before: "Her Majesty's Inspector", after: "His Majesty's Inspector" };

  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Inspection Letter',
    scopeName: 'text.inspection-letter',
    comment: 'Generated from server/src/engine/templates/annual-letter/template.json by scripts/generate-grammar.ts: do not edit by hand.',
    patterns: [
      { include: '#directive' },
      { include: '#html-residue' },
      { include: '#heading' },
      { include: '#title' },
      { include: '#salutation' },
      { include: '#sign-off' },
      { include: '#copy-label' },
      { include: '#decoration' },
      { include: '#bullet' },
      { include: '#inline' },
    ],
    repository: {
      directive: { name: 'comment.block.directive.inspection-letter', match: '<!--\\s*letter-check\\b.*?-->' },
      'html-residue': { name: 'invalid.deprecated.html-residue.inspection-letter', match: '</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>' },
      heading: {
        match: `^\\s*(?:#{1,6}\\s*)?((?i:${[...headings].sort(byLength).map(loose).join('|')}))\\s*:?\\s*$`,
        captures: { 1: { name: 'markup.heading.section.inspection-letter' } },
      },
      title: {
        match: `^\\s*(${loose(beforeCouncil.trim())})\\s+(.+?)\\s+(${loose(afterCouncil.trim())})\\s*$`,
        captures: {
          1: { name: 'keyword.other.fixed-sentence.title.inspection-letter' },
          2: { name: 'entity.name.council.inspection-letter' },
          3: { name: 'keyword.other.fixed-sentence.title.inspection-letter' },
        },
      },
      salutation: { match: '^\\s*(Dear)\\s+(.+?)\\s*$', captures: { 1: { name: 'keyword.other.salutation.inspection-letter' }, 2: { name: 'entity.name.addressee.inspection-letter' } } },
      'sign-off': {
        patterns: [
          { match: '^\\s*(Yours\\s+(?:sincerely|faithfully))\\b', captures: { 1: { name: 'keyword.other.sign-off.inspection-letter' } } },
          { name: 'support.type.inspector-title.inspection-letter', match: `(?:${loose(before)}|${loose(after)})` },
        ],
      },
      'copy-label': { match: `^\\s*(${loose((template.copyList?.label ?? 'Copy:').replace(/:$/, ''))}(?:\\s+to)?\\s*:)`, captures: { 1: { name: 'keyword.other.copy-list.inspection-letter' } } },
      decoration: { name: 'comment.line.decoration.inspection-letter', match: `^\\s*(?:${template.decorations.map(loose).join('|')})\\s*$` },
      bullet: {
        patterns: [
          { match: '^\\s*([-*+\\x{25AA}\\x{2022}\\x{25CF}\\x{25E6}\\x{25A0}])(?=\\s)', captures: { 1: { name: 'punctuation.definition.list.begin.inspection-letter' } } },
          { match: '(?<=\\s)([\\x{25AA}\\x{2022}\\x{25CF}])(?=\\s)', captures: { 1: { name: 'punctuation.definition.list.begin.inspection-letter' } } },
        ],
      },
      inline: { patterns: [{ include: '#carried-forward' }, { include: '#fixed-sentence' }, { include: '#date' }, { include: '#sign-off' }] },
      'carried-forward': {
        name: 'markup.bold.carried-forward.inspection-letter',
        match:
          "(?i:(?:\\b(?:this|it|these|they)\\s+)?\\b(?:was|were|is|are|remains?)\\s+(?:also\\s+)?(?:one\\s+aspect\\s+of\\s+)?(?:an?\\s+)?areas?\\s+(?:for|of)\\s+(?:development|priority\\s+action)\\s+at\\s+the\\s+(?:previous|last)(?:\\s+unannounced)?\\s+inspection\\.)",
      },
      'fixed-sentence': {
        match: `(?<![\\w'])(${[...openings].sort(byLength).map(loose).join('|')})\\b`,
        captures: { 1: { name: 'keyword.other.fixed-sentence.inspection-letter' } },
      },
      date: {
        name: 'constant.numeric.date.inspection-letter',
        match: `\\b(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s+(?:${MONTHS}))?\\s+and\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTHS})\\s+\\d{4}\\b`,
      },
    },
  };
}

export function grammarFileText(template: Template): string {
  return JSON.stringify(buildGrammar(template), null, 2) + '\n';
}
