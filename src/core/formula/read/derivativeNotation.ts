/**
 * Derivatives as calculus notes and derivative tables write them, rewritten to the notation the derivative
 * readings take (partials.ts for Leibniz operators, primedGroups.ts for a prime on a parenthesised group):
 *
 * - an upright d: `\frac{\mathrm d}{\mathrm dx}\bigl(a^x\bigr)`, `\frac{\mathrm{d}y}{\mathrm{d}x}`,
 *   `\frac{\text{d}}{\text{d}x}` → `\frac{d}{dx}` (typeset d is the same operator);
 * - square brackets around what is differentiated: `\frac{d}{dx}[ax^2 + bx + c] = 2ax + b`,
 *   `\frac{d}{dx}\left[\frac{1}{1+e^{-x}}\right]`, `[f(x)g(x)]' = f(x)g'(x) + f'(x)g(x)`,
 *   `D_x[\tan x] = \sec^2 x` → round ones (a bracket right after the operator, or right before
 *   the prime, groups the operand; a bracket holding a comma, `&` or `\\` is a vector, not read);
 * - a prime on a point-free combination of functions applied to a variable:
 *   `(f + g)'(x) = f'(x) + g'(x)`, `(fg)'(x) = f'(x)g(x) + f(x)g'(x)`,
 *   `(f \circ g)'(x) = f'(g(x)) \cdot g'(x)` → `\frac{d}{dx}\left(f(x) + g(x)\right)`,
 *   `\frac{d}{dx}\left(f(g(x))\right)`: the functions applied pointwise, a composition nested.
 *
 * - a slash between two partials: `{\partial y}/{\partial z}`, `\partial L/\partial w` → `\frac{\partial y}{\partial z}`
 *   (notationWrappers.ts).
 *
 * Nothing else changes: a bracket elsewhere (an interval, a commutator, an expectation) stays.
 */
import { bracedGroup } from './bracedGroup';
import { slashDerivatives } from './notationWrappers';

