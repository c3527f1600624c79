/**
 * Which CodeLenses a note gets, as plain data: per block "▶ Run experiment",
 * "Run all" on the first block, and a status lens once the block has run.
 * Pure so placement, order, commands and arguments are unit-tested.
 */
import type { BlockRunState } from '../../shared/blockState';
import { RUN_ALL_LENS_TITLE, RUN_LENS_TITLE, statusLensTitle } from './lensText';

/** One lens: where, what it says and what clicking it does. */
export interface LensSpec {
  /** 0-based editor line of the block's opening fence. */
  readonly line: number;
  readonly title: string;
  readonly command: string;
  readonly args: readonly unknown[];
  readonly tooltip: string;
}

/** The lenses of a note's blocks, in display order. */
export function lensSpecs(
  noteUri: string,
  blocks: readonly { readonly index: number; readonly fenceLine: number }[],
  states: ReadonlyMap<number, BlockRunState>,
): LensSpec[] {
  const lenses: LensSpec[] = [];
  for (const { index, fenceLine } of blocks) {
    const line = fenceLine - 1;
    lenses.push({ line, title: RUN_LENS_TITLE, command: 'gradexp.runBlock', args: [noteUri, index], tooltip: 'Run this experiment and show its chart beside the note' });
    if (index === 0) {
      lenses.push({ line, title: RUN_ALL_LENS_TITLE, command: 'gradexp.runAll', args: [noteUri], tooltip: 'Run every gradexp block of this note' });
    }
    const state = states.get(index);
    const status = statusLensTitle(state);
    if (status === undefined) continue;
    const running = state?.kind === 'running';
    lenses.push({
      line,
      title: status,
      command: running ? 'gradexp.cancelRuns' : 'gradexp.showPanel',
      args: [noteUri],
      tooltip: running ? 'Cancel the running experiments of this note' : 'Show the results panel',
    });
  }
  return lenses;
}
