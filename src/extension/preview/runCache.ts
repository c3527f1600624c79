/**
 * The runs the Markdown preview can show, keyed by block text. The preview
 * only sees fence contents (no note URI, no block index), so the text is the
 * natural key; it also means an edited block no longer matches its stale run.
 * vscode-free so it can be unit-tested.
 */
import type { BlockRun } from '../../core/api/notes';
import { previewKey } from '../../core/api/views';

/** Default number of block texts remembered: enough for a vault's open notes, bounded memory. */
export const DEFAULT_PREVIEW_CACHE_SIZE = 256;

/** A bounded, least-recently-used map from block text to its last run. */
export class PreviewRunCache {
  private readonly runs = new Map<string, BlockRun>();

  /** `capacity` is how many distinct block texts are kept before the oldest is dropped. */
  constructor(private readonly capacity = DEFAULT_PREVIEW_CACHE_SIZE) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`preview cache capacity must be a positive integer, got ${capacity}`);
  }

  /** Remembers `run` as the latest run of the block whose text is `content`. */
  remember(content: string, run: BlockRun): void {
    const key = previewKey(content);
    this.runs.delete(key);
    this.runs.set(key, run);
    while (this.runs.size > this.capacity) {
      const oldest = this.runs.keys().next().value;
      if (oldest === undefined) break;
      this.runs.delete(oldest);
    }
  }

  /** The latest run of the block whose text is `content`, if any. */
  lookup(content: string): BlockRun | undefined {
    const key = previewKey(content);
    const run = this.runs.get(key);
    if (run) {
      // Refresh its place so blocks still on screen outlive forgotten ones.
      this.runs.delete(key);
      this.runs.set(key, run);
    }
    return run;
  }

  /** How many block texts are remembered. */
  get size(): number {
    return this.runs.size;
  }

  /** Forgets every run (e.g. when settings that change results change). */
  clear(): void {
    this.runs.clear();
  }
}
