/**
 * A list written inside one pair of brackets — a distribution's parameters
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
