/**
 * The host side of one workspace check's worker thread: `check(note)`
 * resolves with the note's problems and tallies, or rejects with why not
 * (the worker failed on that note, died, or answered something malformed).
 * `dispose()` stops the thread at once — that is how Cancel stops a check
 * midway through a long note. vscode-free, so it is unit-tested with the real bundle.
 */
import type { ThreadWorker } from '../../../threads/threadWorker';
import { discardWorker } from '../../../threads/discardWorker';
import type { NoteCheckResult } from '../../../shared/noteCheck';
import { replyId, resultOfReply, type CheckRequest } from './protocol';

interface Pending {
  readonly noteLength: number;
  readonly resolve: (result: NoteCheckResult) => void;
  readonly reject: (err: Error) => void;
}

export class WorkspaceCheckClient {
  private worker: ThreadWorker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private disposed = false;

  /** @param createWorker starts the worker (dist/workspace-check-worker.js). */
  constructor(private readonly createWorker: () => ThreadWorker) {}

  /** Checks one note, quoting values with `digits` significant digits. */
  check(note: string, digits: number): Promise<NoteCheckResult> {
    if (this.disposed) return Promise.reject(new Error('the workspace check was stopped'));
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<NoteCheckResult>((resolve, reject) => {
      this.pending.set(id, { noteLength: note.length, resolve, reject });
      const request: CheckRequest = { id, note, digits };
      worker.postMessage(request);
    });
  }

  /** Stops the worker; pending checks reject. */
  dispose(): void {
    this.disposed = true;
    this.stop(new Error('the workspace check was stopped'));
  }

  private ensureWorker(): ThreadWorker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.on('message', (msg: unknown) => this.onMessage(msg));
    worker.on('error', (err: Error) => this.onGone(worker, `the check worker failed: ${err.message}`));
    worker.on('exit', (code: number) => this.onGone(worker, `the check worker exited (code ${code})`));
    this.worker = worker;
    return worker;
  }

  private onMessage(msg: unknown): void {
    const id = replyId(msg);
    const request = id === undefined ? undefined : this.pending.get(id);
    if (id === undefined || !request) return; // not an answer to anything asked
    this.pending.delete(id);
    const checked = resultOfReply(msg, request.noteLength);
    if ('result' in checked) request.resolve(checked.result);
    else request.reject(new Error(checked.problem));
  }

  private onGone(worker: ThreadWorker, message: string): void {
    if (worker !== this.worker) return;
    this.stop(new Error(message));
  }

  private stop(err: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) discardWorker(worker);
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const request of waiting) request.reject(err);
  }
}
