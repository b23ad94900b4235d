// The `inspectionLetters.rules` setting's schema, made from the rules' metadata, so the settings editor
// and settings.json offer every rule id with its description and default severity, and flag a typo.
import type { Rule } from '../server/src/engine/rules/rule';

const SEVERITY_CHOICES = ['error', 'warning', 'information', 'hint', 'off'] as const;

export const RULES_SETTING = 'inspectionLetters.rules';

export function rulesSettingSchema(rules: readonly Rule[]): Record<string, unknown> {
  const sorted = [...rules].sort((a, b) => a.id.localeCompare(b.id));
  const example = sorted.find((r) => r.id === 'bullet-style') ?? sorted[0];
  return {
    type: 'object',
    default: {},
    // Per folder of a multi-root workspace (a .letter-check.json in the folder goes over it).
    scope: 'resource',
    markdownDescription:
      `Severity per rule, or \`"off"\` to switch a rule off, for example \`{ "${example.id}": "off" }\`. ` +
      'Rules not named keep their default severity. To switch a rule off for one letter only, put the line ' +
      '`<!-- letter-check disable rule-id -->` in the letter. A `.letter-check.json` file in a folder goes over this setting ' +
      'for the documents below it (see `docs/configuration.md`). Each rule is described in `docs/rules/`.',
    properties: Object.fromEntries(
      sorted.map((rule) => [
        rule.id,
        {
          type: 'string',
          enum: [...SEVERITY_CHOICES],
          markdownDescription: `${rule.description} Default: \`${rule.defaultSeverity}\`.`,
        },
      ]),
    ),
    // A rule id that does not exist is a typo: the settings file underlines it at once.
    additionalProperties: false,
  };
}

/** package.json's text with the rules setting's schema replaced (everything else byte for byte). */
export function withRulesSetting(packageJsonText: string, rules: readonly Rule[]): string {
  const pkg = JSON.parse(packageJsonText);
  pkg.contributes.configuration.properties[RULES_SETTING] = rulesSettingSchema(rules);
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
