/**
 * One factor for every time limit of the tests: `GRADEXP_TEST_TIME_SCALE` (default 1; e.g. 3 on an
 * unusually slow or crowded machine) multiplies the gross bounds of measured durations
 * (test/support/timing.ts) and every wait, poll and timeout of the e2e suite. The defaults are
 * already set for a busy 2-core CI machine: a slow machine makes the tests slower, not red.
 * No vitest import here, so that the vitest config files can read it too.
 */
export const TIME_SCALE: number = readScale(process.env.GRADEXP_TEST_TIME_SCALE);

/** `ms` multiplied by {@link TIME_SCALE}, rounded to a whole millisecond. */
export function scaled(ms: number): number {
  return Math.round(ms * TIME_SCALE);
}

function readScale(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 1;
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`GRADEXP_TEST_TIME_SCALE must be a number above 0, got '${value}'`);
  return scale;
}
