import { analyzeLetter, type Analysis, type AnalyzeOptions } from './analyze';
import { fixText, type FixResult } from './fix';
import { documentFacts, documentKind } from './followup/document-facts';
import { documentFollowup, type DocumentFollowup } from './followup/document-followup';
import { choosePreviousDocument, type DatedDocument } from './followup/previous-document';
import {
  CandidateIndex,
  candidateSummary,
  councilOf,
  inspectionDate,
  previousLink,
  rememberSummary,
  documentKey,
  sameDocument,
  selectPreviousLetter,
  type CandidateSummary,
  type PreviousLink,
} from './followup/previous-letter';
import { councilKey, readCouncil } from './council-name';
import { parseDocument, parseLetter } from './parse/letter';
import type { Letter } from './parse/model';
import type { PreviousLetter, Rule, SeveritySetting } from './rules/rule';
import type { Speller } from './spelling/speller';
import { builtinRegistry, type TemplateRegistry } from './template/registry';
import type { Template } from './template/template';

/**
 * The engine's one door for hosts (the command line, the language server, the tests): a service that
 * analyses a document in its workspace. It chooses the template, finds the previous document, builds
 * the rules' options and runs them, and selects the safe fixes, so every host does these the same way.
 * The workspace and the host's resources are given to it; it does no I/O of its own.
 */

/** The documents around the one being checked, as the host sees them (files, open editors). */
export interface DocumentWorkspace {
  /** Every document the workspace holds: candidates for a draft's previous document. */
  documents(): Iterable<{ uri: string; text: string }>;
  /** The text of the document at this URI, or undefined when there is none that can be read. */
  read(uri: string): string | undefined;
  /** The URI a link written in a document names (a path relative to the document, or a URI). */
  resolveLink(fromUri: string, path: string): string;
  /**
   * Changes whenever documents() would give other documents or texts: the service keeps its index of
   * candidates while it stays the same. Without it the index is rebuilt for every analysis.
   */
  readonly version?: number;
}

/** What the host's settings say for one document (its folder's configuration, the editor's settings). */
export interface DocumentSettings {
  /** Severity per rule id, or 'off'. */
  severities?: Readonly<Record<string, SeveritySetting>>;
  /** The template id the settings give the document's folder; its own directive still wins. */
  templateId?: string;
  /** The previous document, named by the host (`--previous`); a URI the workspace can read. */
  previousUri?: string;
  /** Words accepted for spelling beyond the dictionary (a team's words), lower case. */
  acceptedWords?: ReadonlySet<string>;
}

export interface LetterServiceOptions {
  workspace?: DocumentWorkspace;
  registry?: TemplateRegistry;
  /** British English spelling; without it the spelling rule is silent. */
  speller?: Speller;
  rules?: readonly Rule[];
  /** Called when a rule throws; its reports are dropped and the others go on. */
  onRuleError?(uri: string, ruleId: string, error: unknown): void;
  /**
   * How many of the documents last analysed to keep parsed, for a later document that follows one of
   * them up (the command line checks a council's documents one after another, each the next one's
   * previous document). None by default: an editor's drafts change at every keystroke.
   */
  keepParsed?: number;
}

/** Where the previous document came from, and a link that named nothing readable. */
export interface PreviousChoice {
  previous?: PreviousLetter;
  by?: 'setting' | 'link' | 'workspace';
  /** The document's link line, when it has one. */
  link?: PreviousLink & { uri: string; found: boolean };
}

export interface DocumentAnalysis extends Analysis {
  uri: string;
  template: Template;
  previous: PreviousChoice;
  /** The previous document's improvement items accounted for in the document; only when there is a previous document. */
  followup?: DocumentFollowup;
}

