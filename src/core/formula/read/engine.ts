/**
 * Lazy access to the Compute Engine, our LaTeX reader. It is large (≈1 MB) and
 * takes tens of milliseconds to start, so it is loaded by dynamic `import()`
 * on the first formula, never when the core is merely imported.
 */
import { lazy } from '../../api/lazy';
import type { BoxedExpression, ComputeEngine } from '@cortex-js/compute-engine';
import { regroupCall } from './functionCalls';
import { speedUpParser } from './parserSpeed';
import { readQuickly } from './quickReader';

/** MathJSON as the engine writes it (numbers, `{num}` objects, symbols, `[head, …args]`). */
export type MathJson = number | string | { readonly num: string } | readonly MathJson[];

/** Turns one LaTeX side into non-canonical MathJSON. */
export interface LatexReader {
  read(latex: string): MathJson;
}

let loadMs: number | undefined;

/**
 * Trees already read, by LaTeX: a vault repeats many sides (`\\mathbf{x}`,
 * `\\frac{1}{n}`) across formulas and notes, and a parse is most of a
 * formula's cost. The parse depends on the text alone (the engine's
 * dictionaries are fixed at load), so a hit is the same tree. Trees are frozen:
 * every caller shares them. Bounded: cleared when full, as the report cache.
 */
const PARSE_CACHE_LIMIT = 20_000;
const parsed = new Map<string, MathJson>();

/**
 * The engine has no reading of `\\|` (nor of `\\left\\|`): it reports it as an
 * unexpected command, and its error recovery takes time exponential in how many
 * there are — 5 ms for two norms written with them, 130 ms for four, seconds for
 * five, minutes for one `\\dots` sum of norms that a reading writes out. Past
 * this many bars the side is unreadable at once, with the same error the parse
 * would end in. (`\\lVert … \\rVert` parses in linear time; the array reading,
 * matrixSide.ts, pairs the bars into it.)
 */
const MAX_NORM_BARS = 4;
const NORM_BAR = /\\\|/g;
const TOO_MANY_BARS: MathJson = deepFreeze(['Error', "'unexpected-command'", ['LatexString', "'\\|'"]]);

/** Forget every tree read so far (clearFormulaCache; benchmarks time uncached parses). */
export function clearParseCache(): void {
  parsed.clear();
}

/** The one load, shared by every caller (core/api/lazy.ts). */
const loadOnce = lazy(() => load());

/** The reader, loading the engine on first call (later calls share the same promise). */
export function latexReader(): Promise<LatexReader> {
  return loadOnce();
}

/** Milliseconds the first load took (import, construction and the warm-up parse), or undefined before it happened. */
export function engineLoadTimeMs(): number | undefined {
  return loadMs;
}

async function load(): Promise<LatexReader> {
  const started = Date.now();
  const module = await import('@cortex-js/compute-engine');
  const ce: ComputeEngine = new module.ComputeEngine();
  speedUpParser(ce); // same parse, entries found by index (parserSpeed.ts)
  // The engine builds its LaTeX dictionaries on the first parse (~80 ms idle, 230 ms and more on a
  // busy machine). Done here, that one-time cost is not charged to the first formula's 250 ms
  // evaluation budget: it had made the first formula of a session "take too long" under load, and
  // that report was then cached for the session.
  ce.parse('1 + 1 = 2', { canonical: false });
  loadMs = Date.now() - started;
  loaded = {
    read(latex: string): MathJson {
      const hit = parsed.get(latex);
      if (hit !== undefined) return hit;
      if ((latex.match(NORM_BAR)?.length ?? 0) > MAX_NORM_BARS) return TOO_MANY_BARS;
      // Non-canonical: we want the structure the author wrote (for "read as"), and
      // canonicalisation can do heavy symbolic work we would rather bound ourselves.
      // The plainest sides are read without the engine, to the same tree (quickReader.ts).
      const tree = deepFreeze(readQuickly(latex) ?? toMathJson(ce.parse(latex, { canonical: false })));
      if (parsed.size >= PARSE_CACHE_LIMIT) parsed.clear();
      parsed.set(latex, tree);
      return tree;
    },
  };
  return loaded;
}

