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
//   E2E_TIMEOUT_MS    hard limit for the whole run (default 300000)
// Prints `N passed, N failed` alone on its last line; exits 0 only when every test passed.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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

async function main() {
  // 1. The extension must be built: VS Code loads package.json's `main` from dist/.
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (pkg.main && !existsSync(join(root, pkg.main))) {
    finish(0, 1, `[e2e] ${pkg.main} is missing: run \`npm run build\` first`);
  }

  // 2. Code-server and Chromium (cached after the first install).
  let installDir = process.env.E2E_INSTALL_DIR;
  if (!installDir) {
    const out = execFileSync(join(root, 'scripts', 'e2e', 'install-code-server.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    installDir = out.trim().split('\n').pop();
  }

  // 3. A fresh session (its own folder, so runs side by side do not meet): workspace with the real letters, profile, logs.
  mkdirSync(runDir, { recursive: true });
  pruneOldSessions();
  const sessionDir = mkdtempSync(join(runDir, 'session-'));
  const workspace = join(sessionDir, 'workspace');
  mkdirSync(workspace);
  for (const [name, file] of Object.entries(SEEDS)) {
    cpSync(join(root, 'test', 'fixtures', 'seeds', file), join(workspace, `${name}.letter`));
    chmodSync(join(workspace, `${name}.letter`), 0o644);
  }
  // 4. The suite runs inside the extension host: bundle it, `vscode` from the host, mocha from node_modules.
  const suiteOut = join(sessionDir, 'suite');
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['test/e2e/suite/index.ts', 'test/e2e/suite/*.test.ts'],
    outdir: suiteOut,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });

  const controlDir = join(sessionDir, 'control');
  mkdirSync(controlDir);
  const resultsFile = join(sessionDir, 'results.json');

  const { exitCode, timedOut, logFile } = await runExtensionTests({
    installDir,
    sessionDir,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(suiteOut, 'index.js'),
    workspace,
    controlDir,
    timeoutMs: Number(process.env.E2E_TIMEOUT_MS ?? 300_000),
    env: {
      E2E_REPO_ROOT: root,
      E2E_RESULTS_FILE: resultsFile,
      E2E_CONTROL_DIR: controlDir,
      E2E_GREP: process.env.E2E_GREP ?? '',
      E2E_SCREENSHOT: process.env.E2E_SCREENSHOT ?? '',
    },
  });

  // 5. Report.
  let results;
  try {
    results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch {
    results = undefined;
  }
  if (!results) {
    finish(0, 1, `[e2e] the suite reported no results (exit ${exitCode}${timedOut ? ', timed out' : ''}); session kept: ${sessionDir}\n[e2e] code-server log: ${logFile}`);
  }
  for (const failure of results.failures) console.log(`\n[e2e] FAILED ${failure.title}\n${failure.error}`);
  const failed = results.failed + (exitCode !== 0 && results.failed === 0 ? 1 : 0);
  if (failed > 0 || process.env.E2E_KEEP) {
    console.log(`[e2e] session kept: ${sessionDir} (code-server.log, workbench-logs/, failure-*.png)`);
  } else {
    rmSync(sessionDir, { recursive: true, force: true });
  }
  finish(results.passed, failed);
}

try {
  await main();
} catch (error) {
  finish(0, 1, `[e2e] the runner failed: ${error?.stack ?? error}`);
}
