/**
 * A prime on a parenthesised expression, as calculus notes (and Chinese 高数
 * notes' 基本求导公式 tables) write derivatives: `(\ln x)' = \frac{1}{x}`,
 * `(\arcsin x)' = \frac{1}{\sqrt{1-x^2}}`, `\left(\frac{1}{x}\right)' = -\frac{1}{x^2}`,
 * `(x^2 e^x)''`. The engine reads them as `["Derivative", ["Delimiter", e], order?]`;
 * here they become the `Partial` node that the Leibniz fractions resolve to
 * (partials.ts), differentiated by finite differences.
 *
 * The variable differentiated by is the expression's only variable, or x when
 * there are others (`(a^x)' = a^x \ln a`): those are then held constant, which
 * identity.ts lets confirm a claim, never refute it (the letters may depend on
 * x in the note). Without x (or t alone) the variable is not certain: `(C)' = 0`
 * is a constant's derivative, `(uv)'` one of abstract functions; neither is read here.
 *
 * `(\sin x)^{(n)}`, a derivative of symbolic order, is never a power: the
 * claim stays undecided (the engine would read a power (sin x)ⁿ). A numeric
 * order `(e^{2x})^{(3)}` is the third derivative.
 */
import type { MathJson } from '../read/engine';
import { NotADerivative } from './partials';

/** Orders finite differences evaluate with a usable error. */
const MAX_ORDER = 3;

/** The variable a prime on an expression means when it has several: the one calculus notes differentiate by. */
const USUAL_VARIABLE = 'x';
/**
 * Variables a prime may differentiate by when the expression has no other: `(C)' = 0`
 * and `(u^2)' = 2uu'` take a constant or an abstract function, not a variable.
 */
const SOLE_VARIABLES = new Set([USUAL_VARIABLE, 't']);

export interface PrimedGroupContext {
  readonly prepare: (json: MathJson, keep: ReadonlySet<string>) => MathJson;
  readonly variablesOf: (json: MathJson) => Set<string>;
  readonly constants?: Set<string>;
}

/** `(e)'`, `(e)''` or `(e)^{(k)}`: what is primed and the order; undefined for anything else. */
export function primedGroup(json: MathJson): { of: MathJson; order: MathJson } | undefined {
  if (!Array.isArray(json)) return undefined;
  const [head, base, order] = json as readonly MathJson[];
  if (head === 'Derivative' && isGroup(base) && json.length <= 3) return { of: base[1]!, order: order ?? 1 };
  if (head === 'Power' && isGroup(base) && isGroup(order) && json.length === 3) return { of: base[1]!, order: order[1]! };
  return undefined;
}

function isGroup(json: MathJson | undefined): json is readonly MathJson[] {
  return Array.isArray(json) && json[0] === 'Delimiter' && json.length === 2;
}

/** The `Partial` node of a primed group (`resolve` resolves derivatives inside it first). */
export function resolvePrimedGroup(of: MathJson, orderJson: MathJson, context: PrimedGroupContext, resolve: (json: MathJson) => MathJson): MathJson {
  if (typeof orderJson !== 'number' || !Number.isInteger(orderJson) || orderJson < 1 || orderJson > MAX_ORDER) {
    throw new NotADerivative('a derivative of an order that is not a small number');
  }
  const body = context.prepare(resolve(of), new Set());
  const variables = context.variablesOf(body);
  let by: string;
  if (variables.size === 1 && SOLE_VARIABLES.has([...variables][0]!)) by = [...variables][0]!;
  else if (variables.has(USUAL_VARIABLE) && context.constants) {
    by = USUAL_VARIABLE;
    for (const v of variables) if (v !== by) context.constants.add(v);
  } else throw new NotADerivative('a prime on an expression whose variable is not certain');
  return ['Partial', body, ['Tuple', ...Array<string>(orderJson).fill(by)]];
}
