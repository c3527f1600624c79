import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { lazy } from '../core/api/lazy';
import { requireWithCodeCache } from './codeCache';
import { tuneTieringForFormulas } from './formulaTiering';

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
 * V8's code cache (codeCache.ts) and V8's tiering set for it (formulaTiering.ts), else the module
 * itself. esbuild.js maps the import below to the same separate bundle, so it is never bundled
 * into dist/cli.js.
 */
export const loadFormulaCommands = lazy(async (): Promise<FormulaCommands> => {
  const bundle = builtFormulaBundle();
  if (bundle) tuneTieringForFormulas(); // before the bundle compiles: its code cache holds these flags
  return bundle ? (requireWithCodeCache(bundle) as FormulaCommands) : import('./formulaCommands');
});
