import { Worker } from 'node:worker_threads';
import type { CandidateFacts } from '../engine/service';
import type { CheckResult, CheckTask } from './check';
import type { LoadedFile } from './files';

/**
 * Checks files on worker threads, each taking the next file as it finishes one (letters differ in
 * length). Results come back in any order and are put back in order by their index (a task's place in the list).
 *
 * Before the checking, each thread reads its share of the workspace (the files, then the documents)
 * for choosing previous documents (for old letters, a parse of each) and the main thread hands every
 * thread all the shares: each thread reading every document made more threads slower, not faster.
 */

export const WORKER_MARK = 'letter-check-worker';

export interface WorkerData {
  mark: typeof WORKER_MARK;
  files: LoadedFile[];
  /** The PDFs read before the checking, candidates for the files' previous documents. */
  documents: LoadedFile[];
  /** This thread's share of the workspace's texts (files, then documents): [from, to). */
  share?: [number, number];
  /** Whether any task spells (the dictionary is then loaded while the shares are read). */
  spelling?: boolean;
}

/** From a worker: its share's facts. */
export interface SharedFacts {
  facts: CandidateFacts[];
  from: number;
}

/** To a worker: every text's facts, before its first task. */
export interface AllFacts {
  allFacts: CandidateFacts[];
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
  const texts = files.length + documents.length;
  const facts: CandidateFacts[] = new Array(texts);
  let shares = 0;
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
    const start = () => {
      const message: AllFacts = { allFacts: facts };
      for (const worker of workers) {
        worker.postMessage(message);
        // Two files each to start, so a worker never waits on the main thread between files.
        feed(worker);
        feed(worker);
      }
    };
    const count = Math.min(jobs, tasks.length);
    const spelling = tasks.some((t) => t.severities.spelling !== 'off');
    for (let i = 0; i < count; i++) {
      const share: [number, number] = [Math.floor((i * texts) / count), Math.floor(((i + 1) * texts) / count)];
      const data: WorkerData = { mark: WORKER_MARK, files, documents, share, spelling };
      const worker = new Worker(script, { workerData: data });
      workers.push(worker);
      worker.on('message', (message: CheckResult | SharedFacts) => {
        if ('facts' in message) {
          message.facts.forEach((f, k) => (facts[message.from + k] = f));
          if (++shares === count) start();
          return;
        }
        results[message.index] = message;
        onResult(message);
        if (++done === tasks.length) finish();
        else feed(worker);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (done < tasks.length && code !== 0) finish(new Error(`a worker thread stopped (exit ${code})`));
      });
    }
    if (!tasks.length) finish();
  });
}
