/**
 * A Web Worker behind the ThreadWorker interface the clients use
 * (threads/threadWorker.ts), so the run, scan and workspace-check clients are
 * the same code in VS Code for the Web. The worker's script comes as a
 * promise of a URL (web/main.ts reads the bundle and makes a Blob URL of it);
 * messages posted before it has started are queued. A Web Worker has no exit
 * event: it ends only when terminated, which the clients do themselves.
 * No `vscode`, no DOM types: unit-tested with a stand-in Worker.
 */
import type { ThreadWorker } from '../../threads/threadWorker';

/** The part of a browser Worker this adapter drives. */
export interface BrowserWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { readonly data: unknown }) => void) | null;
  onerror: ((event: { readonly message?: string }) => void) | null;
}

type Listeners = { message: Set<(message: unknown) => void>; error: Set<(err: Error) => void>; exit: Set<(code: number) => void> };

export class WebThread implements ThreadWorker {
  private worker: BrowserWorker | undefined;
  private queued: unknown[] = [];
  private terminated = false;
  private readonly listeners: Listeners = { message: new Set(), error: new Set(), exit: new Set() };

  /**
   * @param scriptUrl where the worker's script is, once known (a rejection becomes an 'error').
   * @param create starts a browser Worker on that URL (`new Worker(url)` in the host).
   */
  constructor(scriptUrl: Promise<string>, create: (url: string) => BrowserWorker) {
    scriptUrl.then(
      (url) => this.start(url, create),
      (err: unknown) => this.fail(err instanceof Error ? err : new Error(String(err))),
    );
  }

  postMessage(message: unknown): void {
    if (this.terminated) return;
    if (this.worker) this.worker.postMessage(message);
    else this.queued.push(message);
  }

  on(event: 'message', listener: (message: unknown) => void): this;
  on(event: 'error', listener: (err: Error) => void): this;
  on(event: 'exit', listener: (code: number) => void): this;
  on(event: keyof Listeners, listener: (arg: never) => void): this {
    (this.listeners[event] as Set<(arg: never) => void>).add(listener);
    return this;
  }

  removeAllListeners(): this {
    for (const set of Object.values(this.listeners)) set.clear();
    return this;
  }

  terminate(): Promise<number> {
    this.terminated = true;
    this.queued = [];
    this.worker?.terminate();
    this.worker = undefined;
    return Promise.resolve(0);
  }

  /** Nothing keeps a browser tab alive for a worker. */
  unref(): void {}

  private start(url: string, create: (url: string) => BrowserWorker): void {
    if (this.terminated) return;
    let worker: BrowserWorker;
    try {
      worker = create(url);
    } catch (err) {
      this.fail(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    worker.onmessage = (event) => {
      for (const l of [...this.listeners.message]) l(event.data);
    };
    worker.onerror = (event) => this.fail(new Error(event.message || 'the Web Worker failed to load or threw'));
    this.worker = worker;
    const queued = this.queued;
    this.queued = [];
    for (const message of queued) worker.postMessage(message);
  }

  private fail(err: Error): void {
    if (this.terminated) return;
    for (const l of [...this.listeners.error]) l(err);
  }
}
