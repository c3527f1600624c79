/**
 * Math the Markdown parser cannot see, because a renderer after it finds it:
 *
 * - `\\(…\\)` and `\\[…\\]`: Markdown turns `\\` into `\`, so MathJax (Hugo, Jekyll, Zola sites) then
 *   meets `\(…\)` inline and `\[…\]` displayed. The source is read after Markdown's escapes, as
 *   MathJax receives it: a backslash before ASCII punctuation is dropped (`\\\\` is one row break `\\`,
 *   `\_` an underscore).
 * - Zola's KaTeX shortcode, `{% katex(block=true) %}…{% end %}` displayed and `{% katex() %}…{% end %}`
 *   inline: its body goes to KaTeX as written.
 *
 * Each must close in the same paragraph (no blank line), and is skipped inside code, inside math
 * already found (`\\[4pt]` after a row break in `$$…$$`) and when it holds `$` (the `$$…$$` inside
 * is found already).
 */
import type { MathSpan } from '../types';
import type { LineIndex } from '../../text/lines';

/** A cheap test before any scan: most notes write none of these. */
export function mayHaveEscapedDelimiters(note: string): boolean {
  return note.includes('\\\\(') || note.includes('\\\\[') || note.includes('{% katex');
}

const DELIMITED = /\\\\\(([\s\S]*?)\\\\\)|\\\\\[([\s\S]*?)\\\\\]|\{%\s*katex\s*\(\s*(?:block\s*=\s*(true|false))?\s*\)\s*%\}([\s\S]*?)\{%\s*end\s*%\}/g;
/** CommonMark's backslash escapes: a backslash before ASCII punctuation stands for the punctuation. */
const MARKDOWN_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * The spans of such math in `note`, outside `taken` spans and the lines in `codeLines` (1-based,
 * fenced, indented or HTML blocks), in document order.
 */
export function escapedDelimiterSpans(note: string, lines: LineIndex, taken: readonly MathSpan[], codeLines: ReadonlySet<number>): MathSpan[] {
  const out: MathSpan[] = [];
  for (const m of note.matchAll(DELIMITED)) {
    const start = m.index!;
    const end = start + m[0].length;
    const shortcode = m[4] !== undefined;
    const body = m[1] ?? m[2] ?? m[4]!;
    if (body.trim() === '' || body.includes('$') || /\n[ \t]*\n/.test(body)) continue;
    if (taken.some((s) => s.start < end && start < s.end)) continue;
    const firstLine = lines.lineAt(start);
    if (codeLines.has(firstLine) || insideCodeSpan(lines.lineText(firstLine), start - lines.lineStart(firstLine))) continue;
    const contentStart = start + m[0].indexOf(body, shortcode ? m[0].indexOf('%}') : 3);
    const contentEnd = contentStart + body.length;
    const source = shortcode ? body.trim() : body.replace(MARKDOWN_ESCAPE, '$1').trim();
    const display = shortcode ? m[3] === 'true' : m[2] !== undefined;
    const { line, column } = lines.positionAt(contentStart + (body.length - body.trimStart().length));
    out.push({ start, end, contentStart, contentEnd, display, source, line, column });
  }
  return out;
}

/** Whether an odd number of backticks precede `column` on its line (inside a code span). */
function insideCodeSpan(lineText: string, column: number): boolean {
  return (lineText.slice(0, column).match(/`/g)?.length ?? 0) % 2 === 1;
}
