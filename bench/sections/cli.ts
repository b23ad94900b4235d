import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ensureArchive, ROOT, type Doc } from '../lib/corpus';
import { now } from '../lib/stats';

/** `letter-check` over an archive of letters generated from the real ones, in one invocation. */

export interface CliResult {
  letters: number;
  wallSeconds: number;
  peakMB: number;
  /** CPU time of the process (user + system), from /usr/bin/time: wall time minus waiting on a loaded machine. */
  cpuSeconds?: number;
  exitCode: number | null;
  diagnostics?: number;
  method: string;
  command: string;
}

const TIME = '/usr/bin/time';

export async function benchCli(cliPath: string, letters: readonly Doc[], effort: { quick: boolean }, jobs?: number): Promise<CliResult> {
  const count = effort.quick ? 500 : 2000;
  const { dir } = ensureArchive(letters, count);
  return runCli(cliPath, dir, count, 'bench/results/archive', '*.letter', jobs);
}

/** `letter-check` over a folder of real documents (the shared corpus's focused-visit letters), in one invocation. */
/** `jobs`: a number of threads, 'default' for letter-check's own choice, or (left out) every core. */
export async function benchCliFolder(cliPath: string, dir: string, count: number, jobs?: number | 'default'): Promise<CliResult> {
  return runCli(cliPath, dir, count, dir, '*.txt', jobs);
}

async function runCli(cliPath: string, dir: string, count: number, shownDir: string, shownFiles: string, jobs?: number | 'default'): Promise<CliResult> {
  // The archive sits in bench/results/, which .gitignore leaves out: --no-ignore checks it all.
  // Without `jobs`, every core (letter-check's own default is one thread on 2 cores: docs/cli.md).
  const threads = jobs === 'default' ? [] : ['--jobs', String(jobs ?? availableParallelism())];
  const args = [cliPath, '--no-ignore', ...threads, dir];
  const viaTime = existsSync(TIME);
  const argv = viaTime ? [TIME, '-v', process.execPath, ...args] : [process.execPath, ...args];
  const t0 = now();
  const child = spawn(argv[0], argv.slice(1), { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let peakKb = 0;
  // Without /usr/bin/time, sample the process's high-water mark of resident memory.
  const poll = viaTime
    ? undefined
    : setInterval(() => {
        try {
          const s = readFileSync(`/proc/${child.pid}/status`, 'utf8');
          peakKb = Math.max(peakKb, Number(/^VmHWM:\s+(\d+)/m.exec(s)?.[1] ?? 0));
        } catch {
          // Exited.
        }
      }, 10);
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exitCode: number | null = await new Promise((r) => child.on('close', (code) => r(code)));
  const wall = (now() - t0) / 1000;
  if (poll) clearInterval(poll);
  let wallSeconds = wall;
  let cpuSeconds: number | undefined;
  if (viaTime) {
    peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN);
    const e = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(stderr);
    if (e) wallSeconds = Number(e[1] ?? 0) * 3600 + Number(e[2]) * 60 + Number(e[3]);
    const user = Number(/User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1]);
    const system = Number(/System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1]);
    if (Number.isFinite(user + system)) cpuSeconds = user + system;
  }
  if (exitCode !== 0 && exitCode !== 1 && !stdout) throw new Error(`letter-check exited ${exitCode}: ${stderr.slice(-2000)}`);
  // Count lines that look like findings (path:line:col severity ...), whatever the exact format.
  const diagnostics = stdout.split('\n').filter((l) => /:\d+:\d+/.test(l)).length;
  return {
    letters: count,
    wallSeconds,
    peakMB: peakKb / 1024,
    cpuSeconds,
    exitCode,
    diagnostics,
    method: viaTime ? '/usr/bin/time -v (elapsed wall clock, maximum resident set size)' : 'the clock around the process and VmHWM from /proc',
    command: `node dist/cli.js --no-ignore ${threads.length ? `${threads.join(' ')} ` : ''}${shownDir}  (${count} ${shownFiles} files)`,
  };
}
