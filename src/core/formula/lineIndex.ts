/**
 * Line bookkeeping for a note: where each line starts, in UTF-16 offsets of the
 * original text. markdown-it normalises CRLF to LF before parsing, so its line
 * numbers match ours as long as we split on every kind of line break.
 */

/** Start offsets and (break-free) texts of every line of a note. */
export interface LineIndex {
  readonly starts: readonly number[];
  readonly texts: readonly string[];
}

/** Index the lines of `note`. */
export function indexLines(note: string): LineIndex {
  const starts: number[] = [0];
  const texts: string[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let last = 0;
  for (let m = lineBreak.exec(note); m; m = lineBreak.exec(note)) {
    texts.push(note.slice(last, m.index));
    last = m.index + m[0].length;
    starts.push(last);
  }
  texts.push(note.slice(last));
  return { starts, texts };
}

/** 1-based line and column of `offset`. */
export function lineColumnAt(index: LineIndex, offset: number): { line: number; column: number } {
  const { starts } = index;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}
