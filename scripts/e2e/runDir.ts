/**
 * The folder one e2e run writes to. Normally test-results/e2e, wiped at the
 * start of the run; while another run still holds it (two people, or two
 * terminals), this run takes test-results/e2e-<pid> instead of clobbering it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resultsDir } from './config';

const lockName = 'run.lock';

/** Claims and empties a run folder for this process; returns its path. */
export function claimRunDir(): string {
  const preferred = path.join(resultsDir, 'e2e');
  const holder = lockHolder(preferred);
  const runDir = holder === undefined ? preferred : path.join(resultsDir, `e2e-${process.pid}`);
  removeStaleSideFolders();
  if (holder !== undefined) process.stderr.write(`[e2e] test-results/e2e is in use by pid ${holder}; writing to ${path.relative(process.cwd(), runDir)}\n`);
  fs.rmSync(runDir, { recursive: true, force: true }); // every run starts from nothing
  fs.mkdirSync(runDir, { recursive: true });
  fs.writeFileSync(path.join(runDir, lockName), String(process.pid));
  process.env.GRADEXP_E2E_RUN_DIR = runDir; // for the summary reporter, in this same process
  return runDir;
}

/** Releases the folder (the files stay for people to look at). */
export function releaseRunDir(runDir: string): void {
  const lock = path.join(runDir, lockName);
  if (fs.existsSync(lock) && fs.readFileSync(lock, 'utf8') === String(process.pid)) fs.rmSync(lock);
}

/** The pid of a live process holding `dir`, if any (a lock left by a dead process does not count). */
function lockHolder(dir: string): number | undefined {
  const lock = path.join(dir, lockName);
  if (!fs.existsSync(lock)) return undefined;
  const pid = Number(fs.readFileSync(lock, 'utf8'));
  if (!Number.isInteger(pid) || pid <= 1 || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** Deletes e2e-<pid> folders of earlier concurrent runs that have finished (the main folder is kept until reused). */
function removeStaleSideFolders(): void {
  if (!fs.existsSync(resultsDir)) return;
  for (const name of fs.readdirSync(resultsDir)) {
    const dir = path.join(resultsDir, name);
    if (/^e2e-\d+$/.test(name) && name !== `e2e-${process.pid}` && lockHolder(dir) === undefined) {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** The registry of process groups of a run folder. */
export function registryOf(runDir: string): string {
  return path.join(runDir, 'process-groups.txt');
}
