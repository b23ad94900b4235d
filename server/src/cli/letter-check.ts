/** The `letter-check` command: bundled to dist/cli.js and started by bin/letter-check.js; also its worker threads' script. */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Checker, type CheckTask } from './check';
import { main } from './main';
import { WORKER_MARK, type AllFacts, type SharedFacts, type WorkerData } from './workers';

if (!isMainThread && (workerData as WorkerData | undefined)?.mark === WORKER_MARK) {
  const data = workerData as WorkerData;
  const checker = new Checker(data.files, data.documents ?? []);
  parentPort!.on('message', (message: CheckTask | AllFacts) => {
    if ('allFacts' in message) checker.adoptCandidateFacts(message.allFacts);
    else parentPort!.postMessage(checker.check(message));
  });
  // This thread's share of the workspace first (the others wait for it), then the dictionary.
  if (data.share) {
    const shared: SharedFacts = { facts: checker.candidateFacts(data.share[0], data.share[1]), from: data.share[0] };
    parentPort!.postMessage(shared);
  }
  if (data.spelling) checker.prepare();
} else {
  // A reader that stops early (`letter-check . | head`) closes the pipe: end quietly, not with a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const status = main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    workerScript: __filename,
  });
  if (typeof status === 'number') process.exitCode = status;
  else void status.then((code) => (process.exitCode = code));
}
