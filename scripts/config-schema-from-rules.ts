// The JSON schema of .letter-check.json, made from the rules' metadata, so an editor completes every rule
// id with its description and default severity and flags a typo (contributed with jsonValidation).
import type { Rule } from '../server/src/engine/rules/rule';
import { CONFIG_KEYS, KNOWN_TEMPLATES, SEVERITY_SETTINGS } from '../server/src/host/config';

export const CONFIG_SCHEMA_PATH = 'schemas/letter-check.schema.json';

export function configSchema(rules: readonly Rule[]): Record<string, unknown> {
  const sorted = [...rules].sort((a, b) => a.id.localeCompare(b.id));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Inspection Letter Checker configuration (.letter-check.json)',
    description: 'Applies to the documents in this folder and below; the nearest file wins over those above it. See docs/configuration.md.',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: CONFIG_KEYS.$schema },
      root: { type: 'boolean', default: false, description: CONFIG_KEYS.root },
      rules: {
        type: 'object',
        description: CONFIG_KEYS.rules,
        properties: Object.fromEntries(
          sorted.map((rule) => [
            rule.id,
            { enum: [...SEVERITY_SETTINGS], markdownDescription: `${rule.description} Default: \`${rule.defaultSeverity}\`.`, description: `${rule.description} Default: ${rule.defaultSeverity}.` },
          ]),
        ),
        additionalProperties: false,
      },
      template: { type: 'string', description: CONFIG_KEYS.template, examples: [...KNOWN_TEMPLATES] },
      previous: { type: 'string', minLength: 1, description: CONFIG_KEYS.previous },
      words: { type: 'array', items: { type: 'string' }, description: CONFIG_KEYS.words },
      ignore: { type: 'array', items: { type: 'string' }, description: CONFIG_KEYS.ignore, examples: [['old/**', 'notes.txt']] },
    },
    additionalProperties: false,
  };
}

export function configSchemaText(rules: readonly Rule[]): string {
  return `${JSON.stringify(configSchema(rules), null, 2)}\n`;
}
