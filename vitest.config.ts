import { defineConfig } from 'vitest/config';
import { scaled } from './test/support/timeScale';

// Timeouts are for a stuck test only; measured durations have their own gross bounds
// (test/support/timing.ts). GRADEXP_TEST_TIME_SCALE multiplies both.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: scaled(600_000),
    hookTimeout: scaled(600_000),
    expect: { poll: { timeout: scaled(30_000) } },
  },
});
