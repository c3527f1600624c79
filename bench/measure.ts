/** Timing helpers for the benchmark: medians of repeated runs after a warm-up. */

/** Median wall time in milliseconds of `fn` over `reps` runs, after `warmup` unmeasured runs. */
export function medianMs(fn: () => void, reps: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Median of an async function's wall time, in milliseconds. */
export async function medianMsAsync(fn: () => Promise<unknown>, reps: number, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Median of a non-empty list. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** GFLOP/s of an m×n×k product (2mnk flops) taking `ms`. */
export function gflops(m: number, n: number, k: number, ms: number): number {
  return (2 * m * n * k) / (ms * 1e6);
}

/**
 * Alternate samples of our work with samples of a reference (each returning its
 * own time), so both see the same machine load; medians of each side.
 */
export async function pairedMedians(
  ours: () => void,
  theirs: () => Promise<number>,
  reps: number,
  warmup = 2,
): Promise<{ ours: number; theirs: number }> {
  for (let i = 0; i < warmup; i++) {
    ours();
    await theirs();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    ours();
    a.push(performance.now() - t);
    b.push(await theirs());
  }
  return { ours: median(a), theirs: median(b) };
}
