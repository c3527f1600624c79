/**
 * Which blocks auto-run should re-run after an edit: those whose text differs
 * from the text of their latest run (or that never ran). Editing prose, or
 * one block, does not re-run the others. Pure, so the rule is unit-tested.
 */
import type { BlockRunState } from '../../shared/blockState';

/** Indexes of the blocks whose current `content` has not been run (or is not running now). */
export function blocksToRerun(
  blocks: readonly { readonly index: number; readonly content: string }[],
  states: ReadonlyMap<number, BlockRunState>,
): number[] {
  return blocks.filter((b) => states.get(b.index)?.content !== b.content).map((b) => b.index);
}
