/**
 * "Check the vault": every Markdown note, one at a time, through the worker's
 * check (the VS Code workspace check of one note), with the tallies summed.
 * Notes over the size limit are listed as not checked, never read into a job.
 */
import type { ClaimCounts } from '../../shared/claimCounts';
import type { PlacedProblem } from '../worker/protocol';
import type { JobClient } from '../worker/client';

/** One note of the vault check. */
export interface NoteCheck {
  readonly path: string;
  readonly problems: readonly PlacedProblem[];
  readonly counts: ClaimCounts;
  /** Why the note was not checked (too large, unreadable, the worker failed). */
  readonly skipped?: string;
}

export interface VaultCheck {
  readonly notes: readonly NoteCheck[];
  readonly totals: ClaimCounts & { readonly notes: number; readonly notesWithProblems: number; readonly skipped: number };
}

/** A note of the vault as the check sees it. */
export interface VaultNote {
  readonly path: string;
  read(): Promise<string>;
}

const NONE: ClaimCounts = { holds: 0, fails: 0, notChecked: 0 };

/** Checks `notes` in order; `progress(done, total)` after each. */
export async function checkVault(
  notes: readonly VaultNote[],
  jobs: JobClient,
  options: { readonly digits: number; readonly maxChars: number; readonly progress?: (done: number, total: number) => void },
): Promise<VaultCheck> {
  const results: NoteCheck[] = [];
  for (const note of notes) {
    results.push(await checkOne(note, jobs, options));
    options.progress?.(results.length, notes.length);
  }
  return { notes: results, totals: totalsOf(results) };
}

async function checkOne(note: VaultNote, jobs: JobClient, options: { readonly digits: number; readonly maxChars: number }): Promise<NoteCheck> {
  const skipped = (why: string): NoteCheck => ({ path: note.path, problems: [], counts: NONE, skipped: why });
  let text: string;
  try {
    text = await note.read();
  } catch (e) {
    return skipped(`cannot read it: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (text.length > options.maxChars) return skipped(`larger than the size limit (${options.maxChars.toLocaleString('en-US')} characters); run \`gradexp check\` on it`);
  try {
    const result = await jobs.request('check', { note: text, digits: options.digits });
    return { path: note.path, problems: result.problems, counts: result.counts };
  } catch (e) {
    return skipped(`the check failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function totalsOf(notes: readonly NoteCheck[]): VaultCheck['totals'] {
  const sum = (pick: (c: ClaimCounts) => number) => notes.reduce((n, note) => n + pick(note.counts), 0);
  return {
    notes: notes.length,
    holds: sum((c) => c.holds),
    fails: sum((c) => c.fails),
    notChecked: sum((c) => c.notChecked),
    notesWithProblems: notes.filter((n) => n.problems.length > 0).length,
    skipped: notes.filter((n) => n.skipped !== undefined).length,
  };
}

/** The Notice after a vault check: "gradexp: 12 notes checked: 40 claims hold, 2 fail, 3 not decided — problems in 1 note". */
export function vaultSummary(check: VaultCheck): string {
  const t = check.totals;
  const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
  const skipped = t.skipped > 0 ? `; ${plural(t.skipped, 'note')} not checked` : '';
  const where = t.notesWithProblems > 0 ? ` — problems in ${plural(t.notesWithProblems, 'note')}` : '';
  const verb = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
  return `gradexp: ${plural(t.notes, 'note')} checked: ${plural(t.holds, 'claim')} ${t.holds === 1 ? 'holds' : 'hold'}, ${verb(t.fails, 'fails', 'fail')}, ${t.notChecked.toLocaleString('en-US')} not decided${where}${skipped}`;
}
