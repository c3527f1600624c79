import { defineConfig } from 'vitest/config';
import { scaled } from './test/support/timeScale';

// End-to-end scenarios in a real VS Code (code-server + Debian Chromium): `npm run e2e`.
// One scenario file at a time: each starts its own code-server and browser, and
// the machine has two cores. Every wait is on a condition; these timeouts (and every
// wait's, see test/e2e/helpers/waits.ts) only decide when a stuck test fails, and
// GRADEXP_TEST_TIME_SCALE multiplies them all.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['scripts/e2e/globalSetup.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: scaled(600_000),
    // Starting code-server and Chromium and loading the workbench, on a busy machine.
    hookTimeout: scaled(600_000),
    // Setup installs code-server on a cold cache (about a minute) and packages the extension.
    teardownTimeout: scaled(60_000),
    // expect.poll's own default (1 s) is far too short for a workbench on a loaded machine.
    expect: { poll: { timeout: scaled(120_000), interval: 100 } },
    reporters: ['default', './scripts/e2e/summaryReporter.ts'],
  },
});
