#!/usr/bin/env node
/**
 * `npm run e2e [-- vitest args]`: type-checks the harness, runs the scenarios
 * with vitest, and ends the output with one line `N passed, N failed` — the
 * very last line, even when vitest prints errors after its own report or dies.
 * Plain JavaScript so it needs no build step; the harness itself is TypeScript.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = (...parts) => path.join(root, 'node_modules', ...parts);
// Where the global setup leaves the process registry and the reporter the counts (see handoff.ts).
const handoff = fs.mkdtempSync(path.join(os.tmpdir(), 'gradexp-e2e-'));

/** @type {import('node:child_process').ChildProcess | undefined} */
let vitest;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  // Pass the signal on and let vitest stop its scenarios; we report once it has exited.
  process.on(signal, () => (vitest ? vitest.kill(signal) : finish(130, `interrupted by ${signal}`)));
}

const tsc = spawnSync(process.execPath, [bin('typescript', 'bin', 'tsc'), '-p', 'scripts/e2e/tsconfig.json'], {
  cwd: root,
  stdio: 'inherit',
});
if (tsc.status !== 0) finish(1, 'the e2e harness does not type-check');

vitest = spawn(
  process.execPath,
  [bin('vitest', 'vitest.mjs'), 'run', '--config', 'vitest.e2e.config.mts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, GRADEXP_E2E_HANDOFF: handoff } },
);
vitest.on('exit', (code, signal) => {
  const stopped = killLeftovers();
  if (stopped > 0) process.stdout.write(`[e2e] stopped ${stopped} process group(s) left running\n`);
  finish(code ?? 1, signal ? `vitest was stopped by ${signal}` : undefined);
});

/** Prints the closing line from the reporter's counts and exits. */
function finish(code, why) {
  const counts = readJson(path.join(handoff, 'summary.json'));
  fs.rmSync(handoff, { recursive: true, force: true });
  if (why) process.stdout.write(`[e2e] ${why}\n`);
  // No counts means the run broke before any test could report: that is a failure.
  const passed = counts?.passed ?? 0;
  const failed = counts?.failed ?? 1;
  process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  process.exit(failed > 0 ? Math.max(code, 1) : code);
}

/** SIGKILLs every process group still listed in the run's registry (a crashed vitest cannot have done it). */
function killLeftovers() {
  const registryFile = path.join(handoff, 'registry');
  if (!fs.existsSync(registryFile)) return 0;
  const registry = fs.readFileSync(registryFile, 'utf8').trim();
  if (!fs.existsSync(registry)) return 0;
  let killed = 0;
  for (const line of fs.readFileSync(registry, 'utf8').split('\n')) {
    const pid = Number(line.trim());
    if (!Number.isInteger(pid) || pid <= 1) continue;
    try {
      process.kill(-pid, 'SIGKILL');
      killed++;
    } catch {
      // already gone
    }
  }
  return killed;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
