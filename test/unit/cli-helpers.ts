import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli/main';

/** Runs the command line in-process, capturing what it writes. */
export function run(argv: string[], options: { tty?: boolean; env?: Record<string, string>; stdin?: string } = {}): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty },
    stderr: { write: (s: string) => (stderr += s) },
    env: options.env ?? {},
    readStdin: () => Buffer.from(options.stdin ?? '', 'utf8'),
  });
  // In-process runs never start worker threads (no workerScript), so the status is at hand.
  if (typeof code !== 'number') throw new Error('main ran asynchronously in-process');
  return { code, stdout, stderr };
}

export const SEEDS = join(__dirname, '..', 'fixtures', 'seeds');
export const SEED = {
  derby: join(SEEDS, '000_b178a65b987369c5.txt'),
  durham: join(SEEDS, '001_23b9643c342e87c2.txt'),
  staffordshire: join(SEEDS, '002_92b9aeb5f4db8e06.txt'),
  report: join(SEEDS, '003_a82a1d9eb41256ed.txt'),
  doncaster: join(SEEDS, '004_1afa487b62b78d22.txt'),
};

/** A fresh temporary folder, removed by the returned function. */
export function scratch(): { dir: string; copy(from: string, name: string): string; done(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'letter-check-'));
  return {
    dir,
    copy: (from, name) => {
      const to = join(dir, name);
      copyFileSync(from, to);
      return to;
    },
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const ROOT = join(__dirname, '..', '..');

/** Bundles the command line as scripts/build.mjs does, into a scratch copy of the bin/ + dist/ layout. */
export async function builtCli(dir: string): Promise<string> {
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(ROOT, 'bin', 'letter-check.js'), join(dir, 'bin', 'letter-check.js'));
  await build({
    absWorkingDir: ROOT,
    entryPoints: { cli: 'server/src/cli/letter-check.ts' },
    bundle: true,
    outdir: join(dir, 'dist'),
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'silent',
  });
  // The dictionary beside the bundle, as the build puts it (without it every run says spelling is off).
  mkdirSync(join(dir, 'dist', 'dictionary-en-gb'));
  for (const file of ['index.aff', 'index.dic']) copyFileSync(join(ROOT, 'node_modules', 'dictionary-en-gb', file), join(dir, 'dist', 'dictionary-en-gb', file));
  return join(dir, 'bin', 'letter-check.js');
}

