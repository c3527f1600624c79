/**
 * Brackets as readings see them in a claim's LaTeX: where a group opened at
 * one index closes (a call `p(…)`, `\mathcal{N}(…)`, a `\underbrace{…}`), and a
 * list written inside one pair — a distribution's parameters
 * `\mathcal{N}(\mu, \sigma^2)`, `\mathrm{Bin}(n, p)` — split where its
 * separators stand outside any inner bracket, so `(f(a, b), c)` has two parts.
 */

/** `content` split at each of `separators` outside `()[]{}`, each part trimmed. */
export function splitOutsideBrackets(content: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < content.length; i++) {
    const ch = content[i]!;
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (depth === 0 && separators.includes(ch)) {
      parts.push(content.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(content.slice(start).trim());
  return parts;
}

/** The closing bracket of each opening one. */
const CLOSER: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/** The index of the bracket closing the one at `open` (`(`, `[` or `{`, counting only its own kind), or -1. */
export function closingBracket(text: string, open: number): number {
  const opener = text[open];
  const closer = opener === undefined ? undefined : CLOSER[opener];
  if (!closer) return -1;
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === opener) depth++;
    else if (text[i] === closer && --depth === 0) return i;
  }
  return -1;
}
