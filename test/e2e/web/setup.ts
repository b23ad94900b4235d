// Mocha's browser build, set up before the test files (imported after this one) call describe().
// The runner fills in the grep and the time limit when it bundles the suite (there is no process.env).
import 'mocha/mocha.js';

declare const mocha: BrowserMocha;
declare const E2E_GREP: string;
declare const E2E_TEST_TIMEOUT: number;

/** Mocha's browser reporter draws into a page; a worker has none, and index.ts reports for itself. */
class SilentReporter {
  constructor(_runner: Mocha.Runner) {}
}

mocha.setup({ ui: 'bdd', timeout: E2E_TEST_TIMEOUT, reporter: SilentReporter as unknown as Mocha.ReporterConstructor, ...(E2E_GREP ? { grep: E2E_GREP } : {}) });
