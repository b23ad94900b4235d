/**
 * The analysis engine's public API: plain TypeScript, no editor imports, no I/O. Hosts (the command
 * line, the language server) go through createLetterService; the lower-level pieces below serve the
 * editor's features (completion, hovers, outline), the tests and the scripts that generate files from
 * the templates.
 */
export { memoryWorkspace } from './memory-workspace';
export { createLetterService, type LetterService, type LetterServiceOptions, type DocumentWorkspace, type DocumentSettings, type DocumentAnalysis, type PreviousChoice } from './service';
export { analyze, analyzeLetter, directiveDisabled, type Analysis, type AnalyzeOptions, type Diagnostic } from './analyze';
export { fixText, MAX_FIX_PASSES, type FixResult } from './fix';
export { applyEdits, applyFixes } from './edits';
export { parseDocument, parseLetter } from './parse/letter';
export type * from './parse/model';
export { allRules, ruleById } from './rules';
export type * from './rules/rule';
export { builtinRegistry, standardTemplate, TemplateRegistry, type Recognition } from './template/registry';
export { loadTemplate, TemplateError, type Template, type TemplatePart, type PartId, type SectionId } from './template/template';
export { ROLE } from './template/roles';
export { SourceText, type Position, type Range, type Span } from './text/source';
