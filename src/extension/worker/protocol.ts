/**
 * The messages between the extension host and the run worker, with pure
 * validators for both directions. Structured clone keeps the data plain but
 * not its shape: each side checks what it receives and refuses what it does
 * not recognise (a stale bundle, a bug) instead of trusting the types.
 */
import type { BlockRun } from '../../core/api/notes';
import { isCount, isObject } from '../../shared/plainData';
import { weightsDataProblem, type WeightsEntry } from '../../shared/weightsData';

/** Host → worker: run one block of a note. */
export interface RunRequest {
  readonly type: 'run';
  readonly jobId: number;
  /** The whole note: positions in errors and `line` are note coordinates. */
  readonly note: string;
  readonly blockIndex: number;
  /** Weights files named by the block, keyed by the path as written in the note. */
  readonly weights: Readonly<Record<string, WeightsEntry>>;
  /** Most multiply-adds the block may ask for. */
  readonly budget: number;
}

/** Worker → host: how far a job has come, in [0, 1]. */
export interface ProgressReply {
  readonly type: 'progress';
  readonly jobId: number;
  readonly fraction: number;
}

/** Worker → host: a finished run and its chart. */
export interface DoneReply {
  readonly type: 'done';
  readonly jobId: number;
  readonly run: BlockRun;
  readonly svg: string;
}

/** Worker → host: the job could not run (bad request, engine bug); block errors come as a DoneReply. */
export interface FailedReply {
  readonly type: 'failed';
  readonly jobId: number;
  readonly message: string;
}

/** Everything the worker may post. */
export type WorkerReply = ProgressReply | DoneReply | FailedReply;

/** Largest note the host sends to the worker (UTF-16 units). */
export const MAX_NOTE_LENGTH = 20_000_000;
/** Largest chart the host accepts from the worker. */
export const MAX_SVG_LENGTH = 8 * 1024 * 1024;

function isNumber(x: unknown): x is number {
  // Runs legitimately hold Infinity and NaN (overflowed layers), so only the type is checked.
  return typeof x === 'number';
}

function isWeightsEntry(x: unknown): x is WeightsEntry {
  if (!isObject(x)) return false;
  if (x.ok === false) return typeof x.message === 'string';
  return x.ok === true && weightsDataProblem(x.data) === null;
}

/** True when `x` is a well-formed RunRequest (the worker's check of what the host sends). */
export function isRunRequest(x: unknown): x is RunRequest {
  if (!isObject(x) || x.type !== 'run') return false;
  if (!isCount(x.jobId) || !isCount(x.blockIndex)) return false;
  if (typeof x.note !== 'string' || x.note.length > MAX_NOTE_LENGTH) return false;
  if (typeof x.budget !== 'number' || !(x.budget > 0)) return false;
  if (!isObject(x.weights)) return false;
  return Object.values(x.weights).every(isWeightsEntry);
}

function isNoteError(x: unknown): boolean {
  return isObject(x) && typeof x.message === 'string' && isCount(x.line) && isCount(x.column) && isCount(x.start) && isCount(x.end);
}

function isSeries(x: unknown): boolean {
  if (!isObject(x) || typeof x.label !== 'string' || !isObject(x.params)) return false;
  const s = x.summary;
  if (!isObject(s) || typeof s.text !== 'string' || !isNumber(s.firstLastRatio) || !isNumber(s.growthPerStep)) return false;
  if (!(s.overflowAt === null || isNumber(s.overflowAt)) || !(s.underflowAt === null || isNumber(s.underflowAt))) return false;
  const rowsOk = (rows: unknown) => rows === undefined || (Array.isArray(rows) && rows.every((r) => isObject(r) && Object.values(r).every(isNumber)));
  return rowsOk(x.layers) && rowsOk(x.points);
}

/** True when `x` is a BlockRun in shape (used on everything the worker sends back). */
export function isBlockRun(x: unknown): x is BlockRun {
  return (
    isObject(x) &&
    isCount(x.line) &&
    typeof x.experiment === 'string' &&
    typeof x.title === 'string' &&
    typeof x.dtype === 'string' &&
    typeof x.plot === 'string' &&
    isNumber(x.elapsedMs) &&
    Array.isArray(x.errors) &&
    x.errors.every(isNoteError) &&
    Array.isArray(x.series) &&
    x.series.every(isSeries)
  );
}

/** True when `x` is a well-formed WorkerReply (the host's check of what the worker sends). */
export function isWorkerReply(x: unknown): x is WorkerReply {
  if (!isObject(x) || !isCount(x.jobId)) return false;
  switch (x.type) {
    case 'progress':
      return typeof x.fraction === 'number' && x.fraction >= 0 && x.fraction <= 1;
    case 'done':
      return typeof x.svg === 'string' && x.svg.length <= MAX_SVG_LENGTH && isBlockRun(x.run);
    case 'failed':
      return typeof x.message === 'string';
    default:
      return false;
  }
}
