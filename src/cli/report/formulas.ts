import { analyzeNote } from '../../core/formula';
import { formatNumber } from '../../core/display';
import type { ReportFormula } from './html';

/** The note's formulas with their values and verdicts, formatted for the HTML report. */
export async function reportFormulas(note: string): Promise<ReportFormula[]> {
  const reports = await analyzeNote(note);
  return reports.map((r) => ({
    line: r.span.line,
    column: r.span.column,
    source: r.source,
    value: r.value === null ? (r.symbolic ? `symbolic (${r.symbols.join(', ')})` : r.error ?? '—') : formatNumber(r.value),
    verdict: r.verdict,
  }));
}
