/**
 * What the vitest side of a run leaves for the runner (scripts/e2e/run.mjs)
 * in the folder named by GRADEXP_E2E_HANDOFF: where the process registry is,
 * so the runner can clean up even after vitest crashed, and the test counts,
 * so the runner's closing line is the very last one printed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const folder = (): string | undefined => process.env.GRADEXP_E2E_HANDOFF;

/** True when a runner waits for the counts (otherwise the reporter prints them itself). */
export function runnerIsListening(): boolean {
  const dir = folder();
  return dir !== undefined && fs.existsSync(dir);
}

/** Tells the runner where this run's process registry is. */
export function handOffRegistry(registry: string): void {
  if (runnerIsListening()) fs.writeFileSync(path.join(folder()!, 'registry'), registry);
}

/** Hands the runner the final counts. */
export function handOffCounts(passed: number, failed: number): void {
  if (runnerIsListening()) fs.writeFileSync(path.join(folder()!, 'summary.json'), JSON.stringify({ passed, failed }));
}
