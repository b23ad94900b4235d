import type { SentenceMatch } from '../match/sentences';
import type { Recognition } from '../template/registry';
import type { PartId, SectionId, Template } from '../template/template';
import type { MappedText } from '../text/mapped';
import type { SourceText, Span } from '../text/source';
import type { Block } from './blocks';
import type { InspectionDays, ParsedDate } from './dates';
import type { Directive, Residue } from './lines';
import type { ReportModel } from './report-model';

/** The located model of a draft letter: what every rule, the server's features and the CLI read. */

export interface Located<T = string> {
  value: T;
  span: Span;
}

export interface PartNode {
  id: PartId;
  blocks: Block[];
  span: Span;
  /** For fixed paragraphs: the template's sentences matched against blocks[0].text. */
  sentences: SentenceMatch[];
  /** How the part was recognised: by its standard opening words, or only by resemblance. */
  recognisedBy: 'pattern' | 'resemblance' | 'position';
}

export type HeadingMatch = 'exact' | 'alias' | 'near' | 'unknown';

export interface HeadingNode {
  block: Block;
  /** The heading's words, without Markdown marks or a trailing colon. */
  text: string;
  span: Span;
  match: HeadingMatch;
}

export interface FindingNode {
  block: Block;
  span: Span;
  text: MappedText;
  section: SectionId;
}

export interface SectionNode {
  id: SectionId;
  heading: HeadingNode;
  findings: FindingNode[];
  /** From the heading to the end of the last finding. */
  span: Span;
}

export interface CopyEntry {
  text: string;
  span: Span;
}

export interface LetterValues {
  letterDate?: Located<ParsedDate>;
  inspectionDays?: Located<InspectionDays>;
  /** Where the draft names the council, in template order. */
  council: { title?: Located; opening?: Located; addressee?: Located };
  addressee?: { courtesyTitle?: Located; fullName: Located; surname?: Located };
  salutation?: { name: Located; courtesyTitle?: Located; surname?: Located };
  /** Month and year of the previous inspection as each previous-inspection paragraph names it. */
  previousInspections: Located<Date>[];
  inspector?: { name?: Located; title?: Located };
  copyList: { entries: CopyEntry[]; chiefExecutive?: { council: Located; span: Span }; hasRequiredOrganisation: boolean };
}

export interface Letter {
  source: SourceText;
  template: Template;
  blocks: Block[];
  /** Every recognised part in document order (sections included, by their heading block). */
  parts: PartNode[];
  sections: SectionNode[];
  /** Paragraphs or bullets after the lead-in that come before any section heading. */
  strayFindings: Block[];
  /** Blocks the classifier could not place in the template. */
  unrecognised: Block[];
  decorations: Block[];
  residue: Residue[];
  directives: Directive[];
  values: LetterValues;
  /** False when the text does not read as an inspection letter at all (too few template parts). */
  looksLikeLetter: boolean;
  /** How the template was chosen (by the document's directive, the host's setting, its content, or by default). */
  recognition: Recognition;
  /** For a report (a template with a `report` part): its table, grades, numbered paragraphs and page furniture. */
  report?: ReportModel;
  partsById(id: PartId): PartNode[];
  /** The section with this heading (a Markdown heading that names no section does not count). */
  section(id: SectionId): SectionNode | undefined;
}
