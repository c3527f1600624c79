/**
 * A product or sum whose index its body never uses, while the body carries the
 * upper bound where the index belongs: `p(S) = \prod_{i=1}^n p(w_n)` (cs228-notes)
 * is p(w_n)ⁿ as written; the author meant p(w_i). A careful reader sees the slip
 * without any value: a term constant in the index is written `n \cdot c`, never as
 * a sum or product of it over i, and a subscript equal to the bound (`w_n`, `\pi_K`)
 * is the index misspelled. Only one sum or product in the side, a one-letter index
 * and bound, and no trace of the index anywhere after the operator (`x^{(i)}`,
 * `\frac{1}{i}` keep it).
 *
 * The slip is named, not failed: what the author meant (p(w_i)) is the formula a careful
 * reader judges, and a misspelled index says nothing against it. The claim stays undecided
 * with the slip as its reason, and doubted, so the formula never "holds" past it.
 */
import type { ClaimReport, SideReport } from '../types';

/** `\prod_{i=1}^n`, `\sum_{k = 0}^{K}`: the operator, its index and its one-letter bound. */
const OPERATOR = /\\(sum|prod)\s*_\s*\{\s*([A-Za-z])\s*=[^{}]*\}\s*\^\s*(?:\{\s*([A-Za-z])\s*\}|([A-Za-z]))/;

/** The undecided claim with the slip one of its sides makes as its reason, or as it was. */
export function withIndexSlip(claim: ClaimReport): ClaimReport {
  // A claim that fails as written fails because of the slip as likely as not: the slip is named instead.
  if (claim.verdict === 'holds') return claim;
  return withSlipNamed(claim, indexSlip(claim.right) ?? indexSlip(claim.left));
}

/**
 * A misspelled index, named and left undecided: "cannot evaluate: the product over i never
 * uses i: …; read as a slip of the index, what it means is not judged". Doubted: the formula
 * is not "holds" on its other claims.
 */
export function withSlipNamed(claim: ClaimReport, slip: string | undefined): ClaimReport {
  if (slip === undefined) return claim;
  const { fix: _fix, ...rest } = claim;
  return { ...rest, verdict: 'none', reason: `cannot evaluate: ${slip}; read as a slip of the index, what it means is not judged`, doubted: true };
}

function indexSlip(side: SideReport): string | undefined {
  const text = side.source;
  if ((text.match(/\\(?:sum|prod)(?![A-Za-z])/g) ?? []).length !== 1) return undefined;
  const m = OPERATOR.exec(text);
  if (!m) return undefined;
  const [, operator, index, braced, bare] = m;
  const bound = braced ?? bare!;
  if (bound === index) return undefined;
  const body = text.slice(m.index + m[0].length);
  // Letters of commands (`\frac`, `\log`) are no symbols; a one-letter script is one (`\theta_kT_K` uses k).
  const symbols = body.replace(/\\[A-Za-z]+/g, ' ').replace(/([_^])\s*([A-Za-z])/g, '$1 $2 ');
  if (new RegExp(`(?<![A-Za-z])${index}(?![A-Za-z])`).test(symbols)) return undefined;
  const subscript = new RegExp(`_\\s*(?:\\{\\s*${bound}\\s*\\}|${bound}(?![A-Za-z]))`).exec(body);
  const what = operator === 'prod' ? 'product' : 'sum';
  if (subscript) return `the ${what} over ${index} never uses ${index}: its body has the subscript ${bound}, the bound, where ${index} belongs`;
  if (choosesBound(body, bound)) return `the ${what} over ${index} never uses ${index}: its body chooses ${bound}, the bound, where ${index} belongs`;
  return undefined;
}

/**
 * `\sum_{i=0}^k {a \choose k}{b \choose n-k}` (ThomasTorres2024/Obsidian-Notes, the hypergeometric
 * distribution summing to one): the bound as an entry of a binomial coefficient, `{… \choose k}`
 * or `\binom{a}{n-k}`, is the index misspelled as surely as a subscript `w_n` is.
 */
function choosesBound(body: string, bound: string): boolean {
  const letter = String.raw`(?<![A-Za-z\\])${bound}(?![A-Za-z])`;
  return new RegExp(String.raw`\\choose[^{}]*${letter}|\\[dt]?binom\s*(?:\{[^{}]*\}|\w)\s*\{[^{}]*${letter}[^{}]*\}`).test(body);
}
