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
import { scaled } from './timeScale';

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
