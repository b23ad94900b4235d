// What both e2e entries (the Node extension host's, test/e2e/suite/index.ts, and the web worker's,
// test/e2e/web/index.ts) print as mocha runs: each suite and test on a console line the runner
// (test/e2e/run.mjs) shows, and the counts it reads.

/** The workbench's console lines that the runner shows start with this. */
export const SUITE = '[suite] ';

export interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; error: string }[];
}

function depth(node: Mocha.Runnable | Mocha.Suite): number {
  let n = 0;
  for (let p = node.parent; p && !p.root; p = p.parent) n++;
  return n;
}

export function say(text: string): void {
  console.log(`${SUITE}${text}`);
}

/** Counts the runner's tests into `results` and says each, indented by its depth. */
export function followRunner(runner: Mocha.Runner, results: SuiteResults): void {
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
}
