/**
 * Runs the built CLI (`node dist/cli.js`) as a user would, on notes written to
 * a temporary folder, and times it. Builds the bundle first if it is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/** Repository root. */
export const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

/** Builds dist/ with esbuild.js when a plain `vitest` run comes first. */
export function ensureCliBuilt(): void {
  if (existsSync(CLI)) return;
  const r = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}

/** A folder for this test file's notes and outputs. */
export function scratchDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'gradexp-hostile-'));
}

/** Writes `text` as `<dir>/<name>.md` and returns the path. */
export function writeNote(dir: string, name: string, text: string): string {
  const file = path.join(dir, `${name}.md`);
  writeFileSync(file, text);
  return file;
}

/** How one CLI process ended. */
export interface CliOutcome {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Runs `node dist/cli.js …args`, killed after `timeoutMs`. */
export function runCli(args: readonly string[], timeoutMs: number): CliOutcome {
  const started = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 30 });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms: performance.now() - started };
}
