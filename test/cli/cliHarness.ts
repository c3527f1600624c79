import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { scaled } from '../support/timeScale';

/** Repository root, from this file's location. */
export const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

/** Build the bundle once if a plain `vitest` run comes before `npm run build`. */
export function ensureBuilt(): void {
  if (existsSync(CLI)) return;
  const r = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}

/** Outcome of one CLI process. */
export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Run `node dist/cli.js ...args` as a user would, from the repository root. */
export function cli(...args: string[]): CliResult {
  return cliIn(ROOT, ...args);
}

/** Run `node dist/cli.js ...args` from the folder `cwd` (paths in args are read from there). */
export function cliIn(cwd: string, ...args: string[]): CliResult {
  return cliWithEnv(cwd, {}, ...args);
}

/** `cliIn` with extra environment variables (e.g. another HOME). */
export function cliWithEnv(cwd: string, env: Readonly<Record<string, string>>, ...args: string[]): CliResult {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: scaled(120_000), maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t0 };
}

/** A fresh temporary folder holding `files` (relative path → text), made with their parent folders. */
export function scratchFolder(files: Readonly<Record<string, string>> = {}): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'gradexp-cli-')));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** The text of a gradexp block holding `lines`. */
export function block(...lines: string[]): string {
  return ['```gradexp', ...lines, '```', ''].join('\n');
}
