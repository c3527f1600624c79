/**
 * Activations of deep-learning notes (σ, ReLU, softplus) and the derivatives
 * σ′ and softplus′ applied to a vector or matrix act element by element
 * (`a^{(1)} = \\sigma(z^{(1)})`, `\\sigma'(z^{(1)})`), with the usual meaning that
 * identity.ts assumes for numbers. matrix.ts builds each element's expression
 * from these bodies; a claim using them may hold, never fail (matrixClaims.ts).
 */
import type { MathJson } from '../read/engine';
import { ASSUMED } from '../identity/identity';

/** σ′ = σ(1 − σ) = e^{−x}/(1 + e^{−x})², softplus′ = σ; ReLU has no derivative at 0. */
const DERIVATIVES: ReadonlyMap<string, MathJson> = new Map<string, MathJson>([
  ['sigma', ['Divide', ['Exp', ['Negate', 'x']], ['Power', ['Add', 1, ['Exp', ['Negate', 'x']]], 2]]],
  ['sigmoid', ['Divide', ['Exp', ['Negate', 'x']], ['Power', ['Add', 1, ['Exp', ['Negate', 'x']]], 2]]],
  ['softplus', ['Divide', 1, ['Add', 1, ['Exp', ['Negate', 'x']]]]],
]);

/** Whether the engine's symbol names an activation read element by element. */
export function isActivation(name: string): boolean {
  return ASSUMED.has(name);
}

/** `\\sigma'` as the engine reads it (`["Prime", "sigma"]`): the activation's name, when its derivative is known. */
export function primeOfActivation(item: MathJson): string | undefined {
  return Array.isArray(item) && item[0] === 'Prime' && item.length === 2 && typeof item[1] === 'string' && DERIVATIVES.has(item[1]) ? item[1] : undefined;
}

/** `(…)` as the engine reads it. */
export function isGroup(json: MathJson | undefined): boolean {
  return Array.isArray(json) && json[0] === 'Delimiter';
}

/** The activation (or its derivative) of one element, as an expression of it. */
export function activationOf(name: string, derivative: boolean, element: MathJson): MathJson {
  if (derivative) return substitute(DERIVATIVES.get(name)!, 'x', element);
  const { params, body } = ASSUMED.get(name)!;
  return substitute(body, params[0]!, element);
}

function substitute(body: MathJson, param: string, value: MathJson): MathJson {
  if (body === param) return value;
  return Array.isArray(body) ? body.map((item) => substitute(item as MathJson, param, value)) : body;
}
