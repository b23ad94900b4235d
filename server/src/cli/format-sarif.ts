import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Rule, Severity } from '../engine/rules/rule';
import type { Range } from '../engine/text/source';
import { PROJECT_URL, ruleDocUrl } from '../host/rule-links';
import type { FileReport } from './format';

/**
 * SARIF 2.1.0 (OASIS), as GitHub code scanning and other viewers read it: the rules with their
 * descriptions and help links, each finding located by a region (1-based lines and columns in UTF-16
 * code units, as LSP counts), and each fix as a SARIF fix of replacements.
 */

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function region(range: Range): Record<string, number> {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/** A file as a URI relative to the working folder (%SRCROOT%), with forward slashes; outside it, absolute. */
function artifact(path: string, root: string): { uri: string; uriBaseId?: string } {
  const rel = relative(root, resolve(path));
  if (!rel || rel.startsWith('..') || resolve(rel) === rel) return { uri: pathToFileURL(resolve(path)).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export function formatSarif(reports: readonly FileReport[], rules: readonly Rule[], version: string, root = process.cwd()): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((report) =>
    report.diagnostics.map((d) => {
      const location = artifact(report.file, root);
      return {
        ruleId: d.code,
        ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(d.range) } }],
        ...(d.relatedInformation?.some((r) => r.range)
          ? {
              relatedLocations: d.relatedInformation
                .filter((r) => r.range)
                .map((r, id) => ({ id, message: { text: r.message }, physicalLocation: { artifactLocation: r.uri ? artifact(r.uri, root) : location, region: region(r.range!) } })),
            }
          : {}),
        ...(d.fixes?.length
          ? {
              fixes: d.fixes.map((f) => ({
                description: { text: f.title },
                artifactChanges: [
                  {
                    artifactLocation: location,
                    replacements: f.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
                  },
                ],
              })),
            }
          : {}),
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'letter-check',
            fullName: 'Inspection Letter Checker',
            version,
            semanticVersion: version,
            informationUri: PROJECT_URL,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: ruleDocUrl(r.id),
              help: { text: `${r.description} See ${ruleDocUrl(r.id)}` },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(root + sep).href } },
        artifacts: reports.map((r) => ({ location: artifact(r.file, root) })),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
