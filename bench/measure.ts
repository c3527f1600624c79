/**
 * Timing helpers for the benchmark: medians of repeated runs after a warm-up.
 * The clock is this process's CPU time by default — on a shared machine other
 * jobs stretch wall time but hardly CPU time; `--wall` selects wall time.
 */

let useWall = process.argv.includes('--wall');

/** Run `fn` with wall-clock measurement (e.g. work spread over threads, where CPU time adds up). */
export async function withWallClock<T>(fn: () => Promise<T>): Promise<T> {
  const previous = useWall;
  useWall = true;
  try {
    return await fn();
  } finally {
    useWall = previous;
  }
}

/** Which clock the measurements use, for the report. */
export function clockName(): string {
  return useWall ? 'wall time' : 'CPU time of the measuring process';
}

/** Milliseconds on the selected clock. */
export function now(): number {
  if (useWall) return performance.now();
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Median wall time in milliseconds of `fn` over `reps` runs, after `warmup` unmeasured runs. */
export function medianMs(fn: () => void, reps: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = now();
    fn();
    times.push(now() - t);
  }
  return median(times);
}

/** Median of an async function's wall time, in milliseconds. */
export async function medianMsAsync(fn: () => Promise<unknown>, reps: number, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = now();
    await fn();
    times.push(now() - t);
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
    const t = now();
    ours();
    a.push(now() - t);
    b.push(await theirs());
  }
  return { ours: median(a), theirs: median(b) };
}
