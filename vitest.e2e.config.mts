import { defineConfig } from 'vitest/config';

// End-to-end scenarios in a real VS Code (code-server + Debian Chromium): `npm run e2e`.
// One scenario file at a time: each starts its own code-server and browser, and
// the machine has two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['scripts/e2e/globalSetup.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // Setup installs code-server on a cold cache (about a minute) and packages the extension.
    teardownTimeout: 30_000,
    reporters: ['default', './scripts/e2e/summaryReporter.ts'],
  },
});
