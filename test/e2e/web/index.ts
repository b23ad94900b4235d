// The entry VS Code loads as `extensionTestsPath` for the web suite. It runs inside the web worker
// extension host (where the extension's `browser` entry runs), which has no Node: mocha's browser
// build, the tests bundled in (the worker's require knows only `vscode`), and the results handed to
// the runner (test/e2e/run.mjs) as one console line, since there is no file system to write them to.
import { followRunner, say, type SuiteResults } from '../suite-progress';
import './setup';
import './10-web-entry.test';

declare const mocha: BrowserMocha;

/** The runner reads the counts from the line that starts with this. */
const RESULTS = '[suite-results] ';

export async function run(): Promise<void> {
  const results: SuiteResults = { passed: 0, failed: 0, pending: 0, failures: [] };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    followRunner(runner, results);
  });
  console.log(`${RESULTS}${JSON.stringify(results)}`);
  say(`${results.passed} passing, ${results.failed} failing, ${results.pending} skipped`);
  if (results.failed > 0) throw new Error(`${results.failed} test(s) failed`);
}
