/**
 * Compiler-style lines for `gradexp check`:
 * `note.md:18:17: claim fails: 0.9^{50} = 0.005154, not ≈ 0.05`
 * The position is the claim's first character; the count line comes last.
 */
import { formatNumber } from '../../core/display';
import { noteOffsetOf, type ClaimReport, type NoteFormulaReport } from '../../core/formula';

const RELATION_TEXT: Readonly<Record<string, string>> = { '=': '=', '\\approx': '≈', '\\neq': '≠', '<': '<', '>': '>', '\\le': '≤', '\\ge': '≥' };
/** Digits in messages: enough to see why a one- or two-digit claim fails. */
const MESSAGE_DIGITS = 4;

/** Tallies over one or more notes. */
export interface CheckCounts {
  formulas: number;
  holds: number;
  fails: number;
  unchecked: number;
}

/** An empty tally. */
export function emptyCounts(): CheckCounts {
  return { formulas: 0, holds: 0, fails: 0, unchecked: 0 };
}

/** Lines for one note (failed claims, then formulas that could not be evaluated), updating `counts`. */
export function humanLines(file: string, note: string, reports: readonly NoteFormulaReport[], counts: CheckCounts): string[] {
  const position = (report: NoteFormulaReport, offset: number): string => lineColumn(note, noteOffsetOf(note, report.span, offset));
  const lines: string[] = [];
  for (const report of reports) {
    counts.formulas++;
    for (const claim of report.claims) {
      if (claim.verdict === 'holds') counts.holds++;
      else if (claim.verdict === 'fails') {
        counts.fails++;
        lines.push(`${file}:${position(report, claim.left.offset)}: claim fails: ${describeFailure(claim)}`);
      } else counts.unchecked++;
    }
    if (report.error && !report.symbolic) lines.push(`${file}:${position(report, 0)}: note: ${report.error}`);
  }
  return lines;
}

/** "3 formulas, 2 claims hold, 1 fails, 0 could not be checked". */
export function countLine(counts: CheckCounts, files: number): string {
  const where = files === 1 ? '' : ` in ${files} notes`;
  const fails = `${counts.fails} ${counts.fails === 1 ? 'fails' : 'fail'}`;
  const holds = `${counts.holds} ${counts.holds === 1 ? 'claim holds' : 'claims hold'}`;
  return `${counts.formulas} formula${counts.formulas === 1 ? '' : 's'}${where}: ${holds}, ${fails}, ${counts.unchecked} could not be checked`;
}

function describeFailure(claim: ClaimReport): string {
  const relation = RELATION_TEXT[claim.relation];
  const left = claim.left.value as number;
  const right = claim.right.value as number;
  if (claim.relation === '\\approx' || claim.relation === '=') {
    const computed = claim.claimedSide === 'right' ? claim.left : claim.right;
    const claimed = claim.claimedSide === 'right' ? claim.right : claim.left;
    return `${computed.source} = ${formatNumber(computed.value as number, MESSAGE_DIGITS)}, not ${relation} ${claimed.source}`;
  }
  return `${claim.left.source} ${relation} ${claim.right.source} is false (${formatNumber(left, MESSAGE_DIGITS)} vs ${formatNumber(right, MESSAGE_DIGITS)})`;
}

/** "line:column" (1-based, UTF-16 columns) of a note offset. */
function lineColumn(note: string, offset: number): string {
  const before = note.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const line = (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
  return `${line}:${offset - lineStart + 1}`;
}
