import type { Template, TemplatePart } from '../server/src/engine';
import { ROLE } from '../server/src/engine/template/roles';
import { parsePieces } from '../server/src/engine/template/sentence-pattern';

/**
 * The TextMate grammar for inspection documents, built from every template's data (headings of every
 * period, the opening words of the fixed sentences, the parts' anchors, title forms, table rows and
 * grades, list tags, page furniture, inspector titles, decorations) so it cannot drift from the
 * templates and takes a new template's data as it is: nothing here names a template or a part other
 * than by the roles of template/roles.ts. One language, one grammar: a document is coloured by what it
 * contains, whichever template it follows. scripts/generate-grammar.ts writes it to
 * syntaxes/inspection-letter.tmLanguage.json; a unit test checks the file is up to date,
 * test/grammar/*.letter check the scopes on real documents (npm run test:grammar), and
 * test/robustness/grammar-regex-safety.test.ts that every pattern compiles in Oniguruma and runs in linear time.
 *
 * Every pattern is written to stay linear on any line: line-start patterns are anchored with `^[ \t]*`,
 * runs of blanks are never followed by another optional run of blanks, and a free text value (the
 * council in a title) starts and ends on a non-blank, so it cannot trade blanks with the spaces around it.
 */

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** How many words of a fixed sentence's opening are coloured: enough to recognise it. */
const OPENING_WORDS = 6;
/** Letterhead lines are short; a longer line that mentions Ofsted is the letter's text. */
const LETTERHEAD_MAX_CHARS = 120;
/** Marks that start a bullet in any document, besides the templates' own bulletMarks. */
const COMMON_BULLETS = ['-', '*', '+', '\u25AA', '\u2022', '\u25CF', '\u25E6', '\u25A0'];
/** A free text value in a line (a council's name): starts and ends on a non-blank. */
const VALUE = '(\\S(?:.*?\\S)?)';

const SCOPE = {
  directive: 'comment.block.directive.inspection-letter',
  htmlResidue: 'invalid.deprecated.html-residue.inspection-letter',
  heading: 'markup.heading.section.inspection-letter',
  footnoteMarker: 'constant.numeric.footnote-marker.inspection-letter',
  title: 'keyword.other.fixed-sentence.title.inspection-letter',
  council: 'entity.name.council.inspection-letter',
  salutation: 'keyword.other.salutation.inspection-letter',
  addressee: 'entity.name.addressee.inspection-letter',
  signOff: 'keyword.other.sign-off.inspection-letter',
  inspectorTitle: 'support.type.inspector-title.inspection-letter',
  copyLabel: 'keyword.other.copy-list.inspection-letter',
  decoration: 'comment.line.decoration.inspection-letter',
  bullet: 'punctuation.definition.list.begin.inspection-letter',
  carriedForward: 'markup.bold.carried-forward.inspection-letter',
  fixedSentence: 'keyword.other.fixed-sentence.inspection-letter',
  date: 'constant.numeric.date.inspection-letter',
  field: 'keyword.other.field.inspection-letter',
  grade: 'constant.language.grade.inspection-letter',
  tableHeader: 'markup.heading.table.inspection-letter',
  judgement: 'entity.name.judgement.inspection-letter',
  paragraphNumber: 'constant.numeric.paragraph-number.inspection-letter',
  frameworkTag: 'constant.other.reference.national-framework.inspection-letter',
  letterhead: 'comment.line.letterhead.inspection-letter',
  pageNumber: 'comment.line.page-number.inspection-letter',
  runningFooter: 'comment.line.running-footer.inspection-letter',
} as const;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Straight and curly apostrophes, flexible spaces. */
const loose = (text: string) => escape(text).replace(/['’]/g, "['’]").replace(/ +/g, '\\s+');
const byLength = (a: string, b: string) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
const unique = <T>(list: Iterable<T>) => [...new Set(list)];
/** Alternatives, longest first (so a longer heading wins over its prefix), in a stable order. */
const alternation = (texts: Iterable<string>) => unique(texts).sort(byLength).map(loose).join('|');

/**
 * A pattern from the template data (JavaScript syntax, `(?i)` in front for case-insensitive) as an
 * Oniguruma group: the leading flag scoped to the group, \uXXXX written as \x{XXXX}.
 */
export function onigurumaGroup(source: string): string {
  const ignoreCase = source.startsWith('(?i)');
  const body = (ignoreCase ? source.slice(4) : source).replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g, (_, a, b) => `\\x{${a ?? b}}`);
  return ignoreCase ? `(?i:${body})` : `(?:${body})`;
}

