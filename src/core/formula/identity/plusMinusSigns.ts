/**
 * `(a \pm b)^2 = a^2 \pm 2ab + b^2`, `(a \pm b)(a \mp b) = a^2 - b^2`: a claim with ± (and ∓)
 * states two claims at once, one with the upper signs, one with the lower. The check reads `\pm`
 * as a function of two values and leaves the claim undecided; a careful reader checks both sign
 * choices, and so does this reading. It only confirms: `x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}`
 * names two solutions, not an identity, so a claim that fails one way stays as it was.
 */
import { normalizeLatex } from '../read/preprocess';
import type { ClaimReadingOfPieces } from './claimReading';
import { checkIdentity } from './identity';

const PLUS_MINUS = /\\(?:pm|mp)(?![A-Za-z])/;

/** `latex` with the upper (`+` for ±, `-` for ∓) or the lower signs. */
export function withSigns(latex: string, upper: boolean): string {
  return latex.replace(/\\(pm|mp)(?![A-Za-z])/g, (_, sign: string) => ((sign === 'pm') === upper ? '+' : '-'));
}

const READING = 'with its ± read both ways (upper signs, then lower signs)';

/** An undecided `=` with ± or ∓ that holds with the upper signs and with the lower ones; else the claim as it was. */
export const withPlusMinusSigns: ClaimReadingOfPieces = (claim, pieces, reader, definitions, deadline) => {
  if (claim.verdict !== 'none' || claim.relation !== '=' || !pieces.some((p) => PLUS_MINUS.test(p.text))) return claim;
  for (const upper of [true, false]) {
    const sides = pieces.map((p) => withSigns(p.text, upper));
    try {
      const [left, right] = sides.map((s) => reader.read(normalizeLatex(s)));
      const outcome = checkIdentity(`${sides[0]} = ${sides[1]}`, left!, right!, definitions, deadline);
      if (outcome.kind !== 'judged' || outcome.verdict !== 'holds') return claim;
    } catch {
      // The engine refuses some trees: nothing is said of them.
      return claim;
    }
  }
  const { reason: _reason, ...rest } = claim;
  return { ...rest, verdict: 'holds', reading: READING };
};
