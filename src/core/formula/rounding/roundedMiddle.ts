/**
 * A chain whose middle side writes the values of the side before it rounded:
 * `\frac{66M}{340M} \times \frac{8}{32} = 0.19 \times 0.25 = 0.049`
 * (Gaurav14cs17/ml-researcher-foundations, 08_model_compression/10_compression_pipelines/
 * 02_workflows/README.md, DistilBERT and INT8). 66/340 is 0.194, shown as 0.19; the
 * result 0.049 is the exact 0.0485 rounded, not 0.19 × 0.25 = 0.0475. Read end to end the
 * chain is right, and each step fails only by the rounding of the middle's decimals.
 *
 * A failing `=` or `\approx` step between a middle side that writes decimals of two
 * significant digits or more and its neighbour holds when (1) the chain's exact side
 * (the nearest side before the middle with a value and no such decimal) agrees with its
 * written result (the nearest plain written number after it), as a claim between them
 * would, and (2) the step holds for some values that round to the middle's decimals
 * (± half a unit of their last digit). A chain whose ends disagree still fails, and so
 * does a middle no rounding of its decimals brings to its neighbours.
 * (roundedLiterals.ts reads decimals of three digits or more as rounded in any step;
 * this reading needs the chain's ends to vouch for two-digit ones.)
 */
import type { LatexReader } from '../read/engine';
import { judgeClaim } from '../claims';
import { DECIMAL_IN_SIDE as DECIMAL, significantDigits } from '../literal';
import type { SideLimits } from '../evaluate/evaluateSide';
import { rangeWithRounded } from './roundedLiterals';
import type { Piece } from '../split';
import type { ClaimReport, Relation, SideReport } from '../types';

export const ROUNDED_MIDDLE_READING = "with the middle side's decimals read as the side before it rounded, as the chain's ends agree";

/** A decimal that may be a shown value rounded: two significant digits or more (0.19, 0.25; not 0.5). */
const isShownValue = (literal: string): boolean => significantDigits(literal) >= 2;

function writesShownValues(text: string): boolean {
  return [...text.matchAll(DECIMAL)].some((m) => isShownValue(m[1]!));
}

/** The chain as judged so far: its sides' LaTeX, their reports (`valueOf` may read a value units.ts gives), its relations. */
export interface ChainSides {
  readonly pieces: readonly Piece[];
  readonly evaluated: readonly SideReport[];
  readonly relations: readonly Relation[];
  readonly valueOf: (k: number) => number | null;
}

/** `claim` (the step between sides k and k + 1) holding under the reading above, or unchanged. */
export function withRoundedMiddle(claim: ClaimReport, k: number, chain: ChainSides, reader: LatexReader, limits: SideLimits): ClaimReport {
  if (claim.verdict !== 'fails' || (claim.relation !== '=' && claim.relation !== '\\approx') || chain.pieces.length < 3) return claim;
  const { pieces, evaluated } = chain;
  const middle = [k, k + 1].find((m) => m > 0 && m < pieces.length - 1 && evaluated[m]!.value !== null && writesShownValues(pieces[m]!.text));
  if (middle === undefined) return claim;
  const exact = lastIndex(middle, (j) => chain.valueOf(j) !== null && !writesShownValues(pieces[j]!.text));
  const result = firstIndex(middle, pieces.length, (j) => evaluated[j]!.value !== null && evaluated[j]!.writtenDigits !== undefined);
  if (exact === undefined || result === undefined) return claim;
  // The middle's neighbour in this step is the exact side or the written result itself.
  const neighbour = middle === k ? k + 1 : k;
  if (neighbour !== exact && neighbour !== result) return claim;
  const ends = chain.relations.slice(exact, result).every((r) => r === '=') ? '=' : '\\approx';
  const exactSide: SideReport = { ...evaluated[exact]!, value: chain.valueOf(exact) };
  if (judgeClaim(exactSide, ends, evaluated[result]!).verdict !== 'holds') return claim;
  const shown = evaluated[middle]!;
  const range = rangeWithRounded(pieces[middle]!, shown.value!, isShownValue, reader, limits);
  if (!range || range.rounded === 0) return claim;
  const other = neighbour === exact ? exactSide : evaluated[result]!;
  const nearest = Math.min(range.hi, Math.max(range.lo, other.value!));
  const moved: SideReport = { ...shown, value: nearest };
  const again = middle === k ? judgeClaim(moved, claim.relation, other) : judgeClaim(other, claim.relation, moved);
  if (again.verdict !== 'holds') return claim;
  const { fix: _fix, ...rest } = claim;
  return { ...rest, verdict: 'holds', reading: ROUNDED_MIDDLE_READING };
}

function lastIndex(before: number, ok: (j: number) => boolean): number | undefined {
  for (let j = before - 1; j >= 0; j--) if (ok(j)) return j;
  return undefined;
}

function firstIndex(after: number, end: number, ok: (j: number) => boolean): number | undefined {
  for (let j = after + 1; j < end; j++) if (ok(j)) return j;
  return undefined;
}
