/**
 * What differs between the desktop's Node extension host and VS Code for the
 * Web's web-worker host, and nothing else: how a worker starts, how the
 * hover's formula renderer loads, whether there is a home folder, and how
 * responsiveness is measured. Each host builds one (main.ts, web/main.ts) and
 * hands it to `activateWith` (activate.ts), the one feature code path.
 */
import type { ThreadWorker } from '../threads/threadWorker';
import type * as RenderSvg from './hover/formulaImage/renderSvg';
import type { LoopMonitor } from './responsiveness/loopStats';
import type { ResponsivenessExtras } from './responsiveness/responsivenessCommands';

/** The extension's workers: block runs, whole-note scans, the workspace check. */
export type WorkerKind = 'run' | 'scan' | 'check';

export interface ExtensionHost {
  /** Names the host in the log line of activation ("desktop", "web worker"). */
  readonly name: string;
  /** Starts a worker of this kind (synchronously: a web host queues messages until its script has loaded). */
  startWorker(kind: WorkerKind): ThreadWorker;
  /** Loads MathJax for the hover's drawn formulas; called on the first formula hover, throws when it cannot. */
  loadFormulaRenderer(): typeof RenderSvg;
  /** The user's home folder (a file system path), for the weights root rule; undefined where there is none. */
  readonly homeFolder: string | undefined;
  /** The event-loop monitor behind the responsiveness commands, and the host's extras. */
  responsiveness(log: (line: string) => void): { readonly monitor: LoopMonitor; readonly extras?: ResponsivenessExtras };
}
