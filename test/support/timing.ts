/**
 * Durations measured by tests are figures to report, not pass marks. `expectDuration` prints one,
 * appends it to `test-results/timings.jsonl` (one JSON object a line: test file, what, ms, limit,
 * load average) and asserts only a gross bound: one that a correct implementation never comes near,
 * even on a loaded 2-core machine, and that a freeze, a hang or a quadratic path (seconds) still
 * breaks. The bound is multiplied by GRADEXP_TEST_TIME_SCALE (see timeScale.ts).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect } from 'vitest';
import { scaled, TIME_SCALE } from './timeScale';

export { scaled, TIME_SCALE } from './timeScale';

const reportFile = path.resolve(__dirname, '..', '..', 'test-results', 'timings.jsonl');

/** Reports `ms` (what it measured: `what`) and asserts that it stays under the gross bound `grossLimitMs` (scaled). */
export function expectDuration(what: string, ms: number, grossLimitMs: number): void {
  const limitMs = scaled(grossLimitMs);
  reportDuration(what, ms, limitMs);
  expect(ms, `${what}: ${ms.toFixed(1)} ms, over the gross limit of ${limitMs} ms (a freeze or a hang, not load)`).toBeLessThan(limitMs);
}

/** Prints a measured duration and appends it to test-results/timings.jsonl, asserting nothing. */
export function reportDuration(what: string, ms: number, limitMs?: number): void {
  const load = os.loadavg()[0]!;
  const test = expect.getState().currentTestName ?? '';
  const file = path.relative(path.resolve(__dirname, '..', '..'), expect.getState().testPath ?? '');
  console.log(`timing: ${what}: ${ms.toFixed(1)} ms${limitMs === undefined ? '' : ` (gross limit ${limitMs} ms)`}, load ${load.toFixed(2)}`);
  try {
    fs.mkdirSync(path.dirname(reportFile), { recursive: true });
    fs.appendFileSync(reportFile, `${JSON.stringify({ file, test, what, ms: Math.round(ms * 10) / 10, limitMs, load1: load })}\n`);
  } catch {
    // the report is a convenience; the printed line above is the record
  }
}

/** What a formula reports when its wall-clock evaluation budget (250 ms) ran out. */
export const OUT_OF_TIME = 'cannot evaluate: evaluation took too long';

/**
 * Expects `expected` formulas of `formulas` to have `verdict`, allowing for the few that ran out of
 * their 250 ms wall-clock budget: on a loaded machine a trivial formula can (2 of 10,000 were seen
 * at load 20–30), and which verdict it would have had is unknown. Exact when none ran out of time;
 * the number that did is printed, and bounded grossly (1 % of the formulas, times the scale).
 */
export function expectVerdictsAllowingTimeouts(
  what: string,
  formulas: readonly { readonly verdict: string; readonly error?: string | null }[],
  verdict: string,
  expected: number,
): void {
  const judged = formulas.filter((f) => f.verdict === verdict).length;
  const outOfTime = formulas.filter((f) => f.error === OUT_OF_TIME).length;
  console.log(`timing: ${what}: ${outOfTime} of ${formulas.length} formulas ran out of their evaluation budget, load ${os.loadavg()[0]!.toFixed(2)}`);
  expect(judged, `${what}: '${verdict}' verdicts`).toBeLessThanOrEqual(expected);
  expect(judged + outOfTime, `${what}: '${verdict}' verdicts (${judged}) and formulas out of time (${outOfTime})`).toBeGreaterThanOrEqual(expected);
  expect(outOfTime, `${what}: formulas out of time`).toBeLessThanOrEqual(Math.ceil((formulas.length / 100) * TIME_SCALE));
}
