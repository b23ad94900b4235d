/** The analysis engine's public API: plain TypeScript, no editor imports. */
export { analyze, analyzeLetter, directiveDisabled, type Analysis, type AnalyzeOptions, type Diagnostic } from './analyze';
export { applyEdits, applyFixes } from './edits';
export { parseLetter } from './parse/letter';
export type * from './parse/model';
export { allRules, ruleById } from './rules';
export type * from './rules/rule';
export { loadTemplate, standardTemplate, TemplateError, type Template, type PartId, type SectionId } from './template/template';
export { SourceText, type Position, type Range, type Span } from './text/source';
