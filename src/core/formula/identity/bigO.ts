/**
 * Orders of growth: `\sum_{i=1}^n i = O(n^2)` (deepgenerativemodels-notes), `O(4w) = O(w)`
 * (ericwiener-ai-notes). The `=` of O-notation is one-way: `f = O(g)` and `O(f) = O(g)` say
 * that f/g stays bounded as the one variable grows, which no value of either side shows.
 *
 * The ratio |f/g| is computed at n = 16, 64, 256, 1024, 4096; the claim holds when it never
 * grows from one to the next (beyond float64 noise) — a ratio that settles or falls, as
 * (n² + n)/n² and (n + 1)/2n do. A reading that may confirm, never refute: a ratio that
 * grows slowly (n log n against n) is what the claim denies, but five points cannot tell
 * growth from a slow approach to a bound, so such a claim stays undecided.
 */
import type { MathJson } from '../read/engine';
import { evaluate } from '../evaluate/interpret';
import { freeSymbols } from '../read/readAs';
import type { ClaimReport } from '../types';

/** `O(…)`, `\mathcal{O}(…)`, with `\left( … \right)` or `\big(`: the whole side, its argument captured. */
const ORDER = /^\s*(?:O|\\mathcal\s*\{\s*O\s*\}|\\mathcal\s+O)\s*(?:\\left|\\big|\\Big)?\s*\(([\s\S]*?)(?:\\right|\\big|\\Big)?\s*\)\s*$/;
/** Cheap test before anything is read. */
const MAY_ORDER = /(?:^|[^A-Za-z\\])O\s*(?:\\left|\\big|\\Big)?\s*\(|\\mathcal\s*\{?\s*O/;
const POINTS = [16, 64, 256, 1024, 4096];
/** Float64 noise allowed in a ratio that does not grow. */
const NOISE = 1e-9;

/** The claim held when one side is O(g) and the other (f, or O(f)) is bounded by g as the variable grows; otherwise as it was. */
export function withOrderOfGrowth(claim: ClaimReport, texts: readonly [string, string], read: (latex: string) => MathJson, deadline: number): ClaimReport {
  if (claim.relation !== '=' || claim.verdict !== 'none' || !MAY_ORDER.test(texts[1])) return claim;
  const bound = ORDER.exec(texts[1]);
  if (!bound || !balanced(bound[1]!)) return claim;
  const inner = ORDER.exec(texts[0]);
  const bounded = inner && balanced(inner[1]!) ? inner[1]! : texts[0];
  let f: MathJson;
  let g: MathJson;
  try {
    f = read(bounded);
    g = read(bound[1]!);
  } catch {
    return claim;
  }
  const variables = [...new Set([...freeSymbols(f), ...freeSymbols(g)])];
  if (variables.length !== 1 || !freeSymbols(g).includes(variables[0]!)) return claim;
  const ratios = ratiosAlong(f, g, variables[0]!, deadline);
  if (!ratios || ratios.some((r, k) => k > 0 && r > ratios[k - 1]! * (1 + NOISE))) return claim;
  const { reason: _reason, ...rest } = claim;
  const shown = ratios.map((r) => String(Number(r.toPrecision(4)))).join(', ');
  return { ...rest, verdict: 'holds', reading: `as an order of growth: |f/g| at ${variables[0]} = ${POINTS.join(', ')} is ${shown}, never growing` };
}

/** |f/g| at each point, or undefined when one is not a positive finite number. */
function ratiosAlong(f: MathJson, g: MathJson, variable: string, deadline: number): number[] | undefined {
  const ratios: number[] = [];
  for (const n of POINTS) {
    try {
      const env = new Map([[variable, n]]);
      const budget = () => ({ deadline, maxTerms: 10_000, steps: 0 });
      const r = Math.abs(evaluate(f, budget(), env).value / evaluate(g, budget(), env).value);
      if (!Number.isFinite(r) || r === 0) return undefined;
      ratios.push(r);
    } catch {
      return undefined;
    }
  }
  return ratios;
}

/** Whether parentheses balance in the captured argument (`O(n) + O(m)` is no single O). */
function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
