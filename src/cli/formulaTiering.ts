/**
 * How eagerly V8 optimizes the formula half of the CLI. A check spreads its
 * time over thousands of functions (the Compute Engine's parser, a hundred
 * readings; no function above 3.5 % of the time, docs/performance.md), each
 * run a few hundred times in one short process. At V8's default interrupt
 * budget (66 kB of bytecode executed before a function is considered for
 * TurboFan), most of them were optimized on V8's background threads — which
 * on two cores take the core the check would otherwise have — for a process
 * that ends a second later. With a budget of 1 MB only the functions that
 * really run hot are optimized: the bench vault's check takes about a fifth
 * less CPU time in all (docs/performance.md, "Where the time goes").
 *
 * V8's code cache (codeCache.ts) is accepted only under the flags it was made
 * with, so every thread that loads the formula bundle sets the flag first,
 * before compiling it, and the cache always sees the same flags. Only a tiering
 * flag is safe to set in a running process: a collector flag
 * (`--single-threaded-gc`) set the same way crashed V8 at its next collection.
 */
import { setFlagsFromString } from 'node:v8';

/** Bytecode executed (bytes) before V8 considers a function for TurboFan; V8's default is 67,584. */
export const FORMULA_INTERRUPT_BUDGET = 1_000_000;

/** Set the tiering flag (process-wide; setting it again in a worker changes nothing). */
export function tuneTieringForFormulas(): void {
  setFlagsFromString(`--interrupt-budget=${FORMULA_INTERRUPT_BUDGET}`);
}
