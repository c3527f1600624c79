/**
 * Why an identity that fails at random points may still be what its author
 * meant: statements of the notes of a linear-algebra course that look like
 * identities but are properties or equations under the note's assumptions.
 *
 * - `\lambda^2 = \lambda`, `P^2 = P`: sides of plain variables, sums, products and
 *   whole powers, with no grouping and no function, are how authors write a
 *   property ("a projection satisfies P² = P") or an equation to solve; an
 *   identity worth checking does some work on one side (an expansion, a function,
 *   a fraction).
 * - `\frac{1-x}{2} = x`: a variable alone on one side and inside the other is
 *   an equation solved for it (a fixed point, a stationary distribution).
 * - `\frac{1}{4}(A^2+2A+I) = \frac{1}{2}(A+I)`: single capital letters multiplied
 *   or raised to powers are matrices, which a scalar check cannot refute (A is
 *   orthogonal and symmetric there, so A² = I).
 */
import type { MathJson } from '../read/engine';

const PLAIN_HEADS = new Set(['Add', 'Subtract', 'Negate', 'Multiply', 'InvisibleOperator']);

/** A side with no grouping, function or fraction: variables, numbers, sums, products, whole powers. */
function isPlain(json: MathJson): boolean {
  if (!Array.isArray(json)) return true;
  const [head, ...args] = json as readonly MathJson[];
  if (head === 'At' || head === 'Subscript') return true;
  if (head === 'Power') return typeof args[1] === 'number' && Number.isInteger(args[1]) && isPlain(args[0]!);
  return typeof head === 'string' && PLAIN_HEADS.has(head) && args.every(isPlain);
}

const CAPITAL = /^[A-Z](_\S+)?$/;

/** Whether `json` multiplies or raises to a power something with a capital letter in it: `A^2`, `AB`, `(A+I)^2`. */
function multipliesCapitals(json: MathJson, capitals: ReadonlySet<string>): boolean {
  if (!Array.isArray(json)) return false;
  const [head, ...args] = json as readonly MathJson[];
  if (head === 'Power' && containsAny(args[0]!, capitals)) return true;
  if ((head === 'Multiply' || head === 'InvisibleOperator') && args.filter((a) => containsAny(a, capitals)).length >= 2) return true;
  return args.some((a) => multipliesCapitals(a, capitals));
}

/** Operators whose result an author states as a value to check, not an equation to solve. */
const CALCULUS_HEADS = new Set(['Limit', 'Derivative', 'D', 'Partial', 'Integrate', 'Sum', 'Product', 'Apply']);

function containsHead(json: MathJson, heads: ReadonlySet<string>): boolean {
  if (!Array.isArray(json)) return false;
  return (typeof json[0] === 'string' && heads.has(json[0])) || json.some((a) => containsHead(a as MathJson, heads));
}

function containsAny(json: MathJson, names: ReadonlySet<string>): boolean {
  if (typeof json === 'string') return names.has(json);
  return Array.isArray(json) && json.some((a) => containsAny(a as MathJson, names));
}

/** The reason given to a statement of plain sides (statedConditions.ts reads it as an equation too). */
export const PROPERTY_REASON = 'it reads as a property or an equation, not an identity';

const MATRICES_DOUBT = ' may be matrices, which a check with numbers cannot refute';

/** Whether a doubt is that capitals multiplied together may be matrices. */
export function isMatrixDoubt(doubt: string | undefined): boolean {
  return doubt?.endsWith(MATRICES_DOUBT) === true;
}

/** Why a failing identity between `left` and `right` (prepared, with these variables) may not be refuted; undefined when nothing speaks against it. */
export function identityDoubt(left: MathJson, right: MathJson, variables: readonly string[]): string | undefined {
  if (isPlain(left) && isPlain(right)) return PROPERTY_REASON;
  const capitals = new Set(variables.filter((v) => CAPITAL.test(v)));
  if (capitals.size >= 2 && (multipliesCapitals(left, capitals) || multipliesCapitals(right, capitals))) {
    return `${[...capitals].join(', ')}${MATRICES_DOUBT}`;
  }
  // `\frac{1-x}{2} = x` (a Markov chain's fixed point): a variable alone on one side and inside an algebraic
  // other side is solved for. A limit, derivative, integral or sum equal to x is a result to check.
  const alone = [left, right].findIndex((side, k) => {
    const other = k === 0 ? right : left;
    return typeof side === 'string' && !CAPITAL.test(side) && variables.includes(side) && containsAny(other, new Set([side])) && !containsHead(other, CALCULUS_HEADS);
  });
  if (alone >= 0) return `it is an equation in ${String([left, right][alone])} (alone on one side, inside the other), not an identity`;
  return undefined;
}
