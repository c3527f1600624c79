/**
 * How long the extension host's event loop was held up, measured with Node's
 * native histogram (`perf_hooks.monitorEventLoopDelay`): a libuv timer samples
 * the loop every RESOLUTION_MS, off the JavaScript hot path, so keeping it on
 * from activation costs next to nothing. No `vscode` import: unit-tested as is.
 */
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import type { EventLoopStats, LoopMonitor } from './loopStats';

export { formatEventLoopReport, type EventLoopStats } from './loopStats';

/** Sampling interval of the histogram's timer. */
export const RESOLUTION_MS = 10;

const NS_PER_MS = 1e6;

/** A sample (ns, timer interval included) as delay in ms: the interval is not delay. */
function delayMs(sampleNs: number, resolutionMs: number): number {
  return Number.isFinite(sampleNs) ? Math.max(0, sampleNs / NS_PER_MS - resolutionMs) : 0;
}

/** Owns one histogram for the life of the extension host (the desktop's monitor). */
export class EventLoopMonitor implements LoopMonitor {
  private readonly histogram: IntervalHistogram;
  private startedAt = Date.now();

  constructor(private readonly resolutionMs = RESOLUTION_MS) {
    this.histogram = monitorEventLoopDelay({ resolution: resolutionMs });
    this.histogram.enable();
  }

  /** Starts the measurement afresh (e.g. once a note is open and parsed). */
  reset(): void {
    this.histogram.reset();
    this.startedAt = Date.now();
  }

  /** The figures since activation or the last reset. */
  stats(): EventLoopStats {
    const h = this.histogram;
    const samples = h.count;
    const ms = (ns: number) => (samples === 0 ? 0 : delayMs(ns, this.resolutionMs));
    return {
      since: new Date(this.startedAt).toISOString(),
      elapsedMs: Date.now() - this.startedAt,
      samples,
      minMs: ms(h.min),
      medianMs: ms(h.percentile(50)),
      p99Ms: ms(h.percentile(99)),
      maxMs: ms(h.max),
      meanMs: ms(h.mean),
      resolutionMs: this.resolutionMs,
    };
  }

  /** Stops the timer (extension deactivation). */
  dispose(): void {
    this.histogram.disable();
  }
}
