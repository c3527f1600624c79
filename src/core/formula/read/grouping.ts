/**
 * `1*10^6/16*10^6`: a slash followed by a product. A calculator reads it left
 * to right, (1·10⁶/16)·10⁶; an author who writes it in a note usually means
 * one denominator, 1·10⁶/(16·10⁶). Both are readings of the claim: it holds
 * when either holds and fails only when both fail (docs/readings/rounding.md).
 */

/** Product signs between factors of a denominator. */
const TIMES = /^\s*(?:\*|\\cdot(?![A-Za-z])|\\times(?![A-Za-z]))/;

/** Whether `latex` has a slash whose right operand continues with a product sign, or with a name written after a number (`9/14\log_2 x`). */
export function hasSlashBeforeProduct(latex: string): boolean {
  return groupDenominators(latex) !== undefined || numberFractionsBeforeNames(latex) !== undefined;
}

/**
 * `-9/14\log_2(9/14)-5/14\log_2(5/14)` (jiaweim/machine-learning-n, an entropy in a Weka tutorial):
 * a fraction of two numbers typed with a slash before a name or a function is the coefficient
 * (9/14)·log₂(9/14), the way it is read aloud, while juxtaposition binds tighter in TeX's reading,
 * 9/(14·log₂(9/14)). An exponent (`512/312e12`) is part of the number, no name. `latex` with each such fraction written `\frac{9}{14}`, or undefined when none is.
 */
const NUMBER_FRACTION_BEFORE_NAME = /(?<![\w.}^_])(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)(?![\d.]|[eE][+-]?\d)(?=\s*(?:\\[A-Za-z]|[A-Za-z]))/g;

export function numberFractionsBeforeNames(latex: string): string | undefined {
  const grouped = latex.replace(NUMBER_FRACTION_BEFORE_NAME, (_m, a: string, b: string) => `\\frac{${a}}{${b}}`);
  return grouped === latex ? undefined : grouped;
}

/**
 * `latex` with each product after a slash put in parentheses
 * (`a/b*c` → `a/(b*c)`), or undefined when no slash is followed by one.
 */
export function groupDenominators(latex: string): string | undefined {
  let out = '';
  let from = 0;
  let changed = false;
  for (let i = latex.indexOf('/'); i >= 0; i = latex.indexOf('/', i + 1)) {
    if (i < from) continue;
    let end = factorEnd(latex, i + 1);
    if (end < 0) continue;
    let factors = 1;
    for (;;) {
      const sign = TIMES.exec(latex.slice(end));
      if (!sign) break;
      const next = factorEnd(latex, end + sign[0].length);
      if (next < 0) break;
      end = next;
      factors++;
    }
    if (factors < 2) continue;
    out += `${latex.slice(from, i + 1)}(${latex.slice(i + 1, end)})`;
    from = end;
    changed = true;
  }
  return changed ? out + latex.slice(from) : undefined;
}

/**
 * Where the factor starting at `start` ends (after spaces): a number, a
 * letter, a command with its braced arguments, or a group, with an optional
 * exponent or subscript; -1 when no factor starts there.
 */
function factorEnd(s: string, start: number): number {
  let i = start;
  while (s[i] === ' ') i++;
  const c = s[i];
  if (c === undefined) return -1;
  if (/[\d.]/.test(c)) {
    while (i < s.length && /[\d.]/.test(s[i]!)) i++;
  } else if (/[A-Za-z]/.test(c)) {
    i++;
  } else if (c === '\\') {
    const name = /^\\[A-Za-z]+/.exec(s.slice(i));
    if (!name) return -1;
    i += name[0].length;
    while (s[i] === '{') i = groupEnd(s, i);
  } else if (c === '{' || c === '(') {
    i = groupEnd(s, i);
  } else return -1;
  if (i < 0) return -1;
  while (s[i] === '^' || s[i] === '_') {
    i++;
    if (s[i] === '{') i = groupEnd(s, i);
    else if (s[i] === '-' && /\w/.test(s[i + 1] ?? '')) i += 2;
    else if (/\w/.test(s[i] ?? '')) i++;
    else return -1;
    if (i < 0) return -1;
  }
  return i;
}

/** The index after the group opened at `open` (`{…}` or `(…)`), or -1 when it never closes. */
function groupEnd(s: string, open: number): number {
  const opener = s[open]!;
  const closer = opener === '{' ? '}' : ')';
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === opener) depth++;
    else if (s[i] === closer && --depth === 0) return i + 1;
  }
  return -1;
}
