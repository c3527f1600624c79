/**
 * Shared fast-check harness for the robustness suite: one seed for the whole
 * run (GRADEXP_FUZZ_SEED, else random and logged), a per-input time limit, and
 * a tally of how many generated inputs were tried, so CI can print the count.
 */
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { scaled } from '../support/timeScale';

/**
 * Gross bound on any single generated input (docs/spec.md §6 asks for no input over a second; the
 * slowest is reported in each tally: 41–402 ms on an idle machine, 4.7 s at load 20). A hang or a
 * quadratic path breaks it, a loaded machine (seen: 10–20× slower at load 20+ on two cores) does
 * not. Times GRADEXP_TEST_TIME_SCALE.
 */
export const PER_INPUT_LIMIT_MS = scaled(30_000);

/** Reads an integer seed from GRADEXP_FUZZ_SEED, or draws one; either way it is logged for replay. */
function readSeed(): number {
  const raw = process.env.GRADEXP_FUZZ_SEED;
  if (raw !== undefined && raw.trim() !== '') {
    const seed = Number(raw);
    if (!Number.isSafeInteger(seed)) throw new Error(`GRADEXP_FUZZ_SEED must be an integer, got '${raw}'`);
    return seed | 0;
  }
  return (Math.random() * 0x7fffffff) | 0;
}

/** Multiplies every property's run count (GRADEXP_FUZZ_SCALE=10 for a long soak; default 1). */
function readScale(): number {
  const raw = process.env.GRADEXP_FUZZ_SCALE;
  const scale = raw === undefined || raw === '' ? 1 : Number(raw);
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`GRADEXP_FUZZ_SCALE must be a positive number, got '${raw}'`);
  return scale;
}

/** The seed every property of this run uses. */
export const FUZZ_SEED = readSeed();
/** Run-count multiplier of this run. */
export const FUZZ_SCALE = readScale();

/** How many inputs one property tried and how slow the slowest was. */
export interface PropertyTally {
  readonly name: string;
  readonly inputs: number;
  readonly slowestMs: number;
  readonly totalMs: number;
}

/** The command line that replays a failure of this run. */
export function replayHint(file: string): string {
  return `replay: GRADEXP_FUZZ_SEED=${FUZZ_SEED} npx vitest run ${file}`;
}

interface Timing {
  inputs: number;
  slowestMs: number;
}

/** Times one input; an input over the limit is a failure fast-check can shrink and report. */
function timed<T>(timing: Timing, check: (value: T) => void): (value: T) => void {
  return (value) => {
    const started = performance.now();
    check(value);
    const ms = performance.now() - started;
    timing.inputs++;
    if (ms > timing.slowestMs) timing.slowestMs = ms;
    if (ms > PER_INPUT_LIMIT_MS) throw new Error(`one input took ${ms.toFixed(0)} ms (limit ${PER_INPUT_LIMIT_MS} ms)`);
  };
}

function parameters(runs: number): fc.Parameters<unknown> {
  return { seed: FUZZ_SEED, numRuns: Math.max(1, Math.round(runs * FUZZ_SCALE)) };
}

function explain(name: string, file: string, error: unknown): Error {
  // fast-check keeps the property's own error as `cause`; show it, it says what broke.
  const cause = error instanceof Error && error.cause instanceof Error ? `\ncause: ${error.cause.message}` : '';
  const message = (error instanceof Error ? error.message : String(error)) + cause;
  return new Error(`fuzz property '${name}' failed (seed ${FUZZ_SEED}; ${replayHint(file)})\n${message}`);
}

/** Checks a synchronous property over `runs` generated inputs; returns the tally. */
export function fuzz<T>(name: string, file: string, arbitrary: fc.Arbitrary<T>, runs: number, check: (value: T) => void): PropertyTally {
  const timing: Timing = { inputs: 0, slowestMs: 0 };
  const started = performance.now();
  try {
    fc.assert(fc.property(arbitrary, timed(timing, check)), parameters(runs));
  } catch (error) {
    throw explain(name, file, error);
  }
  return { name, inputs: timing.inputs, slowestMs: timing.slowestMs, totalMs: performance.now() - started };
}

/** Like fuzz, for checks that must await (the formula engine loads lazily). */
export async function fuzzAsync<T>(
  name: string,
  file: string,
  arbitrary: fc.Arbitrary<T>,
  runs: number,
  check: (value: T) => Promise<void>,
): Promise<PropertyTally> {
  const timing: Timing = { inputs: 0, slowestMs: 0 };
  const started = performance.now();
  const property = fc.asyncProperty(arbitrary, async (value) => {
    const t0 = performance.now();
    await check(value);
    const ms = performance.now() - t0;
    timing.inputs++;
    if (ms > timing.slowestMs) timing.slowestMs = ms;
    if (ms > PER_INPUT_LIMIT_MS) throw new Error(`one input took ${ms.toFixed(0)} ms (limit ${PER_INPUT_LIMIT_MS} ms)`);
  });
  try {
    await fc.assert(property, parameters(runs));
  } catch (error) {
    throw explain(name, file, error);
  }
  return { name, inputs: timing.inputs, slowestMs: timing.slowestMs, totalMs: performance.now() - started };
}

/** One line per property and a total, for the CI log. */
export function formatTallies(title: string, tallies: readonly PropertyTally[]): string {
  const total = tallies.reduce((n, t) => n + t.inputs, 0);
  const rows = tallies.map(
    (t) => `  ${t.name.padEnd(44)} ${String(t.inputs).padStart(7)} inputs  slowest ${t.slowestMs.toFixed(1).padStart(7)} ms  total ${(t.totalMs / 1000).toFixed(1)} s`,
  );
  return [`${title} (seed ${FUZZ_SEED}, scale ${FUZZ_SCALE}): ${total} inputs`, ...rows].join('\n');
}

/**
 * Adds this file's inputs to a tally shared by the fuzz files of one vitest run
 * (keyed by the vitest process, the parent of every worker) and returns the
 * running total, so the last fuzz file to finish prints the run's total.
 */
function addToRunTotal(file: string, inputs: number): { total: number; files: number } {
  const tallyFile = path.join(tmpdir(), `gradexp-fuzz-tally-${process.ppid}.json`);
  let byFile: Record<string, number> = {};
  try {
    byFile = JSON.parse(readFileSync(tallyFile, 'utf8')) as Record<string, number>;
  } catch {
    // First fuzz file of this run.
  }
  byFile[file] = inputs;
  writeFileSync(tallyFile, JSON.stringify(byFile));
  const counts = Object.values(byFile);
  return { total: counts.reduce((a, b) => a + b, 0), files: counts.length };
}

/** Prints a file's tallies and the run's total so far (the CI log's record of inputs tried). */
export function reportTallies(title: string, file: string, tallies: readonly PropertyTally[]): void {
  const inputs = tallies.reduce((n, t) => n + t.inputs, 0);
  const run = addToRunTotal(file, inputs);
  console.log(`${formatTallies(title, tallies)}\nfuzz inputs in this run so far: ${run.total} over ${run.files} file(s)`);
}
