/**
 * A name defined again with the same expression is not a new name. Notes restate a function as
 * they rewrite it — djeada/Calculus-And-Analysis defines `$y = \ln{\frac{x}{3x-4}}$`, then
 * writes `$y = \ln{x} - \ln{(3x-4)}$` and differentiates: `$y' = \frac{1}{x} - \frac{3}{3x-4}$`.
 * A name defined twice may confirm a claim, never refute it (noteSettings.ts), because the second
 * definition may be another function; when both definitions agree at every point drawn, the
 * name still means one function, and a slip in its derivative (`\frac{3}{3x-5}`) may fail.
 */
import { CannotEvaluate, evaluate } from '../evaluate/interpret';
import { variablesOf, seeded } from '../identity/identity';
import type { MathJson } from '../read/engine';
import type { FunctionDefinition } from '../types';

/** Points drawn, and how many of them must give both expressions a value. */
const POINTS = 12;
const MIN_VALUED = 8;
/** Heads whose cost grows with their bounds: a restatement with them is not checked (definitions are learnt for every formula). */
const COSTLY = /"(?:Sum|Product|Integrate|Integral|Limit|D|Derivative|Partial)"/;
/** No wall-clock deadline (it would count as a cut-short formula, deadline.ts): the expressions are small and loop-free. */
const NO_DEADLINE = Number.MAX_SAFE_INTEGER;

/** The expression a definition binds (`y = x^3 + 6` keeps its expression even when earlier numbers gave it a value). */
const expressionOf = (d: FunctionDefinition): MathJson | undefined =>
  d.expression ?? (d.body !== undefined && typeof d.body !== 'number' ? d.body : undefined);

/** Whether `again` binds `earlier`'s name to the same function of the same parameters (agreeing at every point drawn). */
export function restatesDefinition(earlier: FunctionDefinition | undefined, again: FunctionDefinition): boolean {
  if (earlier === undefined || earlier.redefined === true || earlier.named !== undefined) return false;
  if (earlier.params.length !== again.params.length || earlier.params.some((p, k) => p !== again.params[k])) return false;
  const a = expressionOf(earlier);
  const b = expressionOf(again);
  if (a === undefined || b === undefined) return false;
  if (COSTLY.test(JSON.stringify([a, b]))) return false;
  const variables = [...new Set([...variablesOf(a), ...variablesOf(b)])].sort();
  if (variables.length === 0) return false;
  const random = seeded(`${earlier.source}\u0000${again.source}`);
  let valued = 0;
  for (let t = 0; t < POINTS; t++) {
    const env = new Map(variables.map((v) => [v, 0.05 + 2.95 * random()] as const));
    try {
      const budget = () => ({ deadline: NO_DEADLINE, maxTerms: 1_000, steps: 0 });
      const l = evaluate(a, budget(), env).value;
      const r = evaluate(b, budget(), env).value;
      if (!Number.isFinite(l) || !Number.isFinite(r)) continue;
      if (Math.abs(l - r) > 1e-9 * Math.max(1, Math.abs(l), Math.abs(r))) return false;
      valued++;
    } catch (error) {
      if (error instanceof CannotEvaluate || error instanceof RangeError) continue;
      throw error;
    }
  }
  return valued >= MIN_VALUED;
}
