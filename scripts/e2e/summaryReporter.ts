/**
 * Adds one closing line, alone on its line, to vitest's own output:
 * `N passed, N failed` — the line CI logs and humans look for. A run that
 * broke before any test (setup failure, unhandled error) counts as failed.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { killRegisteredGroups } from './processes';
import { registryOf } from './runDir';

/** vitest reporter printing `N passed, N failed` when the run ends. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    for (const module of testModules) {
      let tests = 0;
      for (const test of module.children.allTests()) {
        tests++;
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
      }
      // A file whose beforeAll or import failed may report no failed test at all.
      if (module.state() === 'failed' && tests === 0) failed++;
    }
    if (testModules.length === 0 && unhandledErrors.length === 0) failed++; // nothing ran at all
    // Global teardown does this too, but only after this line; report leftovers before the summary.
    const runDir = process.env.GRADEXP_E2E_RUN_DIR; // set by the global setup, in this process
    const leftovers = runDir ? killRegisteredGroups(registryOf(runDir)) : 0;
    if (leftovers > 0) process.stdout.write(`[e2e] stopped ${leftovers} process group(s) a scenario left running\n`);
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
  }
}
