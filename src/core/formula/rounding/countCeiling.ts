/**
 * A count the author rounds up: "Traversing a tree with a fan-out of 500 requires
 * only $\log_{500}(1,000,000) \approx 3$ levels" (Vtheonly/Obsidian_Notes, Database
 * Design, Query Optimization and Processing). log₅₀₀ 10⁶ is 2.22, and a tree of
 * 2.22 levels has 3: whole levels, steps or machines are counted up.
 *
 * A failing `\approx` or `=` claim whose written number is a whole number n and
 * whose computed value x is no whole number, with n = ⌈x⌉, is left undecided when
 * the words right after the formula, or its sentence before, count something
 * that comes whole (levels, steps, GPUs…) or say it is needed ("at least",
 * "requires"). `\log_{500}(10^6) \approx 4` levels still fails: 4 is no ceiling of 2.22.
 */
import type { ClaimReport, FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

/** Things counted whole, or words of a minimum, that make a whole number the ceiling of a computed one. */
export const COUNTS_UP = /\b(?:levels?|layers?|steps?|rounds?|iterations?|passes|hops?|reads?|I\/Os?|lookups?|comparisons?|digits?|pages?|blocks?|disks?|trips?|GPUs?|nodes?|machines?|servers?|devices?|cards?|stages?|at least|need(?:s|ed)?|requires?|required|minimum|ceil(?:ing)?)\b|至少|需要|层/i;

const LOOK_AHEAD = 40;
const LOOK_BACK = 160;
/** Counts this large are never written as the ceiling of a fraction (a reader would not know). */
const LARGEST_COUNT = 1e6;

/** The text that may say what the formula counts: a few words after it, and its sentence before (other formulas blanked). */
export function countWords(note: string, start: number, end: number): string {
  const before = note.slice(Math.max(0, start - LOOK_BACK), start).replace(/\$[^$]*\$/g, ' ');
  const cut = Math.max(before.lastIndexOf('\n\n'), before.lastIndexOf('. '), before.lastIndexOf('.\n'));
  return `${before.slice(cut + 1)} ${note.slice(end, end + LOOK_AHEAD)}`;
}

function isCeiling(claim: ClaimReport): number | undefined {
  if (claim.verdict !== 'fails' || (claim.relation !== '\\approx' && claim.relation !== '=')) return undefined;
  const claimed = claim.claimedSide === 'right' ? claim.right : claim.left;
  const computed = claim.claimedSide === 'right' ? claim.left : claim.right;
  const [n, x] = [claimed.value, computed.value];
  if (claimed.written === undefined || n === null || x === null || !Number.isInteger(n) || n < 1 || n > LARGEST_COUNT) return undefined;
  // x is no whole number (beyond float64 noise) and n is the next one up.
  const slack = 1e-9 * Math.max(1, Math.abs(x));
  return Math.abs(x - Math.round(x)) > slack && Math.ceil(x) === n ? x : undefined;
}

/** The report with its failing claims undecided when the written whole number counts up a computed fraction the text says is a count. */
export function withCountCeiling(note: string, start: number, end: number, report: FormulaReport): FormulaReport {
  if (!report.claims.some((c) => isCeiling(c) !== undefined)) return report;
  const words = COUNTS_UP.exec(countWords(note, start, end))?.[0];
  if (!words) return report;
  return leaveUndecided(report, (claim) => {
    const x = isCeiling(claim);
    return x === undefined ? undefined : `${Number(x.toPrecision(4))} is counted up to the next whole number ("${words}"), which the written number is`;
  });
}
