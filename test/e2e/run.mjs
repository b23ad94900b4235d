#!/usr/bin/env node
// Runs the end-to-end suite in a real VS Code (code-server + headless Chromium). See docs/e2e.md.
//
//   npm run build && npm run test:e2e
//
// Environment:
//   E2E_INSTALL_DIR   an install made by scripts/e2e/install-code-server.sh (else the script is run: it
//                     reuses its cache, so this is quick after the first time)
//   E2E_GREP          run only the tests whose full title matches
//   E2E_SCREENSHOT=1  (re)make docs/screenshot.png, the README's picture
//   E2E_KEEP=1        keep the session folder (logs, profile, workspace) even when everything passed
//   E2E_TIMEOUT_MS    hard limit for each suite's VS Code run (default 300000)
//   E2E_SUITES        which suites, of `node` (test/e2e/suite: the extension in the Node extension host,
//                     as on the desktop) and `web` (test/e2e/web: its `browser` entry in the web worker
//                     extension host, as in VS Code for the Web); default `node,web`
// Prints `N passed, N failed` (over the suites) alone on its last line; exits 0 only when every test passed.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { runExtensionTests } from '../../scripts/e2e/launch.mjs';

const root = join(import.meta.dirname, '..', '..');
const runDir = join(root, 'test', 'e2e', '.run');
const started = Date.now();

/** Workspace names for the seed letters (test/fixtures/seeds); 003 is a council report, not a letter. */
const SEEDS = {
  derby: '000_b178a65b987369c5.txt',
  durham: '001_23b9643c342e87c2.txt',
  staffordshire: '002_92b9aeb5f4db8e06.txt',
  'leicester-report': '003_a82a1d9eb41256ed.txt',
  doncaster: '004_1afa487b62b78d22.txt',
};

