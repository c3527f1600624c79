/**
 * The reading of a chain step that substitutes rounded values: in
 * `\frac{1}{1 + e^{1}} = \frac{1}{1 + 2.718}` the author wrote e as 2.718, and
 * in `\frac{1}{1 + e^{-1}} = \frac{1}{1 + 0.368}` wrote e^{-1} as 0.368. Such a
 * step is exact only for some value that rounds (or truncates) to each decimal
 * the author wrote, so it holds when the two sides can meet with every such
 * decimal anywhere in its interval (docs/readings/rounding.md).
 *
 * Only decimals of three significant digits or more count as rounded, as for
 * the inputs of a written result (claims.ts): 0.9 or 1.5 are exact parameters,
 * and a wrong substitution (2.178 for e) still fails.
 */
import type { LatexReader } from '../read/engine';
import { evaluateSide, type SideLimits } from '../evaluate/evaluateSide';
import { DECIMAL_IN_SIDE as DECIMAL, INTEGER_IN_SIDE as INTEGER, significantDigits } from '../literal';
import type { Piece } from '../split';
import { judgeClaim } from '../claims';
import type { ClaimReport, SideReport } from '../types';
import { LONG_INPUT_DIGITS } from './lastDigitSlack';

const ROUNDED_DIGITS = 3;
/** Each rounded decimal doubles the corners evaluated; beyond this many the step is left as judged. */
const MAX_ROUNDED = 4;
// Integers (INTEGER) may stand for a rounded value too, but only against a value that is no integer (`\\sqrt{800/3} = \\sqrt{267}`).

export const ROUNDED_SUBSTITUTION_READING = 'with its decimals read as rounded values';

/**
 * `claim` unchanged unless it is an `=` step between two computed sides (no
 * written number on either: those have their own readings) that fails as
 * written but holds for some values of the rounded decimals in it.
 */
export function withRoundedSubstitution(claim: ClaimReport, pieces: readonly [Piece, Piece], reader: LatexReader, limits: SideLimits): ClaimReport {
  if (claim.verdict !== 'fails' || claim.relation !== '=' || claim.left.written || claim.right.written) return claim;
  if (claim.left.value === null || claim.right.value === null) return claim;
  const left = rangeOf(pieces[0], claim.left.value, !Number.isInteger(claim.right.value), reader, limits);
  const right = rangeOf(pieces[1], claim.right.value, !Number.isInteger(claim.left.value), reader, limits);
  if (!left || !right) return withManyRounded(claim, pieces, left, right, reader, limits);
  if (left.rounded === 0 && right.rounded === 0) return claim;
  if (left.hi < right.lo || right.hi < left.lo) return claim;
  const { fix: _fix, ...rest } = claim;
  // The step writes its rounded values on the right; short decimals on the left are what it restates.
  const restated = rangeOf(pieces[0], claim.left.value, !Number.isInteger(claim.right.value), reader, limits, LONG_INPUT_DIGITS);
  if (restated && (restated.hi < right.lo || right.hi < restated.lo)) return { ...rest, verdict: 'none', reason: RESTATED_DECIMALS_UNDECIDED };
  return { ...rest, verdict: 'holds', reading: ROUNDED_SUBSTITUTION_READING };
}

/**
 * `78 - (3.785)(5.2) - (0.116)(79) = 78 - 19.642 - 9.164` (djeada/Statistics-Notes, multiple
 * regression): the right side writes rounded values for the left's terms, and 3.785 × 5.2 is
 * 19.682. Only the left's 0.116, read as anything in [0.1155, 0.117], brings the sides together —
 * but the right's 9.164 is 0.116 × 79 exactly. Short decimals (fewer than five digits,
 * lastDigitSlack.ts) on the left side of a step are taken as written to confirm it; when only
 * their rounding makes it hold, the step is undecided, never failed.
 */
const RESTATED_DECIMALS_UNDECIDED = 'cannot evaluate: it holds only with the short decimals of its left side read as rounded values, which the step restates as written';

/** Whether `text` writes a decimal (or integer) of three significant digits or more, which may be a rounded value. */
export function writesRoundedValue(text: string): boolean {
  return [...text.matchAll(DECIMAL), ...text.matchAll(INTEGER)].some((m) => significantDigits(m[1]!) >= ROUNDED_DIGITS);
}

export interface Range {
  readonly lo: number;
  readonly hi: number;
  /** How many rounded decimals the side has. */
  readonly rounded: number;
}

/** The values `piece` takes with each rounded decimal at either end of its interval (undefined when it cannot tell). */
function rangeOf(piece: Piece, value: number, integersToo: boolean, reader: LatexReader, limits: SideLimits, fewestDigits = ROUNDED_DIGITS): Range | undefined {
  const literals = [...piece.text.matchAll(DECIMAL), ...(integersToo ? piece.text.matchAll(INTEGER) : [])];
  return rangeOver(piece, value, literals.filter((m) => significantDigits(m[1]!) >= fewestDigits), reader, limits, interval);
}

/**
 * The values `piece` takes with each decimal of the note's earlier results (`rounded`) at either
 * end of its rounding interval, ± half a unit (carriedResults.ts): the earlier line shows its value.
 */
export function rangeWithRounded(piece: Piece, value: number, rounded: (literal: string) => boolean, reader: LatexReader, limits: SideLimits): Range | undefined {
  return rangeOver(piece, value, [...piece.text.matchAll(DECIMAL)].filter((m) => rounded(m[1]!)), reader, limits, roundingInterval);
}

