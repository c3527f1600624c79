/**
 * Reading a side of LaTeX by hand where a regular expression cannot count
 * brackets: its top-level terms (split at `+` and `-` outside brackets) and the
 * bracket group around a position. Used to write sums out (elidedSums.ts).
 */

/** The length of the command or escaped character at `i` (a backslash): `\\frac` 5, `\\{` 2, a final backslash 1. */
function commandLength(latex: string, i: number): number {
  return /^\\(?:[A-Za-z]+|[\s\S])?/.exec(latex.slice(i))![0].length;
}

export interface Term {
  readonly sign: string;
  readonly text: string;
}

/** The top-level terms of `latex` (split at `+` and `-` outside brackets); undefined when its brackets do not pair. */
export function topLevelTerms(latex: string): Term[] | undefined {
  const out: Term[] = [];
  let depth = 0;
  let start = 0;
  let sign = '';
  for (let i = 0; i < latex.length; i++) {
    const c = latex[i]!;
    if (c === '\\') {
      i += commandLength(latex, i) - 1;
      continue;
    }
    if ('({['.includes(c)) depth++;
    else if (')}]'.includes(c) && --depth < 0) return undefined;
    else if ((c === '+' || c === '-') && depth === 0) {
      const before = latex.slice(start, i).trim();
      // A sign after an operator or at the start belongs to the term.
      if (before === '' || /(?:[\^_]|\\cdot|\\times)$/.test(before)) continue;
      out.push({ sign, text: before });
      sign = c;
      start = i + 1;
    }
  }
  if (depth !== 0) return undefined;
  out.push({ sign, text: latex.slice(start).trim() });
  return out;
}

export const joinTerms = (terms: readonly Term[]): string => terms.map((t, k) => (k === 0 ? `${t.sign}${t.text}` : ` ${t.sign} ${t.text}`)).join('');

/** The content of the innermost bracket group around `at` (without a closing `\right`), or undefined at the top level. */
export function enclosingGroup(latex: string, at: number): { start: number; end: number } | undefined {
  const open: number[] = [];
  for (let i = 0; i < at; i++) {
    if (latex[i] === '\\') {
      i += commandLength(latex, i) - 1;
      continue;
    }
    if ('({['.includes(latex[i]!)) open.push(i);
    else if (')}]'.includes(latex[i]!)) open.pop();
  }
  const start = open.at(-1);
  if (start === undefined) return undefined;
  let depth = 0;
  for (let i = start; i < latex.length; i++) {
    if (latex[i] === '\\') {
      i += commandLength(latex, i) - 1;
      continue;
    }
    if ('({['.includes(latex[i]!)) depth++;
    else if (')}]'.includes(latex[i]!) && --depth === 0) {
      const content = latex.slice(start + 1, i);
      // The sizing command of the closing bracket (`\\right)`, `\\big)`, `\\Bigr)`) belongs to the bracket, not the content.
      return { start: start + 1, end: start + 1 + content.replace(/\\(?:right|big|Big|bigg|Bigg)[lr]?\s*$/, '').length };
    }
  }
  return undefined;
}
