/**
 * Web Workers from a script held as a string (the bundled worker inside
 * main.js): the plugin ships three files and needs no file of its own to
 * start a worker from, on desktop and mobile alike. Browser-only (the unit
 * tests drive JobClient with a stand-in worker instead).
 */
import type { WorkerLike } from './client';

/** Starts workers from a script held as a string: one Blob URL, made on first use, revoked by `dispose`. */
export function blobWorkers(source: string): { start(): WorkerLike; dispose(): void } {
  let url: string | undefined;
  return {
    start() {
      url ??= URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
      return new Worker(url) as unknown as WorkerLike;
    },
    dispose() {
      if (url) URL.revokeObjectURL(url);
      url = undefined;
    },
  };
}
