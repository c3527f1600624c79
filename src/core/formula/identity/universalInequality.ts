/**
 * Inequalities true for every value of their letters — `\log x \le x - 1`, `1 + x \le e^x`,
 * `|a + b| \le |a| + |b|`, `(a + b)^2 \le 2a^2 + 2b^2`, `|f(x) + g(x)| \le |f(x)| + |g(x)|` with f, g any
 * functions — confirmed as a careful reader confirms them: on random points across scales.
 *
 * `l \le r` holds when `max(l, r) = r` holds as an identity (identity.ts samples it, skipping points where a
 * side has no value) with every letter scaled by 1, 1/100, 30 and 1000 in turn — near zero, the usual range and
 * far out — and by 10⁸, 10¹⁵⁰ and 10³⁰⁰ where the sides have values there (a bound `k \le 10^6` is no truth), and with each of f, g, h applied drawn four times as a random smooth function
 * (randomFunctions.ts). Strict `<` and `>` are not read: random points never meet the equality
 * (`\log x < x - 1` fails at x = 1 only).
 *
 * The reading only confirms: an inequality true only where the note's letters live (`\sqrt{ab} \le
 * \frac{a + b}{2}` for a, b ≥ 0, Jensen for the note's convex f) fails somewhere and stays undecided, never
 * fails. A formula's inequalities are confirmed only together, when no other claim of it is left
 * undecided: one confirmed row must not make a formula with an unchecked row "holds".
 */
import type { LatexReader, MathJson } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import type { ClaimReport } from '../types';
import { checkIdentity, seeded, variablesOf } from './identity';
import { appliedNames, withDrawnFunctions } from './randomFunctions';

/** The cheap test before any parse: a non-strict inequality sign. */
export const WRITES_INEQUALITY = /\\(?:le|leq|ge|geq|leqslant|geqslant)(?![A-Za-z])|≤|≥/;

