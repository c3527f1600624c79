/**
 * A note's formula reports, computed in the worker and shared by the editor
 * extension, the side view and "check this note": the same text is judged
 * once (the last few texts are remembered), so a hover and the side view
 * asking about one version of a note cost one job.
 */
import type { NoteFormulaReport } from '../../core/api/notes';
import type { JobClient } from '../worker/client';

/** Note texts whose reports are remembered. */
const REMEMBERED = 4;

export class FormulaReports {
  private readonly byText = new Map<string, Promise<readonly NoteFormulaReport[]>>();

  constructor(
    private readonly jobs: JobClient,
    private readonly maxNoteChars: () => number,
  ) {}

  /** Every formula of `text`, judged; a note over the size limit has none (the vault check says so). */
  reports(text: string): Promise<readonly NoteFormulaReport[]> {
    if (text.length > this.maxNoteChars()) return Promise.resolve([]);
    const known = this.byText.get(text);
    if (known) return known;
    const reports = this.jobs.request('formulas', { note: text });
    // A failed job is not remembered: the next request tries again. Nor is a judgement some formula's time
    // budget cut short (a busy machine): the next request makes those reports again, with more time (reportCache.ts).
    reports.then(
      (judged) => {
        if (judged.some((r) => r.cutShort) && this.byText.get(text) === reports) this.byText.delete(text);
      },
      () => this.byText.delete(text),
    );
    this.byText.set(text, reports);
    while (this.byText.size > REMEMBERED) {
      const oldest = this.byText.keys().next().value;
      if (oldest === undefined) break;
      this.byText.delete(oldest);
    }
    return reports;
  }
}
