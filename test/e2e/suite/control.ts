// A file handshake with the runner outside the extension host, for what only the browser side can do
// (screenshots): write `<id>.request.json` into E2E_CONTROL_DIR, wait for `<id>.done.json`.
import { existsSync, readFileSync, renameSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';

let counter = 0;

export interface ScreenshotRequest {
  /** File name under the session folder, or an absolute path. */
  file: string;
  /** CSS selectors the runner waits for in the workbench before taking the picture. */
  waitFor?: string[];
}

/** Resolves once the runner has taken the picture; resolves at once when no runner is listening. */
export async function requestScreenshot(file: string, waitFor: string[] = [], timeoutMs = 20_000): Promise<void> {
  const dir = process.env.E2E_CONTROL_DIR;
  if (!dir) return;
  const id = `${process.pid}-${++counter}`;
  const done = join(dir, `${id}.done.json`);
  const watcher = watch(dir);
  try {
    const finished = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no screenshot of ${file} within ${timeoutMs} ms`)), timeoutMs);
      const check = () => {
        if (!existsSync(done)) return;
        clearTimeout(timer);
        const answer = JSON.parse(readFileSync(done, 'utf8')) as { error?: string };
        if (answer.error) reject(new Error(`screenshot of ${file}: ${answer.error}`));
        else resolve();
      };
      watcher.on('change', check);
      watcher.on('error', reject);
      check();
    });
    // Written under another name and renamed, so the runner never reads half a request.
    const request: ScreenshotRequest = { file, waitFor };
    writeFileSync(join(dir, `${id}.tmp`), JSON.stringify(request));
    renameSync(join(dir, `${id}.tmp`), join(dir, `${id}.request.json`));
    await finished;
  } finally {
    watcher.close();
  }
}
