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

/** The last heading line of a stretch of text (and everything after it). */
const LAST_HEADING = /\n#+ [^\n]*\n(?![\s\S]*\n#+ )/;

/**
 * The text of `note` before `start` that belongs to its section: at most
 * `lookBack` characters, from the last heading among them when there is one
 * (a derivation relies on what its own stretch of text states, not the note's).
 */
export function sectionTextBefore(note: string, start: number, lookBack: number): string {
  const text = note.slice(Math.max(0, start - lookBack), start);
  const heading = text.search(LAST_HEADING);
  return heading < 0 ? text : text.slice(heading);
}

/** A formula of the prose, display or inline: blanked where only the words around it count. */
const FORMULA = /\$\$[\s\S]*?\$\$|\$[^$\n]*\$/g;

/**
 * The last paragraph with text before `start`, at most `lookBack` characters
 * back, trimmed; its formulas blanked unless `formulas` is 'keep' (a reading
 * that looks for `\to` or `\infty` keeps them).
 */
export function paragraphBefore(note: string, start: number, lookBack: number, formulas: 'blank' | 'keep' = 'blank'): string {
  const text = note.slice(Math.max(0, start - lookBack), start);
  const prose = formulas === 'keep' ? text : text.replace(FORMULA, ' ');
  const paragraphs = prose.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '');
  return paragraphs[paragraphs.length - 1] ?? '';
}
