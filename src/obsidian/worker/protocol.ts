/**
 * The messages between the plugin (Obsidian's main thread) and its Web Worker.
 * Plain, structured-clonable data only: a request names its job, a reply
 * carries the request's id and either the result or the reason it failed.
 */
import type { BlockRun, NoteFormulaReport } from '../../core/api/notes';
import type { WeightsEntry } from '../../shared/weightsData';
import type { NoteCheckResult, PlainProblem } from '../../shared/noteCheck';

/** A problem of the vault check, placed (1-based line and column) so the list can say where and reveal it. */
export type PlacedProblem = PlainProblem & { readonly line: number; readonly column: number };

/** The vault check of one note: the workspace check's result with its problems placed. */
export type PlacedCheck = Omit<NoteCheckResult, 'problems'> & { readonly problems: readonly PlacedProblem[] };

/** What each job is asked with and answers with. */
export interface Jobs {
  /** Run block `blockIndex` of `note` within `budget` multiply-adds, with the weights files the main thread read (by the path as written); the chart is drawn in the worker. */
  run: {
    request: { readonly note: string; readonly blockIndex: number; readonly budget: number; readonly weights: Readonly<Record<string, WeightsEntry>> };
    result: { readonly run: BlockRun; readonly svg: string } };
  /** Every formula of `note`, judged (the editor's cap on formulas, no time limit: the worker holds nothing else). */
  formulas: { request: { readonly note: string }; result: readonly NoteFormulaReport[] };
  /** The problems and claim tallies of one note, as the vault check lists them. */
  check: { request: { readonly note: string; readonly digits: number }; result: PlacedCheck };
}

export type JobKind = keyof Jobs;

/** A request as posted to the worker. */
export type JobRequest = { [K in JobKind]: { readonly id: number; readonly kind: K } & Jobs[K]['request'] }[JobKind];

/** A reply as posted back. */
export type JobReply = { readonly id: number; readonly ok: true; readonly result: unknown } | { readonly id: number; readonly ok: false; readonly message: string };
