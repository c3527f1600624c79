/**
 * The words on the CodeLenses above a gradexp block. Pure so the texts —
 * which the end-to-end tests look for — are pinned by unit tests.
 */
import type { BlockRun } from '../../core/api/notes';
import { sweepSummary } from '../../core/api/views';
import type { BlockRunState } from '../../shared/blockState';

/** Title of the lens that runs one block. */
export const RUN_LENS_TITLE = '▶ Run experiment';
/** Title of the lens above the first block that runs every block of the note. */
export const RUN_ALL_LENS_TITLE = 'Run all';
/** Title of the status lens while a block runs; clicking it cancels. */
export const RUNNING_LENS_TITLE = '$(sync~spin) running… (click to cancel)';
/** Longest result line; a lens is one line and must not push the editor sideways. */
export const MAX_RESULT_LENGTH = 110;

/** "12 ms", "1.3 s": how long a run took, in the unit a person reads at a glance. */
export function formatElapsed(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '? ms';
  if (ms < 1000) return `${Math.max(1, Math.round(ms))} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

function truncate(text: string, max = MAX_RESULT_LENGTH): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Summary of a finished run: "ran 12 ms · fp16 overflow at layer 37" (one series), a train sweep's window, or per label (other sweeps). */
export function runResultText(run: BlockRun): string {
  const ran = `ran ${formatElapsed(run.elapsedMs)}`;
  if (run.errors.length > 0) {
    const n = run.errors.length;
    return truncate(`✗ ${n} error${n === 1 ? '' : 's'} — ${run.errors[0]!.message}`);
  }
  if (run.series.length === 0) return `${ran} · nothing to plot`;
  if (run.series.length === 1) {
    const text = run.series[0]!.summary.text;
    return truncate(text ? `${ran} · ${text}` : ran);
  }
  // A learning-rate sweep of `train`: its window is the news.
  const sweep = sweepSummary(run.series);
  if (sweep) return truncate(`${ran} · ${sweep}`);
  // A sweep: series where something happened (overflow/underflow) first, as that is the news.
  const notable = [...run.series].sort(
    (a, b) => Number(b.summary.overflowAt !== null || b.summary.underflowAt !== null) -
      Number(a.summary.overflowAt !== null || a.summary.underflowAt !== null),
  );
  const parts = notable.map((s) => `${s.label}: ${s.summary.text}`);
  return truncate(`${ran} · ${parts.join(' · ')}`);
}

/** The status lens after the run lens, or undefined when the block has not been run. */
export function statusLensTitle(state: BlockRunState | undefined): string | undefined {
  if (!state) return undefined;
  switch (state.kind) {
    case 'running':
      // Lenses are not redrawn while a run goes on, so no ticking clock here.
      return RUNNING_LENS_TITLE;
    case 'done':
      return runResultText(state.run);
    case 'failed':
      return truncate(`✗ run failed — ${state.message}`);
    case 'cancelled':
      return 'cancelled';
    default: {
      const never: never = state;
      return never;
    }
  }
}
