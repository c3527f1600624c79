/**
 * The two sides of a worker as the editor's clients and worker scripts see
 * them, so one client and one message loop serve both hosts: Node's
 * worker_threads on the desktop, Web Workers in VS Code for the Web
 * (src/extension/web/webThread.ts adapts one to `ThreadWorker`).
 */

/**
 * The host's handle on a worker: the part of `node:worker_threads`' Worker the
 * clients use (a Node Worker is one as it is).
 */
export interface ThreadWorker {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  removeAllListeners(): unknown;
  terminate(): Promise<unknown>;
  /** Lets the host process exit while the worker idles (nothing to do on the web). */
  unref(): void;
}

/** The worker's end of the channel: requests in, replies out. */
export interface WorkerPort {
  onMessage(listener: (message: unknown) => void): void;
  postMessage(message: unknown): void;
}

/**
 * Answers every request on `port` with `answer`'s reply, one request at a
 * time (an asynchronous answer is awaited before the next request starts), or
 * with `failed`'s when `answer` throws.
 */
export function serveInOrder<Request, Reply>(
  port: WorkerPort,
  answer: (request: Request) => Reply | Promise<Reply>,
  failed: (request: Request, message: string) => Reply,
): void {
  let previous: Promise<void> = Promise.resolve();
  port.onMessage((message) => {
    const request = message as Request;
    previous = previous.then(async () => {
      let reply: Reply;
      try {
        reply = await answer(request);
      } catch (e) {
        reply = failed(request, e instanceof Error ? e.message : String(e));
      }
      port.postMessage(reply);
    });
  });
}
