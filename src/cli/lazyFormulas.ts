import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { lazy } from '../core/api/lazy';
import { requireWithCodeCache } from './codeCache';

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
 * V8's code cache (codeCache.ts), else the module itself. esbuild.js maps the import below to the
 * same separate bundle, so it is never bundled into dist/cli.js.
 */
export const loadFormulaCommands = lazy(async (): Promise<FormulaCommands> => {
  const bundle = builtFormulaBundle();
  return bundle ? (requireWithCodeCache(bundle) as FormulaCommands) : import('./formulaCommands');
});
