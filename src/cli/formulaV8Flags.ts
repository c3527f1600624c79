/**
 * V8 flags for the formula half of the CLI. A check spreads its time over
 * thousands of functions (the Compute Engine's parser, a hundred readings; no
 * function above 2.5 % of the time, docs/performance.md), each run a few
 * hundred times in one short process.
 *
 * - `--interrupt-budget`: at V8's default (66 kB of bytecode executed before a
 *   function is considered for TurboFan) most of those functions were
 *   optimized on V8's background threads — which on two cores take the core
 *   the check would otherwise have — for a process that ends a second later.
 *   With 1 MB only the functions that really run hot are optimized.
 * - `--no-flush-bytecode`: V8 drops the bytecode of functions unused for a few
 *   collections and compiles them again on their next call; a vault's notes
 *   call the same readings note after note, so that only recompiled them.
 *
 * Together the bench vault's check takes about a fifth less CPU time
 * (docs/performance.md, "Where the time goes"). V8's code cache (codeCache.ts)
 * is accepted only under the flags it was made with, so every thread that
 * loads the formula bundle sets them first, before compiling it, and the cache
 * always sees the same flags. Only flags V8 reads as it goes are safe to set in
 * a running process: a collector flag (`--single-threaded-gc`) set the same way
 * crashed V8 at its next collection.
 */
import { setFlagsFromString } from 'node:v8';

/** Bytecode executed (bytes) before V8 considers a function for TurboFan; V8's default is 67,584. */
export const FORMULA_INTERRUPT_BUDGET = 1_000_000;

/** The flags, as V8 takes them. */
export const FORMULA_V8_FLAGS = [`--interrupt-budget=${FORMULA_INTERRUPT_BUDGET}`, '--no-flush-bytecode'] as const;

/** Set the flags (process-wide; setting them again in a worker changes nothing). */
export function setFormulaV8Flags(): void {
  for (const flag of FORMULA_V8_FLAGS) setFlagsFromString(flag);
}
