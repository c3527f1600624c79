/**
 * `\int_a^b f(x)\,dx` as the engine reads it — ["Integrate", body, ["Tuple",
 * ["Hold", "x"], a, b]] — evaluated by quadrature.ts. The bounds' own rounding
 * moves the value by |f(bound)| per unit, which is added to the quadrature's
 * error bound; the result carries that bound as its rounding noise.
 */
import type { MathJson } from '../read/engine';
import { CannotEvaluate, type Budget, type Evaluated } from './interpret';
import { definiteIntegral, SIDE_EFFORT, type Sample } from './quadrature';

type Evaluate = (json: MathJson, env: ReadonlyMap<string, number>) => Evaluated;


export function integral(args: readonly MathJson[], evaluate: Evaluate, env: ReadonlyMap<string, number>, budget: Budget): Evaluated {
  const [body, limit] = args;
  const variable = boundVariable(limit);
  if (body === undefined || body === 'Nothing' || variable === undefined) throw new CannotEvaluate('an integral whose integrand or variable could not be read');
  if (!Array.isArray(limit) || limit.length !== 4) throw new CannotEvaluate('an indefinite integral (without bounds) has no value');
  const lo = evaluate(limit[2] as MathJson, env);
  const hi = evaluate(limit[3] as MathJson, env);
  const scope = new Map(env);
  const f = (x: number): Sample => {
    scope.set(variable, x);
    const y = evaluate(body, scope);
    return { value: y.value, bound: y.noise + y.under };
  };
  const result = definiteIntegral(f, lo.value, hi.value, { deadline: budget.deadline, ...(budget.quadrature ?? SIDE_EFFORT) });
  const moved = boundShift(f, lo) + boundShift(f, hi);
  return { value: result.value, noise: result.error + moved, under: 0 };
}

/** `x` from ["Tuple", ["Hold", "x"], …] or a bare ["Hold", "x"]. */
function boundVariable(limit: MathJson | undefined): string | undefined {
  if (!Array.isArray(limit)) return undefined;
  const held = limit[0] === 'Tuple' ? limit[1] : limit;
  if (Array.isArray(held) && held[0] === 'Hold' && typeof held[1] === 'string') return held[1];
  return typeof held === 'string' && limit[0] === 'Tuple' ? held : undefined;
}

/** How far a bound's rounding may move the integral: |f| there times twice the bound's noise. */
function boundShift(f: (x: number) => Sample, bound: Evaluated): number {
  if (bound.noise === 0 && bound.under === 0) return 0;
  if (!Number.isFinite(bound.value)) return 0;
  try {
    const y = f(bound.value);
    return Number.isFinite(y.value) ? 2 * Math.abs(y.value) * (bound.noise + bound.under) : Infinity;
  } catch {
    return Infinity;
  }
}
