import type { LineColumn } from '../types';
import type { BodyLine, FencedBlock } from './findBlocks';

/** A content offset resolved into the note: UTF-16 offset plus 1-based line/column. */
export interface NotePosition extends LineColumn {
  readonly offset: number;
}

/** Index of the body line holding content offset `offset` (binary search). */
function bodyLineAt(lines: readonly BodyLine[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.contentStart <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Length of body line `i` in content, without its `\n`. */
function bodyLineLength(block: FencedBlock, i: number): number {
  const lines = block.bodyLines;
  const start = lines[i]!.contentStart;
  const next = i + 1 < lines.length ? lines[i + 1]!.contentStart - 1 : block.content.length;
  // The last line's trailing `\n` (if any) is not part of its text.
  return next - start - (i + 1 === lines.length && block.content.endsWith('\n') ? 1 : 0);
}

/**
 * Maps an offset in `block.content` to the note, skipping the blockquote
 * markers and list indentation markdown-it stripped from each line. Offsets
 * past the body's end land at the end of its last line.
 */
export function contentToNote(block: FencedBlock, offset: number): NotePosition {
  const lines = block.bodyLines;
  if (lines.length === 0) {
    return { offset: block.bodyStart, line: block.fenceLine + 1, column: 1 };
  }
  const i = bodyLineAt(lines, Math.max(0, offset));
  const line = lines[i]!;
  const column = Math.min(Math.max(0, offset - line.contentStart), bodyLineLength(block, i));
  const noteOffset = line.noteStart + Math.max(0, column - line.pad);
  return { offset: noteOffset, line: block.fenceLine + 1 + i, column: noteOffset - line.lineStart + 1 };
}

/**
 * Maps a note offset inside the block's body to an offset in `block.content`;
 * a position inside a stripped prefix maps to its line's first content
 * character. Returns null for offsets outside the body.
 */
export function noteToContent(block: FencedBlock, noteOffset: number): number | null {
  const lines = block.bodyLines;
  if (lines.length === 0) return noteOffset === block.bodyStart ? 0 : null;
  if (noteOffset < lines[0]!.lineStart) return null;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.lineStart <= noteOffset) lo = mid;
    else hi = mid - 1;
  }
  const line = lines[lo]!;
  const length = bodyLineLength(block, lo);
  // Inside the stripped prefix (`> `, list indent): snap to the line's first content character.
  if (noteOffset < line.noteStart) return line.contentStart;
  const column = noteOffset - line.noteStart + line.pad;
  if (column <= length) return line.contentStart + column;
  // Past the text: a middle line's break clamps to its end; past the last line is the closing fence.
  return lo + 1 < lines.length ? line.contentStart + length : null;
}
