/**
 * The host side of the scan worker: `findMath(note)` and `findBlocks(note)`
 * resolve with what the worker found. Whatever goes wrong there — the worker
 * cannot start, dies, or answers something that is not what was asked for —
 * the note is scanned on the host instead (`fallbacks`) and the reason is
 * logged: slower for that note, never wrong and never stuck. After
 * MAX_FAILURES the worker is not tried again. vscode-free, so it is
 * unit-tested with the real bundle.
 */
import type { ThreadWorker } from '../../threads/threadWorker';
import type { FencedBlock, MathSpan } from '../../core/api/notes';
import { discardWorker } from '../../threads/discardWorker';
import { itemsOfReply, replyId, type ScanKind, type ScanRequest } from './protocol';

/** Worker failures after which every note is scanned on the host. */
export const MAX_FAILURES = 3;

/** What each kind of scan yields. */
interface Found {
  readonly findMath: readonly MathSpan[];
  readonly findBlocks: readonly FencedBlock[];
}

/** The same scans done on the host, for when the worker cannot. */
export type ScanFallbacks = { readonly [K in ScanKind]: (note: string) => Promise<Found[K]> };

interface Pending {
  readonly kind: ScanKind;
  readonly note: string;
  readonly resolve: (items: unknown) => void;
  readonly reject: (err: unknown) => void;
}

export class ScanClient {
  private worker: ThreadWorker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failures = 0;
  private disposed = false;

  /**
   * @param createWorker starts the worker (dist/scan-worker.js).
   * @param fallbacks scan on the host, when the worker cannot.
   * @param log writes a line to the output channel.
   */
  constructor(
    private readonly createWorker: () => ThreadWorker,
    private readonly fallbacks: ScanFallbacks,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  /** The formula spans of `note`, in note order. Never rejects unless the host fallback itself throws. */
  findMath(note: string): Promise<readonly MathSpan[]> {
    return this.scan('findMath', note);
  }

  /** The gradexp blocks of `note`, in note order (as core findBlocks). */
  findBlocks(note: string): Promise<readonly FencedBlock[]> {
    return this.scan('findBlocks', note);
  }

  /** Stops the worker; pending requests are answered on the host. */
  dispose(): void {
    this.disposed = true;
    this.dropWorker();
    this.answerAllOnHost();
  }

  private scan<K extends ScanKind>(kind: K, note: string): Promise<Found[K]> {
    const worker = this.failures < MAX_FAILURES && !this.disposed ? this.ensureWorker() : undefined;
    if (!worker) return this.fallbacks[kind](note);
    const id = this.nextId++;
    return new Promise<Found[K]>((resolve, reject) => {
      this.pending.set(id, { kind, note, resolve: resolve as (items: unknown) => void, reject });
      const request: ScanRequest = { type: kind, id, note };
      worker.postMessage(request);
    });
  }

  private ensureWorker(): ThreadWorker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = this.createWorker();
      worker.on('message', (msg: unknown) => this.onMessage(msg));
      worker.on('error', (err: Error) => this.onWorkerGone(worker, `the scan worker failed: ${err.message}`));
      worker.on('exit', (code: number) => this.onWorkerGone(worker, `the scan worker exited (code ${code})`));
      worker.unref(); // the host never waits for an idle worker
      this.worker = worker;
      return worker;
    } catch (err) {
      this.failures = MAX_FAILURES;
      this.log(`could not start the scan worker (${(err as Error).message}); notes are scanned on the host`);
      return undefined;
    }
  }

  private onMessage(msg: unknown): void {
    const id = replyId(msg);
    const request = id === undefined ? undefined : this.pending.get(id);
    if (id === undefined || !request) {
      this.log('ignored a malformed or unexpected message from the scan worker');
      return;
    }
    this.pending.delete(id);
    const checked = itemsOfReply(msg, request.kind, request.note.length);
    if ('items' in checked) {
      request.resolve(checked.items);
      return;
    }
    this.log(`the scan worker sent ${checked.problem}; this note is scanned on the host`);
    this.answerOnHost(request);
  }

  private onWorkerGone(worker: ThreadWorker, message: string): void {
    if (worker !== this.worker) return;
    this.failures++;
    this.log(`${message}${this.failures >= MAX_FAILURES ? '; notes are scanned on the host from now on' : ''}`);
    this.dropWorker();
    this.answerAllOnHost();
  }

  private answerAllOnHost(): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const request of waiting) this.answerOnHost(request);
  }

  private answerOnHost(request: Pending): void {
    this.fallbacks[request.kind](request.note).then(request.resolve, request.reject);
  }

  private dropWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) discardWorker(worker);
  }
}
