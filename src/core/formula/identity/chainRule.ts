/**
 * The chain rule in Leibniz notation: `\frac{dz}{dx} = \frac{dz}{dy} \cdot \frac{dy}{dx}`
 * (CaoJiahao2 deep-learning-notes), `\frac{\partial y}{\partial x_i} = \frac{\partial y}{\partial c_i}
 * \frac{\partial c_i}{\partial b_i}\frac{\partial b_i}{\partial a_i}\frac{\partial a_i}{\partial x_i}`
 * (uvadlc-notebooks). The identity check has no function to differentiate and leaves such a claim
 * undecided; a careful reader sees the factors telescope — each factor's variable is the next one's
 * function, the first function and the last variable those of the left side — and that is the chain
 * rule. The reading only confirms: a product that does not telescope stays as it was. Either order
 * of the factors is read (numerator and denominator layouts write Jacobians in opposite orders).
 *
 * A function may be written applied, `\frac{d y(z(x))}{dx} = \frac{dy}{dz} \frac{dz}{dx}` (deepmind
 * educational, backpropagation): the name before its arguments is the function. The multivariable chain
 * rule sums such a product over the intermediate variables, `\frac{\partial l}{\partial x_k} =
 * \sum_{j=1}^{m}\frac{\partial l}{\partial y_j}\frac{\partial y_j}{\partial x_k}` (newfacade ml-notes):
 * read when some link between factors carries the summation index and the derivative on the other side
 * does not. A total derivative `\frac{dy}{dx} = \sum_k \frac{\partial y}{\partial z_k}\frac{dz_k}{dx}`
 * takes the first factor partial (y has several arguments), the others total.
 */
import type { ClaimReport } from '../types';

