/**
 * A binomial term with its counts written out: `\binom{6}{4}p^5(1-p)^{5-4}`
 * (akkefa-ml-notes, the negative binomial, P(Y = 2)) pairs 6 trials with one failure,
 * where six trials with four chosen leave two. A careful reader checks such a
 * term without any value of p: in \binom{n}{k} p^a (1-p)^b the exponents count the
 * outcomes the coefficient chooses from. The binomial (a = k, b = n − k), the
 * negative binomial counting trials (`\binom{n-1}{r-1} p^r (1-p)^{n-r}`: a = k + 1,
 * b = n − k) and counting failures (`\binom{k+r-1}{k} p^r (1-p)^k`: b = k, a = n − k + 1,
 * or `\binom{k+r-1}{r-1}`: b = n − k, a = k + 1) are the forms it may take; a term in none
 * of them fails with that sentence. Only terms whose four counts are written in digits
 * (`5-4` is a count) are read; p is one symbol or a decimal (`0.91^2(1-0.91)^{4-2}`), and its complement must be (1 − p).
 */
import type { ClaimReport, SideReport } from '../types';

/** A count in digits, or a difference or sum of them: `6`, `{5-4}`, `{k}` is no count. */
const COUNT = String.raw`(\d+(?:\s*[-+]\s*\d+)*)`;
const EXPONENT = String.raw`(?:\^\s*(?:\{\s*${COUNT}\s*\}|(\d)))?`;
const PROBABILITY = String.raw`(\\[A-Za-z]+|[A-Za-z]|\d*\.\d+)`;
/** Thin spaces and products between the factors: `\,`, `\;`, `\cdot`, `\times`. */
const GAP = String.raw`(?:\s|\\[,;:! ]|\\cdot|\\times)*`;
/** `\binom{n}{k}`, then p^a and (1-p)^b in either order, with an optional `\cdot` between. */
const TERM = new RegExp(
  String.raw`\\(?:d|t)?binom\s*\{\s*${COUNT}\s*\}\s*\{\s*${COUNT}\s*\}${GAP}` +
    String.raw`(?:${PROBABILITY}\s*${EXPONENT}${GAP}\(\s*1\s*-\s*\3\s*\)\s*${EXPONENT}|\(\s*1\s*-\s*${PROBABILITY}\s*\)\s*${EXPONENT}${GAP}\8\s*${EXPONENT})`,
  'g',
);

/** The claim failed with the slip a binomial term of its sides makes, or as it was. */
export function withBinomialSlip(claim: ClaimReport): ClaimReport {
  if (claim.verdict !== 'none') return claim;
  const slip = binomialSlip(claim.right) ?? binomialSlip(claim.left);
  if (slip === undefined) return claim;
  const { fix: _fix, reason: _reason, ...rest } = claim;
  return { ...rest, verdict: 'fails', slip };
}

function countOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  let total = 0;
  for (const m of text.replace(/\s+/g, '').matchAll(/([-+]?)(\d+)/g)) total += (m[1] === '-' ? -1 : 1) * Number(m[2]);
  return total;
}

/** The exponents a binomial term may carry: [success, failure] pairs. */
function allowedExponents(n: number, k: number): Array<[number, number]> {
  return [[k, n - k], [k + 1, n - k], [n - k, k], [n - k + 1, k]];
}

export function binomialSlip(side: SideReport): string | undefined {
  const text = side.source;
  if (!/binom/.test(text)) return undefined;
  for (const m of text.matchAll(TERM)) {
    const n = countOf(m[1]);
    const k = countOf(m[2]);
    const successFirst = m[3] !== undefined;
    const a = countOf(successFirst ? m[4] ?? m[5] ?? '1' : m[11] ?? m[12] ?? '1');
    const b = countOf(successFirst ? m[6] ?? m[7] ?? '1' : m[9] ?? m[10] ?? '1');
    if (n === undefined || k === undefined || a === undefined || b === undefined || k < 0 || k > n) continue;
    if (allowedExponents(n, k).some(([s, f]) => s === a && f === b)) continue;
    const p = (successFirst ? m[3] : m[8])!;
    return `\\binom{${n}}{${k}} chooses from ${n} trials, but the term raises ${p} to ${a} and 1 − ${p} to ${b}: the exponents count no outcomes of those trials`;
  }
  return undefined;
}
