/**
 * Ways of writing the terms of a series that TeX typesets as the author means
 * but the Compute Engine reads differently, rewritten before parsing:
 *
 * - `{n \choose k}` (plain TeX) → `\binom{n}{k}`, and `{9 \choose 3,3,2}` → the multinomial 9!/(3!3!2!0!);
 * - `k !`, `(k-1) !` with a space before the factorial sign → `k!` (the engine
 *   otherwise reads a stray `!`);
 * - `\frac{1} p`: an unbraced argument after a space is one token in TeX,
 *   as `\frac{1}{p}`.
 */
import { bracedGroup } from './bracedGroup';

/** The note's series notation as the LaTeX the engine reads alike. */
export function rewriteSeriesNotation(latex: string): string {
  return unbracedFractionArguments(rewriteChoose(latex)).replace(/([A-Za-z0-9)}])\s+!(?![=!])/g, '$1!');
}

/** `{n \choose k}` → `\binom{n}{k}`: the braced group holds the whole coefficient. */
function rewriteChoose(latex: string): string {
  if (!latex.includes('\\choose')) return latex;
  let out = '';
  let at = 0;
  for (let i = latex.indexOf('{'); i >= 0 && i < latex.length; i = latex.indexOf('{', i + 1)) {
    if (i < at || latex[i - 1] === '\\') continue;
    const group = bracedGroup(latex, i);
    if (!group) continue;
    const parts = group.content.split(/\\choose(?![A-Za-z])/);
    if (parts.length !== 2 || parts.some((p) => p.trim() === '' || !balanced(p))) continue;
    out += `${latex.slice(at, i)}${coefficient(parts[0]!.trim(), parts[1]!.trim())}`;
    at = group.end;
  }
  return out + latex.slice(at);
}

/**
 * `\\binom{n}{k}`, or for a list below (`{9 \\choose 3,3,2}`) the multinomial coefficient
 * n! / (k₁! k₂! … (n − k₁ − k₂ − …)!), the last factor 0! = 1 when the list sums to n.
 */
function coefficient(n: string, below: string): string {
  const ks = below.split(',').map((k) => k.trim());
  if (ks.length < 2 || ks.some((k) => k === '' || !balanced(k))) return `\\binom{${n}}{${below}}`;
  const factorials = ks.map((k) => `(${k})!`).join('');
  return `\\frac{(${n})!}{${factorials}((${n})-${ks.map((k) => `(${k})`).join('-')})!}`;
}

function balanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** `\frac{1} p` → `\frac{1}{p}`, `\frac 1 2` is left to the engine (it reads digits alike). */
function unbracedFractionArguments(latex: string): string {
  let out = '';
  let at = 0;
  const pattern = /\\[dt]?frac\s*/g;
  for (let m = pattern.exec(latex); m; m = pattern.exec(latex)) {
    const numerator = bracedGroup(latex, m.index + m[0].length);
    if (!numerator) continue;
    // One letter, digit or command without arguments (`\\lambda`); `\\frac{a} \\sqrt{2}` is no TeX anyone writes.
    const token = /^\s+([A-Za-z0-9]|\\[A-Za-z]+(?![A-Za-z]|\s*[{[]))/.exec(latex.slice(numerator.end));
    if (!token || /^\\(?:left|right|cdot|times)$/.test(token[1]!)) continue;
    out += `${latex.slice(at, numerator.end)}{${token[1]}}`;
    at = numerator.end + token[0].length;
    pattern.lastIndex = at;
  }
  return out + latex.slice(at);
}
