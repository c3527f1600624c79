/**
 * What follows a claim's verdict in the hover and the panel: the points an
 * identity was tried at or its counter-example, the two quantities in one
 * unit, the dimensions that differ, the reading that made a claim hold.
 * One wording for both views, so they never disagree.
 */
import { identityText, type ClaimReport } from '../core/api/notes';
import { RELATION_SYMBOL, type NumberFormatter } from './format';

/** The parts of a claim the detail is made from. */
export type ClaimForDetail = Pick<ClaimReport, 'verdict' | 'relation' | 'reading' | 'identity' | 'units'>;

/**
 * "at 64 random points (σ as defined earlier)", "at x = 2.589: 0.06497 vs 1.795",
 * "5.926 ms ≈ 6 ms; …", "data size (bytes) vs time (s)", "as rounded to 3
 * significant digits", "if \log is base 2" — or undefined when the verdict says it all.
 */
export function claimDetail(claim: ClaimForDetail, fmt: NumberFormatter): string | undefined {
  switch (claim.verdict) {
    case 'holds':
    case 'fails':
      // The shared identity wording starts with "holds"/"fails", which the verdict already says.
      if (claim.identity) return identityText(claim.identity, fmt).replace(/^(holds|fails) /, '');
      if (claim.units) return unitsDetail(claim, claim.units);
      return claim.verdict === 'holds' ? claim.reading : undefined;
    case 'mismatch':
      return claim.units?.message.replace(/^the sides have different dimensions: /, '');
    case 'ambiguous':
      return claim.reading;
    case 'none':
      return undefined;
  }
}

/** The two quantities in one unit ("5.926 ms ≈ 6 ms"), with units.ts's reason when it reached the same verdict. */
function unitsDetail(claim: ClaimForDetail, units: NonNullable<ClaimReport['units']>): string {
  const agreed = `${claim.verdict}: `;
  if (units.message.startsWith(agreed)) return units.message.slice(agreed.length);
  // The verdict came from the readings of the written number, not units.ts's own comparison.
  const rel = RELATION_SYMBOL[claim.relation] ?? claim.relation;
  return claim.verdict === 'holds' ? `${units.left} ${rel} ${units.right}` : `${units.left} vs ${units.right}`;
}
