/**
 * Letters a worked solution uses as its own names, never the constants the engine takes them for:
 *
 * - an answer label alone on a side: `\boxed{(e)=3}` after "節点 4 から節点 5 までは直接辺の距離が 3 であるから"
 *   (Myyura/the_kai_project, docs/nagoya-university/informatics/complex/2023/complex_202208_info_3.md:
 *   blank (e) of the question is 3), not Euler's e in brackets;
 * - e as one of several unknowns: `(a+e)+(d+e)=8+5` then `7+2e=13`
 *   (docs/kyoto-university/informatics/ist/2024/ist_202308_kiso_f2_2.md): e is a number to find.
 *
 * Such a failing claim is left undecided. A claim with no such label or no such sum before it is
 * judged as before.
 */
import type { ClaimReport, FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

/** `(e)`, `(b)`, maybe boxed or in bold: the whole side a bracketed letter. */
const ANSWER_LABEL = /^(?:\\boxed\s*\{)?\s*(?:\\textbf\s*\{|\\mathbf\s*\{)?\s*\(\s*[A-Za-z]\s*\)\s*\}?\s*\}?$/;
/** A bare e (no power, no e-notation), as a term. */
const BARE_E = /(?<![A-Za-z\\.])e(?![A-Za-z^{(\d]|[-+]\d)/;
/** e added to another letter of a..d, in math before the claim: `a+e`, `e + d`. */
const E_BESIDE_LETTERS = /(?<![A-Za-z\\])[a-d]\s*\+\s*e(?![A-Za-z^])|(?<![A-Za-z\\])e\s*\+\s*[a-d](?![A-Za-z])/;
const LOOK_BACK = 1500;

function labels(claim: ClaimReport): boolean {
  return ANSWER_LABEL.test(claim.left.source) || ANSWER_LABEL.test(claim.right.source);
}

/** The report with claims on answer labels, or on e where e is an unknown, undecided. */
export function withLetterUnknowns(note: string, start: number, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails') return report;
  const eUnknown = BARE_E.test(report.source) && E_BESIDE_LETTERS.test(note.slice(Math.max(0, start - LOOK_BACK), start));
  return leaveUndecided(report, (claim) => {
    if (labels(claim)) return 'a bracketed letter alone labels an answer, it is no value';
    if (eUnknown && claim.identity === undefined && BARE_E.test(`${claim.left.source} ${claim.right.source}`)) {
      return 'e is one of the unknowns the solution adds to a, b, c, d, not Euler\u2019s number';
    }
    return undefined;
  });
}
