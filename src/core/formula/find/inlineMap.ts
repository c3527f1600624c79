/**
 * Maps offsets inside an inline token's `content` back to the note.
 *
 * markdown-it builds a paragraph's inline content from its lines with the
 * container prefixes (list indentation, `> ` quote markers) removed and the
 * whole trimmed; a heading or table cell keeps one line's middle part. So
 * every content line is a piece of one source line, normally its suffix. We
 * locate each content line in its source line once, then translate offsets.
 */
import type { LineIndex } from '../../text/lines';

/** Translates inline-content offsets of one token to note offsets. */
export interface InlineMap {
  toNote(contentOffset: number): number;
}

interface PlacedLine {
  readonly contentStart: number; // offset of this line within the token content
  readonly noteStart: number; // note offset of the same character
  readonly leadPadding: number; // spaces markdown-it invented when expanding a tab
}

/**
 * Place the lines of `content` (an inline token spanning note lines from
 * `firstLine`, 0-based) in the note. `cursor` holds, per line, the first column
 * not yet claimed, so that two table cells with equal text map to their own cells.
 */
export function mapInline(
  content: string,
  firstLine: number,
  lines: LineIndex,
  cursor: Map<number, number>,
): InlineMap {
  const placed: PlacedLine[] = [];
  let contentOffset = 0;
  const parts = content.split('\n');
  for (let i = 0; i < parts.length; i++) {
    const lineNo = Math.min(firstLine + i, lines.lineCount - 1);
    const text = lines.lineText(lineNo + 1);
    const part = parts[i];
    const from = cursor.get(lineNo) ?? 0;
    let lead = 0;
    let column = findPiece(text, part, from);
    if (column < 0) {
      // A tab split by the container's indentation becomes spaces in the content.
      lead = part.length - part.trimStart().length;
      column = findPiece(text, part.slice(lead), from);
      if (column < 0) column = Math.max(0, text.length - (part.length - lead));
    }
    cursor.set(lineNo, column + part.length - lead);
    placed.push({ contentStart: contentOffset, noteStart: lines.lineStart(lineNo + 1) + column, leadPadding: lead });
    contentOffset += part.length + 1;
  }
  return {
    toNote(offset: number): number {
      // Binary search: a paragraph can span tens of thousands of lines with a formula on each,
      // and a backwards scan per formula made findMath quadratic in the paragraph's length.
      let lo = 0;
      let hi = placed.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (placed[mid].contentStart <= offset) lo = mid;
        else hi = mid - 1;
      }
      const p = placed[lo];
      return p.noteStart + Math.max(0, offset - p.contentStart - p.leadPadding);
    },
  };
}

/** Column of `piece` in `text` at or after `from`: as the line's suffix when it is one, else the first occurrence. */
function findPiece(text: string, piece: string, from: number): number {
  const trimmed = text.trimEnd();
  const suffixAt = trimmed.length - piece.length;
  if (suffixAt >= from && trimmed.endsWith(piece)) return suffixAt;
  const textSuffixAt = text.length - piece.length;
  if (textSuffixAt >= from && text.endsWith(piece)) return textSuffixAt;
  return text.indexOf(piece, from);
}
