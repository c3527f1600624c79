/**
 * One note's share of `gradexp check`: its formulas analysed within the
 * note-wide budget, its human lines, its JSON object and its tallies. The
 * same function runs on the main thread (one note after another) and in the
 * check worker threads (checkWorker.ts), so both paths print the same bytes.
 */
import { analyzeNoteSteps, analyzeNoteWithin, noteContext, type NoteAnalysis, type NoteBudget } from '../../core/api/formulas';
import { runStepsInSlices } from '../../threads/slices';
import { analysedAgainWhenCutShort } from './againWhenCutShort';
import { emptyCounts, humanLines, type CheckCounts } from './checkHuman';
import { toCheckJson, type CheckFileJson } from './checkJson';

/** What one note contributes to the command's output: plain data, so it can cross a thread boundary. */
export interface NoteCheck {
  /** Human lines (claim failures, notes, the not-checked error), in document order. */
  readonly lines: string[];
  /** The note's `--json` object, when JSON was asked for. */
  readonly json: CheckFileJson | null;
  /** This note's tallies alone. */
  readonly counts: CheckCounts;
}

/** The budget as it crosses to a worker: numbers only (a `now` clock cannot be posted). */
export interface PlainBudget {
  readonly maxFormulas?: number;
  readonly noteTimeLimitMs?: number;
  readonly timeLimitMs?: number;
}

/** The posted part of a budget. */
export function plainBudget(budget: NoteBudget): PlainBudget {
  const { maxFormulas, noteTimeLimitMs, timeLimitMs } = budget;
  return {
    ...(maxFormulas === undefined ? {} : { maxFormulas }),
    ...(noteTimeLimitMs === undefined ? {} : { noteTimeLimitMs }),
    ...(timeLimitMs === undefined ? {} : { timeLimitMs }),
  };
}

/** Check one note (the note-wide budget is this note's alone). */
export async function checkNote(file: string, text: string, budget: NoteBudget, json: boolean): Promise<NoteCheck> {
  return noteCheckOf(file, text, await analysedAgainWhenCutShort(budget, (b) => analyzeNoteWithin(text, b)), json);
}

/**
 * checkNote on a thread that has other work meanwhile (the main thread hands
 * out notes to the workers): the same result, with a turn of the event loop
 * whenever a slice of its formulas has lasted SLICE_MS.
 */
export async function checkNoteInSlices(file: string, text: string, budget: NoteBudget, json: boolean): Promise<NoteCheck> {
  const never = (): boolean => false; // never stale: always the whole analysis
  const inSlices = async (b: NoteBudget): Promise<NoteAnalysis> => (await runStepsInSlices(analyzeNoteSteps(noteContext(text), b), never))!;
  return noteCheckOf(file, text, await analysedAgainWhenCutShort(budget, inSlices), json);
}

function noteCheckOf(file: string, text: string, analysis: NoteAnalysis, json: boolean): NoteCheck {
  const counts = emptyCounts();
  const lines = humanLines(file, text, analysis, counts);
  return { lines, json: json ? toCheckJson(file, analysis) : null, counts };
}

/** Add one note's tallies to the command's: every tally, so none is dropped when a verdict is added. */
export function addCounts(total: CheckCounts, note: CheckCounts): void {
  for (const key of Object.keys(total) as (keyof CheckCounts)[]) total[key] += note[key];
}
