/**
 * "gradexp: Show Responsiveness Report" and "gradexp: Reset Responsiveness
 * Measurement": the extension host's event-loop delay for a user (the gradexp
 * Output channel) and for tests (the command's return value). The monitor
 * comes from the host (host.ts); the desktop adds a JSON report file and a CPU
 * profile when the environment asks for them (how the e2e suite reads them).
 */
import * as vscode from 'vscode';
import { formatEventLoopReport, type EventLoopStats, type LoopMonitor } from './loopStats';

/** What a host adds to the two commands: a place to publish each report, a profiler to restart and write. */
export interface ResponsivenessExtras {
  publish?(reason: 'report' | 'reset', stats: EventLoopStats): void;
  readonly profiler?: { start(): void; write(): void; dispose(): void };
}

/** Registers the two commands over `monitor` (disposed with them). */
export function registerResponsiveness(
  output: vscode.OutputChannel,
  log: (line: string) => void,
  monitor: LoopMonitor,
  extras: ResponsivenessExtras = {},
): vscode.Disposable {
  const { profiler } = extras;
  return vscode.Disposable.from(
    monitor,
    { dispose: () => profiler?.dispose() },
    vscode.commands.registerCommand('gradexp.showResponsivenessReport', (): EventLoopStats => {
      const stats = monitor.stats();
      log(formatEventLoopReport(stats));
      output.show(true);
      extras.publish?.('report', stats);
      profiler?.write();
      return stats;
    }),
    vscode.commands.registerCommand('gradexp.resetResponsivenessReport', (): EventLoopStats => {
      monitor.reset();
      profiler?.start();
      const stats = monitor.stats();
      log(`event-loop delay measurement reset at ${stats.since}`);
      extras.publish?.('reset', stats);
      return stats;
    }),
  );
}
