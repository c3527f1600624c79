/**
 * The desktop entry (package.json `main`, dist/extension.js): gradexp in VS
 * Code's Node extension host. Its workers are worker threads of their own
 * bundles, MathJax is a bundle required on the first formula hover, and
 * responsiveness is Node's event-loop histogram (with a report file and a CPU
 * profile when the environment names them). Everything else is activate.ts.
 */
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import { activateWith, type GradexpApi } from './activate';
import { workspaceCheckRole } from './diagnostics/workspace/role';
import type { ExtensionHost, WorkerKind } from './host';
import { CPU_PROFILE_ENV, CpuProfiler } from './responsiveness/cpuProfile';
import { EventLoopMonitor } from './responsiveness/eventLoopMonitor';
import { REPORT_FILE_ENV, writeReportFile } from './responsiveness/reportFile';
import { countBudgetsInThreadCpu } from '../threads/threadCpuClock';

export type { GradexpApi } from './activate';

/** The bundle each worker runs (esbuild.js builds them). */
const WORKER_SCRIPTS: Record<WorkerKind, string> = {
  run: 'dist/worker.js',
  scan: 'dist/scan-worker.js',
  check: 'dist/workspace-check-worker.js',
};

function desktopHost(context: vscode.ExtensionContext): ExtensionHost {
  const script = (kind: WorkerKind) => context.asAbsolutePath(WORKER_SCRIPTS[kind]);
  return {
    name: 'desktop',
    startWorker: (kind) => (kind === 'check' ? workspaceCheckRole.start(script(kind)) : new Worker(script(kind), { name: `gradexp-${kind}` })),
    loadFormulaRenderer: () => require(context.asAbsolutePath('dist/formula-image.js')) as typeof import('./hover/formulaImage/renderSvg'),
    homeFolder: os.homedir(),
    responsiveness(log) {
      const reportFile = process.env[REPORT_FILE_ENV];
      const profileFile = process.env[CPU_PROFILE_ENV];
      return {
        monitor: new EventLoopMonitor(),
        extras: {
          publish: reportFile ? (reason, stats) => writeReportFile(reportFile, { ...stats, reason }, log) : undefined,
          profiler: profileFile ? new CpuProfiler(profileFile, log) : undefined,
        },
      };
    },
  };
}

/** Activates gradexp for Markdown notes. */
export function activate(context: vscode.ExtensionContext): GradexpApi {
  // Formulas analysed on the extension host's thread (the hover, the open note) count its CPU time (core/formula/deadline.ts).
  countBudgetsInThreadCpu();
  return activateWith(context, desktopHost(context));
}

/** Nothing to do: everything is disposed through context.subscriptions. */
export function deactivate(): void {}
