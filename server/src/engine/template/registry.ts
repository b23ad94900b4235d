import annualLetter from '../templates/annual-letter/template.json';
import ilacsReport from '../templates/ilacs-report/template.json';
import sifReport from '../templates/sif-report/template.json';
import focusedVisit from '../templates/focused-visit/template.json';
import { loadTemplate, type Template } from './template';
import { ownCopy } from '../text/line-memo';

/**
 * The templates the engine knows, by id, and the choice of one for a document: forced by the
 * document's `<!-- letter-check template: ID -->` line or by the host (a folder's setting), else
 * recognised from the document's opening text by each template's weighted signals.
 */

/** The data files shipped with the engine, in the order their templates are listed. */
export const BUILTIN_DATA: readonly unknown[] = [annualLetter, focusedVisit, ilacsReport, sifReport];

export interface Recognition {
  template: Template;
  /**
   * How it was chosen: the document's directive, the host's setting, its content, the default (nothing
   * recognised), or given by the caller (parseLetter with a template).
   */
  by: 'directive' | 'setting' | 'content' | 'default' | 'given';
  /** A template id the document or the setting asked for that no template has. */
  unknownId?: { id: string; from: 'directive' | 'setting' };
}

const TEMPLATE_DIRECTIVE = /<!--\s*letter-check\s+template\s*:?\s*([a-z0-9-]+)\s*-->/i;

export class TemplateRegistry {
  private readonly byId = new Map<string, Template>();
  /** The longest opening any template's signals read: the content's choice depends on it alone. */
  private readonly scanChars: number;
  /**
   * The template chosen by content, by the document's opening (the editor checks a draft at every pause
   * in typing, mostly below its opening): the signals' regular expressions were about 4% of an analysis.
   */
  private readonly byOpening = new Map<string, Template | undefined>();

  constructor(readonly templates: readonly Template[]) {
    for (const t of templates) {
      if (this.byId.has(t.id)) throw new Error(`Two templates have the id ${t.id}`);
      this.byId.set(t.id, t);
    }
    if (!templates.length) throw new Error('A template registry needs at least one template');
    this.scanChars = Math.max(...templates.map((t) => t.recognition.scanChars));
  }

  /** A registry with these templates' data added (each validated: TemplateError names the problems). */
  with(...data: unknown[]): TemplateRegistry {
    return new TemplateRegistry([...this.templates, ...data.map((d) => loadTemplate(d))]);
  }

  get(id: string): Template | undefined {
    return this.byId.get(id);
  }

  /** The template a document is checked against when nothing else decides: the first one. */
  get fallback(): Template {
    return this.templates[0];
  }

  /**
   * Chooses the template for a document. The directive wins over the host's setting, which wins over
   * the content; an id that names no template is reported (and the content decides).
   */
  recognise(text: string, setting?: string): Recognition {
    let unknownId: Recognition['unknownId'];
    const directive = directiveTemplateId(text);
    if (directive !== undefined) {
      const t = this.byId.get(directive);
      if (t) return { template: t, by: 'directive' };
      unknownId = { id: directive, from: 'directive' };
    }
    if (setting) {
      const t = this.byId.get(setting);
      if (t) return { template: t, by: 'setting', unknownId };
      unknownId ??= { id: setting, from: 'setting' };
    }
    const best = this.byContent(text);
    return best ? { template: best, by: 'content', unknownId } : { template: this.fallback, by: 'default', unknownId };
  }

  /** The template whose signals score highest over its threshold in the document's opening, if any. */
  private byContent(text: string): Template | undefined {
    const opening = text.length > this.scanChars ? text.slice(0, this.scanChars) : text;
    if (this.byOpening.has(opening)) return this.byOpening.get(opening);
    let best: Template | undefined;
    let bestScore = 0;
    for (const t of this.templates) {
      const score = recognitionScore(t, opening);
      if (score >= t.recognition.threshold && score > bestScore) {
        best = t;
        bestScore = score;
      }
    }
    if (this.byOpening.size >= MAX_OPENINGS) this.byOpening.delete(this.byOpening.keys().next().value!);
    // A copy of its own as the key: a slice would keep the whole document alive.
    this.byOpening.set(opening === text ? opening : ownCopy(opening), best);
    return best;
  }
}

/** Openings remembered: the drafts open in an editor, the files of a run of the command line in turn. */
const MAX_OPENINGS = 64;

/** The id in the document's template directive, if it has one (looked for in its first lines only). */
export function directiveTemplateId(text: string): string | undefined {
  const head = text.length > 20000 ? text.slice(0, 20000) : text;
  if (!head.includes('letter-check')) return undefined;
  return TEMPLATE_DIRECTIVE.exec(head)?.[1].toLowerCase();
}

/** The sum of the weights of a template's signals found in the document's opening characters. */
export function recognitionScore(template: Template, text: string): number {
  let head = text.length > template.recognition.scanChars ? text.slice(0, template.recognition.scanChars) : text;
  // A byte order mark would keep a signal anchored at the first line's start from matching.
  if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
  let score = 0;
  for (const s of template.recognition.signals) if (s.pattern.test(head)) score += s.weight;
  return score;
}

let builtin: TemplateRegistry | undefined;

/** The templates shipped with the engine (loaded once). */
export function builtinRegistry(): TemplateRegistry {
  builtin ??= new TemplateRegistry(BUILTIN_DATA.map((data) => loadTemplate(data, { schemaChecked: true })));
  return builtin;
}

/** The annual unannounced inspection letter's template: the first the engine had, and its default. */
export function standardTemplate(): Template {
  return builtinRegistry().fallback;
}
