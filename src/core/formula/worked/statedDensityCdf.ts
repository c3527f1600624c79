/**
 * The CDF and its inverse derived from a density the note states just before: "samples from the
 * exponential distribution, $$f_{\alpha}(x) = \alpha e^{ -\alpha x }$$ which has the following CDF,
 * $$F(x) = 1-e^{ -\alpha x }$$ and corresponding inverse, $$F^{-1}(u) = \frac{1}{\alpha}\ln \frac{1}{(1-u)}$$"
 * (unpingco/Python-for-Probability-Statistics-and-Machine-Learning, inverse CDF sampling). A careful
 * reader checks the CDF against the density: F(x) = 1 − ∫_x^∞ f(t) dt (the upper tail, so that the
 * support's lower end — 0 for the exponential, −∞ for the normal — need not be known), and the inverse
 * by F(F^{-1}(u)) = u. Both are identities in the parameters and the point, checked at random points
 * by the identity check (the integral by quadrature).
 *
 * Read only when the claim's left side is `F(x)` (`F_X(x)`) or `F^{-1}(u)`, the note states the density
 * `f(x) = …` (`f_\alpha(x)`, `p(x)`) — for the inverse, the CDF `F(x) = …` — in a formula of its own in
 * the same section at most LOOK_BACK characters before, and the words between name the CDF ("CDF",
 * "cumulative distribution", "distribution function", 分布函数) or the inverse ("inverse", 反函数).
 * It holds when the identity holds. A CDF fails only when the identity fails at random points and again
 * with the note's own numbers, the lower-limit form (∫_0^x f) fails too, and it writes the density's
 * parameters and no other (λ where the density has α is the note's renaming): a CDF the note derives
 * from a density it states, in the parameters it names, is then wrong. An inverse only ever holds: the
 * identity check takes `F(G(u)) = u` for an equation in u, which it does not refute. Anything else
 * stays as it was.
 */
import { analyzeFormula } from '../analyze';
import { sectionTextBefore } from '../find/noteSections';
import type { AnalyzeOptions, ClaimReport, MathSpan } from '../types';

const LOOK_BACK = 700;
/** `F(x)`, `F_X(x)`, `F_{\alpha}(x)`: the CDF at a point (one lower-case letter). */
const CDF_AT = /^\s*F\s*(?:_\s*(\{[^{}]*\}|\\?[A-Za-z]+))?\s*\(\s*([a-z])\s*\)\s*$/;
/** `F^{-1}(u)`: the inverse CDF at a point. */
const INVERSE_AT = /^\s*F\s*(?:_\s*(?:\{[^{}]*\}|[A-Za-z]))?\s*\^\s*\{\s*-\s*1\s*\}\s*\(\s*([a-z])\s*\)\s*$/;
/** A stated density: `f(x) = …`, `f_{\alpha}(x) = …`, `p(x) = …` (one `=`, nothing conditional). */
const DENSITY = /^\s*[fp]\s*(?:_\s*(\{[^{}]*\}|\\?[A-Za-z]+))?\s*\(\s*([a-z])\s*\)\s*=([^=]+)$/;
/** A stated CDF: `F(x) = …`. */
const CDF = /^\s*F\s*(?:_\s*(\{[^{}]*\}|\\?[A-Za-z]+))?\s*\(\s*([a-z])\s*\)\s*=([^=]+)$/;
/** What a body may not hold: cases, words, relations, a list. */
const NOT_A_BODY = /\\(?:begin|text|mathrm|mbox|quad|le|ge|leq|geq|in|sim)(?![A-Za-z])|[<>,;]|\\\\/;
const NAMES_CDF = /\bCDF\b|cumulative distribution|distribution function|分布函数/i;
const NAMES_INVERSE = /\binverse\b|\binverted\b|反函数|逆/i;
const FORMULA = /\$\$([\s\S]*?)\$\$|\$([^$\n]*)\$/g;

/** The last formula of the section before `start` matching `pattern`, and the prose between it and `start` (formulas blanked). */
interface Stated {
  readonly subscript: string;
  readonly point: string;
  readonly body: string;
  readonly between: string;
}

/** A subscript without its braces and spaces (`{X}` → X), '' for none. */
const bare = (subscript: string | undefined): string => (subscript ?? '').replace(/[{}\s]/g, '');

function statedBefore(note: string, start: number, pattern: RegExp): Stated | undefined {
  const text = sectionTextBefore(note, start, LOOK_BACK);
  let found: { subscript: string; point: string; body: string; end: number } | undefined;
  for (const m of text.matchAll(FORMULA)) {
    const latex = (m[1] ?? m[2] ?? '').trim().replace(/[.,]\s*$/, '');
    const stated = pattern.exec(latex);
    if (stated && !NOT_A_BODY.test(stated[3]!)) found = { subscript: bare(stated[1]), point: stated[2]!, body: stated[3]!.trim(), end: m.index! + m[0].length };
  }
  if (!found) return undefined;
  return { ...found, between: text.slice(found.end).replace(FORMULA, ' ') };
}

/**
 * Whether the CDF `F_sub(point)` is of the very variable the density was stated for: the same point
 * letter, and F's subscript none or the density's (`F_Y(y)` after `f(x)` is another variable's).
 */
const sameVariable = (claimSubscript: string, claimPoint: string, stated: Stated): boolean =>
  claimPoint === stated.point && (claimSubscript === '' || claimSubscript === stated.subscript);

/** `body` with the point letter replaced by `by` (never a letter inside a command or a longer name). */
function substituted(body: string, point: string, by: string): string {
  return body.replace(new RegExp(`(?<![\\\\A-Za-z])${point}(?![A-Za-z])`, 'g'), by);
}

