/**
 * A claim in variables the note bound to numbers just before it: `J = a^2`, "when
 * $a=11$, $\\frac{\\partial J}{\\partial a} = 22$". The variable differentiated by stays a
 * variable (the derivative needs it), so identity.ts reads an equation in a; at the
 * number the note gave a, both sides agree, and the claim holds there. It may confirm,
 * never refute: names get reused, and the number may belong to another example.
 */
import type { FunctionDefinition } from '../types';

/** The point the note's numbers give every variable, when each is bound to one. */
export function boundNumbersOf(variables: readonly string[], definitions: ReadonlyMap<string, FunctionDefinition>): ReadonlyMap<string, number> | undefined {
  if (variables.length === 0) return undefined;
  const point = new Map<string, number>();
  for (const v of variables) {
    const d = definitions.get(v);
    if (d === undefined || d.params.length > 0 || typeof d.body !== 'number' || d.redefined === true) return undefined;
    point.set(v, d.body);
  }
  return point;
}
