/**
 * A formula whose time budget ran out is left undecided (analyze.ts
 * `cutShort`): safe, but the same note then checked differently from one run
 * to the next, and a definition cut short could leave later formulas unread.
 * Per-formula budgets count the thread's CPU time on Linux (core/formula/deadline.ts),
 * so machine load alone no longer cuts one short there; what is left is a
 * formula slow on its own, a thread starved past the budgets' wall cap, and
 * platforms without a CPU clock. `check` analyses such a note again: the core's
 * report cache answers every finished formula at once and gives each new
 * attempt at a cut-short one twice the budget of the last (reportCache.ts),
 * until MAX_TIMED_OUT_ATTEMPTS attempts. The attempts share the note-wide
 * budget (`--max-seconds`): a note never takes longer than it allows, and an
 * attempt that reaches fewer formulas than the one before is not kept.
 * Attempts cost the other notes' threads CPU on a busy machine, and a formula
 * slow on its own is cut short at every attempt, so a note is attempted again
 * only while at least half its budget is left and the last attempt healed
 * some formula (its cut-short count fell): D2L's slow integral appendix then
 * costs one more attempt, not two, and a note that used most of its time on
 * the first pass leaves the time to the other notes.
 * The editor heals the same way, a second after the cut-short analysis
 * (src/extension/notes/formulaReports.ts `retryIfCutShort`).
 */
import { DEFAULT_NOTE_TIME_LIMIT_MS, MAX_TIMED_OUT_ATTEMPTS, type NoteAnalysis, type NoteBudget } from '../../core/api/formulas';

/** `analyse` run once under `budget`, then again while a report is cut short, attempts and note time allow. */
export async function analysedAgainWhenCutShort(budget: NoteBudget, analyse: (budget: NoteBudget) => Promise<NoteAnalysis>): Promise<NoteAnalysis> {
  const now = budget.now ?? Date.now;
  const limit = budget.noteTimeLimitMs ?? DEFAULT_NOTE_TIME_LIMIT_MS;
  const deadline = now() + limit;
  let analysis = await analyse(budget);
  let healed = true;
  for (let attempt = 1; attempt < MAX_TIMED_OUT_ATTEMPTS && healed && cutShort(analysis) > 0; attempt++) {
    const left = deadline - now();
    if (!(left > 0) || left < limit / 2) break;
    const again = await analyse({ ...budget, noteTimeLimitMs: left });
    if (again.reports.length < analysis.reports.length) break; // the note-wide limit came first
    healed = cutShort(again) < cutShort(analysis);
    analysis = again;
  }
  return analysis;
}

function cutShort(analysis: NoteAnalysis): number {
  return analysis.reports.filter((r) => r.cutShort).length;
}

