/**
 * `q\_{l-1}`, `w\_1`, `\sum\_{j=1}^{C}`, `\mathbf{z}\_a`: notes written for a renderer that runs Markdown
 * before MathJax (remark.js slides, Jekyll/kramdown pages, glouppe/info8010) escape the underscore so
 * that Markdown does not read `_…_` as emphasis; Markdown drops the backslash and MathJax sees a
 * subscript. A reader of such a note reads `q\_{l-1}` as q_{l-1}, so does this rewrite: `\_` right after
 * a letter, a digit or a closing brace, before a brace, a command or one character that ends the
 * subscript (`w\_1`, `h\_i^l`) is `_`.
 *
 * Left alone: `\_` inside `\text{…}`, `\mathrm{…}`, `\operatorname{…}` and `\texttt{…}` (`\text{transistor\_count}`
 * is a name with an underscore), and `\_` joining words (`step\_num`, `warmup\_steps`: a name, not a subscript).
 * The backslash is dropped, as Markdown drops it.
 */

/** Groups whose underscores are characters of a name. */
const TEXT_GROUP = /\\(?:text[a-z]*|mbox|mathrm|operatorname|texttt)\s*\{[^{}]*\}/g;
/** An escaped underscore in a subscript's place. */
const ESCAPED_SUBSCRIPT = /(?<=[A-Za-z0-9}])\\_(?=\s*(?:\{|\\[A-Za-z]|[A-Za-z0-9](?![A-Za-z0-9])))/g;

/** `latex` with each Markdown-escaped subscript mark read as `_` (see the file comment). */
export function escapedSubscriptsRead(latex: string): string {
  if (!latex.includes('\\_')) return latex;
  let out = '';
  let from = 0;
  for (const m of latex.matchAll(TEXT_GROUP)) {
    out += latex.slice(from, m.index).replace(ESCAPED_SUBSCRIPT, '_') + m[0];
    from = m.index! + m[0].length;
  }
  return out + latex.slice(from).replace(ESCAPED_SUBSCRIPT, '_');
}
