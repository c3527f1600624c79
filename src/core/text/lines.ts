import type { LineColumn } from '../types';

/**
 * Line/column arithmetic over a note.
 *
 * Line breaks are `\n`, `\r\n` and a lone `\r` — the same set markdown-it's
 * `normalize` rule folds into `\n`, so our line numbers always agree with the
 * `token.map` lines markdown-it reports. Columns count UTF-16 code units, as
 * VS Code positions do. A leading byte-order mark is not part of line 1's text:
 * editors hide it, so column 1 of line 1 is the character after it.
 */

const BOM = 0xfeff;

/** Length of a leading byte-order mark (0 or 1). */
export function bomLength(text: string): number {
  return text.length > 0 && text.charCodeAt(0) === BOM ? 1 : 0;
}

/** Offsets of every line start, computed once; lookups are O(log lines). */
export class LineIndex {
  /** lineStarts[i] is the offset where line i+1 begins. */
  private readonly lineStarts: number[];
  /** lineEnds[i] is the offset where line i+1's text ends (before its break). */
  private readonly lineEnds: number[];

  /** Index `text`; O(length), one pass. */
  constructor(readonly text: string) {
    const starts: number[] = [bomLength(text)];
    const ends: number[] = [];
    const n = text.length;
    // indexOf-driven scan, far faster than a per-character loop on 10 MB notes.
    // The next `\n` and `\r` are remembered so each is searched for only once.
    let i = starts[0]!;
    let lf = text.indexOf('\n', i);
    let cr = text.indexOf('\r', i);
    while (lf >= 0 || cr >= 0) {
      if (cr < 0 || (lf >= 0 && lf < cr)) {
        ends.push(lf);
        i = lf + 1;
      } else {
        ends.push(cr);
        i = cr + 1 < n && text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      }
      starts.push(i);
      if (lf >= 0 && lf < i) lf = text.indexOf('\n', i);
      if (cr >= 0 && cr < i) cr = text.indexOf('\r', i);
    }
    ends.push(n);
    this.lineStarts = starts;
    this.lineEnds = ends;
  }

  /** Number of lines (a text without breaks has one; a trailing break opens an empty last line). */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset where 1-based `line` starts; lines past the end clamp to the text's end. */
  lineStart(line: number): number {
    if (line < 1) return this.lineStarts[0]!;
    if (line > this.lineStarts.length) return this.text.length;
    return this.lineStarts[line - 1]!;
  }

  /** Offset where 1-based `line`'s text ends, before its line break. */
  lineEnd(line: number): number {
    if (line < 1) return this.lineEnds[0]!;
    if (line > this.lineEnds.length) return this.text.length;
    return this.lineEnds[line - 1]!;
  }

  /** The text of 1-based `line`, without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** 1-based line containing `offset` (offsets inside a `\r\n` belong to the line it ends). */
  lineAt(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 1-based line and UTF-16 column of `offset` (clamped into the text). */
  positionAt(offset: number): LineColumn {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(o);
    // An offset inside the BOM or a line break clamps to the nearest column on its line.
    const column = Math.max(0, Math.min(o, this.lineEnds[line - 1]!) - this.lineStarts[line - 1]!) + 1;
    return { line, column };
  }

  /** Offset of a 1-based line/column; columns past the line's end clamp to it. */
  offsetAt(pos: LineColumn): number {
    if (pos.line > this.lineStarts.length) return this.text.length;
    const start = this.lineStart(pos.line);
    const end = this.lineEnd(pos.line);
    return Math.max(start, Math.min(start + pos.column - 1, end));
  }
}
