/**
 * Errors that only a run finds (work budget, memory cap, weights files) for
 * the Problems panel. Parse errors are already there; a run's errors are kept
 * while the block's text is the text that ran, moved with the block when
 * lines above it were added or removed.
 */
import type { FencedBlock, NoteError } from '../../core/api/notes';
import type { BlockRunState } from '../../shared/blockState';

/** A run error placed by line and column in the current note, with its length. */
export interface PlacedRunError {
  readonly line: number;
  readonly column: number;
  readonly length: number;
  readonly message: string;
}

/** Run errors of blocks whose latest run is of their current text and that parse cleanly. */
export function currentRunErrors(
  parsed: readonly { readonly block: Pick<FencedBlock, 'index' | 'fenceLine' | 'content'>; readonly errors: readonly NoteError[] }[],
  states: ReadonlyMap<number, BlockRunState>,
): PlacedRunError[] {
  const out: PlacedRunError[] = [];
  for (const { block, errors } of parsed) {
    const state = states.get(block.index);
    if (errors.length > 0 || state?.kind !== 'done' || state.content !== block.content) continue;
    const shift = block.fenceLine - state.run.line;
    for (const e of state.run.errors) {
      out.push({ line: e.line + shift, column: e.column, length: Math.max(0, e.end - e.start), message: e.message });
    }
  }
  return out;
}
