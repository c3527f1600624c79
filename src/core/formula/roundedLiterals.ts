/**
 * The reading of a chain step that substitutes rounded values: in
 * `\frac{1}{1 + e^{1}} = \frac{1}{1 + 2.718}` the author wrote e as 2.718, and
 * in `\frac{1}{1 + e^{-1}} = \frac{1}{1 + 0.368}` wrote e^{-1} as 0.368. Such a
 * step is exact only for some value that rounds (or truncates) to each decimal
 * the author wrote, so it holds when the two sides can meet with every such
 * decimal anywhere in its interval (docs/formulas.md, "Reading real notes").
 *
 * Only decimals of three significant digits or more count as rounded, as for
 * the inputs of a written result (claims.ts): 0.9 or 1.5 are exact parameters,
 * and a wrong substitution (2.178 for e) still fails.
 */
import type { LatexReader } from './engine';
import { evaluateSide, type SideLimits } from './evaluateSide';
import { significantDigits } from './literal';
import type { Piece } from './split';
import type { ClaimReport } from './types';

const ROUNDED_DIGITS = 3;
/** Each rounded decimal doubles the corners evaluated; beyond this many the step is left as judged. */
const MAX_ROUNDED = 4;
const DECIMAL = /(?<![\\\w.])(\d*\.\d+)(?![\d.])/g;

export const ROUNDED_SUBSTITUTION_READING = 'with its decimals read as rounded values';

/**
 * `claim` unchanged unless it is an `=` step between two computed sides (no
 * written number on either: those have their own readings) that fails as
 * written but holds for some values of the rounded decimals in it.
 */
export function withRoundedSubstitution(claim: ClaimReport, pieces: readonly [Piece, Piece], reader: LatexReader, limits: SideLimits): ClaimReport {
  if (claim.verdict !== 'fails' || claim.relation !== '=' || claim.left.written || claim.right.written) return claim;
  if (claim.left.value === null || claim.right.value === null) return claim;
  const left = rangeOf(pieces[0], claim.left.value, reader, limits);
  const right = rangeOf(pieces[1], claim.right.value, reader, limits);
  if (!left || !right || (left.rounded === 0 && right.rounded === 0)) return claim;
  if (left.hi < right.lo || right.hi < left.lo) return claim;
  const { fix: _fix, ...rest } = claim;
  return { ...rest, verdict: 'holds', reading: ROUNDED_SUBSTITUTION_READING };
}

interface Range {
  readonly lo: number;
  readonly hi: number;
  /** How many rounded decimals the side has. */
  readonly rounded: number;
}

/** The values `piece` takes with each rounded decimal at either end of its interval (undefined when it cannot tell). */
function rangeOf(piece: Piece, value: number, reader: LatexReader, limits: SideLimits): Range | undefined {
  const decimals = [...piece.text.matchAll(DECIMAL)].filter((m) => significantDigits(m[1]!) >= ROUNDED_DIGITS);
  if (decimals.length === 0) return { lo: value, hi: value, rounded: 0 };
  if (decimals.length > MAX_ROUNDED) return undefined;
  let lo = value;
  let hi = value;
  for (let corner = 0; corner < 1 << decimals.length; corner++) {
    let text = '';
    let from = 0;
    decimals.forEach((m, k) => {
      const [low, high] = interval(m[1]!);
      text += piece.text.slice(from, m.index) + ((corner >> k) & 1 ? high : low);
      from = m.index! + m[1]!.length;
    });
    text += piece.text.slice(from);
    const side = evaluateSide({ text, offset: piece.offset }, reader, limits);
    if (side.value === null || !Number.isFinite(side.value)) return undefined;
    lo = Math.min(lo, side.value);
    hi = Math.max(hi, side.value);
  }
  return { lo, hi, rounded: decimals.length };
}

/**
 * The ends of the values a written decimal may stand for, as decimal text: rounded to its
 * last digit (± half a unit) or cut there (up to a whole unit more in magnitude; a minus
 * sign stays outside the literal).
 */
function interval(literal: string): [string, string] {
  const places = literal.length - literal.indexOf('.') - 1;
  const unit = 10 ** -places;
  const x = Number(literal);
  return [(x - unit / 2).toFixed(places + 1), (x + unit).toFixed(places)];
}
