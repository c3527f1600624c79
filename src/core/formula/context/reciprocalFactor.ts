/**
 * A claimed number the prose makes a factor — "倍", "times", "-fold" after it, or "a factor
 * of" before it — may be written either way round: a weight of 0.01 is a loss "reduced 100
 * times". CaoJiahao2/deep-learning-notes, docs/architectures/object-detection.md, on focal loss:
 *
 *     当 γ = 2、p_t = 0.9 时，该样本的损失被缩小 $(1-0.9)^2 = 100$ 倍
 *
 * (1 − 0.9)² is 0.01: the author states the shrink factor, 1/0.01. Such a claim, which fails
 * as written and holds with the claimed factor inverted, is left undecided: as written it
 * equates 0.01 with 100, as meant it is right, and the checker cannot tell which a reader
 * takes. A claim wrong either way round still fails.
 */
import { judgeClaim } from '../claims';
import type { ClaimReport, FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

/** A factor word right after the closing `$`: 倍 (times), times, -fold, ×, x. */
const FACTOR_AFTER = /^\s*(?:倍|times\b|-?fold\b|×|x\b)/i;
/** "a factor of", "by a factor", or 缩小/减小/降低/放大 … right before the opening `$`. */
const FACTOR_BEFORE = /(?:\bfactor\s+of|\bby\s+a\s+factor|缩小|减小|降低|放大|增大|提升|提高)\s*(?:了|约|大约|为|到)?\s*\$*$/i;

/** How far around the formula the words are looked for. */
const NEAR = 24;

/** The report with each failing claim that holds with its claimed factor inverted left undecided. */
export function withReciprocalFactor(note: string, start: number, end: number, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails') return report;
  const after = note.slice(end, end + NEAR);
  const before = note.slice(Math.max(0, start - NEAR), start);
  const words = FACTOR_AFTER.exec(after)?.[0].trim() ?? FACTOR_BEFORE.exec(before)?.[0].replace(/\$+$/, '').trim();
  if (!words) return report;
  const last = report.sides[report.sides.length - 1];
  return leaveUndecided(report, (claim) =>
    claim.right === last && holdsInverted(claim) ? `the claimed number is a factor ("${words}") and holds inverted (1/${claim.right.value})` : undefined,
  );
}

/**
 * The claim holds with its computed side inverted, judged against the written number as
 * written (so its digits keep their rounding): 1/0.01 = 100. A factor is the larger number, so
 * a claimed number below 1 is not read so.
 */
function holdsInverted(claim: ClaimReport): boolean {
  const { left, right } = claim;
  if (claim.claimedSide !== 'right' || !right.written || right.value === null || Math.abs(right.value) <= 1) return false;
  if (left.value === null || left.value === 0 || left.symbols.length > 0) return false;
  const { roundingError: _rounding, ...exact } = left;
  return judgeClaim({ ...exact, value: 1 / left.value }, claim.relation, right).verdict === 'holds';
}
