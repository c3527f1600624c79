/**
 * The host side of the math worker: `find(note)` resolves with the note's
 * formula spans, found in the worker. Whatever goes wrong there — the worker
 * cannot start, dies, or answers something that is not a list of spans — the
 * spans are found on the host instead (`fallback`) and the reason is logged:
 * slower for that note, never wrong and never stuck. After MAX_FAILURES the
 * worker is not tried again. vscode-free, so it is unit-tested with the real
 * bundle.
 */
import type { Worker } from 'node:worker_threads';
import type { MathSpan } from '../../core/formula/types';
import { replyId, spansOfReply, type FindMathRequest } from './protocol';

/** Worker failures after which every note is searched on the host. */
export const MAX_FAILURES = 3;

interface Pending {
  readonly note: string;
  readonly resolve: (spans: readonly MathSpan[]) => void;
  readonly reject: (err: unknown) => void;
}

export class MathFinder {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failures = 0;
  private disposed = false;

  /**
   * @param createWorker starts the worker (dist/math-worker.js).
   * @param fallback finds spans on the host, when the worker cannot.
   * @param log writes a line to the output channel.
   */
  constructor(
    private readonly createWorker: () => Worker,
    private readonly fallback: (note: string) => Promise<readonly MathSpan[]>,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  /** The formula spans of `note`, in note order. Never rejects unless the fallback itself throws. */
  find(note: string): Promise<readonly MathSpan[]> {
    const worker = this.failures < MAX_FAILURES && !this.disposed ? this.ensureWorker() : undefined;
    if (!worker) return this.fallback(note);
    const id = this.nextId++;
    return new Promise<readonly MathSpan[]>((resolve, reject) => {
      this.pending.set(id, { note, resolve, reject });
      const request: FindMathRequest = { type: 'findMath', id, note };
      worker.postMessage(request);
    });
  }

  /** Stops the worker; pending requests are answered on the host. */
  dispose(): void {
    this.disposed = true;
    this.dropWorker();
    this.answerAllOnHost();
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = this.createWorker();
      worker.on('message', (msg: unknown) => this.onMessage(msg));
      worker.on('error', (err: Error) => this.onWorkerGone(worker, `the math worker failed: ${err.message}`));
      worker.on('exit', (code: number) => this.onWorkerGone(worker, `the math worker exited (code ${code})`));
      worker.unref(); // the host never waits for an idle worker
      this.worker = worker;
      return worker;
    } catch (err) {
      this.failures = MAX_FAILURES;
      this.log(`could not start the math worker (${(err as Error).message}); formulas are found on the host`);
      return undefined;
    }
  }

  private onMessage(msg: unknown): void {
    const id = replyId(msg);
    const request = id === undefined ? undefined : this.pending.get(id);
    if (id === undefined || !request) {
      this.log('ignored a malformed or unexpected message from the math worker');
      return;
    }
    this.pending.delete(id);
    const checked = spansOfReply(msg, request.note.length);
    if ('spans' in checked) {
      request.resolve(checked.spans);
      return;
    }
    this.log(`the math worker sent ${checked.problem}; this note's formulas are found on the host`);
    this.answerOnHost(request);
  }

  private onWorkerGone(worker: Worker, message: string): void {
    if (worker !== this.worker) return;
    this.failures++;
    this.log(`${message}${this.failures >= MAX_FAILURES ? '; formulas are found on the host from now on' : ''}`);
    this.dropWorker();
    this.answerAllOnHost();
  }

  private answerAllOnHost(): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const request of waiting) this.answerOnHost(request);
  }

  private answerOnHost(request: Pending): void {
    this.fallback(request.note).then(request.resolve, request.reject);
  }

  private dropWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    worker.removeAllListeners();
    worker.on('error', () => undefined); // an 'error' with no listener would throw in the host
    worker.terminate().catch(() => undefined);
  }
}
