/**
 * A product or sum whose index its body never uses, while the body carries the
 * upper bound where the index belongs: `p(S) = \prod_{i=1}^n p(w_n)` (cs228-notes)
 * is p(w_n)ⁿ as written; the author meant p(w_i). A careful reader sees the slip
 * without any value: a term constant in the index is written `n \cdot c`, never as
 * a sum or product of it over i, and a subscript equal to the bound (`w_n`, `\pi_K`)
 * is the index misspelled. The claim then fails with that sentence. Only one sum
 * or product in the side, a one-letter index and bound, and no trace of the index
 * anywhere after the operator (`x^{(i)}`, `\frac{1}{i}` keep it).
 */
import type { ClaimReport, SideReport } from '../types';

/** `\prod_{i=1}^n`, `\sum_{k = 0}^{K}`: the operator, its index and its one-letter bound. */
const OPERATOR = /\\(sum|prod)\s*_\s*\{\s*([A-Za-z])\s*=[^{}]*\}\s*\^\s*(?:\{\s*([A-Za-z])\s*\}|([A-Za-z]))/;

/** The claim failed with the slip one of its sides makes, or as it was. */
export function withIndexSlip(claim: ClaimReport): ClaimReport {
  if (claim.verdict !== 'none') return claim;
  const slip = indexSlip(claim.right) ?? indexSlip(claim.left);
  if (slip === undefined) return claim;
  const { fix: _fix, reason: _reason, ...rest } = claim;
  return { ...rest, verdict: 'fails', slip };
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
  if (!subscript) return undefined;
  const what = operator === 'prod' ? 'product' : 'sum';
  return `the ${what} over ${index} never uses ${index}: its body has the subscript ${bound}, the bound, where ${index} belongs`;
}
