/**
 * The engine reads `\exp` as a symbol applied by juxtaposition to everything
 * after it, so `\exp(0.2) \cdot \sin(3)` came out as exp(0.2 · sin 3) and
 * `\exp(1)/2` as exp(1/2). A function symbol followed by a parenthesised group
 * applies to that group only, as the author means and as `\sin(2) \cdot 3` is
 * read: we regroup the MathJSON before anything evaluates or shows it.
 */
import type { MathJson } from './engine';

/** Function names that the engine may leave as symbols applied by juxtaposition. */
export const FUNCTION_SYMBOLS: ReadonlySet<string> = new Set([
  'Sin', 'Cos', 'Tan', 'Sinh', 'Cosh', 'Tanh', 'Arcsin', 'Arccos', 'Arctan', 'Exp', 'Ln', 'Log',
]);

/** Operations whose first operand a preceding function symbol may have swallowed: `\exp(1) \cdot 2`, `\exp(1)/2`, `\exp(1)^2`. */
const SWALLOWING = new Set(['Multiply', 'Divide', 'Power', 'InvisibleOperator']);

const isDelimiter = (json: MathJson | undefined): boolean => Array.isArray(json) && json[0] === 'Delimiter';

/** `["InvisibleOperator", f, …args]` with the call `f(group)` taken out of what follows it. */
export function regroupCall(op: string, args: readonly MathJson[]): MathJson {
  const [f, first, ...rest] = args;
  if (op !== 'InvisibleOperator' || typeof f !== 'string' || !FUNCTION_SYMBOLS.has(f) || first === undefined) return [op, ...args];
  if (isDelimiter(first)) return rest.length === 0 ? [op, ...args] : [op, [op, f, first], ...rest];
  if (rest.length === 0 && Array.isArray(first) && typeof first[0] === 'string' && SWALLOWING.has(first[0]) && isDelimiter(first[1])) {
    const [inner, group, ...after] = first as readonly MathJson[];
    return [inner, [op, f, group], ...after];
  }
  return [op, ...args];
}