/** The literal words a variant starts with, before its first slot or alternative. */
function opening(source: string): string {
  const literal = source.split(/\{|\[\[/)[0];
  return literal.trim().split(/\s+/).slice(0, OPENING_WORDS).join(' ');
}

/** A heading's words without the question mark or colon that some periods end it with. */
const headingWords = (text: string) => text.trim().replace(/[ \t]*[?:]$/, '');

/** A title written in the template's notation ({slot}, [[a|b]]) as a whole-line match with a scope per group. */
function titleRule(source: string): { match: string; captures: Record<string, { name: string }>; weight: number } {
  const captures: Record<string, { name: string }> = {};
  let group = 0;
  let weight = 0;
  let out = '';
  const pieces = parsePieces(source.trim());
  pieces.forEach((piece, i) => {
    if (piece.kind === 'slot') {
      captures[++group] = { name: piece.name === 'council' ? SCOPE.council : `variable.other.${piece.name}.inspection-letter` };
      const next = pieces[i + 1];
      if (i === 0 && next?.kind === 'text' && /^\s/.test(next.text)) {
        // A value first in the title may stand on the line above (the older reports' council line).
        out += `(?:${VALUE}[ \\t]+)?`;
        pieces[i + 1] = { kind: 'text', text: next.text.trimStart() };
      } else {
        out += VALUE;
      }
      return;
    }
    if (piece.kind === 'choice') {
      weight += Math.min(...piece.options.map((o) => o.length));
      captures[++group] = { name: SCOPE.title };
      out += `((?:${piece.options.map((o) => loose(o.trim())).join('|')}))`;
      return;
    }
    const text = piece.text.trim();
    const blank = (edge: string) => (/\s/.test(edge) ? '[ \\t]+' : '');
    if (!text) {
      out += blank(piece.text);
      return;
    }
    weight += text.length;
    captures[++group] = { name: SCOPE.title };
    out += `${i > 0 ? blank(piece.text[0]) : ''}(${loose(text)})${i < pieces.length - 1 ? blank(piece.text[piece.text.length - 1]) : ''}`;
  });
  return { match: `^[ \\t]*${out}[ \\t]*$`, captures, weight };
}

const isTitle = (part: TemplatePart) => part.id === ROLE.title || part.kind === 'titleBlock';

function anchorScope(part: TemplatePart): string {
  if (part.kind === 'field') return SCOPE.field;
  if (part.id === ROLE.signOff) return SCOPE.signOff;
  if (part.id === ROLE.salutation) return SCOPE.salutation;
  return SCOPE.fixedSentence;
}

/** A character class item for a bullet mark. */
const classItem = (mark: string) => {
  const code = mark.codePointAt(0)!;
  return code < 0x80 ? mark.replace(/[-\\\]^]/, '\\$&') : `\\x{${code.toString(16).toUpperCase()}}`;
};

export function buildGrammar(templates: readonly Template[]): object {
  const parts = templates.flatMap((t) => t.parts);

  // Headings of every period and their near misses; a graded heading is a heading only with its grade
  // (alone on a line, the same words are the judgement table's row).
  const graded = (t: Template, part: TemplatePart) => part.gradedHeading && (t.report?.grades.length ?? 0) > 0;
  const headings = new Set<string>();
  for (const part of templates.flatMap((t) => t.parts.filter((p) => !graded(t, p)))) {
    for (const h of part.headings) headings.add(headingWords(h.text).toLowerCase());
    for (const key of part.aliasKeys) headings.add(headingWords(key));
  }

  const gradedHeadings = templates.flatMap((t) => {
    const grades = (t.report?.grades ?? []).flatMap((g) => [g.text, ...g.shortForms]);
    const texts = t.parts.filter((p) => graded(t, p)).flatMap((p) => p.headings.map((h) => headingWords(h.text)));
    if (!grades.length || !texts.length) return [];
    return [
      {
        // 'heading: grade', or in the oldest reports 'heading grade', 'heading is grade', 'heading are: grade'.
        match: `^[ \\t]*(?:#{1,6}[ \\t]*)?((?i:${alternation(texts)}))(?:[ \\t]*:[ \\t]*|[ \\t]+(?:(?i:is|are)(?:[ \\t]*:)?[ \\t]+)?)((?i:${alternation(grades)}))(?:[ \\t]*\\.)?[ \\t]*$`,
        captures: { 1: { name: SCOPE.heading }, 2: { name: SCOPE.grade } },
      },
    ];
  });

  const tables = parts.flatMap((p) => (p.table ? [p.table] : []));
  const tableHeaders = unique(tables.flatMap((t) => t.header));
  const rowLabels = unique(tables.flatMap((t) => t.rows.flatMap((r) => [r.label, ...r.labelVariants.map((v) => v.text)])).map((l) => l.trim().replace(/\.$/, '')));
  const allGrades = unique(templates.flatMap((t) => (t.report?.grades ?? []).flatMap((g) => [g.text, ...g.shortForms])));

  const titles = parts
    .filter(isTitle)
    .flatMap((p) => [...p.titleForms.map((f) => f.text), ...p.sentences.flatMap((s) => s.variants.map((v) => v.source))])
    .filter((source) => /\S/.test(source.replace(/\{[a-zA-Z]+\}/g, '')));
  const titleRules = unique(titles)
    .map(titleRule)
    .sort((a, b) => b.weight - a.weight || (a.match < b.match ? -1 : 1))
    .map(({ match, captures }) => ({ match, captures }));

  const openings = new Set<string>();
  for (const part of parts) {
    if (isTitle(part)) continue;
    for (const s of part.sentences) for (const v of s.variants) if (opening(v.source).split(' ').length >= 3) openings.add(opening(v.source));
  }

  const anchors = parts.filter((p) => p.anchor);
  const anchorRules = unique(anchors.map((p) => `${anchorScope(p)}\n${patternSource(p.anchor!)}`)).map((key) => {
    const [name, source] = key.split('\n');
    return { name, match: onigurumaGroup(source) };
  });

  const inspectorTitles = unique(templates.flatMap((t) => (t.inspectorTitle ? [t.inspectorTitle.before, t.inspectorTitle.after] : [])));
  const abbreviations = unique(templates.flatMap((t) => (t.inspectorTitle?.abbreviation ? [t.inspectorTitle.abbreviation] : [])));
  const copyLabels = unique(templates.flatMap((t) => (t.copyList ? [t.copyList.label.replace(/:$/, '')] : [])));
  const decorations = unique(templates.flatMap((t) => t.decorations));
  const bullets = unique([...COMMON_BULLETS, ...templates.flatMap((t) => t.bulletMarks)].filter((m) => [...m].length === 1));
  const letterheadHints = unique(templates.flatMap((t) => (t.patterns.letterheadHint ? [patternSource(t.patterns.letterheadHint)] : [])));
  const itemTags = unique(parts.flatMap((p) => (p.list?.itemTag ? [patternSource(p.list.itemTag)] : [])));
  const listFootnotes = unique(parts.flatMap((p) => (p.list?.footnote ? [patternSource(p.list.footnote)] : [])));
  const reports = templates.flatMap((t) => (t.report ? [t.report] : []));
  const pageNumbers = unique(reports.flatMap((r) => (r.pageNumber ? [patternSource(r.pageNumber)] : [])));
  const runningFooters = unique(reports.flatMap((r) => (r.runningFooter ? [patternSource(r.runningFooter)] : [])));
  const numberedParagraphs = reports.some((r) => r.paragraphNumbers === 'continuous');

  const repository: Record<string, object> = {
    directive: { name: SCOPE.directive, match: '<!--\\s*letter-check\\b.*?-->' },
    'html-residue': { name: SCOPE.htmlResidue, match: '</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>' },
    'graded-heading': { patterns: gradedHeadings },
    'judgement-table': {
      patterns: [
        ...(tableHeaders.length ? [{ match: `^[ \\t]*((?i:${alternation(tableHeaders)}))[ \\t]*$`, captures: { 1: { name: SCOPE.tableHeader } } }] : []),
        ...(rowLabels.length ? [{ match: `^[ \\t]*((?i:${alternation(rowLabels)}))(?:[ \\t]*\\.)?[ \\t]*$`, captures: { 1: { name: SCOPE.judgement } } }] : []),
        ...(allGrades.length ? [{ match: `^[ \\t]*((?i:${alternation(allGrades)}))[ \\t]*$`, captures: { 1: { name: SCOPE.grade } } }] : []),
      ],
    },
    heading: {
      match: `^[ \\t]*(?:#{1,6}[ \\t]*)?((?i:${alternation(headings)})\\??)(\\d{1,2}(?!\\d))?(?:[ \\t]*:)?[ \\t]*$`,
      captures: { 1: { name: SCOPE.heading }, 2: { name: SCOPE.footnoteMarker } },
    },
    title: { patterns: titleRules },
    'running-footer': { patterns: runningFooters.map((source) => ({ name: SCOPE.runningFooter, match: `${onigurumaGroup(source)}.*` })) },
    salutation: { match: '^[ \\t]*(Dear)[ \\t]+(\\S(?:.*?\\S)?)[ \\t]*$', captures: { 1: { name: SCOPE.salutation }, 2: { name: SCOPE.addressee } } },
    'sign-off': {
      patterns: [
        { match: '^[ \\t]*(Yours\\s+(?:sincerely|faithfully))\\b', captures: { 1: { name: SCOPE.signOff } } },
        { name: SCOPE.inspectorTitle, match: `(?:${[...inspectorTitles.map(loose), ...abbreviations.map((a) => `\\b${escape(a)}\\b`)].join('|')})` },
      ],
    },
    'part-anchor': { patterns: anchorRules },
    'copy-label': { patterns: copyLabels.map((label) => ({ match: `^[ \\t]*(${loose(label)}(?:\\s+to)?[ \\t]*:)`, captures: { 1: { name: SCOPE.copyLabel } } })) },
    decoration: { patterns: decorations.length ? [{ name: SCOPE.decoration, match: `^[ \\t]*(?:${decorations.map(loose).join('|')})[ \\t]*$` }] : [] },
    letterhead: {
      patterns: letterheadHints.length
        ? [
            {
              // A short line with the letterhead's marks (address, telephone, e-mail, web) that is not a sentence.
              name: SCOPE.letterhead,
              match: `^(?=.{1,${LETTERHEAD_MAX_CHARS}}$)(?!.*[.?:;!,][ \\t]*$)(?=.*?(?:${letterheadHints.map(onigurumaGroup).join('|')})).+`,
            },
          ]
        : [],
    },
    // The data's page number is a whole line's pattern (^…$): here the line may have blanks around it.
    'page-number': { patterns: pageNumbers.map((source) => ({ name: SCOPE.pageNumber, match: `^[ \\t]*${onigurumaGroup(source.replace(/^\^/, '').replace(/\$$/, ''))}[ \\t]*$` })) },
    'paragraph-number': { patterns: numberedParagraphs ? [{ match: '^[ \\t]*(\\d{1,3}\\.)(?=[ \\t]|$)', captures: { 1: { name: SCOPE.paragraphNumber } } }] : [] },
    bullet: {
      patterns: [
        { match: `^[ \\t]*([${bullets.map(classItem).join('')}])(?=\\s)`, captures: { 1: { name: SCOPE.bullet } } },
        { match: '(?<=\\s)([\\x{25AA}\\x{2022}\\x{25CF}])(?=\\s)', captures: { 1: { name: SCOPE.bullet } } },
      ],
    },
    // The parts' anchors come after the fixed sentences' openings: at the same place, the longer opening wins
    // (an annual letter's 'This visit has identified the following' over the focused visit's 'This visit').
    inline: {
      patterns: [{ include: '#carried-forward' }, { include: '#framework-tag' }, { include: '#list-footnote' }, { include: '#fixed-sentence' }, { include: '#part-anchor' }, { include: '#date' }, { include: '#sign-off' }],
    },
    'carried-forward': {
      name: SCOPE.carriedForward,
      match:
        "(?i:(?:\\b(?:this|it|these|they)\\s+)?\\b(?:was|were|is|are|remains?)\\s+(?:also\\s+)?(?:one\\s+aspect\\s+of\\s+)?(?:an?\\s+)?areas?\\s+(?:for|of)\\s+(?:development|priority\\s+action)\\s+at\\s+the\\s+(?:previous|last)(?:\\s+unannounced)?\\s+inspection\\.)",
    },
    'framework-tag': { patterns: itemTags.map((source) => ({ name: SCOPE.frameworkTag, match: onigurumaGroup(source) })) },
    'list-footnote': { patterns: listFootnotes.map((source) => ({ name: SCOPE.fixedSentence, match: onigurumaGroup(source) })) },
    'fixed-sentence': {
      match: `(?<![\\w'])(${alternation(openings)})\\b`,
      captures: { 1: { name: SCOPE.fixedSentence } },
    },
    date: {
      name: SCOPE.date,
      match: `\\b(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s+(?:${MONTHS})(?:\\s+\\d{4})?)?(?:\\s+(?:and|to)\\s+|[ \\t]*[–-][ \\t]*))?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTHS})\\s+\\d{4}\\b`,
    },
  };

  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Inspection Letter',
    scopeName: 'text.inspection-letter',
    comment: `Generated from the template data (${templates.map((t) => t.id).join(', ')}) by scripts/generate-grammar.ts: do not edit by hand.`,
    patterns: [
      { include: '#directive' },
      { include: '#html-residue' },
      { include: '#graded-heading' },
      { include: '#judgement-table' },
      { include: '#heading' },
      { include: '#title' },
      { include: '#running-footer' },
      { include: '#salutation' },
      { include: '#sign-off' },
      { include: '#copy-label' },
      { include: '#decoration' },
      { include: '#page-number' },
      { include: '#paragraph-number' },
      { include: '#bullet' },
      { include: '#inline' },
      // Last: a line that starts with a fixed sentence or a date is the letter's text, whatever it mentions.
      { include: '#letterhead' },
    ],
    repository,
  };
}

/** A compiled data pattern's source, with `(?i)` in front when it was case-insensitive. */
function patternSource(re: RegExp): string {
  return (re.ignoreCase ? '(?i)' : '') + re.source;
}

export function grammarFileText(templates: readonly Template[]): string {
  return JSON.stringify(buildGrammar(templates), null, 2) + '\n';
}
