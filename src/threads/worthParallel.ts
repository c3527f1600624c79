/**
 * When a sweep is spread over threads: a pure rule with no thread in it, so
 * the run worker's job code (worker/runJob.ts) reaches no Node module through
 * it and stays the same in the web bundle.
 */
import { estimateWork, type ExperimentSpec } from '../core/api/notes';

/**
 * Below this much work a sweep runs in its own thread: starting worker threads
 * (each loading the engine and its WebAssembly) costs tens of milliseconds.
 */
export const PARALLEL_MIN_WORK = 5e7;

/** Whether a sweep is worth spreading over worker threads: two or more series and enough work in all. */
export function worthParallel(specs: readonly ExperimentSpec[]): boolean {
  return specs.length >= 2 && specs.reduce((sum, s) => sum + estimateWork(s), 0) >= PARALLEL_MIN_WORK;
}
