/**
 * Square brackets that group, as parentheses do, in the forms deep-learning notes write every day:
 * binary cross-entropy `-[y\log\hat y + (1-y)\log(1-\hat y)]`, the normal CDF and GELU
 * `\frac{1}{2}\left[1 + \text{erf}\left(\frac{x}{\sqrt{2}}\right)\right]`, the tanh approximation
 * `\tanh\left[\sqrt{\frac{2}{\pi}}\left(x + 0.044715x^3\right)\right]`. The engine reads them as a list (a
 * vector of one entry), so no such claim was judged.
 *
 * A bracket groups only where it cannot be anything else a note writes with brackets:
 * - never around a comma, semicolon, bar, colon, `&` or `\\` (a vector, an interval, a set, a matrix);
 * - never after a name, a letter, a subscript or superscript, a closing brace or bracket (`E[X]`, `x[n]`,
 *   `\mathbb{E}_{p}[f]`, `\mathcal{L}[y]`), except after `\frac{…}{…}` and after a function of the reader's
 *   (`\tanh[…]`, `\exp[…]`, `\log[…]`, the error function);
 * - after an operator, an opening or the start of a side only when it holds a sum or difference at its top
 *   level (`[x]` alone may be the integer part, a Gauss bracket).
 * The function's argument may be anything (`\tanh[2x]` is tanh of 2x).
 * After a number times one lower-case letter (`0.5x\left[1 + \tanh(…)\right]`, GELU's approximation) a bracket groups
 * only when it holds a sum and applies a function: a signal's `0.5x[n - 1]` indexes, it applies nothing.
 */
const FUNCTION_BEFORE = /\\(?:tanh|sinh|cosh|sin|cos|tan|exp|log|ln|mathrm\s*\{\s*Erfc?\s*\})\s*$/;
const FRACTION_BEFORE = /\\frac\s*(?:\{(?:[^{}]|\{[^{}]*\})*\}|\d)\s*(?:\{(?:[^{}]|\{[^{}]*\})*\}|\d)\s*$/;
/** An operator, an opening or nothing: `-[`, `= [`, `(\left[`, `\cdot [`. */
const OPERATOR_BEFORE = /(?:^|[-+=(*/]|\\cdot|\\times)\s*$/;
/** `0.5x`, `2 \cdot x`: a number times one lower-case letter, right before the bracket. */
const COEFFICIENT_LETTER_BEFORE = /(?:^|[^A-Za-z0-9\\_^.])\d+(?:\.\d+)?\s*(?:\\cdot\s*)?[a-z]\s*$/;
/** A function applied inside the bracket. */
const APPLIES_FUNCTION = /\\(?:tanh|sinh|cosh|sin|cos|exp|log|ln|sigma|mathrm\s*\{\s*Erfc?\s*\})(?![A-Za-z])/;
const NOT_A_GROUP = /[,;|:&<>]|\\\\|\\(?:mid|in|le|leq|ge|geq|lt|gt|vert)(?![A-Za-z])/;

export function rewriteBracketGroups(latex: string): string {
  if (!latex.includes('[')) return latex;
  let out = latex;
  for (let open = out.indexOf('['); open >= 0; open = out.indexOf('[', open + 1)) {
    const before = out.slice(0, open).replace(/\\left\s*$/, '');
    const sizedLeft = before.length !== out.slice(0, open).length;
    const close = closing(out, open);
    if (close < 0) continue;
    const inner = out.slice(open + 1, close);
    const content = inner.replace(/\\right\s*$/, '');
    if (NOT_A_GROUP.test(content)) continue;
    const afterFunction = FUNCTION_BEFORE.test(before);
    const grouping =
      afterFunction ||
      ((FRACTION_BEFORE.test(before) || OPERATOR_BEFORE.test(before)) && topLevelSum(content)) ||
      (COEFFICIENT_LETTER_BEFORE.test(before) && APPLIES_FUNCTION.test(content) && topLevelSum(content));
    if (!grouping) continue;
    const rightSized = /\\right\s*$/.test(inner);
    const replaced = `${sizedLeft ? '\\left' : ''}(${content}${rightSized ? '\\right' : ''})`;
    const start = sizedLeft ? out.slice(0, open).search(/\\left\s*$/) : open;
    out = `${out.slice(0, start)}${replaced}${out.slice(close + 1)}`;
  }
  return out;
}

/** The `]` that closes the `[` at `open` (brackets and braces nested), or −1. */
function closing(text: string, open: number): number {
  let depth = 0;
  let braces = 0;
  for (let k = open; k < text.length; k++) {
    const c = text[k];
    if (c === '{') braces++;
    else if (c === '}') braces--;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return braces === 0 ? k : -1;
  }
  return -1;
}

/** A `+` or a binary `-` outside every group of `content`. */
function topLevelSum(content: string): boolean {
  let depth = 0;
  let seen = false;
  for (let k = 0; k < content.length; k++) {
    const c = content[k]!;
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
    else if (depth === 0 && (c === '+' || (c === '-' && seen))) return true;
    if (depth === 0 && !/\s/.test(c)) seen = true;
  }
  return false;
}
