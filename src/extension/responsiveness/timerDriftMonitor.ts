/**
 * The web host's event-loop monitor: a Web Worker has no libuv histogram, so
 * a timer re-armed every `resolutionMs` records how late it fires — a stall
 * of S ms makes one tick S ms late. Delays are kept in 1 ms buckets (a
 * percentile is a scan of them), min, max and mean exactly. The same figures
 * as the desktop's EventLoopMonitor, coarser; no `vscode`: unit-tested as is.
 */
import type { EventLoopStats, LoopMonitor } from './loopStats';

/** Delays at or past this many ms share the last bucket (its value is the exact max). */
const BUCKETS = 60_000;

export class TimerDriftMonitor implements LoopMonitor {
  private readonly buckets = new Uint32Array(BUCKETS + 1);
  private count = 0;
  private sum = 0;
  private min = Infinity;
  private max = 0;
  private startedAt = Date.now();
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param resolutionMs the timer's interval.
   * @param now the clock (performance.now in the host; a fake one in tests).
   */
  constructor(
    private readonly resolutionMs = 10,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.arm();
  }

  /** Records one tick that fired `delayMs` late; the timer calls it, and tests do. */
  record(delayMs: number): void {
    const ms = Math.max(0, delayMs);
    this.buckets[Math.min(BUCKETS, Math.floor(ms))]!++;
    this.count++;
    this.sum += ms;
    this.min = Math.min(this.min, ms);
    this.max = Math.max(this.max, ms);
  }

  reset(): void {
    this.buckets.fill(0);
    this.count = 0;
    this.sum = 0;
    this.min = Infinity;
    this.max = 0;
    this.startedAt = Date.now();
  }

  stats(): EventLoopStats {
    const none = this.count === 0;
    return {
      since: new Date(this.startedAt).toISOString(),
      elapsedMs: Date.now() - this.startedAt,
      samples: this.count,
      minMs: none ? 0 : this.min,
      medianMs: none ? 0 : this.percentile(50),
      p99Ms: none ? 0 : this.percentile(99),
      maxMs: this.max,
      meanMs: none ? 0 : this.sum / this.count,
      resolutionMs: this.resolutionMs,
    };
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The smallest bucket at or below which `p`% of the delays lie (the exact max for the last bucket). */
  private percentile(p: number): number {
    const rank = Math.ceil((p / 100) * this.count);
    let seen = 0;
    for (let ms = 0; ms <= BUCKETS; ms++) {
      seen += this.buckets[ms]!;
      if (seen >= rank) return ms === BUCKETS ? this.max : Math.min(ms, this.max);
    }
    return this.max;
  }

  private arm(): void {
    const due = this.now() + this.resolutionMs;
    this.timer = setTimeout(() => {
      this.record(this.now() - due);
      this.arm();
    }, this.resolutionMs);
  }
}
