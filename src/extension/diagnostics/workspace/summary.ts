/** The one line a workspace check ends with: what was checked, what fails, what was left alone. Pure, so it is unit-tested. */

/** What one workspace check did. */
export interface CheckSummary {
  /** Markdown files found (after files.exclude). */
  notes: number;
  /** True when the file search stopped at its cap. */
  capped: boolean;
  /** Notes checked in the worker. */
  checked: number;
  /** Notes left to the live check because they are open. */
  open: number;
  /** Notes over the editor's limits, not analysed. */
  skipped: number;
  /** Notes the worker could not check (named in the log). */
  failed: number;
  /** Failed claims, over all checked notes. */
  fails: number;
  notesWithFails: number;
  /** Block errors, over all checked notes. */
  errors: number;
  cancelled: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "gradexp checked 12 notes: 3 claims fail in 2 notes; 1 note over the size limits was skipped." */
export function summaryMessage(s: CheckSummary): string {
  const head = s.cancelled
    ? `gradexp: check cancelled after ${plural(s.checked, 'note')} of ${s.notes.toLocaleString('en-US')}`
    : `gradexp checked ${plural(s.checked, 'note')}`;
  const found =
    s.fails === 0 && s.errors === 0
      ? 'no claim fails'
      : [s.fails > 0 ? `${plural(s.fails, 'claim')} ${s.fails === 1 ? 'fails' : 'fail'} in ${plural(s.notesWithFails, 'note')}` : '', s.errors > 0 ? plural(s.errors, 'block error') : '']
          .filter(Boolean)
          .join(', ');
  const aside = [
    s.open > 0 ? `${plural(s.open, 'open note')} ${s.open === 1 ? 'is' : 'are'} checked live` : '',
    s.skipped > 0 ? `${plural(s.skipped, 'note')} over gradexp.maxNoteSize or the block limit ${s.skipped === 1 ? 'was' : 'were'} skipped` : '',
    s.failed > 0 ? `${plural(s.failed, 'note')} could not be checked (see gradexp: Show Log)` : '',
    s.capped ? `only the first ${plural(s.notes, 'Markdown file')} were looked at` : '',
  ].filter(Boolean);
  return `${head}: ${found}${aside.length ? `; ${aside.join('; ')}` : ''}.`;
}
