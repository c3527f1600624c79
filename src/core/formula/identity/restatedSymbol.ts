/**
 * A name defined again from the note's own definitions (`t = a^2 + 2ab + b^2` after `s = a + b` and
 * `t = s^2`; `b_0 = \log(pos/neg)` after `b_0 = -\log(1/p_0 - 1)` and `p_0 = pos/(pos + neg)`; `\phi =
 * \frac{1}{1 + e^{-\eta}}` after `\eta = \log\frac{\phi}{1-\phi}`) restates what the note already said:
 * a step a reader checks by putting the earlier definitions in. Where the two agree at every sample point
 * the restatement holds; where they differ it is a new definition, as before (names get reused), so this
 * reading may confirm, never refute.
 */
import type { MathJson } from '../read/engine';
import type { FunctionDefinition } from '../types';

/**
 * Whether `name = body` may restate the note: the name is bound to an expression already (the new body
 * expands or simplifies it), or an expression the note bound mentions it and the new body uses that
 * expression's name (the new definition solves the earlier one for `name`).
 */
export function mayRestate(name: string, body: MathJson, latex: string, definitions: ReadonlyMap<string, FunctionDefinition>): boolean {
  const earlier = definitions.get(name);
  // The same definition written again (`y = wx + b` in a later section) only repeats it: a definition, not a step.
  if (earlier !== undefined) return isExpression(earlier) && earlier.named === undefined && compact(earlier.source) !== compact(latex);
  for (const d of definitions.values()) {
    if (d.name !== name && isExpression(d) && mentions(d.body!, name) && mentions(body, d.name)) return true;
  }
  return false;
}

/** Bound to an expression of other names (not a number, not a function of parameters). */
function isExpression(d: FunctionDefinition): boolean {
  return d.params.length === 0 && d.body !== undefined && typeof d.body !== 'number';
}

function compact(latex: string): string {
  return latex.replace(/\s+/g, '');
}

function mentions(json: MathJson, name: string): boolean {
  return json === name || (Array.isArray(json) && json.some((a) => mentions(a as MathJson, name)));
}
