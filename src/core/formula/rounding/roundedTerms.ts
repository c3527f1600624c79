/**
 * A side that adds up rounded terms: `-\log(0.95) - \log(1-0.3) = 0.05 + 0.36 = 0.41`
 * (nglelinh/deep-learning-self-learning, a GAN's discriminator loss). Each term is rounded
 * at its last digit (−log 0.95 = 0.0513, −log 0.7 = 0.3567), so the sum 0.41 may differ from the
 * exact 0.408 by up to the sum of their half units (0.005 + 0.005), which no single written
 * number's rounding allows. A failing claim between a computed side and such a sum holds
 * when the gap is within that sum of half units; a wrong one (`= 0.05 + 0.46`) still fails.
 */
import type { ClaimReport } from '../types';

/** Decimals joined by + or − (`0.05 + 0.36`, `1.20 - 0.3`), and nothing else. */
const SUM_OF_DECIMALS = /^\s*[-+]?\s*\d*\.\d+(?:\s*[-+]\s*\d*\.\d+)+\s*[.,;]?\s*$/;
/**
 * A table value taken from a whole number: `1 - 0.8413`, `1 - 0.9938` (the complement of a
 * standard-normal table entry). The whole number is exact; only the decimal carries rounding.
 * Used only where the other side is a value a table prints (standardNormal.ts).
 */
const COMPLEMENT_OF_DECIMAL = /^\s*\d+\s*[-+]\s*\d*\.\d+\s*[.,;]?\s*$/;

export const ROUNDED_TERMS_READING = 'with each term of the sum rounded at its last digit';

/** The claim held when its written side sums rounded decimals whose rounding explains the gap. */
export function withRoundedTerms(claim: ClaimReport, sides: readonly [string, string], tableComplement = false): ClaimReport {
  if (claim.verdict !== 'fails' || !['=', '\\approx', '\\simeq', '\\sim'].includes(claim.relation)) return claim;
  const rounded = (side: string) => SUM_OF_DECIMALS.test(side) || (tableComplement && COMPLEMENT_OF_DECIMAL.test(side));
  const k = rounded(sides[1]) ? 1 : rounded(sides[0]) ? 0 : undefined;
  if (k === undefined || rounded(sides[k === 1 ? 0 : 1])) return claim;
  const written = k === 1 ? claim.right : claim.left;
  const computed = k === 1 ? claim.left : claim.right;
  if (written.value === null || computed.value === null) return claim;
  const halfUnits = (sides[k].match(/\d*\.(\d+)/g) ?? []).reduce((sum, term) => sum + 0.5 * 10 ** -(term.split('.')[1]!.length), 0);
  if (Math.abs(written.value - computed.value) > halfUnits * (1 + 1e-9)) return claim;
  const { fix: _fix, reason: _reason, ...rest } = claim;
  return { ...rest, verdict: 'holds', reading: ROUNDED_TERMS_READING };
}
