import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

/**
 * Nothing leaves the machine: the shipped sources (engine, server, command line, client) use no network
 * API and no telemetry; and the template and settings are data, never executed (no eval, no new
 * Function, no require or import of a computed path).
 */

const ROOT = join(__dirname, '..', '..');
const SHIPPED = ['server/src', 'client/src'];

function sources(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const dir of SHIPPED) {
    for (const entry of readdirSync(join(ROOT, dir), { recursive: true }).map(String)) {
      if (!/\.(ts|js|mjs|cjs|json)$/.test(entry) || /\.test\.ts$/.test(entry) || entry.endsWith('testing.ts')) continue;
      const path = join(ROOT, dir, entry);
      out.push({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') });
    }
  }
  return out;
}

/** Drops comments, so a comment that mentions fetch( or http does not count. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const NETWORK: [string, RegExp][] = [
  ['node:http / https / http2', /\b(?:require\(|from\s+|import\()\s*['"](?:node:)?https?2?['"]/],
  ['node:net / tls / dgram / dns', /\b(?:require\(|from\s+|import\()\s*['"](?:node:)?(?:net|tls|dgram|dns)['"]/],
  ['fetch(', /(?<![\w.])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['telemetry', /\btelemetry\b|TelemetryReporter|applicationinsights/i],
  // Links shown to people, never fetched: Ofsted's site, schema identifiers (JSON Schema, SARIF's), and
  // the project's repository (the rule pages each diagnostic links to).
  ['an http(s) URL used as an endpoint', /['"`]https?:\/\/(?!www\.ofsted\.gov\.uk|json-schema\.org|json\.schemastore\.org\/sarif-2\.1\.0\.json['"`]|github\.com\/inspection-letters\/inspection-letter-checker['"`])[^'"`\s]*['"`]/],
];

const EXECUTION: [string, RegExp][] = [
  ['eval(', /(?<![\w.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['Function(…) called', /(?<![\w.])Function\s*\(\s*['"`]/],
  ['require of a computed path', /\brequire\s*\(\s*(?!['"`][^'"`$]*['"`]\s*\))/],
  ['import() of a computed path', /\bimport\s*\(\s*(?!['"`][^'"`$]*['"`]\s*\))/],
  ['vm module', /['"](?:node:)?vm['"]/],
  ['child_process in the engine or server', /['"](?:node:)?child_process['"]/],
];

describe('nothing leaves the machine', () => {
  const files = sources();

  it('scans the shipped sources (the scan is not empty)', () => {
    assert.ok(files.some((f) => f.path.startsWith('server/src/engine/')), 'no engine sources found');
    assert.ok(files.some((f) => f.path.startsWith('server/src/lsp/')), 'no server sources found');
    assert.ok(files.some((f) => f.path.startsWith('client/src/')), 'no client sources found');
  });

  it('the detectors catch what they look for (sanity check)', () => {
    assert.ok(NETWORK.some(([, re]) => re.test("import { request } from 'node:https';")));
    assert.ok(NETWORK.some(([, re]) => re.test('await fetch(url)')));
    assert.ok(EXECUTION.some(([, re]) => re.test('const f = new Function(body);')));
    assert.ok(EXECUTION.some(([, re]) => re.test('require(templatePath)')));
    assert.ok(!EXECUTION.some(([, re]) => re.test("require('node:path')")));
  });

  it('no network API and no telemetry anywhere in the engine, server, command line or client', () => {
    const found: string[] = [];
    for (const f of files) {
      const c = code(f.text);
      for (const [what, re] of NETWORK) {
        // A JSON Schema's $schema/$id URL names the dialect; ajv never fetches it.
        if (f.path.endsWith('.json') && what.startsWith('an http')) continue;
        if (re.test(c)) found.push(`${f.path}: ${what}`);
      }
    }
    assert.deepEqual(found, []);
  });

  it('the template and settings are data: nothing is evaluated or loaded from a computed path', () => {
    const found: string[] = [];
    for (const f of files) {
      if (f.path.endsWith('.json')) continue;
      const c = code(f.text);
      for (const [what, re] of EXECUTION) {
        // The client starts the server as a child process of VS Code's own (vscode-languageclient): allowed there only.
        if (what.startsWith('child_process') && f.path.startsWith('client/')) continue;
        if (re.test(c)) found.push(`${f.path}: ${what}`);
      }
    }
    assert.deepEqual(found, []);
  });

  it('the engine itself does no I/O at all (no fs, no process, no network)', () => {
    const found: string[] = [];
    for (const f of files) {
      if (!f.path.startsWith('server/src/engine/') || f.path.endsWith('.json')) continue;
      if (/['"](?:node:)?(?:fs|fs\/promises|child_process|worker_threads)['"]/.test(code(f.text))) found.push(f.path);
    }
    assert.deepEqual(found, []);
  });
});
