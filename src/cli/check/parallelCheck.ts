/**
 * `gradexp check` over many notes on worker threads: each worker loads the
 * Compute Engine once and checks whole notes, one at a time, taken in note
 * order from a shared queue (a note's budget stays that note's: its formulas
 * are never split between threads). Results are handed back in note order as
 * soon as a note and every note before it are done, so output streams and is
 * the same bytes as the one-thread path.
 *
 * Failure never loses a note: a worker that dies (an 'error', an early exit,
 * a thread that cannot start) or that reports an exception hands its note back,
 * and the main thread checks it itself — exactly what the one-thread path
 * would have done, including an exception that is then reported as today
 * (after every note before it has been handed back). When every worker is
 * gone, the main thread checks the rest.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { NoteBudget } from '../../core/api/formulas';
import { discardWorker } from '../../threads/discardWorker';
import { checkNote, plainBudget, type NoteCheck, type PlainBudget } from './checkNote';

const MARK = 'gradexpCheckWorker';

/** A note to check. */
export interface NoteInput {
  readonly file: string;
  readonly text: string;
}

/** Options of checkNotesInParallel. */
export interface ParallelCheckOptions {
  /** The script a worker runs (dist/check-worker.js; it calls serveCheckWorker()). */
  readonly workerScript: string;
  /** Worker threads to start (at most one per note). */
  readonly threads: number;
  readonly budget: NoteBudget;
  readonly json: boolean;
  /** Each note's result, in note order, as soon as it and all notes before it are done. */
  readonly onNote: (index: number, check: NoteCheck) => void;
}

/** How the notes were checked, for tests and the benchmark. */
export interface ParallelCheckStats {
  readonly workers: number;
  /** Notes the main thread checked because their worker failed or was gone. */
  readonly onMainThread: number;
}

interface Job {
  readonly index: number;
  readonly file: string;
  readonly text: string;
  readonly budget: PlainBudget;
  readonly json: boolean;
}
type Reply = { readonly index: number } & ({ readonly check: NoteCheck } | { readonly error: string });

/** True in a thread started by checkNotesInParallel. */
export function isCheckWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[MARK] === true;
}

/** Answer check requests from the parent thread, one note at a time (the worker script calls this). */
export function serveCheckWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('serveCheckWorker must run in a worker thread');
  port.on('message', (job: Job) => {
    checkNote(job.file, job.text, job.budget, job.json).then(
      (check) => port.postMessage({ index: job.index, check } satisfies Reply),
      (e: unknown) => port.postMessage({ index: job.index, error: e instanceof Error ? e.message : String(e) } satisfies Reply),
    );
  });
}

/**
 * Check every note on `threads` worker threads (the main thread only
 * dispatches and gathers, unless a worker fails). Resolves when every note
 * was handed to onNote; rejects with the error of the first note (in note
 * order) that the main thread, too, could not check — after every note before
 * it was handed over, as the one-thread path would have done.
 */
export function checkNotesInParallel(notes: readonly NoteInput[], options: ParallelCheckOptions): Promise<ParallelCheckStats> {
  const budget = plainBudget(options.budget);
  const results: (NoteCheck | undefined)[] = new Array(notes.length);
  const busy = new Map<Worker, number>();
  const onMain: number[] = [];
  let nextJob = 0;
  let handed = 0;
  let mainBusy = false;
  let mainCount = 0;
  let fatal: { index: number; error: unknown } | undefined;
  const workers: Worker[] = [];

  return new Promise<ParallelCheckStats>((resolve, reject) => {
    let settled = false;
    const finish = (): void => {
      if (settled) return;
      settled = true;
      for (const w of workers) discardWorker(w);
      if (fatal) reject(fatal.error);
      else resolve({ workers: workers.length, onMainThread: mainCount });
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

    /** The main thread checks the notes handed back to it, one at a time, in note order. */
    const drainMain = async (): Promise<void> => {
      if (mainBusy) return;
      mainBusy = true;
      while (onMain.length > 0 && !settled) {
        onMain.sort((a, b) => a - b);
        const index = onMain.shift()!;
        if (fatal && index > fatal.index) continue;
        mainCount++;
        try {
          results[index] = await checkNote(notes[index]!.file, notes[index]!.text, options.budget, options.json);
        } catch (e) {
          if (!fatal || index < fatal.index) fatal = { index, error: e };
        }
        flush();
      }
      mainBusy = false;
    };

    const toMain = (index: number): void => {
      onMain.push(index);
      void drainMain();
    };

    const feed = (w: Worker): void => {
      if (settled || nextJob >= notes.length || (fatal && nextJob > fatal.index)) return;
      const index = nextJob++;
      busy.set(w, index);
      const job: Job = { index, file: notes[index]!.file, text: notes[index]!.text, budget, json: options.json };
      w.postMessage(job);
    };

    /** A worker is gone: its note goes to the main thread, and the rest too when no worker is left. */
    const lose = (w: Worker): void => {
      if (!workers.includes(w) || settled) return;
      const index = busy.get(w);
      busy.delete(w);
      workers.splice(workers.indexOf(w), 1);
      discardWorker(w);
      if (index !== undefined) toMain(index);
      if (workers.length === 0) {
        while (nextJob < notes.length) onMain.push(nextJob++);
        void drainMain();
      }
    };

    const count = Math.max(1, Math.min(options.threads, notes.length));
    for (let k = 0; k < count; k++) {
      let w: Worker;
      try {
        w = new Worker(options.workerScript, { workerData: { [MARK]: true } });
      } catch {
        continue; // no thread: the main thread takes its share below
      }
      workers.push(w);
      w.on('message', (reply: Reply) => {
        if (busy.get(w) !== reply.index) return;
        busy.delete(w);
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
    if (workers.length === 0) {
      while (nextJob < notes.length) onMain.push(nextJob++);
      void drainMain();
      return;
    }
    for (const w of workers) feed(w);
  });
}
