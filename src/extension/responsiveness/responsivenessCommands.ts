/**
 * "gradexp: Show Responsiveness Report" and "gradexp: Reset Responsiveness
 * Measurement": the extension host's event-loop delay for a user (the gradexp
 * Output channel) and for tests (the command's return value, and a JSON file
 * when GRADEXP_EVENT_LOOP_REPORT names one — how the e2e suite reads it).
 */
import * as vscode from 'vscode';
import { CPU_PROFILE_ENV, CpuProfiler } from './cpuProfile';
import { EventLoopMonitor, formatEventLoopReport, type EventLoopStats } from './eventLoopMonitor';
import { REPORT_FILE_ENV, writeReportFile, type EventLoopReportFile } from './reportFile';

/** Starts the event-loop monitor and registers its two commands. */
export function registerResponsiveness(output: vscode.OutputChannel, log: (line: string) => void): vscode.Disposable {
  const monitor = new EventLoopMonitor();
  const reportFile = process.env[REPORT_FILE_ENV];
  const profileFile = process.env[CPU_PROFILE_ENV];
  const profiler = profileFile ? new CpuProfiler(profileFile, log) : undefined;
  const publish = (reason: EventLoopReportFile['reason'], stats: EventLoopStats) => {
    if (reportFile) writeReportFile(reportFile, { ...stats, reason }, log);
  };
  return vscode.Disposable.from(
    monitor,
    { dispose: () => profiler?.dispose() },
    vscode.commands.registerCommand('gradexp.showResponsivenessReport', (): EventLoopStats => {
      const stats = monitor.stats();
      log(formatEventLoopReport(stats));
      output.show(true);
      publish('report', stats);
      profiler?.write();
      return stats;
    }),
    vscode.commands.registerCommand('gradexp.resetResponsivenessReport', (): EventLoopStats => {
      monitor.reset();
      profiler?.start();
      const stats = monitor.stats();
      log(`event-loop delay measurement reset at ${stats.since}`);
      publish('reset', stats);
      return stats;
    }),
  );
}
