import { Worker } from 'node:worker_threads';
import type { CheckResult, CheckTask } from './check';
import type { LoadedFile } from './files';

/**
 * Checks files on worker threads, each taking the next file as it finishes one (letters differ in
 * length). Results come back in any order and are put back in order by their index (a task's place in the list).
 */

export const WORKER_MARK = 'letter-check-worker';

export interface WorkerData {
  mark: typeof WORKER_MARK;
  files: LoadedFile[];
  /** The PDFs read before the checking, candidates for the files' previous documents. */
  documents: LoadedFile[];
}

export function checkOnWorkers(
  script: string,
  files: LoadedFile[],
  documents: LoadedFile[],
  tasks: readonly CheckTask[],
  jobs: number,
  onResult: (result: CheckResult) => void,
): Promise<CheckResult[]> {
  const results: CheckResult[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const finish = (error?: Error) => {
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const feed = (worker: Worker) => {
      if (next < tasks.length) worker.postMessage(tasks[next++]);
    };
    const data: WorkerData = { mark: WORKER_MARK, files, documents };
    for (let i = 0; i < Math.min(jobs, tasks.length); i++) {
      const worker = new Worker(script, { workerData: data });
      workers.push(worker);
      worker.on('message', (result: CheckResult) => {
        results[result.index] = result;
        onResult(result);
        if (++done === tasks.length) finish();
        else feed(worker);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (done < tasks.length && code !== 0) finish(new Error(`a worker thread stopped (exit ${code})`));
      });
      // Two files each to start, so a worker never waits on the main thread between files.
      feed(worker);
      feed(worker);
    }
    if (!tasks.length) finish();
  });
}
