/**
 * Compiler-style lines for `gradexp check`:
 * `note.md:18:17: claim fails: 0.9^{50} = 0.005154, not ≈ 0.05`
 * The position is the claim's first character; the count line comes last.
 */
import { ambiguityText, failureText, formatNumber, LineIndex } from '../../core/api/notes';
import { noteOffsetOf, type NoteAnalysis, type NoteFormulaReport } from '../../core/api/formulas';
import { notCheckedMessage } from './budgetFlags';

/** Digits in messages: enough to see why a one- or two-digit claim fails. */
const MESSAGE_DIGITS = 4;

/** Tallies over one or more notes. */
export interface CheckCounts {
  formulas: number;
  holds: number;
  fails: number;
  /** Claims that fail as read by default but hold under another reading the note allows. */
  ambiguous: number;
  /** Claims between quantities of different dimensions (MB against ms). */
  mismatch: number;
  unchecked: number;
  /** Formulas a note-wide budget left unevaluated. */
  notChecked: number;
}

/** An empty tally. */
export function emptyCounts(): CheckCounts {
  return { formulas: 0, holds: 0, fails: 0, ambiguous: 0, mismatch: 0, unchecked: 0, notChecked: 0 };
}

/**
 * Lines for one note in document order (failed claims, formulas that could not
 * be evaluated, then where a note-wide budget stopped), updating `counts`.
 */
export function humanLines(file: string, note: string, analysis: NoteAnalysis, counts: CheckCounts): string[] {
  // One index per note: a scan from the start for each line was quadratic (100,000 failed claims: minutes).
  let index: LineIndex | undefined;
  const lineColumn = (offset: number): string => {
    index ??= new LineIndex(note);
    const { line, column } = index.positionAt(offset);
    return `${line}:${column}`;
  };
  const position = (report: NoteFormulaReport, offset: number): string => lineColumn(noteOffsetOf(note, report.span, offset));
  const lines: string[] = [];
  for (const report of analysis.reports) {
    counts.formulas++;
    for (const claim of report.claims) {
      if (claim.verdict === 'holds') counts.holds++;
      else if (claim.verdict === 'fails') {
        counts.fails++;
        lines.push(`${file}:${position(report, claim.left.offset)}: claim fails: ${failureText(claim, messageNumber)}`);
      } else if (claim.verdict === 'mismatch') {
        counts.mismatch++;
        lines.push(`${file}:${position(report, claim.left.offset)}: claim mismatch: ${failureText(claim, messageNumber)}`);
      } else if (claim.verdict === 'ambiguous') {
        counts.ambiguous++;
        lines.push(`${file}:${position(report, claim.left.offset)}: claim ambiguous: ${ambiguityText(claim)}`);
      } else counts.unchecked++;
    }
    if (report.error && !report.symbolic) lines.push(`${file}:${position(report, 0)}: note: ${report.error}`);
  }
  const skipped = analysis.notChecked;
  if (skipped) {
    counts.notChecked += skipped.count;
    lines.push(`${file}:${lineColumn(skipped.first.contentStart)}: error: ${notCheckedMessage(skipped)}`);
  }
  // Formula sources quote the note; the CLI's terminal writer shows its ESC or bidi override (main.ts).
  return lines;
}

/** "3 formulas, 2 claims hold, 1 fails, 0 could not be checked". */
export function countLine(counts: CheckCounts, files: number): string {
  const where = files === 1 ? '' : ` in ${files} notes`;
  const fails = `${counts.fails} ${counts.fails === 1 ? 'fails' : 'fail'}`;
  const holds = `${counts.holds} ${counts.holds === 1 ? 'claim holds' : 'claims hold'}`;
  const skipped = counts.notChecked > 0 ? `, ${counts.notChecked} more not checked (note-wide budget)` : '';
  const ambiguous = `${counts.mismatch > 0 ? `, ${counts.mismatch} with mismatched units or shapes` : ''}${counts.ambiguous > 0 ? `, ${counts.ambiguous} ambiguous` : ''}`;
  return `${counts.formulas} formula${counts.formulas === 1 ? '' : 's'}${where}: ${holds}, ${fails}${ambiguous}, ${counts.unchecked} could not be checked${skipped}`;
}

/** A computed value in a message: MESSAGE_DIGITS, or more when the claim was written with more. */
function messageNumber(x: number, minDigits?: number): string {
  return formatNumber(x, Math.max(MESSAGE_DIGITS, minDigits ?? 0));
}