function rangeOver(piece: Piece, value: number, picked: readonly RegExpMatchArray[], reader: LatexReader, limits: SideLimits, ends: (literal: string) => [string, string]): Range | undefined {
  const decimals = [...picked].sort((a, b) => a.index! - b.index!);
  if (decimals.length === 0) return { lo: value, hi: value, rounded: 0 };
  // One number written twice (`(-1.5)^2 + 3(-1.5)`) is one value: both take the same end of its interval.
  const distinct = [...new Set(decimals.map((m) => m[1]!))];
  if (distinct.length > MAX_ROUNDED) return undefined;
  let lo = value;
  let hi = value;
  for (let corner = 0; corner < 1 << distinct.length; corner++) {
    let text = '';
    let from = 0;
    decimals.forEach((m) => {
      const [low, high] = ends(m[1]!);
      text += piece.text.slice(from, m.index) + ((corner >> distinct.indexOf(m[1]!)) & 1 ? high : low);
      from = m.index! + m[1]!.length;
    });
    text += piece.text.slice(from);
    const side = evaluateSide({ text, offset: piece.offset }, reader, limits);
    if (side.value === null || !Number.isFinite(side.value)) return undefined;
    lo = Math.min(lo, side.value);
    hi = Math.max(hi, side.value);
  }
  return { lo, hi, rounded: distinct.length };
}

/** The ends of the values a decimal rounded at its last digit may stand for (± half a unit), as decimal text. */
function roundingInterval(literal: string): [string, string] {
  const places = literal.length - literal.indexOf('.') - 1;
  const half = 10 ** -places / 2;
  return [(Number(literal) - half).toFixed(places + 1), (Number(literal) + half).toFixed(places + 1)];
}

/**
 * The ends of the values a written decimal may stand for, as decimal text: rounded to its
 * last digit (± half a unit) or cut there (up to a whole unit more in magnitude; a minus
 * sign stays outside the literal).
 */
function interval(literal: string): [string, string] {
  // An integer is read as rounded only: `2 \\times 511` never stands for 1024 / 2 = 512.
  if (!literal.includes('.')) return [(Number(literal) - 0.5).toFixed(1), (Number(literal) + 0.5).toFixed(1)];
  const places = literal.length - literal.indexOf('.') - 1;
  const unit = 10 ** -places;
  const x = Number(literal);
  return [(x - unit / 2).toFixed(places + 1), (x + unit).toFixed(places)];
}

/**
 * The next step of a chain after a substituted rounded value: `\\sqrt{800/3} = \\sqrt{267}
 * \\approx 16.33` rounds the exact 16.3299, not √267 = 16.3401. When `claim` fails but the
 * value the rounded one stands for (`exact`, carried along the chain) makes it hold, it holds so.
 */
export function withCarriedValue(claim: ClaimReport, exact: SideReport | undefined): ClaimReport {
  if (!exact || claim.verdict !== 'fails' || exact.value === null) return claim;
  const again = judgeClaim({ ...exact, written: undefined, writtenDigits: undefined }, claim.relation, claim.right);
  if (again.verdict !== 'holds') return claim;
  const { fix: _fix, ...rest } = claim;
  return { ...rest, verdict: 'holds', reading: ROUNDED_SUBSTITUTION_READING };
}

/** Beyond MAX_ROUNDED decimals each is moved alone (2 evaluations each), up to this many. */
const MAX_ROUNDED_ALONE = 12;

/**
 * A step with more rounded decimals than corners can be tried
 * (`1.44 ( 0.9865 + \\frac{0.6633}{1.44} - 0.7854 )` for `(1.2)^2 ( … - \\frac{\\pi}{4} )`):
 * each decimal is moved alone to the ends of its interval and the changes are summed, a
 * first-order range. A step whose sides meet within it is undecided, not held (the range
 * is an estimate); one that misses it stays failed.
 */
function withManyRounded(claim: ClaimReport, pieces: readonly [Piece, Piece], left: Range | undefined, right: Range | undefined, reader: LatexReader, limits: SideLimits): ClaimReport {
  const l = left ?? rangeAlone(pieces[0], claim.left.value!, !Number.isInteger(claim.right.value), reader, limits);
  const r = right ?? rangeAlone(pieces[1], claim.right.value!, !Number.isInteger(claim.left.value), reader, limits);
  if (!l || !r || l.hi < r.lo || r.hi < l.lo) return claim;
  const { fix: _fix, ...rest } = claim;
  return { ...rest, verdict: 'none', reason: 'cannot evaluate: its many decimals, read as rounded values, may explain the difference' };
}

function rangeAlone(piece: Piece, value: number, integersToo: boolean, reader: LatexReader, limits: SideLimits): Range | undefined {
  const literals = [...piece.text.matchAll(DECIMAL), ...(integersToo ? piece.text.matchAll(INTEGER) : [])].filter((m) => significantDigits(m[1]!) >= ROUNDED_DIGITS);
  if (literals.length <= MAX_ROUNDED || literals.length > MAX_ROUNDED_ALONE) return undefined;
  let spread = 0;
  for (const m of literals) {
    let change = 0;
    for (const end of interval(m[1]!)) {
      const text = piece.text.slice(0, m.index) + end + piece.text.slice(m.index! + m[1]!.length);
      const side = evaluateSide({ text, offset: piece.offset }, reader, limits);
      if (side.value === null || !Number.isFinite(side.value)) return undefined;
      change = Math.max(change, Math.abs(side.value - value));
    }
    spread += change;
  }
  return { lo: value - spread, hi: value + spread, rounded: literals.length };
}
