/**
 * Notation under which a symbolic claim that fails for real scalars may still be what its author
 * meant. The identity check samples every symbol as a real number; these readings are the ones real
 * study notes use where that sampling is wrong, so a failing sample proves nothing and the claim is
 * left undecided. Each reading can only take a "fails" away.
 */
import type { MathJson } from '../read/engine';
import { EPSILON } from './dualReading';

/** The reading of ε that dualReading.ts checks. */
export const DUAL_REASON = 'ε may be a dual unit or an infinitesimal, its square 0';

/** A capital letter with a superscript: `A^T`, `I^{-1}`, `A^2 = A`, `(A+B)^{\theta}`, `A^1 = A^2`: matrices, sets or indexed copies. */
const CAPITAL_WITH_SUPERSCRIPT = /(?:(?<![A-Za-z\\])[A-Z]|\\(?:hat|tilde|bar|mathbf)\s*\{\s*[A-Z]\s*\})\s*(?:\\right\s*\))?\s*\^|\)\s*\^\s*\{?\s*(?:T|\\top|\\theta|-1)\b/;
/** `k \times (k \times v)`: a nested times between symbols is the cross product of vectors (a scalar product is never written so). */
const CROSS_PRODUCT = /(?<![\\A-Za-z])[A-Za-z]\s*\\times\s*(?:\\left\s*)?\(\s*[A-Za-z]\s*\\times\s*[A-Za-z]/;
/** A bare e (`a \cdot e = e \cdot a = a`) may be an identity element or an error term, not Euler's number; as an exponent (`(λ+1)^{e}`) it is Euler's. */
const BARE_E = /(?<![\\A-Za-z])(?<!\^\s*\{?\s*)e(?![A-Za-z^_])/;
/** `Y 1`, `A 2`: a letter, a space, one digit — nobody writes the product Y·1 that way; it is Y₁ typed without `_`. */
const INDEX_WITHOUT_UNDERSCORE = /(?<![\\A-Za-z])[A-Za-z]\s+\d(?![\d.])/;
/** An upright i or j (`e^{\theta \mathrm{j}}`): the imaginary unit of engineering notes. */
const UPRIGHT_IMAGINARY = /\\math(?:rm|up)\s*\{\s*[ij]\s*\}/;

/**
 * i or j beside a number, as a coefficient or a term (`4j`, `2i`, `8 + 8j`, `1 - j`, `i-1`): the imaginary
 * unit of circuits and complex-analysis notes, among other symbols (`R + jX`, `j\\omega C`).
 */
const IMAGINARY_BESIDE_NUMBER = /\d\s*[ij](?![A-Za-z])|(?<![A-Za-z\\])[ij]\s*[+-]\s*\d|\d\s*[+-]\s*[ij](?![A-Za-z])/;
/** i or j as an index (`x_j`, `a_{ij}`, `\\sum_{i=1}`): then a letter, never the imaginary unit. */
const INDEX_IJ = /_\s*(?:[ij](?![A-Za-z])|\{[^{}]*(?<![A-Za-z\\])[ij])/;
/**
 * A function before a one-symbol argument and a further factor (`\\cos\\theta z`, `\\sin x y`): TeX readers
 * differ on whether the function takes the whole product or its first factor only (`4\\sin\\theta\\cos\\theta z`).
 */
const FUNCTION_BEFORE_PRODUCT = /\\(?:sin|cos|tan|sinh|cosh|tanh|ln|log|exp)(?![A-Za-z])\s*(?:\^\s*(?:\d|\{\s*\d+\s*\})\s*)?(?:\\[A-Za-z]+(?![A-Za-z])|[A-Za-z](?![A-Za-z]))\s*(?:[A-Za-z]|\\(?!(?:sin|cos|tan|sinh|cosh|tanh|exp|cdot|times|right|quad|qquad|frac|dfrac|tfrac)(?![A-Za-z]))[A-Za-z]+)/;

/** `\\ln (x + 2\\ln x)^x`: readers differ on whether the power is inside the logarithm or on it. */
const LOG_OF_BRACKET_POWER = /\\(?:ln|log)(?![A-Za-z])\s*(?:\\left\s*)?\((?:[^()]|\([^()]*\))*(?:\\right\s*)?\)\s*\^/;

/**
 * A d before what it would differentiate: a letter, a group or a command (`dA`, `d(AB)`, `d\theta`,
 * `d\,x`, `d\mathbf{x}`, `\mathrm{d}x`), or a power of d before one (`d^2 f`). Not `d \times`, `d^2`, `d =`, `4d}`.
 */
const DIFFERENTIAL_D = /(?<![\\A-Za-z])d\s*(?:\}\s*)?(?:\^\s*\{?\s*\d\s*\}?\s*)?(?:\\[,;:!]\s*)?(?:[A-Za-z([{]|\\(?!times\b|cdot\b|div\b|right\b|quad\b|qquad\b|[,;:!])[A-Za-z]+)/;

function mentions(json: MathJson, symbol: string): boolean {
  if (json === symbol) return true;
  return Array.isArray(json) && json.some((part) => mentions(part, symbol));
}

/**
 * Why `left = right` may hold under a reading other than real scalars, or undefined when sampling
 * the symbols as real numbers is the reading a careful reader would take.
 */
export function otherReading(latex: string, left: MathJson, right: MathJson, variables: ReadonlySet<string>): string | undefined {
  // An operand the parser could not place was read as nothing: that reading is not the author's formula.
  if (mentions(left, 'Nothing') || mentions(right, 'Nothing')) return 'part of the formula could not be read';
  // `d(AB) = dA\,B + A\,dB`, `df = f(X + dX) - f(X)`: d is a differential, not a factor. A d written
  // nowhere before what it would differentiate (`3d \times \frac{8}{3}d = 8d^2`, a model's width) is a variable.
  if (variables.has('d') && DIFFERENTIAL_D.test(latex)) return 'd may be a differential, not a variable';
  // `(a_1 + b_1\epsilon)(a_2 + b_2\epsilon) = a_1 a_2 + (a_1 b_2 + a_2 b_1)\epsilon`: dual numbers, ε² = 0 (or ε small, its square dropped).
  if ([...variables].some((v) => EPSILON.test(v))) return DUAL_REASON;
  if (UPRIGHT_IMAGINARY.test(latex) || ((variables.has('j') || variables.has('i')) && /e\s*\^\s*\{[^}]*\b[ij]\b/.test(latex))) {
    return 'i or j may be the imaginary unit';
  }
  if ((variables.has('j') || variables.has('i')) && IMAGINARY_BESIDE_NUMBER.test(latex) && !INDEX_IJ.test(latex)) {
    return 'i or j may be the imaginary unit';
  }
  if (LOG_OF_BRACKET_POWER.test(latex)) return 'the power may be inside the logarithm or on it';
  if (FUNCTION_BEFORE_PRODUCT.test(latex)) return 'the function may apply to its first factor only';
  if (CROSS_PRODUCT.test(latex)) return 'a nested × between symbols is the cross product of vectors';
  if (BARE_E.test(latex)) return 'e may be an identity element or an error term, not Euler\'s number';
  if ([...variables].some((v) => /(?:^|[^A-Za-z])[A-Z]$|^[A-Z](?:$|[^A-Za-z])/.test(v)) && CAPITAL_WITH_SUPERSCRIPT.test(latex)) {
    return 'capital letters with superscripts may be matrices (transpose, inverse, powers) or indexed copies';
  }
  // `X 1 A 1 + X 2 A 2 = Y 1 + Y 2 = Y` (blocks of a split matrix): a digit after a letter and a space is an index.
  if (INDEX_WITHOUT_UNDERSCORE.test(latex)) return 'a digit written after a letter may be an index without its underscore';
  // `\eta^t = \eta / \sqrt{t + 1}`: a superscript letter on a name the right side uses is an index (a schedule).
  if (Array.isArray(left) && left[0] === 'Power' && typeof left[1] === 'string' && typeof left[2] === 'string' && /^[a-z]$/.test(left[2]) && mentions(right, left[1])) {
    return 'the superscript may be an index (a sequence defined step by step), not a power';
  }
  return undefined;
}

/** A whole number other than zero, as a side of an inconsistent row: `12`, `-3`. A decimal is not: `0.00000000005 = 0` claims an underflow. */
const NONZERO_NUMBER = /^-?[1-9]\d*$/;

/**
 * `0 = 1`, `\implies 1 = 0`, `0 = 12`: the contradiction that ends a proof by contradiction or
 * shows an inconsistent system (the last row of a reduced augmented matrix read as `0 = 12`),
 * shown, not claimed. Zero against a bare nonzero whole number is never a computed result
 * written wrong: there is nothing computed on either side.
 */
export function contradictionShown(left: string, right: string): boolean {
  const bare = (side: string): string => side.replace(/\\(?:implies|Rightarrow|Longrightarrow|therefore|quad|qquad)\b|\\[,;: ]/g, '').replace(/\s+/g, '');
  const [l, r] = [bare(left), bare(right)];
  return (l === '0' && NONZERO_NUMBER.test(r)) || (r === '0' && NONZERO_NUMBER.test(l));
}
