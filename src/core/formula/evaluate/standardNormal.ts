/**
 * `P(Z > 6.4127) \approx 0.00000001`, `P(Z < -1.96) = 0.025`: in a statistics
 * note, Z is the standard normal variable, and a tail probability of it is a
 * value a careful reader looks up. A side that is exactly `P(Z op c)` (op one of
 * >, <, ≥, ≤; c a written number) is that tail, 0.5·erfc(±c/√2), when the
 * section speaks of the normal distribution (the word, `\mathcal{N}`, `N(…)`, a
 * z-score or z-test) and binds no Z of its own. The claim is then judged as any
 * claim between a value and a written number (claims.ts): rounded, cut, or an
 * order of magnitude. A written side read from a printed table, `1 - 0.8413` or
 * `0.05 + 0.0228`, carries the table's rounding at each entry's last digit
 * (roundedTerms.ts): `P(Z > 1) = 1 - 0.8413` holds (0.158655 against 0.1587),
 * `P(Z > 1) = 1 - 0.8431` still fails.
 */
import { erfc } from '../../numeric/erf';
import { judgeClaim } from '../claims';
import { withRoundedTerms } from '../rounding/roundedTerms';
import type { ClaimReport, SideReport } from '../types';

/** `P(Z > 1.96)`, `P\left( Z \leq -1.645 \right)`, `\Pr(Z<0)`: the whole side. */
const TAIL = /^\\?(?:P|Pr|mathbb\{P\})\s*(?:\\left\s*)?\(\s*Z\s*(>|<|\\geq?|\\leq?|\\ge|\\le|≥|≤)\s*(-?\d+(?:\.\d+)?)\s*(?:\\right\s*)?\)$/;
/** Prose or notation of the normal distribution. */
export const SPEAKS_OF_NORMAL = /normal|\\mathcal\s*\{\s*N\s*\}|(?<![A-Za-z\\])N\s*(?:\\left\s*)?\(|z-?(?:score|test|table|value)|standardi[sz]/i;

/** The claim with a standard-normal tail side valued, judged; or as it was. */
export function withNormalTail(claim: ClaimReport): ClaimReport {
  if (claim.verdict !== 'none') return claim;
  const left = tailSide(claim.left);
  const right = tailSide(claim.right);
  if ((left === undefined) === (right === undefined)) return claim;
  // `P(Z > 1) = 1 - 0.8413`: the written side is a table entry (or its complement), rounded at its last digit.
  const judged = withRoundedTerms(judgeClaim(left ?? claim.left, claim.relation, right ?? claim.right), [claim.left.source, claim.right.source], true);
  if (judged.verdict !== 'holds' && judged.verdict !== 'fails') return claim;
  const { fix: _fix, ...rest } = judged;
  return { ...rest, reading: `with Z the standard normal variable${judged.reading ? `, ${judged.reading}` : ''}` };
}

function tailSide(side: SideReport): SideReport | undefined {
  const m = TAIL.exec(side.source.replace(/\s+/g, ' ').trim());
  if (!m) return undefined;
  const c = Number(m[2]);
  const above = m[1] === '>' || /g/.test(m[1]!) || m[1] === '≥';
  const value = 0.5 * erfc((above ? c : -c) / Math.SQRT2);
  const { error: _error, ...rest } = side;
  // erfc is good to about 1e-7 relative here (numeric/erf.ts): a bound the judgement respects.
  return { ...rest, value, symbols: [], roundingError: 1e-7 * value, readAs: `P(Z ${m[1]} ${m[2]})` };
}
