/**
 * Lazy access to the Compute Engine, our LaTeX reader. It is large (≈1 MB) and
 * takes tens of milliseconds to start, so it is loaded by dynamic `import()`
 * on the first formula, never when the core is merely imported.
 */
import type { ComputeEngine } from '@cortex-js/compute-engine';

/** MathJSON as the engine writes it (numbers, `{num}` objects, symbols, `[head, …args]`). */
export type MathJson = number | string | { readonly num: string } | readonly MathJson[];

/** Turns one LaTeX side into non-canonical MathJSON. */
export interface LatexReader {
  read(latex: string): MathJson;
}

let pending: Promise<LatexReader> | undefined;
let loadMs: number | undefined;

/** The reader, loading the engine on first call (later calls share the same promise). */
export function latexReader(): Promise<LatexReader> {
  pending ??= load();
  return pending;
}

/** Milliseconds the first load took (import + construction), or undefined before it happened. */
export function engineLoadTimeMs(): number | undefined {
  return loadMs;
}

async function load(): Promise<LatexReader> {
  const started = Date.now();
  const module = await import('@cortex-js/compute-engine');
  const ce: ComputeEngine = new module.ComputeEngine();
  loadMs = Date.now() - started;
  return {
    read(latex: string): MathJson {
      // Non-canonical: we want the structure the author wrote (for "read as"), and
      // canonicalisation can do heavy symbolic work we would rather bound ourselves.
      return ce.parse(latex, { canonical: false }).json as MathJson;
    },
  };
}
