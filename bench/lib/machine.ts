import { execFileSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem } from 'node:os';

/** What the figures were measured on, and how busy the machine was. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  freeMemoryGB: number;
  node: string;
  platform: string;
  /** 1, 5 and 15 minute load averages when the run started. */
  loadAtStart: number[];
  commit: string;
  dirty: boolean;
}

export function machine(root: string): Machine {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
    commit: git(['rev-parse', '--short', 'HEAD']) || 'unknown',
    dirty: git(['status', '--porcelain', '--', 'server', 'bench']) !== '',
  };
}