function finish(passed, failed, message) {
  if (message) console.log(message);
  console.log(`[e2e] ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

/** Sessions kept after failures are removed after a day. */
function pruneOldSessions() {
  for (const name of readdirSync(runDir)) {
    const dir = join(runDir, name);
    if (name.startsWith('session-') && Date.now() - statSync(dir).mtimeMs > 24 * 3600_000) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The two suites. `node` runs where `main` runs (code-server's Node extension host, as on the desktop)
 * and writes results.json itself. `web` forces the extension into the web worker extension host, so
 * VS Code loads its `browser` entry; the suite runs there too (its files are under the extension's
 * folder), bundled for the browser, and hands its results over as a console line.
 */
const SUITES = {
  node: {
    entryPoints: ['test/e2e/suite/index.ts', 'test/e2e/suite/*.test.ts'],
    build: { platform: 'node', target: 'node20', external: ['vscode', 'mocha'] },
    settings: {},
  },
  web: {
    entryPoints: ['test/e2e/web/index.ts'],
    build: {
      platform: 'browser',
      target: 'es2022',
      external: ['vscode'],
      define: {
        // mocha.js is a UMD script in an ES-module package: bundled, its `typeof module` test would find
        // the extension host loader's `module` and put mocha in place of the suite's exports. Hidden, it
        // takes its browser path (globalThis.mocha).
        module: 'undefined',
        E2E_GREP: JSON.stringify(process.env.E2E_GREP ?? ''),
        E2E_TEST_TIMEOUT: String(Number(process.env.E2E_TEST_TIMEOUT ?? 30_000)),
      },
    },
    settings: (pkg) => ({ 'remote.extensionKind': { [`${pkg.publisher}.${pkg.name}`]: ['web'] } }),
  },
};

/** Runs one suite in a fresh session of its own; resolves with its counts (failures are printed). */
async function runSuite(name, pkg, installDir) {
  const suite = SUITES[name];
  // A fresh session (its own folder, so runs side by side do not meet): workspace with the real letters, profile, logs.
  const sessionDir = mkdtempSync(join(runDir, `session-${name}-`));
  const workspace = join(sessionDir, 'workspace');
  mkdirSync(workspace);
  for (const [letter, file] of Object.entries(SEEDS)) {
    cpSync(join(root, 'test', 'fixtures', 'seeds', file), join(workspace, `${letter}.letter`));
    chmodSync(join(workspace, `${letter}.letter`), 0o644);
  }
  // The suite runs inside the extension host: bundle it, `vscode` from the host.
  const suiteOut = join(sessionDir, 'suite');
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: suite.entryPoints,
    outdir: suiteOut,
    bundle: true,
    format: 'cjs',
    sourcemap: 'inline',
    logLevel: 'warning',
    ...suite.build,
  });

  const controlDir = join(sessionDir, 'control');
  mkdirSync(controlDir);
  const resultsFile = join(sessionDir, 'results.json');
  const say = (line) => process.stdout.write(line + '\n');

  const { exitCode, timedOut, logFile } = await runExtensionTests({
    installDir,
    sessionDir,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(suiteOut, 'index.js'),
    workspace,
    controlDir,
    settings: typeof suite.settings === 'function' ? suite.settings(pkg) : suite.settings,
    timeoutMs: Number(process.env.E2E_TIMEOUT_MS ?? 300_000),
    // The web suite cannot write files: its results come as one console line.
    onWorkbenchLog: (type, text) => {
      if (text.startsWith('[suite-results] ')) writeFileSync(resultsFile, text.slice('[suite-results] '.length));
      else if (text.startsWith('[suite] ')) say(text.slice('[suite] '.length));
      else if (type === 'error') say(`[workbench:error] ${text.split('\n')[0]}`);
    },
    env: {
      E2E_REPO_ROOT: root,
      E2E_RESULTS_FILE: resultsFile,
      E2E_CONTROL_DIR: controlDir,
      E2E_GREP: process.env.E2E_GREP ?? '',
      E2E_SCREENSHOT: process.env.E2E_SCREENSHOT ?? '',
    },
  });

  let results;
  try {
    results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch {
    results = undefined;
  }
  if (!results) {
    console.log(`[e2e] the ${name} suite reported no results (exit ${exitCode}${timedOut ? ', timed out' : ''}); session kept: ${sessionDir}\n[e2e] code-server log: ${logFile}`);
    return { passed: 0, failed: 1 };
  }
  for (const failure of results.failures) console.log(`\n[e2e] FAILED ${failure.title}\n${failure.error}`);
  const failed = results.failed + (exitCode !== 0 && results.failed === 0 ? 1 : 0);
  if (failed > 0 || process.env.E2E_KEEP) {
    console.log(`[e2e] session kept: ${sessionDir} (code-server.log, workbench-logs/, failure-*.png)`);
  } else {
    rmSync(sessionDir, { recursive: true, force: true });
  }
  return { passed: results.passed, failed };
}

async function main() {
  // 1. The extension must be built: VS Code loads package.json's `main` (and `browser`) from dist/.
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const entry of [pkg.main, pkg.browser]) {
    if (entry && !existsSync(join(root, entry))) finish(0, 1, `[e2e] ${entry} is missing: run \`npm run build\` first`);
  }
  const names = (process.env.E2E_SUITES ?? 'node,web').split(',').map((n) => n.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(n in SUITES));
  if (unknown.length || !names.length) finish(0, 1, `[e2e] E2E_SUITES names ${unknown.join(', ') || 'no suite'}: the suites are ${Object.keys(SUITES).join(', ')}`);

  // 2. Code-server and Chromium (cached after the first install).
  let installDir = process.env.E2E_INSTALL_DIR;
  if (!installDir) {
    const out = execFileSync(join(root, 'scripts', 'e2e', 'install-code-server.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    installDir = out.trim().split('\n').pop();
  }

  mkdirSync(runDir, { recursive: true });
  pruneOldSessions();
  // 3. Each suite in its own VS Code; the counts add up.
  let passed = 0;
  let failed = 0;
  for (const name of names) {
    console.log(`[e2e] the ${name} suite`);
    const counts = await runSuite(name, pkg, installDir);
    passed += counts.passed;
    failed += counts.failed;
  }
  finish(passed, failed);
}

try {
  await main();
} catch (error) {
  finish(0, 1, `[e2e] the runner failed: ${error?.stack ?? error}`);
}
