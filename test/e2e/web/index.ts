// The entry VS Code loads as `extensionTestsPath` for the web suite. It runs inside the web worker
// extension host (where the extension's `browser` entry runs), which has no Node: mocha's browser
// build, the tests bundled in (the worker's require knows only `vscode`), and the results handed to
// the runner (test/e2e/run.mjs) as one console line, since there is no file system to write them to.
import './setup';
import './10-web-entry.test';

declare const mocha: BrowserMocha;

const SUITE = '[suite] ';
/** The runner reads the counts from the line that starts with this. */
const RESULTS = '[suite-results] ';

function depth(node: Mocha.Runnable | Mocha.Suite): number {
  let n = 0;
  for (let p = node.parent; p && !p.root; p = p.parent) n++;
  return n;
}

export async function run(): Promise<void> {
  const results = { passed: 0, failed: 0, pending: 0, failures: [] as { title: string; error: string }[] };
  const say = (text: string) => console.log(`${SUITE}${text}`);
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('suite', (suite) => {
      if (suite.title) say(`${'  '.repeat(depth(suite))}${suite.title}`);
    });
    runner.on('pass', (test) => {
      results.passed++;
      say(`${'  '.repeat(depth(test))}✔ ${test.title} (${test.duration} ms)`);
    });
    runner.on('pending', (test) => {
      results.pending++;
      say(`${'  '.repeat(depth(test))}- ${test.title} (skipped)`);
    });
    runner.on('fail', (test, error: Error) => {
      results.failed++;
      results.failures.push({ title: test.fullTitle(), error: String(error?.stack ?? error) });
      say(`${'  '.repeat(depth(test))}✖ ${test.title}: ${String(error?.message ?? error).split('\n')[0]}`);
    });
  });
  console.log(`${RESULTS}${JSON.stringify(results)}`);
  say(`${results.passed} passing, ${results.failed} failing, ${results.pending} skipped`);
  if (results.failed > 0) throw new Error(`${results.failed} test(s) failed`);
}
