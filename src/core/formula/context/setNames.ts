/**
 * A letter the note declares a set names a set, not a number: "Let $(X,\|\cdot\|_p)$ be a metric space
 * and $Y \subset X$" then `$\lambda(x+ Y) = (\lambda x) + Y$` (ManiShayestehfar/obsidian_sync, Functional
 * Analysis/Quotient Spaces.md), where x + Y is a coset, and the rule is the definition of scaling one.
 * Read with Y a number the claim fails at random points; with Y a set it is another algebra.
 *
 * A failing claim one of whose free letters the note declared a subset before the formula (`Y \subset X`,
 * `Y \subseteq V`, `Y \subsetneq X`) is left undecided. A claim about other letters keeps its verdict.
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

/** `Y \subset X`, `Y\subseteq V`: the letter declared a subset. */
const SUBSET_OF = /(?<![\\A-Za-z])([A-Za-z])\s*\\(?:subset|subseteq|subsetneq|subsetneqq|sqsubseteq)(?![A-Za-z])/g;

/** The report with its failing claims undecided when they read a letter the note declared a set as a number. */
export function withSetNames(note: string, start: number, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails') return report;
  const before = note.slice(0, start);
  if (!before.includes('\\sub')) return report;
  const sets = new Set([...before.matchAll(SUBSET_OF)].map((m) => m[1]!));
  if (sets.size === 0) return report;
  return leaveUndecided(report, (claim) => {
    const set = Object.keys(claim.identity?.counterexample?.at ?? {}).find((name) => sets.has(name));
    return set === undefined ? undefined : `the note declares ${set} a set (${set} ⊂ …), so a sum or product with it is not one of numbers`;
  });
}
