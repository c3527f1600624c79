/**
 * What the Problems panel should list for a note, as plain data: block errors
 * (Error, at their exact range) and failed claims (Warning, with the edit that
 * writes the computed value). Pure so messages and ranges are unit-tested; the
 * adapter turns these into vscode.Diagnostics.
 */
import { failureText, type ClaimReport, type NoteFormulaReport, type QuickFix, type NoteError } from '../core/api/notes';
import type { NumberFormatter } from './format';

/** Diagnostic codes, also the keys the quick-fix provider looks for. */
export const CODE_BLOCK_ERROR = 'block-error';
/** Code of a failed claim's warning. */
export const CODE_CLAIM_FAILS = 'claim-fails';

/** One problem, located by UTF-16 offsets into the note. */
export interface NoteProblem {
  readonly start: number;
  readonly end: number;
  readonly severity: 'error' | 'warning';
  readonly code: typeof CODE_BLOCK_ERROR | typeof CODE_CLAIM_FAILS;
  readonly message: string;
  /** For a failed claim: replace note[start, end) with text. */
  readonly fix?: QuickFix;
}

/** "claim fails: 0.9^{50} = 0.0051538, not ≈ 0.05". */
export function claimFailsMessage(claim: ClaimReport, fmt: NumberFormatter): string {
  return `claim fails: ${failureText(claim, fmt)}`;
}

/** The note range of a claim's claimed side, falling back to the whole formula when sides cannot be mapped. */
function claimRange(report: NoteFormulaReport, claim: ClaimReport, note: string): { start: number; end: number } {
  const side = claim.claimedSide === 'right' ? claim.right : claim.left;
  const start = report.span.contentStart + side.offset;
  const end = start + side.source.length;
  // Formula offsets equal note offsets only when the math has no container prefixes inside it (single line).
  if (note.slice(start, end) === side.source) return { start, end };
  return { start: report.span.contentStart, end: report.span.contentEnd };
}

/** The note-offset fix for a failed claim: from `report.fixes`, matched by replacement text and length. */
function noteFix(report: NoteFormulaReport, claim: ClaimReport, note: string): QuickFix | undefined {
  const fix = claim.fix;
  if (!fix) return undefined;
  const located = report.fixes.find((f) => f.text === fix.text && f.end - f.start === fix.end - fix.start);
  if (located) return located;
  const start = report.span.contentStart + fix.start;
  const end = report.span.contentStart + fix.end;
  return note.slice(start, end) === report.source.slice(fix.start, fix.end) ? { start, end, text: fix.text } : undefined;
}

/** Every problem of a note: block errors first, then failed claims in note order. */
export function noteProblems(
  note: string,
  blockErrors: readonly NoteError[],
  formulas: readonly NoteFormulaReport[],
  fmt: NumberFormatter,
): NoteProblem[] {
  const out: NoteProblem[] = blockErrors.map((e) => ({
    start: e.start,
    end: Math.max(e.end, e.start),
    severity: 'error',
    code: CODE_BLOCK_ERROR,
    message: e.message,
  }));
  for (const report of formulas) {
    for (const claim of report.claims) {
      if (claim.verdict !== 'fails') continue;
      const range = claimRange(report, claim, note);
      const fix = noteFix(report, claim, note);
      out.push({
        ...range,
        severity: 'warning',
        code: CODE_CLAIM_FAILS,
        message: claimFailsMessage(claim, fmt),
        ...(fix ? { fix } : {}),
      });
    }
  }
  return out;
}
