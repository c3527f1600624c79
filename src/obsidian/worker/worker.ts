/**
 * The plugin's Web Worker (bundled by scripts/obsidianBuild.js into a string
 * that main.js starts from a Blob URL, so the plugin stays three files). Jobs
 * are answered one at a time, in the order they came: a run or a vault check
 * never shares the thread with another.
 */
import { handleJob } from './jobs';
import type { JobRequest } from './protocol';

interface WorkerScope {
  onmessage: ((event: { readonly data: JobRequest }) => void) | null;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(async () => scope.postMessage(await handleJob(request)));
};
