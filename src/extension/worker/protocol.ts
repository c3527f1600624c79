/**
 * The messages between the extension host and the run worker, with pure
 * validators for both directions. Structured clone keeps the data plain but
 * not its shape: each side checks what it receives and refuses what it does
 * not recognise (a stale bundle, a bug) instead of trusting the types.
 */
import type { BlockRun, WeightsData } from '../../core/api/notes';

/** A weights file as the host read it: its data, or why it could not be read. */
export type WeightsEntry =
  | { readonly ok: true; readonly data: WeightsData }
  | { readonly ok: false; readonly message: string };

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
/** Most numbers a weights file may hold in total (~400 MB as float64 would be absurd for a note). */
export const MAX_WEIGHT_NUMBERS = 20_000_000;

type Obj = Readonly<Record<string, unknown>>;

function isObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

function isNumber(x: unknown): x is number {
  // Runs legitimately hold Infinity and NaN (overflowed layers), so only the type is checked.
  return typeof x === 'number';
}

/** Checks a matrix given as rows of finite numbers, adding its size to `budget.left`; returns an error or null. */
function matrixProblem(x: unknown, what: string, budget: { left: number }): string | null {
  if (!Array.isArray(x) || x.length === 0) return `${what} must be a non-empty list of rows`;
  const width = Array.isArray(x[0]) ? x[0].length : -1;
  for (let r = 0; r < x.length; r++) {
    const row: unknown = x[r];
    if (!Array.isArray(row) || row.length !== width || width === 0) {
      return `${what}: row ${r + 1} must be a list of ${width > 0 ? width : 'some'} numbers like the first row`;
    }
    budget.left -= row.length;
    if (budget.left < 0) return `weights file holds more than ${MAX_WEIGHT_NUMBERS} numbers`;
    for (let c = 0; c < row.length; c++) {
      const v: unknown = row[c];
      if (typeof v !== 'number' || !Number.isFinite(v)) return `${what}: row ${r + 1}, column ${c + 1} is not a finite number`;
    }
  }
  return null;
}

/** Checks the JSON shape `{weights: [W1, …], input?, target?}`; returns an error message or null. Shapes between layers are the engine's to check. */
export function weightsDataProblem(x: unknown): string | null {
  if (!isObject(x)) return 'a weights file must hold a JSON object {"weights": [W1, W2, …], "input"?: [[…]], "target"?: [[…]]}';
  const budget = { left: MAX_WEIGHT_NUMBERS };
  if (!Array.isArray(x.weights) || x.weights.length === 0) return '"weights" must be a non-empty list of matrices';
  for (let t = 0; t < x.weights.length; t++) {
    const p = matrixProblem(x.weights[t], `weights[${t}] (layer ${t + 1})`, budget);
    if (p) return p;
  }
  for (const key of ['input', 'target'] as const) {
    if (x[key] === undefined) continue;
    const p = matrixProblem(x[key], `"${key}"`, budget);
    if (p) return p;
  }
  return null;
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
