import { lazy } from '../core/api/lazy';

/** The formula half of the CLI (formulaCommands.ts), loaded on first use. */
// esbuild.js maps this import to the separate bundle dist/cli-formulas.js.
export const loadFormulaCommands = lazy(() => import('./formulaCommands'));
