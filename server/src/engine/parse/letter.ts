import { matchParagraph } from '../match/sentences';
import { builtinRegistry, standardTemplate, type Recognition, type TemplateRegistry } from '../template/registry';
import { ROLE } from '../template/roles';
import type { PartId, SectionId, Template } from '../template/template';
import { SourceText } from '../text/source';
import { buildBlocks } from './blocks';
import { Classifier } from './classify';
import { lexLines } from './lines';
import { readPages } from './pages';
import type { Letter } from './model';
import { extractValues } from './values';
import { parseReport } from './report';

const classifiers = new WeakMap<Template, Classifier>();

function classifierFor(template: Template): Classifier {
  let c = classifiers.get(template);
  if (!c) {
    c = new Classifier(template);
    classifiers.set(template, c);
  }
  return c;
}

export interface ParseDocumentOptions {
  registry?: TemplateRegistry;
  /** The template id the host's settings give the document's folder (its directive still wins). */
  templateId?: string;
}

/** Recognises the document's template (see TemplateRegistry.recognise) and parses it as that. Never throws. */
export function parseDocument(text: string, options: ParseDocumentOptions = {}): Letter {
  const recognition = (options.registry ?? builtinRegistry()).recognise(text, options.templateId);
  const letter = parseLetter(text, recognition.template);
  letter.recognition = recognition;
  return letter;
}

/** Parses a draft as a document of the given template. Never throws on any text. */
export function parseLetter(text: string, template: Template = standardTemplate()): Letter {
  // A report (title block and table, no salutation) is read by its own reader.
  if (template.report) return parseReport(text, template);
  const source = new SourceText(text);
  const classifier = classifierFor(template);
  const pages = readPages(source);
  const lexed = lexLines(source, pages);
  const { blocks, residue: splits } = buildBlocks(source, lexed, {
    isHeadingLine: (t) => classifier.isHeadingLine(t),
    isDecoration: (t) => classifier.isDecoration(t),
    opensPart: (t) => classifier.opensPart(t),
  });
  const classification = classifier.classify(blocks);
  for (const part of classification.parts) {
    const sentences = template.part(part.id).sentences;
    if (sentences.length) part.sentences = matchParagraph(part.blocks[0].text, sentences);
  }
  const values = extractValues(classification.parts, template, text);
  const signature = new Set<PartId>();
  for (const p of classification.parts) if (p.recognisedBy === 'pattern' && p.id !== ROLE.letterDate) signature.add(p.id);
  const byId = new Map<PartId, typeof classification.parts>();
  for (const p of classification.parts) {
    const list = byId.get(p.id);
    if (list) list.push(p);
    else byId.set(p.id, [p]);
  }
  return {
    source,
    template,
    blocks,
    ...classification,
    residue: [...lexed.residue, ...splits, ...pages.residue].sort((a, b) => a.span.start - b.span.start),
    directives: lexed.directives,
    values,
    looksLikeLetter: signature.size >= 3,
    recognition: { template, by: 'given' } satisfies Recognition,
    partsById: (id) => byId.get(id) ?? [],
    // A Markdown heading that names no section is only a guess: it does not give the letter that section.
    section: (id: SectionId) => classification.sections.find((s) => s.id === id && s.heading.match !== 'unknown'),
  };
}
