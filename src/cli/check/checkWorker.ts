/**
 * The check worker (bundled to dist/check-worker.js): checks whole notes sent
 * by `gradexp check` (parallelCheck.ts), loading the Compute Engine once per
 * thread. It only reads the text it is sent. The checking code is the main
 * thread's own bundle (dist/cli-formulas.js, through lazyFormulas.ts), loaded
 * with the same V8 code cache: this bundle is only the loader.
 */
import { loadFormulaCommands } from '../lazyFormulas';

void loadFormulaCommands().then((formulas) => formulas.serveCheckWorker());
