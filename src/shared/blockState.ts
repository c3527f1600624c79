/**
 * What the host remembers about one block's latest run. Plain data, no vscode:
 * the CodeLens, the panel model, auto-run and the preview read it.
 */
import type { BlockRun } from '../core/api/notes';

/** The latest run of one block, by outcome; `content` is the block body that was (being) run. */
export type BlockRunState =
  | { readonly kind: 'running'; readonly content: string; readonly startedAt: number }
  | {
      readonly kind: 'done';
      readonly content: string;
      readonly run: BlockRun;
      /** The chart, rendered in the worker. */
      readonly svg: string;
    }
  | { readonly kind: 'failed'; readonly content: string; readonly message: string }
  | { readonly kind: 'cancelled'; readonly content: string };

/** Outcome kinds, for exhaustive switches. */
export type BlockRunKind = BlockRunState['kind'];