/** `\mathrm d`, `\mathrm{d}`, `\text{d}`, `\operatorname{d}`, `\rm d`: an upright d. */
const UPRIGHT_D = String.raw`\\(?:mathrm|text|textrm|operatorname|rm)(?:\s*\{\s*d\s*\}|\s+d)`;
/** A fraction whose numerator or denominator opens with an upright d. */
const UPRIGHT_IN_FRACTION = new RegExp(String.raw`(\\[dt]?frac\s*\{\s*)${UPRIGHT_D}([^{}]*(?:\{[^{}]*\}[^{}]*)*\}\s*\{\s*)${UPRIGHT_D}`, 'g');
/** A derivative operator alone over its variable, d or ∂: `\frac{d}{dx}`, `\frac{\partial}{\partial x}`. */
const OPERATOR = String.raw`\\[dt]?frac\s*\{\s*(?:d|\\partial)(?:\s*\^\s*(?:\{\s*\d\s*\}|\d))?\s*\}\s*\{\s*(?:d|\\partial)\s*(?:[A-Za-z]|\\[A-Za-z]+)(?:_\{[^{}]*\}|_[A-Za-z0-9])?(?:\s*\^\s*(?:\{\s*\d\s*\}|\d))?\s*\}`;
/** `D_x`, `D_{x}`: the derivative in x, as some calculus texts write it. */
const D_OPERATOR = /(?<![\\A-Za-z])D_\s*(?:\{\s*([A-Za-z])\s*\}|([A-Za-z]))\s*(?=\\left\s*\[|\[)/g;
/** Letters notes use for abstract functions. */
const FUNCTION_LETTERS = 'fghuvw';

/** `latex` with the derivative notations above rewritten; the text itself when none is written. */
export function derivativeNotation(written: string): string {
  // `{\partial y}/{\partial z}`: the slash between two partials is the fraction (notationWrappers.ts).
  const latex = slashDerivatives(written);
  if (!/\\(?:mathrm|text|textrm|operatorname|rm|frac)|\[|'|D_/.test(latex)) return latex;
  // `\\bigl(a^x\\bigr)`: a delimiter's size says nothing of what it groups.
  const sized = /\\(?:big|Big|bigg|Bigg)[lr]?\s*[()[\]]/.test(latex) ? latex.replace(/\\(?:big|Big|bigg|Bigg)[lr]?\s*([()[\]])/g, '$1') : latex;
  let out = uprightDifferentials(sized).replace(D_OPERATOR, (_m, braced: string | undefined, bare: string | undefined) => `\\frac{d}{d${braced ?? bare}}`);
  // `\\frac{\\mathrm{d} [\\sin x]}{\\mathrm{d} x}`: a bracket after the d of a numerator is its group.
  out = out.replace(/(\\[dt]?frac\s*\{\s*(?:d|\\partial)\s*)\[([^[\]]*)\](\s*\})/g, (m, open: string, inner: string, close: string) => (ONE_EXPRESSION(inner) ? `${open}(${inner})${close}` : m));
  out = bracketsAfterOperators(out);
  out = bracketsBeforePrimes(out);
  return pointFreePrimes(out);
}

/** `latex` with an upright d opening a fraction's numerator or denominator written plain: `\\frac{\\mathrm{d}y}{\\mathrm{d}x}` → `\\frac{dy}{dx}`. */
export function uprightDifferentials(latex: string): string {
  if (!/\\(?:mathrm|text|textrm|operatorname|rm)/.test(latex)) return latex;
  const both = latex.replace(UPRIGHT_IN_FRACTION, (_m, open: string, middle: string) => `${open}d${middle}d`);
  // `\frac{\mathrm d}{dx}`: the numerator alone (the denominator as usual).
  return both.replace(new RegExp(String.raw`(\\[dt]?frac\s*\{\s*)${UPRIGHT_D}`, 'g'), '$1d');
}

/** The bracket `[…]` or `\left[…\right]` opening at `from`: its content and the index past it. */
function bracketAt(latex: string, from: number): { content: string; end: number } | undefined {
  const left = /^\\left\s*\[/.exec(latex.slice(from));
  const start = left ? from + left[0].length : latex[from] === '[' ? from + 1 : -1;
  if (start < 0) return undefined;
  let depth = 0;
  for (let i = start; i < latex.length; i++) {
    const c = latex[i]!;
    if (c === '\\') {
      const right = /^\\right\s*\]/.exec(latex.slice(i));
      if (right && depth === 0 && left) return { content: latex.slice(start, i), end: i + right[0].length };
      i += (/^\\[A-Za-z]+/.exec(latex.slice(i))?.[0].length ?? 2) - 1;
      continue;
    }
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')') depth--;
    else if (c === ']') {
      if (depth === 0) return left ? undefined : { content: latex.slice(start, i), end: i + 1 };
      depth--;
    }
    if (depth < 0) return undefined;
  }
  return undefined;
}

/** A bracket's content that is one expression, not a vector or a list. */
const ONE_EXPRESSION = (content: string): boolean => content.trim() !== '' && !/,|&|\\\\/.test(content);

/** `\frac{d}{dx}[…]` → `\frac{d}{dx}(…)`. */
function bracketsAfterOperators(latex: string): string {
  let out = '';
  let from = 0;
  for (const m of latex.matchAll(new RegExp(OPERATOR, 'g'))) {
    const end = m.index + m[0].length;
    if (end < from) continue;
    const at = end + (/^\s*/.exec(latex.slice(end))?.[0].length ?? 0);
    const bracket = bracketAt(latex, at);
    if (!bracket || !ONE_EXPRESSION(bracket.content)) continue;
    out += `${latex.slice(from, end)}\\left(${bracket.content}\\right)`;
    from = bracket.end;
  }
  return out + latex.slice(from);
}

/** `[…]'` → `(…)'`: a bracket closed right before a prime, found from its opening. */
function bracketsBeforePrimes(latex: string): string {
  if (!latex.includes("'")) return latex;
  let out = '';
  let from = 0;
  for (let i = 0; i < latex.length; i++) {
    if (i < from || !(latex[i] === '[' || latex.startsWith('\\left', i))) continue;
    // `\left(` opens no bracket; `x_[` or `\sqrt[3]` are no operand.
    if (latex.startsWith('\\left', i) && !/^\\left\s*\[/.test(latex.slice(i))) continue;
    if (/(?:[_^]|\\sqrt)\s*$/.test(latex.slice(Math.max(0, i - 8), i))) continue;
    const bracket = bracketAt(latex, i);
    if (!bracket || !ONE_EXPRESSION(bracket.content) || !/^\s*'/.test(latex.slice(bracket.end))) continue;
    out += `${latex.slice(from, i)}\\left(${bracket.content}\\right)`;
    from = bracket.end;
    i = bracket.end - 1;
  }
  return out + latex.slice(from);
}

/**
 * `(f + g)'(x)`, `\left(\frac{f}{g}\right)'(x)`, `(f \circ g)'(x)`: a prime on a group made of function letters
 * only, applied to one variable → `\frac{d}{dx}\left(…\right)` with each letter applied to the variable.
 */
function pointFreePrimes(latex: string): string {
  if (!latex.includes("'")) return latex;
  let out = '';
  let from = 0;
  const pattern = /\((?:[^()]*)\)\s*'\s*\(\s*([A-Za-z])\s*\)|\\left\s*\(((?:(?!\\right)[\s\S])*)\\right\s*\)\s*'\s*\(\s*([A-Za-z])\s*\)/g;
  for (const m of latex.matchAll(pattern)) {
    const whole = m[0];
    const variable = m[1] ?? m[3]!;
    const group = m[2] ?? /^\(([^()]*)\)/.exec(whole)![1]!;
    const pointwise = applied(group, variable);
    if (pointwise === undefined) continue;
    out += `${latex.slice(from, m.index)}\\frac{d}{d${variable}}\\left(${pointwise}\\right)`;
    from = m.index + whole.length;
  }
  return out + latex.slice(from);
}

/** A group of function letters, operators and numbers with each letter applied to `variable`; undefined for anything else. */
function applied(group: string, variable: string): string | undefined {
  if (FUNCTION_LETTERS.includes(variable)) return undefined;
  const stripped = group.replace(/\\(?:circ|cdot|times)(?![A-Za-z])|\\[dt]?frac|[\s{}+\-*/0-9]/g, '');
  if (stripped === '' || ![...stripped].every((c) => FUNCTION_LETTERS.includes(c))) return undefined;
  // `\frac{f}{g}`: each brace group applied in turn.
  let text = group;
  if (/\\[dt]?frac/.test(text)) {
    const at = text.search(/\\[dt]?frac/);
    const open = text.indexOf('{', at);
    const top = bracedGroup(text, open);
    const bottom = top && bracedGroup(text, top.end + (/^\s*/.exec(text.slice(top.end))?.[0].length ?? 0));
    if (!top || !bottom || text.slice(bottom.end).trim() !== '' || text.slice(0, at).trim() !== '') return undefined;
    const a = applied(top.content, variable);
    const b = applied(bottom.content, variable);
    return a === undefined || b === undefined ? undefined : `\\frac{${a}}{${b}}`;
  }
  if (/[{}]/.test(text)) return undefined;
  // `f \circ g \circ h` → f(g(h(x))): a chain of letters joined by \circ only.
  text = text.replace(/([a-z])(?:\s*\\circ\s*([a-z]))+/g, (chain) => {
    const letters = chain.split(/\s*\\circ\s*/).map((s) => s.trim());
    return letters.reduceRight((inner, f) => `${f}(${inner})`, variable);
  });
  if (/\\circ/.test(text)) return undefined;
  // Each remaining bare letter (one not already applied) applied to the variable.
  return text.replace(new RegExp(`([${FUNCTION_LETTERS}])(?!\\()`, 'g'), (_m, f: string) => `${f}(${variable})`);
}
