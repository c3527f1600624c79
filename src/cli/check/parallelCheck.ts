/**
 * `gradexp check` over many notes on several threads: the main thread and
 * `threads − 1` worker threads check whole notes (a note's budget stays that
 * note's: its formulas are never split between threads). Each worker loads
 * the Compute Engine once; the main thread has it already, and skipping one
 * worker saves that worker's start (its bundle, the engine, its own JIT
 * warm-up). Notes are handed out largest first (by their estimated formula
 * count), so the last to finish are short ones and no thread waits long for
 * another. Each worker keeps PREFETCH notes queued, and the main thread checks
 * its own notes in slices (checkNoteInSlices) between which it hands out the
 * next ones and gathers results, so a worker never waits for the main thread.
 * Results are handed back in note order as soon as a note and every note
 * before it are done, so the output is the same bytes as the one-thread path.
 *
 * Failure never loses a note: a worker that dies (an 'error', an early exit,
 * a thread that cannot start) or that reports an exception hands its notes
 * back, and the main thread checks them itself — exactly what the one-thread
 * path would have done, including an exception that is then reported as today
 * (after every note before it has been handed back). When every worker is
 * gone, the main thread checks the rest.
 */
import type { Worker } from 'node:worker_threads';
import type { NoteBudget } from '../../core/api/formulas';
import { discardWorker } from '../../threads/discardWorker';
import { workerRole } from '../../threads/workerRole';
import { checkNote, checkNoteInSlices, plainBudget, type NoteCheck, type PlainBudget } from './checkNote';
import { estimateFormulas } from './estimateFormulas';

/** A note to check. */
export interface NoteInput {
  readonly file: string;
  readonly text: string;
}

/** Options of checkNotesInParallel. */
export interface ParallelCheckOptions {
  /** The script a worker runs (dist/check-worker.js; it calls serveCheckWorker()). */
  readonly workerScript: string;
  /** Threads that check notes, the main thread included (so `threads − 1` workers, at most one per note besides the main thread's). */
  readonly threads: number;
  readonly budget: NoteBudget;
  readonly json: boolean;
  /** Each note's result, in note order, as soon as it and all notes before it are done. */
  readonly onNote: (index: number, check: NoteCheck) => void;
}

/** How the notes were checked, for tests and the benchmark. */
export interface ParallelCheckStats {
  /** Worker threads started. */
  readonly workers: number;
  /** Notes the main thread checked (its share, and those handed back). */
  readonly onMainThread: number;
  /** Notes the main thread checked because their worker failed or was gone. */
  readonly handedBack: number;
}

/** Notes queued on each worker: the next is there as soon as it finishes one. */
const PREFETCH = 2;

interface Job {
  readonly index: number;
  readonly file: string;
  readonly text: string;
  readonly budget: PlainBudget;
  readonly json: boolean;
}
type Reply = { readonly index: number } & ({ readonly check: NoteCheck } | { readonly error: string });

const checkWorker = workerRole<Job, Reply>('gradexpCheckWorker');

/** True in a thread started by checkNotesInParallel. */
export function isCheckWorker(): boolean {
  return checkWorker.isCurrent();
}

/** Start a check worker running `script` (the benchmark times one). */
export function startCheckWorker(script: string): Worker {
  return checkWorker.start(script);
}

/** Answer check requests from the parent thread, one note at a time (the worker script calls this). */
export function serveCheckWorker(): void {
  checkWorker.serve(
    async (job) => ({ index: job.index, check: await checkNote(job.file, job.text, job.budget, job.json) }),
    (job, error) => ({ index: job.index, error }),
  );
}

/** Note indexes, largest note first (estimated formulas), in note order among equals. */
export function largestFirst(notes: readonly NoteInput[]): number[] {
  const size = notes.map((n) => estimateFormulas(n.text));
  return notes.map((_, k) => k).sort((a, b) => size[b]! - size[a]! || a - b);
}

/**
 * Check every note on `threads` threads, the main thread among them. Resolves
 * when every note was handed to onNote; rejects with the error of the first
 * note (in note order) that the main thread could not check — after every
 * note before it was handed over, as the one-thread path would have done.
 */
