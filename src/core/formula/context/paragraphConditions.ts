/**
 * A derivation may rely on a condition stated in an earlier formula of its
 * paragraph: "a linear combination … with the unit-variance constraint
 * $z_1^2 + z_2^2 = 1$. … On the unit circle, $z_1^4 + z_2^4 = (z_1^2 + z_2^2)^2 -
 * 2z_1^2 z_2^2 = 1 - 2z_1^2 z_2^2$" (m-ciniello/omscs-ml-notes, PCA/pca_ica.md).
 * Random points know nothing of the condition, so a failing identity whose
 * variables include all of an earlier `… = number` relating two names or more of its section (a few
 * paragraphs back at most) is left
 * undecided, naming that condition (statedConditions.ts does the same within
 * one formula).
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';
import { sectionTextBefore } from '../find/noteSections';

/** `z_1^2 + z_2^2 = 1`, `\sum_i p_i = 1`: an expression with letters set equal to a number. */
const CONDITION = /^([^=<>]*[A-Za-z][^=<>]*)=\s*-?\d+(?:\.\d+)?\s*$/;
/** The names a condition constrains as the checker writes them: `z_1`, `p`, `\theta` → `θ` is not needed (letters only). */
const NAME = /(?<![\\A-Za-z])([A-Za-z])(?:\s*_\s*(?:\{\s*([A-Za-z0-9]+)\s*\}|([A-Za-z0-9])))?/g;

export function namesOf(latex: string): Set<string> {
  const names = new Set<string>();
  for (const m of latex.replace(/\\[A-Za-z]+/g, ' ').matchAll(NAME)) names.add(m[2] ?? m[3] ? `${m[1]}_${m[2] ?? m[3]}` : m[1]!);
  return names;
}

/** How far back conditions are looked for: the derivation's own stretch of text, not the note. */
const LOOK_BACK = 1500;

/** The inline or display formulas of `note` before `start` in its section (at most LOOK_BACK characters back) that set letters equal to a number. */
function conditionsBefore(note: string, start: number): string[] {
  const paragraph = sectionTextBefore(note, start, LOOK_BACK);
  const out: string[] = [];
  for (const m of paragraph.matchAll(/\$\$?([^$]+)\$\$?/g)) {
    const latex = m[1]!.trim();
    if (CONDITION.test(latex)) out.push(latex);
  }
  return out;
}

/** The report with each failing identity undecided when an earlier condition of its section constrains only its variables. */
export function underParagraphConditions(note: string, start: number, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails') return report;
  const conditions = conditionsBefore(note, start);
  if (conditions.length === 0) return report;
  return leaveUndecided(report, (claim) => {
    if (claim.identity?.counterexample === undefined) return undefined;
    // The variables it was sampled over, by the names the checker writes (`z_1`).
    const own = new Set(Object.keys(claim.identity.counterexample.at));
    const condition = conditions.find((c) => {
      const names = namesOf(c);
      // A relation among two names or more: a value given to one (`x = 1`) is a binding, which the checker reads already.
      return names.size >= 2 && [...names].every((n) => own.has(n));
    });
    return condition === undefined ? undefined : `it fails at random points, but the note states ${condition} before it, a condition it may hold under`;
  });
}
