/**
 * What the workspace check finds in one note: the same problems the Problems
 * panel lists for an open note (diagnosticModel.noteProblems: block errors,
 * failed claims) and the tallies the status bar shows. Runs in VS Code's
 * workspace check worker and in the Obsidian worker's vault check; host-free
 * and pure of threads, so it is unit-tested directly.
 */
import { analyzeNoteWithin, DEFAULT_MAX_FORMULAS } from '../core/api/formulas';
import { findBlocks, formatNumber, parseBlock, type NoteError } from '../core/api/notes';
import { noteProblems, type NoteProblem } from './diagnosticModel';
import { leftOutMessage } from './noteLimits';
import { claimCounts, type ClaimCounts } from './claimCounts';

/** One problem as it crosses the thread boundary: the fix stays behind (it is offered for open notes only). */
export type PlainProblem = Omit<NoteProblem, 'fix'>;

/** The check of one note. */
export interface NoteCheckResult {
  readonly problems: readonly PlainProblem[];
  readonly counts: ClaimCounts;
  /** The first formula past the editor's cap, with the open note's message about those left out; absent when none was. */
  readonly leftOut?: { readonly start: number; readonly end: number; readonly message: string };
}

/** Checks `note` as the editor checks an open note, quoting values with `digits` significant digits. */
export async function checkNoteProblems(note: string, digits: number): Promise<NoteCheckResult> {
  const fmt = (x: number, minDigits?: number) => formatNumber(x, Math.max(digits, minDigits ?? 0));
  const blockErrors: NoteError[] = findBlocks(note).flatMap((block) => parseBlock(note, block).errors);
  // The editor's cap, and no time limit: this thread holds nothing else.
  const analysis = await analyzeNoteWithin(note, { maxFormulas: DEFAULT_MAX_FORMULAS, noteTimeLimitMs: Infinity });
  const problems = noteProblems(note, blockErrors, analysis.reports, fmt).map(({ fix: _fix, ...plain }) => plain);
  const cut = analysis.notChecked;
  return {
    problems,
    counts: claimCounts(analysis.reports, cut?.count ?? 0),
    ...(cut ? { leftOut: { start: cut.first.start, end: cut.first.end, message: leftOutMessage(cut.count, cut.budget) } } : {}),
  };
}
