/**
 * What follows a claim's verdict in the hover and the panel: the points an
 * identity was tried at or its counter-example, the two quantities in one
 * unit, the dimensions that differ, the reading that made a claim hold.
 * One wording for both views, so they never disagree.
 */
import { identityText, type ClaimReport } from '../core/api/notes';
import { RELATION_SYMBOL, type NumberFormatter } from './format';

/** The parts of a claim the detail is made from. */
export type ClaimForDetail = Pick<ClaimReport, 'verdict' | 'relation' | 'reading' | 'identity' | 'units' | 'array'>;

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
      if (claim.array && claim.verdict === 'fails') return claim.array.message;
      return claim.verdict === 'holds' ? claim.reading : undefined;
    case 'mismatch':
      if (claim.array) return claim.array.message;
      return claim.units?.message.replace(/^the sides have different dimensions: /, '');
    case 'ambiguous':
      return claim.reading;
    case 'none':
      return undefined;
  }
}

/**
 * The two quantities in one unit: "5.926 ms ≈ 6 ms", "5.926 ms = 5.9 ms, as rounded to 2
 * significant digits" (the claim's own reading, not units.ts's longer sentence, which repeats them);
 * "1.024 kB vs 1 kB" when it fails.
 */
function unitsDetail(claim: ClaimForDetail, units: NonNullable<ClaimReport['units']>): string {
  if (claim.verdict !== 'holds') return `${units.left} vs ${units.right}`;
  // units.ts compared the quantities in the unit the author wrote; when it found the claim holding too, its pair is that one.
  const both = units.message.startsWith('holds: ')
    ? units.message.slice('holds: '.length).split('; ')[0]!
    : `${units.left} ${RELATION_SYMBOL[claim.relation] ?? claim.relation} ${units.right}`;
  return claim.reading ? `${both}, ${claim.reading}` : both;
}
