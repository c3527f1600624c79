/**
 * Inner products as numbers: `\theta^{T}x^{(i)}` in a log-likelihood's rows is one scalar per sample. A
 * reader checks `\sum_i \log e^{-(y_i - \theta^T x_i)^2} = -\sum_i (y_i - \theta^T x_i)^2` without looking
 * inside θᵀx; so does this reading, once the sums are written out (elidedSums.ts): each product `a^T b` of
 * two names becomes a name of its own, `a^T b` and `b^T a` the same one.
 *
 * Only when neither vector appears outside such products and no derivative is taken, and
 * the reading may confirm, never refute: inner products of shared vectors are not free numbers in every
 * case (`a^T a \ge 0`), so a claim failing with them free may still hold for vectors.
 */

/** A name: a letter or a Greek letter, with an optional subscript (`x_{\#1}` after a sum is written out). */
const NAME = String.raw`(?:\\(?:alpha|beta|gamma|delta|epsilon|zeta|eta|theta|kappa|lambda|mu|nu|xi|rho|sigma|tau|phi|varphi|chi|psi|omega)(?![A-Za-z])|[A-Za-z](?![A-Za-z]))(?:\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?`;
/** `a^{T} b`, `a^T b`, `a^\top b`, `a^{\intercal} b`. */
const INNER_PRODUCT = new RegExp(String.raw`(${NAME})\s*\^\s*(?:\{\s*(?:T|\\top|\\intercal)\s*\}|T(?![A-Za-z])|\\top(?![A-Za-z]))\s*(${NAME})`, 'g');
const TRANSPOSE = /\^\s*(?:\{\s*(?:T|\\top|\\intercal)\s*\}|T(?![A-Za-z])|\\top(?![A-Za-z]))/;

const compact = (name: string): string => name.replace(/\s+/g, '');
const DERIVATIVE = /\\partial|\\nabla|\\frac\s*\{\s*d(?![A-Za-z])/;

/**
 * Both sides with each inner product of two names made one scalar name; undefined when there is none,
 * null when a vector also appears outside them or a transpose is left (not this reading's to judge).
 */
export function innerProductsAsScalars(sides: readonly [string, string]): [string, string] | undefined | null {
  if (!sides.some((s) => TRANSPOSE.test(s))) return undefined;
  // A derivative by θ_j of a sum of θᵀx⁽ⁱ⁾ needs the vectors, not their products.
  if (sides.some((s) => DERIVATIVE.test(s))) return null;
  const atoms = new Map<string, string>();
  const vectors = new Set<string>();
  const replaced = sides.map((side) =>
    side.replace(INNER_PRODUCT, (_, a: string, b: string) => {
      vectors.add(compact(a)).add(compact(b));
      const key = [compact(a), compact(b)].sort().join('\u0000');
      if (!atoms.has(key)) atoms.set(key, `q_{\\#\\#${atoms.size + 1}}`);
      return ` ${atoms.get(key)!} `;
    }),
  );
  if (atoms.size === 0 || replaced.some((s) => TRANSPOSE.test(s))) return null;
  // A vector left outside the products (`\theta^T x + \lambda\theta`) is not a number: nothing is read. Its entries
  // (`\theta_j`, `x_{j}^{(i)}`) are numbers, free beside the products in a step of algebra.
  for (const vector of vectors) {
    const alone = new RegExp(`(?<![A-Za-z\\\\])${vector.replace(/[\\{}^$.*+?()[\]|]/g, (c) => `\\${c}`)}(?![A-Za-z_])`);
    if (replaced.some((s) => alone.test(s.replace(/\s+/g, '')))) return null;
  }
  return [replaced[0]!, replaced[1]!];
}
