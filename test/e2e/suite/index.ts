// The entry point VS Code loads as `extensionTestsPath`: runs every bundled *.test.js beside it with
// mocha, inside the extension host, and records the counts for the runner (test/e2e/run.mjs).
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { requestScreenshot } from './control';
import { followRunner, say, type SuiteResults } from '../suite-progress';

/** Mocha's own reporters write through process.stdout, which the workbench does not show. */
class SilentReporter {
  constructor(_runner: Mocha.Runner) {}
}

export async function run(): Promise<void> {
  // Room for the editor and the Problems panel in screenshots: no secondary (chat) side bar.
  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: Number(process.env.E2E_TEST_TIMEOUT ?? 30_000),
    grep: process.env.E2E_GREP || undefined,
    reporter: SilentReporter as unknown as Mocha.ReporterConstructor,
  });
  const results: SuiteResults = { passed: 0, failed: 0, pending: 0, failures: [] };
  // A picture of the workbench as a failed test left it, before any `after` hook tidies up.
  mocha.suite.afterEach(async function () {
    if (this.currentTest?.state === 'failed') await requestScreenshot(`failure-${results.failed}.png`).catch(() => {});
  });
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const file of files) mocha.addFile(join(__dirname, file));

  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    followRunner(runner, results);
  });
  if (process.env.E2E_RESULTS_FILE) writeFileSync(process.env.E2E_RESULTS_FILE, JSON.stringify(results, null, 2));
  say(`${results.passed} passing, ${results.failed} failing, ${results.pending} skipped`);
  if (results.failed > 0) throw new Error(`${results.failed} test(s) failed`);
}
