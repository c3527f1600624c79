/**
 * A synchronous run of a small block for the Markdown preview, from the block
 * text alone (the preview knows no note or position). Imported lazily: it
 * pulls in the engine, which must not load at activation.
 */
import { findBlocks, parseBlock, type BlockRun } from '../../core/api/notes';
import { runParsedBlockSync } from '../../core/api/experiments';

/** Runs the block whose body is `content` if its work is within `limit`; undefined when it is not (or names a weights file). */
export function runCheap(content: string, limit: number): BlockRun | undefined {
  // A one-block note around the text: errors then point into the block, counted from its fence.
  const fence = content.includes('```') ? '~~~~~~' : '```';
  const note = `${fence}gradexp\n${content}\n${fence}\n`;
  const block = findBlocks(note)[0];
  if (!block) return undefined;
  const parsed = parseBlock(note, block);
  // Errors located in this made-up note would show wrong lines; the editor's diagnostics have the real ones.
  if (parsed.errors.length > 0) return undefined;
  return runParsedBlockSync(note, parsed, limit);
}
