/**
 * Counts the run as `N passed, N failed` — the closing line CI logs and humans
 * look for. Under scripts/e2e/run.mjs the counts go to the runner, which
 * prints the line last; under a bare `vitest --config` this prints it. A run
 * that broke before a test could pass (setup failure, unhandled error) counts
 * as failed.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { handOffCounts, runnerIsListening } from './handoff';
import { killRegisteredGroups } from './processes';
import { registryOf } from './runDir';

/** vitest reporter printing `N passed, N failed` when the run ends. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    for (const module of testModules) {
      // A file whose beforeAll or import failed reports its tests as skipped: they did not pass, so they failed.
      const moduleFailed = module.state() === 'failed';
      let tests = 0;
      for (const test of module.children.allTests()) {
        tests++;
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed' || moduleFailed) failed++;
      }
      if (moduleFailed && tests === 0) failed++;
    }
    if (testModules.length === 0 && unhandledErrors.length === 0) failed++; // nothing ran at all
    // Global teardown does this too, but only after this line; report leftovers before the summary.
    const runDir = process.env.GRADEXP_E2E_RUN_DIR; // set by the global setup, in this process
    const leftovers = runDir ? killRegisteredGroups(registryOf(runDir)) : 0;
    if (leftovers > 0) process.stdout.write(`[e2e] stopped ${leftovers} process group(s) a scenario left running\n`);
    handOffCounts(passed, failed);
    if (!runnerIsListening()) process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  }
}
