/**
 * The CLI's formula half — everything that needs the Compute Engine or finds
 * math: `gradexp check` and the formulas of the HTML report. The built CLI keeps
 * it in a file of its own (dist/cli-formulas.js, see esbuild.js) and loads it
 * only when a command needs it, so `gradexp run` starts without parsing ~0.8 MB
 * it never uses.
 */
import { countBudgetsInThreadCpu } from '../threads/threadCpuClock';

// This bundle checks formulas on the main thread and in each check worker (checkWorker.ts loads it there):
// each thread's formula budgets count its own CPU time (src/core/formula/deadline.ts).
countBudgetsInThreadCpu();

export { runCheck } from './check';
export { serveCheckWorker } from './check/parallelCheck';
export { renderHtmlReport } from './report/html';
export { reportFormulas } from './report/formulas';