let loaded: LatexReader | undefined;

/** The reader once loaded, for the readings of a formula in its note, which run after its analysis loaded it. */
export function readerIfLoaded(): LatexReader | undefined {
  return loaded;
}

/** `tree`, with every array and object in it frozen (a shared tree must not be changed by one caller). */
export function deepFreeze(tree: MathJson): MathJson {
  if (typeof tree === 'object' && !Object.isFrozen(tree)) {
    Object.freeze(tree);
    if (Array.isArray(tree)) for (const item of tree) deepFreeze(item);
  }
  return tree;
}

/**
 * The parsed tree as MathJSON, each number literal as the exact decimal text
 * the author wrote (`{num: "5e-11"}`), so that float64 reads it as `Number()`
 * would. We walk the tree ourselves because the engine's own `.json` chops
 * every decimal number of magnitude ≤ 1e-10 to 0 (its BigNumericValue.toJSON
 * applies a fixed tolerance), and its "structural" operands are rebuilt from
 * that chopped JSON: `5 \times 10^{-11}` and `0.00000000005` came out as 0.
 * Operands also stay in the order written (`.json` sorts those of `+` and `×`),
 * which is the order float64 evaluates them in. A function symbol followed by
 * a parenthesised group applies to that group only (functionCalls.ts).
 */
export function toMathJson(expr: BoxedExpression): MathJson {
  if (expr.isNumberLiteral) return numberJson(expr);
  const ops = expr.ops;
  if (expr.isFunctionExpression && ops !== null && typeof expr.operator === 'string') {
    return regroupCall(expr.operator, ops.map(toMathJson));
  }
  const json = expr.json as MathJson;
  return typeof json === 'string' ? (LETTERS_NOT_CONSTANTS[json] ?? json) : json;
}

/**
 * Letters the engine reads as constants that notes use as variables: `\gamma` is a discount
 * factor or a scale, not Euler's γ; `G` a gradient or a graph, not Catalan's constant; `\varphi`
 * an angle or a feature map, not the golden ratio. As the engine's names they had no value and were
 * no variable either, so no claim with them was judged; as letters they are variables.
 */
const LETTERS_NOT_CONSTANTS: Readonly<Record<string, string>> = {
  EulerGamma: 'gamma',
  CatalanConstant: 'G',
  GoldenRatio: 'varphi',
  epsilonSymbol: 'varepsilon',
};

/** A number literal: machine numbers as they are, decimals and big integers as their exact text. */
function numberJson(expr: BoxedExpression): MathJson {
  const value = expr.numericValue;
  if (typeof value === 'number') return Number.isFinite(value) ? value : (expr.json as MathJson);
  if (value === null || value.im !== 0) return expr.json as MathJson;
  // Exact values (integers too large for a machine number) carry a rational and a square-root
  // factor; a written literal never has the latter, so anything else keeps the engine's form.
  const { rational, radical } = value as { rational?: readonly [number | bigint, number | bigint]; radical?: number };
  if (radical !== undefined && radical !== 1) return expr.json as MathJson;
  // The integer's own digits: the engine's bignumRe would divide by 1 at 21-digit precision.
  if (rational !== undefined && Number(rational[1]) === 1) return decimalJson(rational[0].toString());
  const exact = value.bignumRe;
  if (exact === undefined || !exact.isFinite()) return expr.json as MathJson;
  return decimalJson(exact.toString());
}

/** A plain number when float64 holds the decimal text exactly as written, else the text itself. */
function decimalJson(text: string): MathJson {
  const float = Number(text);
  return String(float) === text ? float : { num: text };
}