/** A side with a derivative fraction: the prefilter before any reading. */
export const HAS_DERIVATIVE_FRACTION = /\\[dt]?frac\s*\{\s*(?:\\partial|d|\\mathrm\s*\{\s*d\s*\}|\\operatorname\s*\{\s*d\s*\})/;

const READING = 'the chain rule: the factors telescope to the derivative on the other side';

interface Derivative {
  readonly partial: boolean;
  readonly of: string;
  readonly by: string;
}

/** The claim judged "holds" when one side is a derivative and the other a product of derivatives that telescopes to it. */
export function withChainRule(claim: ClaimReport): ClaimReport {
  if (claim.verdict !== 'none' || claim.relation !== '=') return claim;
  const left = claim.left.source;
  const right = claim.right.source;
  if (!HAS_DERIVATIVE_FRACTION.test(left) || !HAS_DERIVATIVE_FRACTION.test(right)) return claim;
  if (!telescopes(left, right) && !telescopes(right, left) && !sumTelescopes(left, right) && !sumTelescopes(right, left)) return claim;
  const { reason: _reason, ...rest } = claim;
  return { ...rest, verdict: 'holds', reading: READING };
}

function telescopes(whole: string, chain: string): boolean {
  const target = derivatives(whole);
  const factors = derivatives(chain);
  if (target?.length !== 1 || !factors || factors.length < 2) return false;
  const [t] = target as [Derivative];
  if (factors.some((f) => f.partial !== t.partial || f.of === f.by)) return false;
  return linked(factors, t) || linked([...factors].reverse(), t);
}

/** `\sum_{j=1}^{m}`, `\sum_j`, `\sum\limits_{k}` opening a side: its index and what it sums. */
const SUM_START = /^\s*\\sum(?:\\limits)?\s*_\s*(?:\{\s*([A-Za-z])\s*(?:=[^{}]*)?\}|([A-Za-z]))(?:\s*\^\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?/;

/** `whole = \sum_j <chain>`, the chain telescoping to `whole` through a variable indexed by j. */
function sumTelescopes(whole: string, sum: string): boolean {
  const start = SUM_START.exec(sum);
  if (!start) return false;
  const index = start[1] ?? start[2]!;
  const target = derivatives(whole);
  const factors = derivatives(sum.slice(start[0].length));
  if (target?.length !== 1 || !factors || factors.length < 2) return false;
  const [t] = target as [Derivative];
  const indexed = (name: string): boolean => new RegExp(`_\\s*(?:\\{[^{}]*(?<![A-Za-z\\\\])${index}(?![A-Za-z])[^{}]*\\}|${index})`).test(name);
  if (indexed(t.of) || indexed(t.by) || factors.some((f) => f.of === f.by)) return false;
  return [factors, [...factors].reverse()].some((chain) => {
    if (!linked(chain, t) || !chain.slice(1).some((f) => indexed(f.of))) return false;
    // Total: the outer factor partial, the rest total; partial: every factor partial.
    return chain.every((f, i) => f.partial === (t.partial || i === 0));
  });
}

/** `factors` run from the target's function to its variable, each variable the next function. */
function linked(factors: readonly Derivative[], target: Derivative): boolean {
  if (factors[0]!.of !== target.of || factors[factors.length - 1]!.by !== target.by) return false;
  return factors.every((f, i) => i === 0 || factors[i - 1]!.by === f.of);
}

const PRODUCT_GLUE = /^(?:\s|\\cdot\b|\\times\b|\\,|\\;|\\!|\\ )*/;
const FRACTION_START = /^\\[dt]?frac\s*\{/;

/** The side as a product of derivative fractions only, or undefined. */
function derivatives(side: string): Derivative[] | undefined {
  const out: Derivative[] = [];
  let rest = side.replace(/\\(?:left|right)\b/g, '').trim();
  while (rest !== '') {
    rest = rest.replace(PRODUCT_GLUE, '');
    if (rest === '') break;
    const start = FRACTION_START.exec(rest);
    if (!start) return undefined;
    const numerator = bracedFrom(rest, start[0].length - 1);
    if (!numerator) return undefined;
    const afterNumerator = rest.slice(numerator.end).replace(/^\s*/, '');
    if (!afterNumerator.startsWith('{')) return undefined;
    const denominator = bracedFrom(afterNumerator, 0);
    if (!denominator) return undefined;
    const d = derivative(numerator.inner, denominator.inner);
    if (!d) return undefined;
    out.push(d);
    rest = afterNumerator.slice(denominator.end);
  }
  return out;
}

/** `{…}` opening at `open`: its inside and the index after its closing brace. */
function bracedFrom(text: string, open: number): { inner: string; end: number } | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return { inner: text.slice(open + 1, i), end: i + 1 };
  }
  return undefined;
}

const D_MARK = String.raw`(\\partial|d|\\mathrm\s*\{\s*d\s*\}|\\operatorname\s*\{\s*d\s*\})`;
const NUMERATOR = new RegExp(`^\\s*${D_MARK}\\s*(.+?)\\s*$`, 's');
/** A single name: one letter or a Greek command, perhaps decorated, subscripted or primed — no operators, no words. */
const NAME = /^(?:\\(?:mathbf|boldsymbol|bm|hat|tilde|bar|vec)\s*\{\s*)?(?:[A-Za-z]|\\[A-Za-z]+)\s*\}?(?:\s*_\s*(?:\{[^{}]+\}|[A-Za-z0-9]))?(?:\s*\^\s*\{?\s*\([0-9a-z]+\)\s*\}?)?'*$/;

function derivative(numerator: string, denominator: string): Derivative | undefined {
  const top = NUMERATOR.exec(numerator);
  const bottom = NUMERATOR.exec(denominator);
  if (!top || !bottom || top[1] !== bottom[1]) return undefined;
  const of = unapplied(compact(top[2]!));
  const by = compact(bottom[2]!);
  if (!NAME.test(of) || !NAME.test(by)) return undefined;
  return { partial: top[1] === '\\partial', of, by };
}

const compact = (s: string): string => s.replace(/\s+/g, '');

/** `y(z(x))` → `y`, `L(\hat{y},y)` → `L`: a function written with its arguments is that function. */
function unapplied(of: string): string {
  const open = of.indexOf('(');
  if (open <= 0 || !of.endsWith(')')) return of;
  const name = of.slice(0, open).replace(/\\left$/, '');
  return NAME.test(name) ? name : of;
}
