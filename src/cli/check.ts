/**
 * `gradexp check NOTE.md… [--json] [--max-formulas N] [--max-seconds S]`:
 * evaluates every formula of the notes and judges the claims they make.
 * Exit 0 when every formula was evaluated and no claim fails; 1 when a claim
 * fails or a note-wide budget left formulas unchecked (so a vault's CI never
 * passes on a note it did not fully check); 2 for a usage error (unknown flag,
 * missing or oversized file).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAX_FORMULAS, DEFAULT_NOTE_TIME_LIMIT_MS, type NoteBudget } from '../core/api/formulas';
import { stringifyWithNonFinite } from '../core/api/views';
import { parseArgs, UsageError } from './args';
import { readNote, type Io } from './io';
import { countLine, emptyCounts } from './check/checkHuman';
import type { CheckFileJson } from './check/checkJson';
import { parseNoteBudget } from './check/budgetFlags';
import { addCounts, checkNote, type NoteCheck } from './check/checkNote';
import { checkNotesInParallel, type NoteInput } from './check/parallelCheck';
import { estimateFormulas } from './check/estimateFormulas';

const CHECK_FLAGS = { booleans: ['json', 'help'], values: { 'max-formulas': null, 'max-seconds': null } } as const;
const USAGE = `usage: gradexp check NOTE.md… [--json] [--max-formulas N] [--max-seconds S]
  --max-formulas N  formulas evaluated per note (default ${DEFAULT_MAX_FORMULAS}); the rest are reported as not checked
  --max-seconds S   seconds spent evaluating one note's formulas (default ${DEFAULT_NOTE_TIME_LIMIT_MS / 1000})`;

/** Run `check` with `args` (what follows the command name); resolves to the exit code. */
export async function runCheck(args: string[], io: Io): Promise<number> {
  try {
    return await check(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`gradexp check: ${error.message}\n${USAGE}`);
      return 2;
    }
    // Formula analysis does not throw on bad input; anything else is our bug, reported in one line.
    io.stderr(`gradexp check: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

async function check(args: string[], io: Io): Promise<number> {
  const { positional, flags } = parseArgs(args, CHECK_FLAGS);
  if (flags.help) {
    io.stdout(USAGE);
    return 0;
  }
  const budget = parseNoteBudget(flags);
  if (positional.length === 0) throw new UsageError('check needs at least one note');
  // Read every note first, so a missing file is a usage error before any output.
  const notes = positional.map((file) => ({ file, text: readNote(file) }));
  const counts = emptyCounts();
  const json: CheckFileJson[] = [];
  // Each note's lines are printed as soon as it and every note before it are checked, in note order.
  const emit = (check: NoteCheck): void => {
    addCounts(counts, check.counts);
    if (check.json) json.push(check.json);
    else for (const line of check.lines) io.stdout(line);
  };
  await checkAll(notes, budget, Boolean(flags.json), emit);
  if (flags.json) io.stdout(stringifyWithNonFinite(json.length === 1 ? json[0] : json));
  else io.stdout(countLine(counts, notes.length));
  return counts.fails > 0 || counts.notChecked > 0 ? 1 : 0;
}

/**
 * Below about this many formulas in all, the notes are checked on this thread.
 * Each worker thread starts its own engine (its bundle, the Compute Engine, its
 * own JIT warm-up: about 0.15–0.25 s of CPU): measured on the bench vault
 * (docs/performance.md), 10 notes (370 formulas) were slower on two workers,
 * 20 notes (740) about even.
 */
export const PARALLEL_MIN_FORMULAS = 1_000;

/**
 * Cores left to V8 by default: none. On the bench vault on two cores, one
 * checking thread took 4.2 s wall for 4.3 s of CPU (V8's own compiler and
 * garbage-collector threads barely used the second core), two took 3.2 s wall
 * for 5.7 s of CPU: the second thread's start-up and JIT warm-up cost less
 * than the core it puts to work (docs/performance.md).
 */
const CORES_FOR_V8 = 0;

/** The worker script, beside the bundle that holds this file (dist/check-worker.js). */
const WORKER_SCRIPT = join(__dirname, 'check-worker.js');

/** Check the notes one after another here, or here and on worker threads when that pays; `emit` gets them in note order. */
async function checkAll(notes: readonly NoteInput[], budget: NoteBudget, json: boolean, emit: (check: NoteCheck) => void): Promise<void> {
  const threads = checkThreads(notes);
  if (threads > 1 && existsSync(WORKER_SCRIPT)) {
    await checkNotesInParallel(notes, { workerScript: WORKER_SCRIPT, threads, budget, json, onNote: (_index, check) => emit(check) });
    return;
  }
  for (const { file, text } of notes) emit(await checkNote(file, text, budget, json));
}

/**
 * Threads that check notes, this one included (so N − 1 worker threads):
 * GRADEXP_CHECK_THREADS when set to a whole number (1: this thread only);
 * otherwise one per core but CORES_FOR_V8 (at most one per note) when there
 * are several notes and about PARALLEL_MIN_FORMULAS formulas or more in all,
 * else 1.
 */
export function checkThreads(notes: readonly NoteInput[], env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const forced = env.GRADEXP_CHECK_THREADS?.trim();
  if (forced && /^\d+$/.test(forced) && Number(forced) >= 1) return Math.min(Number(forced), Math.max(1, notes.length));
  const threads = Math.min(cores - CORES_FOR_V8, notes.length);
  if (threads < 2) return 1;
  let formulas = 0;
  for (const { text } of notes) formulas += estimateFormulas(text);
  return formulas >= PARALLEL_MIN_FORMULAS ? threads : 1;
}
