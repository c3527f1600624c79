/**
 * Work done in slices on a thread that has other work to answer meanwhile: a
 * long computation yields to the event loop every SLICE_MS. On the extension
 * host's one thread, which every extension and the editor's own services
 * share, keystrokes, hovers and other extensions get their turn in between;
 * on `gradexp check`'s main thread, the worker threads get their next notes.
 */

/** Longest stretch of work between yields to the event loop. */
export const SLICE_MS = 15;

/**
 * Runs `task` on a later turn of the event loop: Node's setImmediate, or where there is none (a Web
 * Worker: VS Code for the Web's extension host) a message to itself — a browser clamps a nested
 * setTimeout(0) to 4 ms, which would cost a quarter of every 15 ms slice. Node keeps setImmediate:
 * a port with a listener would keep a CLI process from exiting.
 */
const nextTurn: (task: () => void) => void = (() => {
  const immediate = (globalThis as { setImmediate?: (task: () => void) => unknown }).setImmediate;
  if (typeof immediate === 'function') return (task) => void immediate(task);
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  // A Web Worker's MessagePort (Node's typings describe Node's, which takes listeners with `on`).
  (channel.port1 as unknown as { onmessage: (() => void) | null }).onmessage = () => waiting.shift()?.();
  return (task) => {
    waiting.push(task);
    channel.port2.postMessage(undefined);
  };
})();

/** Resolves on a later turn of the event loop, after the I/O and timers waiting now. */
export const yieldToEventLoop = (): Promise<void> => new Promise<void>((resolve) => nextTurn(resolve));

/** Runs a stepwise computation (a generator that yields between steps) to its end, yielding to the event loop whenever a slice has lasted SLICE_MS. */
export async function runInSlices<T>(steps: Generator<void, T>): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await yieldToEventLoop();
    sliceStart = performance.now();
  }
}

/**
 * Drives an asynchronous stepwise computation to its end, yielding to the event loop whenever a
 * slice has lasted SLICE_MS; undefined when `isStale()` is true at a yield or at the end (the input changed).
 */
export async function runStepsInSlices<T>(steps: AsyncIterator<unknown, T, void>, isStale: () => boolean): Promise<T | undefined> {
  let sliceStart = performance.now();
  for (;;) {
    const step = await steps.next();
    if (step.done) return isStale() ? undefined : step.value;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await yieldToEventLoop();
    if (isStale()) return undefined;
    sliceStart = performance.now();
  }
}
