// Writes docs/rules/<id>.md for every rule and docs/rules/README.md (a table of all rules) from the
// rules' metadata. Run with `npm run docs:rules`; test/unit/rule-docs.test.ts fails when they drift.
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../server/src/engine/rules';
import { builtinRegistry } from '../server/src/engine/template/registry';
import type { Rule } from '../server/src/engine/rules/rule';

export const RULE_DOCS_DIR = join(__dirname, '..', 'docs', 'rules');

/** The first line of every generated file: how stale files are recognised, and a warning to editors. */
export const GENERATED_MARK = '<!-- Generated from the rule metadata by scripts/generate-rule-docs.ts. Do not edit: run `npm run docs:rules`. -->';

const SEVERITY_MEANING: Record<Rule['defaultSeverity'], string> = {
  error: 'error (breaks the template, or the letter contradicts itself)',
  warning: 'warning (probably wrong)',
  information: 'information (a convention)',
  hint: 'hint (a convention)',
};

/** A fenced block that survives backticks inside the example. */
function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}text\n${text.replace(/\s+$/, '')}\n${marks}`;
}

/**
 * Rationales are Markdown, but they quote template placeholders such as <Month YYYY>, which Markdown
 * would swallow as HTML: outside code spans, a `<` before a capital letter is written as `&lt;`.
 */
export function escapePlaceholders(markdown: string): string {
  return markdown
    .split(/(`+[^`]*`+)/)
    .map((piece, i) => (i % 2 ? piece : piece.replace(/<(?=\/?[A-Z])/g, '&lt;')))
    .join('');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** The templates a rule checks, by id and name, from its metadata and the engine's registry. */
function templatesServed(rule: Rule): string {
  const registry = builtinRegistry();
  const ids = rule.templates ?? registry.templates.map((t) => t.id);
  const named = ids.map((id) => `\`${id}\`${registry.get(id) ? ` (${registry.get(id)!.name})` : ''}`).join(', ');
  return rule.templates ? named : `every template: ${named}`;
}

export function renderRuleDoc(rule: Rule): string {
  const out: string[] = [GENERATED_MARK, '', `# ${rule.id}`, '', escapePlaceholders(rule.description), ''];
  out.push('| | |', '| --- | --- |');
  out.push(`| Default severity | ${SEVERITY_MEANING[rule.defaultSeverity]} |`);
  out.push(`| Fixable | ${rule.fixable ? 'yes: some reports come with a quick fix; the safe ones are applied by `letter-check --fix` and the editor\'s fix-all' : 'no'} |`);
  out.push(`| Templates | ${templatesServed(rule)} |`);
  if (rule.defersTo?.length) out.push(`| Defers to | ${rule.defersTo.map((id) => `[${id}](${id}.md)`).join(', ')} |`);
  if (rule.runsOnNonLetters) out.push('| Runs on | documents that do not read as a letter (instead of the other rules) |');
  out.push('', '## Why', '', escapePlaceholders(rule.docs.rationale.trim()), '');
  const examples = rule.docs.examples ?? [];
  if (examples.length) {
    out.push('## Examples', '');
    examples.forEach((example, i) => {
      if (examples.length > 1) out.push(`### Example ${i + 1}`, '');
      out.push('Flagged:', '', fence(example.flagged), '');
      if (example.accepted !== undefined) out.push('Accepted:', '', fence(example.accepted), '');
      if (example.note) out.push(escapePlaceholders(example.note.trim()), '');
    });
  }
  out.push('## Configuration', '');
  out.push(`- Command line: \`letter-check --rule ${rule.id}=off\` (or \`=error\`, \`=warning\`, \`=information\`, \`=hint\`).`);
  out.push(`- In a letter: \`<!-- letter-check disable ${rule.id} -->\` switches the rule off for that letter.`);
  out.push('', '[All rules](README.md)', '');
  return out.join('\n');
}

export function renderRuleIndex(rules: readonly Rule[]): string {
  const out: string[] = [GENERATED_MARK, '', '# Rules', '', `The checker has ${rules.length} rules, listed in the order it runs them.`, ''];
  out.push('| Rule | Default severity | Fixable | Templates | What it checks |', '| --- | --- | --- | --- | --- |');
  for (const rule of rules) {
    out.push(`| [${rule.id}](${rule.id}.md) | ${rule.defaultSeverity} | ${rule.fixable ? 'yes' : 'no'} | ${rule.templates ? rule.templates.map((id) => `\`${id}\``).join(', ') : 'all'} | ${escapeCell(escapePlaceholders(rule.description))} |`);
  }
  out.push('', 'Severities: error = breaks the template or the letter contradicts itself; warning = probably wrong; information and hint = conventions.', '');
  return out.join('\n');
}

/** Every generated file: name in docs/rules/ → content. */
export function renderAllRuleDocs(rules: readonly Rule[] = allRules): Map<string, string> {
  const files = new Map<string, string>();
  for (const rule of rules) files.set(`${rule.id}.md`, renderRuleDoc(rule));
  files.set('README.md', renderRuleIndex(rules));
  return files;
}

/** Generated files in the folder that no rule produces any more. */
export function staleRuleDocs(dir: string, expected: ReadonlyMap<string, string>): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith('.md') && !expected.has(name) && readFileSync(join(dir, name), 'utf8').startsWith(GENERATED_MARK));
}

function writeRuleDocs(): void {
  const files = renderAllRuleDocs();
  mkdirSync(RULE_DOCS_DIR, { recursive: true });
  let written = 0;
  for (const [name, content] of files) {
    const path = join(RULE_DOCS_DIR, name);
    if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
    writeFileSync(path, content);
    written++;
  }
  const stale = staleRuleDocs(RULE_DOCS_DIR, files);
  for (const name of stale) unlinkSync(join(RULE_DOCS_DIR, name));
  console.log(`docs/rules: ${files.size} files, ${written} written, ${stale.length} removed`);
}

if (require.main === module) writeRuleDocs();
