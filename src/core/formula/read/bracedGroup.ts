/** Reading LaTeX groups by hand, where a regular expression cannot count braces. */

/** The `{…}` group starting at `from` (which must be `{`): its content and the index past it, or undefined. */
export function bracedGroup(latex: string, from: number): { content: string; end: number } | undefined {
  if (latex[from] !== '{') return undefined;
  let depth = 0;
  for (let i = from; i < latex.length; i++) {
    if (latex[i] === '\\') { i++; continue; }
    if (latex[i] === '{') depth++;
    else if (latex[i] === '}' && --depth === 0) return { content: latex.slice(from + 1, i), end: i + 1 };
  }
  return undefined;
}
