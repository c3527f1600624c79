/**
 * Homework and worked-example notes reuse their letters problem by problem: exercise 1 defines
 * `f(x) = \sin x^{-1}`, exercise 2 writes `f(3N) = \frac{3N-1}{3N+1}` for a new f whose definition
 * is in the problem statement, not in the note (Rainybunny/PKU-Lecture-Notes, Mathematical Analysis
 * I, homework 24-10-hw5.md). A failing identity through a definition made before the latest
 * exercise or example marker (`**2.**`, `**例：**`, `**Example 3**`, `**Problem**`) is left
 * undecided: the definition may belong to another problem. Definitions made after the marker,
 * in the claim's own problem, still refute.
 */
import type { ClaimReport, FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

/** A paragraph opening with a bold problem number or an example/exercise word. */
const EXERCISE_MARKER = /^[ \t]*(?:&emsp;|&nbsp;)*\*\*\s*(?:\(?\d+[.)]?\)?|例|习题|問題|问题|題|题|Example|Exercise|Problem|Question|Q\d)[^\n]*?\*\*/gim;
/** How "f as defined earlier" / "F = 22500 from earlier" name the definition a claim used. */
const DEFINED_EARLIER = / as defined earlier$/;
const FROM_EARLIER = / from earlier$/;

/** Where the last exercise marker before `start` begins, or -1. */
function lastMarkerBefore(note: string, start: number): number {
  let last = -1;
  for (const m of note.slice(0, start).matchAll(EXERCISE_MARKER)) last = m.index;
  return last;
}

/** Where each exercise or example marker of `note` begins, in order (workedExample.ts: a binding before a claim's marker is another example's). */
export function exerciseMarkers(note: string): number[] {
  return [...note.matchAll(EXERCISE_MARKER)].map((m) => m.index);
}

/** Whether the text between the marker and the claim defines what `use` names. */
function definedSince(problem: string, use: string): boolean {
  if (FROM_EARLIER.test(use)) return problem.includes(use.replace(FROM_EARLIER, '').trim());
  const name = use.replace(DEFINED_EARLIER, '').trim();
  const command = { σ: 'sigma', φ: 'phi', ψ: 'psi', θ: 'theta', λ: 'lambda' }[name];
  const written = command ? `\\\\${command}` : name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${written}\\s*(?:\\([^()]*\\))?\\s*(?::=|=)`).test(problem);
}

/** The report with failing identities through a definition from an earlier problem left undecided. */
export function withEarlierExercise(note: string, start: number, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails') return report;
  const marker = lastMarkerBefore(note, start);
  if (marker < 0) return report;
  const problem = note.slice(marker, start);
  return leaveUndecided(report, (claim: ClaimReport) => {
    const uses = (claim.identity?.using ?? []).filter((u) => DEFINED_EARLIER.test(u) || FROM_EARLIER.test(u));
    const foreign = uses.find((u) => !definedSince(problem, u));
    return foreign === undefined ? undefined : `it fails with ${foreign}, before this problem's own statement; the letter may mean something else here`;
  });
}
