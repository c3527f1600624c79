/**
 * A vector written `\approx` with zeros beside rounded numbers: e_man − e_woman =
 * [−2, −0.01, 0.01, 0.08] ≈ [−2, 0, 0, 0] (fengdu78/deeplearning_ai_books, markdown/lesson5-week2.md,
 * the word-embedding analogy). Alone, 0.08 ≈ 0 says nothing a digit can check (zero has no
 * significant digits, and claims.ts reads no decimal place for it); beside −2 the author
 * rounded every element to the units, and 0.08 is 0 there. So under `\approx` an element
 * written 0 holds when it is below half a unit of the finest place its array's other
 * written numbers show.
 */
import type { ArrayCell, ClaimReport } from '../types';

export const ROUNDED_ZERO_READING = 'with its zeros rounded at the places of the other elements';

/** The finest decimal place the array's nonzero written numbers show (0 for units, 2 for hundredths), or undefined. */
function finestPlace(cells: readonly ArrayCell[]): number | undefined {
  let finest: number | undefined;
  for (const cell of cells) {
    if (!cell.written || cell.writtenDigits === undefined || cell.value === 0 || cell.written.style !== 'plain') continue;
    const place = cell.writtenDigits - 1 - Math.floor(Math.log10(Math.abs(cell.value)));
    finest = finest === undefined ? place : Math.max(finest, place);
  }
  return finest;
}

/**
 * The element claims with each failing one whose written number is 0 held, when the array's
 * other written numbers round it to 0 (`computed` gives each element's computed value).
 */
export function withRoundedZeros(claims: readonly ClaimReport[], written: readonly ArrayCell[], computed: readonly ArrayCell[]): ClaimReport[] {
  if (!claims.some((c, k) => c.verdict === 'fails' && written[k]?.value === 0)) return [...claims];
  const place = finestPlace(written);
  if (place === undefined || !written.every((c) => c.written !== undefined)) return [...claims];
  const half = 0.5 * 10 ** -place;
  return claims.map((claim, k) => {
    const value = computed[k]!.value;
    if (claim.verdict !== 'fails' || written[k]!.value !== 0 || !(Math.abs(value) < half)) return claim;
    const { fix: _fix, ...rest } = claim;
    return { ...rest, verdict: 'holds', reading: ROUNDED_ZERO_READING };
  });
}
