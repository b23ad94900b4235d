import type { Span } from '../text/source';
import type { Block } from './blocks';
import type { DateRanges } from './date-ranges';
import type { Located, SectionNode } from './model';

/**
 * What a report adds to the located model (Letter.report): its title block's values, the judgement
 * table as rows of label and grade, the grade in each section heading, the numbered paragraphs, the
 * improvement list, and the page furniture pasted with it (running footers, page numbers).
 */

export interface GradeNode {
  /** As written. */
  written: string;
  span: Span;
  /** The vocabulary's grade it stands for, if any. */
  gradeId?: string;
  /** standard: as the vocabulary writes it (in the case its place wants); short: a short form; case: another case. */
  form: 'standard' | 'short' | 'case' | 'unknown';
}

export interface TableRowNode {
  label: Located;
  grade?: GradeNode;
  /** The template row it is, and how its label matched: the label, an accepted variant, close words, nothing. */
  rowId?: string;
  match: 'exact' | 'variant' | 'near' | 'unknown';
  block: Block;
  span: Span;
}

export interface GradedSection {
  section: SectionNode;
  grade?: GradeNode;
  /** The heading's words before the grade. */
  label: Located;
}

export interface NumberedParagraph {
  number: number;
  /** The number and its full stop. */
  numberSpan: Span;
  block?: Block;
}

export interface ImprovementItem {
  block: Block;
  /** The cross-reference tag it ends with, if any. */
  tag?: Located;
}

export interface RunningFooter {
  /** The footer's title line. */
  title: Located;
  /** Its dates line (or the dates in the title line), as written. */
  dates?: Located;
  parsed?: DateRanges;
  span: Span;
}

export interface ReportModel {
  fieldwork?: Located<DateRanges>;
  /** The title's form, as the template lists it, when one matched. */
  titleForm?: { text: string; from?: string; until?: string };
  table?: { span: Span; rows: TableRowNode[] };
  gradedSections: GradedSection[];
  paragraphs: NumberedParagraph[];
  improvements?: { heading: Located; items: ImprovementItem[]; footnote?: Span };
  footers: RunningFooter[];
  pageNumbers: Span[];
  trailer?: Span;
  /** The lead inspector line, with the title it gives (Her/His Majesty's Inspector, HMI). */
  inspector?: { line: Located; title?: Located };
  /** The summary's paragraphs (unheaded, after the table). */
  summary: Block[];
}