export function checkNotesInParallel(notes: readonly NoteInput[], options: ParallelCheckOptions): Promise<ParallelCheckStats> {
  const budget = plainBudget(options.budget);
  const order = largestFirst(notes);
  const results: (NoteCheck | undefined)[] = new Array(notes.length);
  /** The notes each worker was sent and has not answered, in the order sent. */
  const queued = new Map<Worker, number[]>();
  /** Notes a worker failed on, for the main thread. */
  const handedBack: number[] = [];
  const workers: Worker[] = [];
  let next = 0;
  let handed = 0;
  let mainBusy = false;
  let workersStarted = 0;
  let mainCount = 0;
  let handedBackCount = 0;
  let fatal: { index: number; error: unknown } | undefined;

  return new Promise<ParallelCheckStats>((resolve, reject) => {
    let settled = false;
    const finish = (): void => {
      if (settled) return;
      settled = true;
      for (const w of workers) discardWorker(w);
      if (fatal) reject(fatal.error);
      else resolve({ workers: workersStarted, onMainThread: mainCount, handedBack: handedBackCount });
    };

    /** Hand over every finished note that follows the last one handed over; finish when all are. */
    const flush = (): void => {
      while (handed < notes.length && results[handed] !== undefined && !(fatal && handed >= fatal.index)) {
        const check = results[handed]!;
        results[handed] = undefined; // let it go once printed
        try {
          options.onNote(handed, check);
        } catch (e) {
          fatal = { index: handed, error: e };
          break;
        }
        handed++;
      }
      if (handed === notes.length || (fatal && handed >= fatal.index)) finish();
    };

    /** The next note no thread has taken; after a fatal error, only the notes before it. */
    const take = (): number | undefined => {
      while (next < order.length) {
        const index = order[next++]!;
        if (!fatal || index < fatal.index) return index;
      }
      return undefined;
    };

    /** The main thread checks notes handed back first (in note order), then takes its share, until none is left. */
    const runMain = async (): Promise<void> => {
      if (mainBusy) return;
      mainBusy = true;
      while (!settled) {
        handedBack.sort((a, b) => a - b);
        const index = handedBack.shift() ?? take();
        if (index === undefined) break;
        if (fatal && index > fatal.index) continue;
        mainCount++;
        try {
          results[index] = await checkNoteInSlices(notes[index]!.file, notes[index]!.text, options.budget, options.json);
        } catch (e) {
          if (!fatal || index < fatal.index) fatal = { index, error: e };
        }
        flush();
      }
      mainBusy = false;
    };

    const toMain = (index: number): void => {
      handedBack.push(index);
      handedBackCount++;
      void runMain();
    };

    /** Keep PREFETCH notes queued on `w`. */
    const feed = (w: Worker): void => {
      const mine = queued.get(w);
      while (mine && mine.length < PREFETCH && !settled) {
        const index = take();
        if (index === undefined) return;
        mine.push(index);
        const job: Job = { index, file: notes[index]!.file, text: notes[index]!.text, budget, json: options.json };
        w.postMessage(job);
      }
    };

    /** A worker is gone: its notes go to the main thread (which takes the rest too when no worker is left). */
    const lose = (w: Worker): void => {
      const mine = queued.get(w);
      if (!mine || settled) return;
      queued.delete(w);
      workers.splice(workers.indexOf(w), 1);
      discardWorker(w);
      for (const index of mine) toMain(index);
      void runMain();
    };

    const count = Math.max(0, Math.min(options.threads, notes.length) - 1);
    for (let k = 0; k < count; k++) {
      let w: Worker;
      try {
        w = startCheckWorker(options.workerScript);
      } catch {
        continue; // no thread: the main thread takes its share
      }
      workers.push(w);
      queued.set(w, []);
      w.on('message', (reply: Reply) => {
        const mine = queued.get(w);
        const at = mine ? mine.indexOf(reply.index) : -1;
        if (at < 0) return; // not a note this worker has: a late or stray message
        mine!.splice(at, 1);
        if ('error' in reply) toMain(reply.index); // the main thread tries again, as the one-thread path would
        else {
          results[reply.index] = reply.check;
          flush();
        }
        feed(w);
      });
      w.on('error', () => lose(w));
      w.on('exit', () => lose(w));
    }
    workersStarted = workers.length;
    if (notes.length === 0) return finish();
    for (const w of workers) feed(w);
    void runMain();
  });
}
