/**
 * The CLI's formula half — everything that needs the Compute Engine or finds
 * math: `gradexp check` and the formulas of the HTML report. The built CLI keeps
 * it in a file of its own (dist/cli-formulas.js, see esbuild.js) and loads it
 * only when a command needs it, so `gradexp run` starts without parsing ~0.8 MB
 * it never uses.
 */
export { runCheck } from './check';
export { serveCheckWorker } from './check/parallelCheck';
export { renderHtmlReport } from './report/html';
export { reportFormulas } from './report/formulas';
