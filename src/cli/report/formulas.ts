import { analyzeNoteWithin } from '../../core/api/formulas';
import { formatNumber } from '../../core/api/notes';
import type { ReportFormula } from './html';
import { budgetFlag, notCheckedReason } from '../check/budgetFlags';

/** The report's formula table, and the sentence saying where a note-wide budget stopped it (null if it did not). */
export interface ReportFormulas {
  readonly formulas: ReportFormula[];
  readonly notChecked: string | null;
}

/** The note's formulas with their values and verdicts, formatted for the HTML report, within `check`'s default note budget. */
export async function reportFormulas(note: string): Promise<ReportFormulas> {
  const { reports, notChecked } = await analyzeNoteWithin(note);
  const formulas = reports.map((r) => ({
    line: r.span.line,
    column: r.span.column,
    source: r.source,
    value: r.value === null ? (r.symbolic ? `symbolic (${r.symbols.join(', ')})` : r.error ?? '—') : formatNumber(r.value),
    verdict: r.verdict,
  }));
  if (!notChecked) return { formulas, notChecked: null };
  // `run` has no flag to raise the budget; `gradexp check` has.
  const { line, column } = notChecked.first;
  return { formulas, notChecked: `line ${line}:${column}: ${notCheckedReason(notChecked)}; gradexp check ${budgetFlag(notChecked)} checks further` };
}
