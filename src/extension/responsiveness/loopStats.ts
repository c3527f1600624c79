/**
 * What the responsiveness commands report, whichever host measured it: the
 * event-loop delay figures, the one-line report, and what a monitor offers.
 * The desktop measures with Node's histogram (eventLoopMonitor.ts), the web
 * host with a timer's drift (timerDriftMonitor.ts). No imports: both hosts use it.
 */

/** Event-loop delay since activation or the last reset, in milliseconds. */
export interface EventLoopStats {
  /** ISO time the measurement (re)started. */
  readonly since: string;
  /** Wall time covered by the measurement. */
  readonly elapsedMs: number;
  /** Timer samples recorded (about elapsedMs / resolutionMs on an idle loop). */
  readonly samples: number;
  readonly minMs: number;
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly meanMs: number;
  /**
   * The histogram's sampling interval. Each figure is a sample minus this
   * interval, so a stall of S ms reads between S − resolution and S.
   */
  readonly resolutionMs: number;
}

/** Measures the host's event-loop delay from its creation or the last reset. */
export interface LoopMonitor {
  /** Starts the measurement afresh. */
  reset(): void;
  /** The figures since creation or the last reset. */
  stats(): EventLoopStats;
  /** Stops measuring (extension deactivation). */
  dispose(): void;
}

/** The report as one line for the Output channel. */
export function formatEventLoopReport(stats: EventLoopStats): string {
  const f = (x: number) => x.toFixed(1);
  const seconds = (stats.elapsedMs / 1000).toFixed(1);
  return (
    `event-loop delay over ${seconds} s since ${stats.since} (${stats.samples} samples every ${stats.resolutionMs} ms): ` +
    `min ${f(stats.minMs)} ms, median ${f(stats.medianMs)} ms, p99 ${f(stats.p99Ms)} ms, max ${f(stats.maxMs)} ms, mean ${f(stats.meanMs)} ms ` +
    `(goal: max under 50 ms)`
  );
}
