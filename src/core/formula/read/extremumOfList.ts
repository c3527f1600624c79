/**
 * The largest or smallest of numbers listed in set braces: `\max\{0.2, 0.5, 0.3\}`,
 * `\min\left\{1, \frac{p(x')}{p(x)}\right\}` (the Metropolis acceptance ratio). The engine
 * reads `\max\{…\}` as a maximum of nothing, −∞; a reader sees the maximum of the list, as
 * `\max(…)` writes it. A set-builder (`\max\{f(x) : x \in S\}`, `\mid`) is no list and stays
 * as it is, and so is a maximum with a subscript (`\max_k \{…\}`).
 */
import { bracedGroup } from './bracedGroup';

const OPENING = /\\(max|min)\s*(\\left\s*)?\\\{/g;

/** Whether `content` is a plain list: a comma at the top level, no set-builder bar or colon. */
function isList(content: string): boolean {
  let depth = 0;
  let commas = 0;
  for (let k = 0; k < content.length; k++) {
    const ch = content[k];
    if (ch === '\\' && /^\\(?:mid|vert|colon)(?![A-Za-z])/.test(content.slice(k))) return false;
    if (ch === '\\') { k++; continue; }
    if (ch === '{' || ch === '(' || ch === '[') depth++;
    else if (ch === '}' || ch === ')' || ch === ']') depth--;
    else if (depth === 0 && (ch === ':' || ch === '|')) return false;
    else if (depth === 0 && ch === ',') commas++;
  }
  return commas > 0;
}

/** Where the `\}` (or `\right\}`) closing a `\{` opened before `from` is, and what lies between. */
function closingBrace(latex: string, from: number): { content: string; end: number } | undefined {
  let depth = 0;
  for (let k = from; k < latex.length; k++) {
    if (latex.startsWith('\\{', k)) { depth++; k++; continue; }
    if (latex.startsWith('\\}', k)) {
      if (depth === 0) {
        const content = latex.slice(from, k).replace(/\\right\s*$/, '');
        return { content, end: k + 2 };
      }
      depth--;
      k++;
      continue;
    }
    if (latex[k] === '\\') { k++; continue; }
    if (latex[k] === '{') {
      const group = bracedGroup(latex, k);
      if (!group) return undefined;
      k = group.end - 1;
    }
  }
  return undefined;
}

/** `latex` with each maximum or minimum of a listed set written with parentheses; unchanged when there is none. */
export function rewriteExtremaOfLists(latex: string): string {
  if (!latex.includes('\\max') && !latex.includes('\\min')) return latex;
  let out = latex;
  for (const m of [...latex.matchAll(OPENING)].reverse()) {
    const closing = closingBrace(out, m.index + m[0].length);
    if (!closing || !isList(closing.content)) continue;
    out = `${out.slice(0, m.index)}\\${m[1]}\\left(${closing.content}\\right)${out.slice(closing.end)}`;
  }
  return out;
}
