/**
 * Limits: `\lim_{n\to\infty} (1 + \frac{x}{n})^n`, `\lim_{h \to 0} \frac{(x+h)^2 - x^2}{h}`.
 *
 * The body is evaluated along a sequence that approaches the target by
 * halving steps — s = h₀/2^k towards a finite a (from both sides), s = 1/n
 * with n = N·2^k towards ±∞ — and the values are extrapolated to s = 0 by
 * Richardson's scheme, which assumes the body is L + c₁s + c₂s² + … near the
 * target. The error bound carried as the value's noise is twice the last
 * change of the extrapolated values, and a limit has a value only when those
 * changes settled: each of the last SETTLED_STEPS at most half the one before
 * (or within rounding). A body that is not such a series (√s, s·log s, an
 * oscillation) does not settle that way and the limit is "cannot evaluate",
 * never a guess; the identity check (identity.ts) then needs the sides apart
 * by a hundred times the bound before it calls a claim false.
 */
import type { MathJson } from '../read/engine';
import { CannotEvaluate, type Budget, type Evaluated } from './interpret';

type Evaluate = (json: MathJson, budget: Budget, env: ReadonlyMap<string, number>, depth: number) => Evaluated;

/** Values along the sequence, and the orders of s removed at most (more amplifies rounding for little gain). */
const LEVELS = 14;
const MAX_ORDER = 4;
/** The last changes that must each at most halve. */
const SETTLED_STEPS = 3;
/** First step towards a finite target (times max(1, |a|)), and first n towards infinity. */
const FIRST_STEP = 1 / 16;
const FIRST_N = 8;

/** `["Limit", ["Function", body, v], target]`: the limit of body as v → target. */
export function evaluateLimit(args: readonly MathJson[], budget: Budget, env: ReadonlyMap<string, number>, depth: number, evaluate: Evaluate): Evaluated {
  const [fn, targetJson] = args;
  if (!Array.isArray(fn) || fn[0] !== 'Function' || fn.length !== 3 || typeof fn[2] !== 'string') throw new CannotEvaluate('a limit written this way is not read');
  const body = fn[1] as MathJson;
  const variable = fn[2];
  const at = (t: number): Evaluated => evaluate(body, budget, new Map(env).set(variable, t), depth + 1);
  if (targetJson === 'PositiveInfinity' || targetJson === 'NegativeInfinity') {
    const sign = targetJson === 'PositiveInfinity' ? 1 : -1;
    return extrapolate((k) => at(sign * FIRST_N * 2 ** k));
  }
  const target = evaluate(targetJson as MathJson, budget, env, depth + 1);
  if (target.noise > 0 || !Number.isFinite(target.value)) throw new CannotEvaluate('a limit towards a point known only to within rounding');
  const a = target.value;
  const step = FIRST_STEP * Math.max(1, Math.abs(a));
  const right = extrapolate((k) => at(a + step * 2 ** -k));
  const left = extrapolate((k) => at(a - step * 2 ** -k));
  const apart = Math.abs(right.value - left.value);
  if (apart > 2 * (right.noise + left.noise)) throw new CannotEvaluate('the limits from the left and from the right differ');
  return { value: (right.value + left.value) / 2, noise: Math.max(right.noise, left.noise) + apart / 2, under: right.under + left.under };
}

/**
 * Richardson extrapolation of g(k) = value at s = s₀/2^k to s = 0: row k
 * removes orders 1 … min(k, MAX_ORDER) of s; the estimates are the last
 * entries of the rows. The rounding bounds of the values are carried through
 * the same combinations.
 */
function extrapolate(g: (k: number) => Evaluated): Evaluated {
  let previous: Estimate[] = [];
  const estimates: Estimate[] = [];
  let under = 0;
  for (let k = 0; k < LEVELS; k++) {
    const first = g(k);
    if (!Number.isFinite(first.value) || !Number.isFinite(first.noise)) throw new CannotEvaluate('the limit has no value near its target');
    under += first.under;
    const row = [{ value: first.value, noise: first.noise }];
    for (let j = 1; j <= Math.min(k, MAX_ORDER); j++) {
      const fine = row[j - 1]!;
      const coarse = previous[j - 1]!;
      const factor = 2 ** j - 1;
      row.push({ value: fine.value + (fine.value - coarse.value) / factor, noise: ((factor + 1) * fine.noise + coarse.noise) / factor });
    }
    estimates.push(row[row.length - 1]!);
    previous = row;
    // Smaller steps only add rounding once the changes are down to it.
    if (settled(estimates) && lastChange(estimates) <= floorOf(estimates)) break;
  }
  if (!settled(estimates)) throw new CannotEvaluate('the limit did not settle (it may not exist, or approach too slowly to bound)');
  const last = estimates[estimates.length - 1]!;
  return { value: last.value, noise: 2 * lastChange(estimates) + last.noise, under };
}

type Estimate = { readonly value: number; readonly noise: number };

/** Each of the last SETTLED_STEPS changes at most half the one before, or within rounding. */
function settled(estimates: readonly Estimate[]): boolean {
  if (estimates.length < SETTLED_STEPS + 2) return false;
  const changes = estimates.slice(-SETTLED_STEPS - 2).map((e, k, all) => (k === 0 ? 0 : Math.abs(e.value - all[k - 1]!.value))).slice(1);
  const floor = floorOf(estimates);
  return changes.every((c, k) => k === 0 || c <= floor || c <= changes[k - 1]! / 2);
}

function lastChange(estimates: readonly Estimate[]): number {
  return Math.abs(estimates[estimates.length - 1]!.value - estimates[estimates.length - 2]!.value);
}

/** What rounding alone may change the last estimate by. */
function floorOf(estimates: readonly Estimate[]): number {
  const last = estimates[estimates.length - 1]!;
  return 4 * last.noise + 1e-15 * Math.abs(last.value);
}
