/**
 * `(-(0) \log\left(f(x)\right) - \left(1 - 0\right) \log\left(1 - f(x)\right)`
 * (ml-specialization-labs, the logistic loss at y = 0): a side that opens with a
 * parenthesis it never closes. The preview sets the lone bracket; the engine cannot
 * read the side at all. A group that is never closed runs to the end of the side, so
 * the reader reads the side without it, and so does this rewrite. Only a parenthesis
 * that opens the side is dropped, and only when it is the one left open.
 */

/** `latex` without its opening parenthesis when that is the only one never closed (`\left(` and `\right)` count as theirs). */
export function dropUnclosedOpening(latex: string): string {
  const trimmed = latex.trimStart();
  if (!trimmed.startsWith('(')) return latex;
  let depth = 0;
  let firstClosed = false;
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i];
    // A command's name is skipped whole; the bracket after `\left` or `\right` counts as any other.
    if (ch === '\\') {
      i += (/^\\(?:[A-Za-z]+|.)/.exec(trimmed.slice(i))?.[0].length ?? 1) - 1;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) firstClosed = true;
      if (depth < 0) return latex;
    }
  }
  return depth === 1 && !firstClosed ? ` ${trimmed.slice(1)}` : latex;
}