/** A letter neither side uses, for the integration variable. */
function freshLetter(text: string): string | undefined {
  return [...'tsvwr'].find((l) => !new RegExp(`(?<![\\\\A-Za-z])${l}(?![A-Za-z])`).test(text));
}

/** Functions and constants of the notation, not parameters. */
const NOTATION = /^\\(?:exp|ln|log|frac|dfrac|tfrac|sqrt|left|right|cdot|times|pi|int|infty|mathrm|operatorname|erf|Phi|big|Big)$/;

/** The parameters a body writes: Greek and other commands, single letters; not the point, e, nor the notation's functions. */
function lettersOf(body: string, point: string): Set<string> {
  const names = new Set<string>();
  for (const m of body.matchAll(/\\[A-Za-z]+|[A-Za-z]/g)) {
    const name = m[0];
    if (name === point || name === 'e' || name === 'd' || NOTATION.test(name)) continue;
    names.add(name);
  }
  // `\exp` and `\ln` leave their letters out already: a run of letters after a backslash is one name.
  return names;
}

const sameLetters = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && [...a].every((n) => b.has(n));

/**
 * An integral at each random point is slow the first time the engine meets it: the check gets at least
 * this budget, so that a CDF is not left undecided for want of points (the reading runs only where a
 * density and the word CDF precede the claim).
 */
const CHECK_TIME_MS = 1_500;

async function verdictOf(latex: string, options: AnalyzeOptions, own: boolean): Promise<ClaimReport['verdict'] | undefined> {
  const timeLimitMs = Math.max(options.timeLimitMs ?? 0, CHECK_TIME_MS);
  const report = await analyzeFormula(latex, own ? { ...options, timeLimitMs } : { ...options, timeLimitMs, definitions: undefined });
  return report.claims.length === 1 ? report.claims[0]!.verdict : undefined;
}

/** The claim judged by the density (or CDF) the note states before it, as the file comment says; else as it was. */
async function judged(claim: ClaimReport, note: string, span: MathSpan, options: AnalyzeOptions): Promise<ClaimReport> {
  if (claim.verdict !== 'none' || claim.relation !== '=') return claim;
  const right = claim.right.source.trim().replace(/[.,]\s*$/, '');
  if (NOT_A_BODY.test(right) || /(?<![A-Za-z\\])[Ff](?![A-Za-z])/.test(right)) return claim;
  const cdf = CDF_AT.exec(claim.left.source);
  const inverse = cdf ? undefined : INVERSE_AT.exec(claim.left.source);
  if (!cdf && !inverse) return claim;
  let forms: string[];
  let reading: string;
  let parameters: [Set<string>, Set<string>];
  let variable = false;
  if (cdf) {
    const density = statedBefore(note, span.start, DENSITY);
    if (!density || !NAMES_CDF.test(density.between)) return claim;
    const t = freshLetter(`${density.body} ${right}`);
    if (t === undefined) return claim;
    const f = substituted(density.body, density.point, t);
    const ownRight = substituted(right, cdf[2]!, 'x');
    variable = sameVariable(bare(cdf[1]), cdf[2]!, density);
    forms = [`${ownRight} = 1 - \\int_{x}^{\\infty} ${f} \\, d${t}`, `${ownRight} = \\int_{0}^{x} ${f} \\, d${t}`];
    parameters = [lettersOf(density.body, density.point), lettersOf(right, cdf[2]!)];
    reading = `as the CDF of the density ${density.body} the note states before it: F(x) = 1 − ∫_x^∞ f(t) dt, checked at random points`;
  } else {
    const stated = statedBefore(note, span.start, CDF);
    if (!stated || !NAMES_INVERSE.test(stated.between)) return claim;
    forms = [`${substituted(stated.body, stated.point, `\\left(${right}\\right)`)} = ${inverse![1]}`];
    parameters = [lettersOf(stated.body, stated.point), lettersOf(right, inverse![1]!)];
    reading = `as the inverse of the CDF F(${stated.point}) = ${stated.body} the note states before it: F(F^{-1}(${inverse![1]})) = ${inverse![1]}, checked at random points`;
  }
  const first = await verdictOf(forms[0]!, options, false);
  const { reason: _reason, ...rest } = claim;
  if (first === 'holds') return { ...rest, verdict: 'holds', reading };
  // A claim in other letters than the density's (λ where the density has α) is the note's renaming, not an error.
  if (first !== 'fails' || inverse || !variable || !sameLetters(...parameters)) return claim;
  for (const form of forms) {
    if ((await verdictOf(form, options, true)) !== 'fails') return claim;
    if (form !== forms[0] && (await verdictOf(form, options, false)) !== 'fails') return claim;
  }
  return { ...rest, verdict: 'fails', reading: reading.replace(', checked at random points', ', which fails at random points') };
}

/** Whether a formula may be read so: the cheap test before any look back. */
export function writesCdf(source: string): boolean {
  return /(?<![A-Za-z\\])F\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z]+))?\s*(?:\^\s*\{\s*-\s*1\s*\}\s*)?\(/.test(source);
}

/** The formula's claims, each CDF or inverse CDF judged by the density or CDF the note states before it. */
export async function withStatedDensityCdf(claims: readonly ClaimReport[], note: string, span: MathSpan, options: AnalyzeOptions): Promise<readonly ClaimReport[]> {
  if (claims.length !== 1) return claims;
  return [await judged(claims[0]!, note, span, options)];
}