export interface LetterService {
  readonly registry: TemplateRegistry;
  /** The document parsed as its template (recognised, or as the settings or its directive say). */
  parse(uri: string, text: string, settings?: DocumentSettings): Letter;
  /** The previous document for a parsed draft: the settings', its link's, or the latest earlier one of its council. */
  previousFor(uri: string, letter: Letter, settings?: DocumentSettings): PreviousChoice;
  /** Every rule over the document, in its workspace. Never throws. */
  analyze(uri: string, text: string, settings?: DocumentSettings): DocumentAnalysis;
  /** The text with every safe fix applied (repeatedly, as one fix can reveal another), and what remains. */
  fix(uri: string, text: string, settings?: DocumentSettings): FixResult & { analysis: DocumentAnalysis };
  /**
   * What choosing previous documents needs of these documents of the workspace, as plain data: a host
   * checking on several threads has each read a share of the workspace and gives every thread all of
   * the shares (adoptCandidateFacts), instead of each thread reading (parsing) every document.
   */
  candidateFacts(texts: readonly string[]): CandidateFacts[];
  /** Takes facts read by candidateFacts (here or on another thread) for these texts. */
  adoptCandidateFacts(texts: readonly string[], facts: readonly CandidateFacts[]): void;
}

/** A workspace document with its kind, council and date, and its URI as sameDocument compares it. */
type WorkspaceDocument = DatedDocument & { text: string; key: string };

/** A workspace document's facts for choosing previous documents (see LetterService.candidateFacts). */
export interface CandidateFacts {
  /** Its kind, council and date, as a modern document's previous document is chosen. */
  dated: { templateId: string; councilKey?: string; date?: Date };
  /** Its summary as an old annual letter's candidate, for a text recognised as one. */
  summary?: CandidateSummary;
}

const EMPTY_WORKSPACE: DocumentWorkspace = {
  documents: () => [],
  read: () => undefined,
  resolveLink: (_from, path) => path,
  version: 0,
};

