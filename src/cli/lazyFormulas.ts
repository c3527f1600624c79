import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { lazy } from '../core/api/lazy';
import { requireWithCodeCache } from './codeCache';
import { setFormulaV8Flags } from './formulaV8Flags';

type FormulaCommands = typeof import('./formulaCommands');

/**
 * The built formula half beside this bundle (dist/cli-formulas.js), or undefined when running
 * from source (tests): there this file is src/cli/lazyFormulas.ts and nothing sits beside it.
 */
function builtFormulaBundle(): string | undefined {
  const bundle = join(__dirname, 'cli-formulas.js');
  return __filename.endsWith('.js') && existsSync(bundle) ? bundle : undefined;
}

/**
 * The formula half of the CLI (formulaCommands.ts), loaded on first use: the built bundle with
 * V8's code cache (codeCache.ts) and the V8 flags set for it (formulaV8Flags.ts), else the module
 * itself. esbuild.js maps the import below to the same separate bundle, so it is never bundled
 * into dist/cli.js.
 */
export const loadFormulaCommands = lazy(async (): Promise<FormulaCommands> => {
  const bundle = builtFormulaBundle();
  if (bundle) setFormulaV8Flags(); // before the bundle compiles: its code cache holds these flags
  return bundle ? (requireWithCodeCache(bundle) as FormulaCommands) : import('./formulaCommands');
});
