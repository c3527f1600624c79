/**
 * The tallies of a note's claims that VS Code's status bar and Obsidian's
 * notices show: how many hold, how many fail, and how many were not decided —
 * ambiguous, dimensions or shapes that differ, a side without a value, or a
 * formula past the editor's cap. The fails are exactly the claims listed as
 * problems.
 */
import type { NoteFormulaReport } from '../core/api/notes';

export interface ClaimCounts {
  readonly holds: number;
  readonly fails: number;
  readonly notChecked: number;
}

/** Tallies the claims of `reports`; `leftOut` formulas past the cap count as not checked. */
export function claimCounts(reports: readonly NoteFormulaReport[], leftOut = 0): ClaimCounts {
  let holds = 0;
  let fails = 0;
  let notChecked = leftOut;
  for (const report of reports) {
    for (const claim of report.claims) {
      if (claim.verdict === 'holds') holds++;
      else if (claim.verdict === 'fails') fails++;
      else notChecked++;
    }
  }
  return { holds, fails, notChecked };
}