export function createLetterService(options: LetterServiceOptions = {}): LetterService {
  const registry = options.registry ?? builtinRegistry();
  const workspace = options.workspace ?? EMPTY_WORKSPACE;
  /** The candidates of each template, for the workspace's current version. */
  let indexes: { version: number | undefined; byTemplate: Map<Template, CandidateIndex> } | undefined;

  /** Every workspace document's template, for the current version: a document whose text is unchanged keeps its own. */
  let recognised: { uri: string; text: string; template: Template }[] = [];

  function candidateIndex(template: Template): CandidateIndex {
    if (!indexes || workspace.version === undefined || indexes.version !== workspace.version) {
      indexes = { version: workspace.version, byTemplate: new Map() };
      // In the editor one keystroke is a new version: recognising every document again made each edit slow.
      const before = new Map(recognised.map((d) => [d.uri, d]));
      recognised = [...workspace.documents()].map((d) => {
        const known = before.get(d.uri);
        return known?.text === d.text ? known : { uri: d.uri, text: d.text, template: registry.recognise(d.text).template };
      });
    }
    let index = indexes.byTemplate.get(template);
    if (!index) {
      const candidates = recognised.filter((d) => d.template === template);
      indexes.byTemplate.set(template, (index = new CandidateIndex(candidates, template)));
    }
    return index;
  }

  /** Every workspace document's kind, council and date, for the current version (modern documents' choice). */
  let dated: { version: number | undefined; documents: WorkspaceDocument[] } | undefined;

  /** Dated facts read elsewhere (adoptCandidateFacts), by text. */
  const adoptedDated = new Map<string, CandidateFacts['dated']>();
  const datedOf = (text: string): CandidateFacts['dated'] => adoptedDated.get(text) ?? { templateId: documentKind(text, registry.recognise(text)), ...datedFacts(text) };

  function datedDocuments(): WorkspaceDocument[] {
    if (!dated || workspace.version === undefined || dated.version !== workspace.version) {
      // A document whose text is unchanged keeps its facts: in the editor one keystroke changes the version.
      const before = new Map(dated?.documents.map((d) => [d.uri, d]));
      const documents = [...workspace.documents()].map((d) => {
        const known = before.get(d.uri);
        return known?.text === d.text ? known : workspaceDocument(d.uri, d.text);
      });
      dated = { version: workspace.version, documents };
    }
    return dated.documents;
  }

  function workspaceDocument(uri: string, text: string): WorkspaceDocument {
    const key = documentKey(uri);
    const adopted = adoptedDated.get(text);
    if (adopted) return { uri, key, text, ...adopted };
    let templateId: string | undefined;
    return {
      uri,
      key,
      text,
      ...datedFacts(text),
      // Its kind (which needs the template recognised) only when a draft of the same council dated later asks:
      // the command line's workspace is every file it checks, and each is recognised again when it is parsed.
      get templateId() {
        return (templateId ??= documentKind(text, registry.recognise(text)));
      },
    };
  }

  /** A previous document of another kind than the draft is parsed as its own kind (recognised, or its directive's). */
  const parsedPrevious = new Map<string, Letter>();
  /** The documents last analysed as their own template (no setting), parsed: see keepParsed. */
  const parsedAnalysed = new Map<string, Letter>();
  function previousDocument(text: string): Letter {
    let letter = parsedPrevious.get(text) ?? parsedAnalysed.get(text);
    if (!letter) {
      letter = parseDocument(text, { registry });
      if (parsedPrevious.size >= 16) parsedPrevious.delete(parsedPrevious.keys().next().value!);
      parsedPrevious.set(text, letter);
    }
    return letter;
  }

  function parse(uri: string, text: string, settings?: DocumentSettings): Letter {
    if (!options.keepParsed || settings?.templateId !== undefined) return parseDocument(text, { registry, templateId: settings?.templateId });
    // Parsed as previousDocument parses: one parse serves a document checked and followed up.
    let letter = parsedAnalysed.get(text) ?? parsedPrevious.get(text);
    if (!letter) {
      letter = parseDocument(text, { registry });
      if (parsedAnalysed.size >= options.keepParsed) parsedAnalysed.delete(parsedAnalysed.keys().next().value!);
      parsedAnalysed.set(text, letter);
    }
    return letter;
  }

  function previousFor(uri: string, letter: Letter, settings?: DocumentSettings): PreviousChoice {
    // Old annual letters follow up old annual letters, chosen as the previous-* rules have always done.
    const annual = documentKind(letter.source.text, letter.recognition) === 'annual-letter';
    const parsePrevious = (text: string) => (annual ? parseLetter(text, letter.template) : previousDocument(text));
    if (settings?.previousUri !== undefined) {
      if (sameDocument(settings.previousUri, uri)) return {};
      const text = workspace.read(settings.previousUri);
      return text === undefined ? {} : { previous: { uri: settings.previousUri, letter: parsePrevious(text) }, by: 'setting' };
    }
    if (!annual) return previousAcrossKinds(uri, letter);
    if (!letter.looksLikeLetter) return {};
    const link = previousLink(letter);
    const found = selectPreviousLetter(letter, candidateIndex(letter.template), { draftUri: uri });
    if (!link) return found ? { previous: found, by: 'workspace' } : {};
    const linkUri = workspace.resolveLink(uri, link.path);
    if (found) return { previous: found, by: 'link', link: { ...link, uri: linkUri, found: true } };
    // A link to a document outside the workspace's candidates: read it where it is.
    const text = sameDocument(linkUri, uri) ? undefined : workspace.read(linkUri);
    if (text === undefined) return { link: { ...link, uri: linkUri, found: false } };
    return { previous: { uri: linkUri, letter: parseLetter(text, letter.template) }, by: 'link', link: { ...link, uri: linkUri, found: true } };
  }

  /** A modern document's previous one: its link's, else the one choosePreviousDocument picks among the workspace's. */
  function previousAcrossKinds(uri: string, letter: Letter): PreviousChoice {
    const link = previousLink(letter);
    if (link) {
      const linkUri = workspace.resolveLink(uri, link.path);
      const linkKey = documentKey(linkUri);
      const text = linkKey === documentKey(uri) ? undefined : (datedDocuments().find((d) => d.key === linkKey)?.text ?? workspace.read(linkUri));
      if (text === undefined) return { link: { ...link, uri: linkUri, found: false } };
      return { previous: { uri: linkUri, letter: previousDocument(text) }, by: 'link', link: { ...link, uri: linkUri, found: true } };
    }
    // Each document's key is worked out once (datedDocuments), not once per draft: 350 documents made 120,000 comparisons.
    const draftKey = documentKey(uri);
    const documents = datedDocuments().filter((d) => d.key !== draftKey && d.text !== letter.source.text);
    // No candidate (a draft alone in the editor): no need to read the draft's own council and date.
    if (!documents.length) return {};
    // The draft's own council and date from its workspace entry when it has one (read once, not again per draft).
    const own = datedDocuments().find((d) => d.key === draftKey && d.text === letter.source.text);
    const draft: DatedDocument = { uri, templateId: documentKind(letter.source.text, letter.recognition), ...datedFacts(letter.source.text, letter, own) };
    const found = choosePreviousDocument(draft, documents);
    return found ? { previous: { uri: found.uri, letter: previousDocument(found.text) }, by: 'workspace' } : {};
  }

  function analyzeParsed(uri: string, letter: Letter, settings?: DocumentSettings): DocumentAnalysis {
    const previous = previousFor(uri, letter, settings);
    // Computed before the rules, which read it (previous-item-*), and handed to hosts in the analysis.
    const followup = previous.previous ? documentFollowup(letter, previous.previous) : undefined;
    const analyzeOptions: AnalyzeOptions = {
      rules: options.rules,
      severities: settings?.severities,
      previous: previous.previous,
      previousLinkBroken: previous.link && !previous.link.found ? previous.link : undefined,
      followup,
      speller: settings?.severities?.spelling === 'off' ? undefined : options.speller,
      acceptedWords: settings?.acceptedWords,
      onRuleError: options.onRuleError && ((ruleId, error) => options.onRuleError!(uri, ruleId, error)),
    };
    const analysis: DocumentAnalysis = { ...analyzeLetter(letter, analyzeOptions), uri, template: letter.template, previous };
    if (followup) analysis.followup = followup;
    return analysis;
  }

  function analyze(uri: string, text: string, settings?: DocumentSettings): DocumentAnalysis {
    return analyzeParsed(uri, parse(uri, text, settings), settings);
  }

  function fix(uri: string, text: string, settings?: DocumentSettings): FixResult & { analysis: DocumentAnalysis } {
    return fixText(text, (t) => analyze(uri, t, settings)) as FixResult & { analysis: DocumentAnalysis };
  }

  function candidateFacts(texts: readonly string[]): CandidateFacts[] {
    return texts.map((text) => {
      const recognition = registry.recognise(text);
      const facts: CandidateFacts = { dated: datedOf(text) };
      // Old annual letters are the candidates of old annual letters (previousFor), by the template recognised.
      if (recognition.template.id === 'annual-letter') facts.summary = candidateSummary(text, recognition.template);
      return facts;
    });
  }

  function adoptCandidateFacts(texts: readonly string[], facts: readonly CandidateFacts[]): void {
    texts.forEach((text, i) => {
      const f = facts[i];
      if (!f) return;
      adoptedDated.set(text, f.dated);
      if (f.summary) rememberSummary(text, registry.recognise(text).template, f.summary);
    });
  }

  return { registry, parse, previousFor, analyze, fix, candidateFacts, adoptCandidateFacts };
}

/**
 * A document's council and date: as a modern document's opening gives them, else as its parsed values
 * do. `read`: what its opening gave, when already read (datedFacts of the text alone).
 */
function datedFacts(text: string, letter?: Letter, read?: { councilKey?: string; date?: Date }): { councilKey?: string; date?: Date } {
  const facts = read ?? documentFacts(text);
  let key = facts.councilKey;
  let date = facts.date;
  if (letter && (!key || !date)) {
    const council = councilOf(letter);
    key ??= council === undefined ? undefined : councilKey(readCouncil(council));
    date ??= inspectionDate(letter);
  }
  return { ...(key ? { councilKey: key } : {}), ...(date ? { date } : {}) };
}
