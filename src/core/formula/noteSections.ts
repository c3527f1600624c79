/**
 * The sections of a note: the runs of lines between its Markdown headings.
 * A reading that joins formulas of a note (a solution stated after its
 * equations, the base a section's `\log` claims agree on) joins them within
 * one section only: a vault's note strings unrelated texts together, each
 * under its own heading, and reuses every letter.
 */

/** An ATX heading (`## Title`); setext headings are rare in notes and only make a section longer. */
const HEADING = /^ {0,3}#{1,6}(?:\s|$)/;
/** The opening or closing line of a fenced code block, whose `#` lines are code. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** For a note, the section of each 1-based line: the number of headings at or before it. */
export function sectionOfLine(note: string): (line: number) => number {
  const starts: number[] = [];
  let fence: string | undefined;
  const lines = note.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const marker = FENCE.exec(line)?.[1];
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === undefined ? marker : undefined;
      continue;
    }
    if (fence === undefined && HEADING.test(line)) starts.push(k + 1);
  }
  return (line) => {
    // Headings are few: a binary search keeps a note of thousands of formulas linear.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= line) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Whether any line of `section` (`lines` are the note's, `sectionOf` from sectionOfLine) matches `words`. */
export function sectionMentions(lines: readonly string[], sectionOf: (line: number) => number, section: number, words: RegExp): boolean {
  return lines.some((line, k) => sectionOf(k + 1) === section && words.test(line));
}
