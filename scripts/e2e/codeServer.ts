/**
 * Starts one code-server on 127.0.0.1 for one workspace, with its own
 * user-data-dir (fresh settings, no welcome page) and a shared extensions folder,
 * and waits until it answers.
 */
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { spawnGroup, tail, type ProcessGroup } from './processes';
import { scaled } from '../../test/support/timeScale';

/** Settings every session starts from: nothing may open, ask, update or phone home. */
export const baseSettings: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'none',
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'security.workspace.trust.enabled': false,
};

/** What {@link startCodeServer} needs. */
export interface CodeServerOptions {
  readonly bin: string;
  readonly workspace: string;
  /** Holds user-data/, config.yaml and code-server.log for this session. */
  readonly sessionDir: string;
  readonly extensionsDir: string;
  /** Merged over {@link baseSettings}. */
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly registry?: string;
  /** Variables added to the inherited environment (the extension host inherits them too). */
  readonly env?: Readonly<Record<string, string>>;
}

/** A code-server that answers on `url`. */
export interface RunningCodeServer {
  /** Opens the workspace folder. */
  readonly url: string;
  readonly logFile: string;
  readonly settingsFile: string;
  /** Stops code-server and everything it spawned. */
  stop(): Promise<void>;
}

/** Starts code-server and resolves once its health check answers (or rejects with its log). */
export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  const userDataDir = path.join(options.sessionDir, 'user-data');
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  fs.writeFileSync(settingsFile, JSON.stringify({ ...baseSettings, ...options.settings }, null, 2));
  // Without --config, code-server writes ~/.config/code-server/config.yaml with a password.
  const configFile = path.join(options.sessionDir, 'config.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  const logFile = path.join(options.sessionDir, 'code-server.log');
  const port = await freePort();
  const group: ProcessGroup = spawnGroup(
    options.bin,
    [
      '--config', configFile,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      '--user-data-dir', userDataDir,
      '--extensions-dir', options.extensionsDir,
      options.workspace,
    ],
    { logFile, registry: options.registry, env: options.env ? { ...process.env, ...options.env } : undefined },
  );
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(origin, group, scaled(180_000));
  } catch (err) {
    await group.stop(0);
    throw new Error(`${(err as Error).message}; last lines of ${logFile}:\n${tail(logFile, 20)}`);
  }
  return {
    url: `${origin}/?folder=${encodeURIComponent(options.workspace)}`,
    logFile,
    settingsFile,
    stop: () => group.stop(),
  };
}

/** Polls code-server's /healthz until it answers 200, the process dies, or time runs out. */
async function waitForHealth(origin: string, group: ProcessGroup, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (group.hasExited()) throw new Error(`code-server exited (${await group.exited}) before answering`);
    try {
      const res = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`code-server did not answer on ${origin} within ${timeoutMs} ms`);
}

/** Asks the kernel for a free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