/** What this reading does not take: bound indices, limits, expectations, derivatives, sets, Iverson brackets, prose. */
const OUT_OF_SCOPE = /\\(?:sum|prod|int|lim|max|min|sup|inf|mathbb|mathcal|partial|nabla|frac\s*\{\s*d|in|forall|exists|cdots|ldots|dots|text|mathrm|operatorname|mathbf|boldsymbol|vec|top|det|binom)(?![A-Za-z])|[[\]'!]|\|\|/;

/** Letters that stand for functions when applied: the usual names of an arbitrary function. */
const FUNCTION_NAMES = new Set(['f', 'g', 'h']);
const SCALES = [1, 0.01, 30, 1000] as const;
/**
 * Far scales, so that a bound on a letter (`k \le 10^6`, a constraint of the problem, not a universal truth) meets a
 * counterexample; where no point there gives both sides a value (`e^x` overflows) the scale decides nothing.
 */
const FAR_SCALES = [1e8, 1e150, 1e300] as const;
/** Points a far scale must give for its agreement to count (identity.ts's own minimum for a verdict). */
const MIN_POINTS = 16;
const FUNCTION_DRAWS = 4;

export const INEQUALITY_READING = `for every value of its letters (checked at random points scaled by ${SCALES.join(', ')}, and up to 1e300 where defined)`;
export const INEQUALITY_FUNCTIONS_READING = `${INEQUALITY_READING}, and for every function it applies`;

/**
 * The formula's claims with the inequalities this reading confirmed put back undecided when another claim of the
 * formula is left undecided (run once the formula's claims are all read).
 */
export function confirmedTogether(claims: readonly ClaimReport[]): readonly ClaimReport[] {
  const ours = (c: ClaimReport): boolean => c.reading === INEQUALITY_READING || c.reading === INEQUALITY_FUNCTIONS_READING;
  if (!claims.some(ours) || claims.every((c) => c.verdict !== 'none')) return claims;
  return claims.map((c) => {
    if (!ours(c)) return c;
    const { reading: _reading, identity: _identity, ...rest } = c;
    return { ...rest, verdict: 'none' };
  });
}

/** A non-strict inequality judged "holds" when it holds at random points of every scale (see the file comment), else as it was. */
export function universalInequality(claim: ClaimReport, reader: LatexReader, deadline: number): ClaimReport {
  if (claim.verdict !== 'none' || (claim.relation !== '\\le' && claim.relation !== '\\ge') || claim.left.error || claim.right.error) return claim;
  const texts = [claim.left.source, claim.right.source] as const;
  const latex = `${texts[0]} ${claim.relation} ${texts[1]}`;
  if (OUT_OF_SCOPE.test(latex) || claim.left.symbols.length + claim.right.symbols.length === 0) return claim;
  let sides: MathJson[];
  try {
    sides = texts.map((t) => reader.read(normalizeLatex(t)));
  } catch {
    return claim;
  }
  // Other letters before a group (`x(1 - x)`) are left to the identity check's reading.
  const functions = new Set([...appliedNames(sides[1]!, appliedNames(sides[0]!, new Map())).keys()].filter((f) => FUNCTION_NAMES.has(f)));
  const random = seeded(`${latex}\u0000inequality`);
  let points = 0;
  for (let draw = 0; draw < (functions.size > 0 ? FUNCTION_DRAWS : 1); draw++) {
    const drawn = functions.size > 0 ? withDrawnFunctions(sides, functions, random) : sides;
    if (!drawn) return claim;
    const [left, right] = drawn as [MathJson, MathJson];
    // A name called on a group (`\sigma(x)`) is a function, not a letter to scale.
    const called = calledNames(right, calledNames(left, new Set()));
    const letters = [...variablesOf(left, variablesOf(right))].filter((v) => !(called.has(v) && v.length > 1));
    if (letters.length === 0) return claim;
    for (const scale of [...SCALES, ...FAR_SCALES]) {
      const far = (FAR_SCALES as readonly number[]).includes(scale);
      const scaled = (side: MathJson): MathJson => scaleLetters(side, new Set(letters), scale);
      const [l, r] = [scaled(left), scaled(right)];
      try {
        // `l \le r` is `max(l, r) = r`; `l \ge r` is `max(l, r) = l` (the notation checks read the sides as written, joined by `=`).
        const outcome = checkIdentity(`${texts[0]} = ${texts[1]}`, ['Max', l, r], claim.relation === '\\le' ? r : l, new Map(), deadline, true);
        if (far && outcome.kind === 'judged' && outcome.verdict === 'none' && outcome.check.points < MIN_POINTS) continue;
        if (outcome.kind !== 'judged' || outcome.verdict !== 'holds') return claim;
        points += outcome.check.points;
      } catch {
        return claim;
      }
    }
  }
  const { reason: _reason, ...rest } = claim;
  return { ...rest, verdict: 'holds', identity: { points }, reading: functions.size > 0 ? INEQUALITY_FUNCTIONS_READING : INEQUALITY_READING };
}

/** Each letter `v` of `json` replaced by `scale · v` (heads of expressions are left alone). */
function scaleLetters(json: MathJson, letters: ReadonlySet<string>, scale: number): MathJson {
  if (typeof json === 'string') return letters.has(json) && scale !== 1 ? ['Multiply', scale, json] : json;
  if (!Array.isArray(json)) return json;
  return json.map((item, k) => (k === 0 ? item : scaleLetters(item as MathJson, letters, scale))) as MathJson;
}

/** The names written right before a group in a product (`\\sigma(x)` reads as `sigma` then `(x)`): functions called. */
function calledNames(json: MathJson, out: Set<string>): Set<string> {
  if (!Array.isArray(json)) return out;
  const product = json[0] === 'Multiply' || json[0] === 'InvisibleOperator';
  json.forEach((item, k) => {
    const next = json[k + 1] as MathJson | undefined;
    if (product && k > 0 && typeof item === 'string' && Array.isArray(next) && next[0] === 'Delimiter') out.add(item);
    calledNames(item as MathJson, out);
  });
  return out;
}
