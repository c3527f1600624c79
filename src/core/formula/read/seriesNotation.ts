/**
 * Ways of writing the terms of a series that TeX typesets as the author means
 * but the Compute Engine reads differently, rewritten before parsing:
 *
 * - `{n \choose k}` (plain TeX) → `\binom{n}{k}` (`{9 \choose 3,3,2}` → `\binom{9}{3,3,2}`, a multinomial: interpret.ts);
 * - `{a \over b}` → `\frac{a}{b}`:
 *   the braced group is the whole numerator (`{5 - 3 + 2 \times 0 \over 2}+1`,
 *   microsoft/AI-System, 2.7-卷积神经网络.md), where the engine divides only the
 *   term next to `\over`;
 * - `k !`, `(k-1) !` with a space before the factorial sign → `k!` (the engine
 *   otherwise reads a stray `!`);
 * - `\frac{1} p`: an unbraced argument after a space is one token in TeX,
 *   as `\frac{1}{p}`.
 */
import { bracedGroup } from './bracedGroup';

/** The note's series notation as the LaTeX the engine reads alike. */
export function rewriteSeriesNotation(latex: string): string {
  return unbracedFractionArguments(rewriteGroupFractions(rewriteChoose(latex))).replace(/([A-Za-z0-9)}])\s+!(?![=!])/g, '$1!');
}

/** `{n \choose k}` → `\binom{n}{k}`: the braced group holds the whole coefficient. */
function rewriteChoose(latex: string): string {
  if (!latex.includes('\\choose')) return latex;
  return rewriteBracedGroups(latex, (content) => {
    const parts = content.split(/\\choose(?![A-Za-z])/);
    if (parts.length !== 2 || parts.some((p) => p.trim() === '' || !balanced(p))) return undefined;
    return `\\binom{${parts[0]!.trim()}}{${parts[1]!.trim()}}`;
  });
}

/** `{a \over b}` → `\frac{a}{b}`, inner groups first. */
function rewriteGroupFractions(latex: string): string {
  if (!/\\over(?![A-Za-z])/.test(latex)) return latex;
  return rewriteBracedGroups(latex, (content) => {
    const parts = splitTopLevel(content, /^\\over(?![A-Za-z])/);
    if (parts.length !== 2 || parts.some((p) => p.trim() === '')) return undefined;
    return `\\frac{${rewriteGroupFractions(parts[0]!.trim())}}{${rewriteGroupFractions(parts[1]!.trim())}}`;
  });
}

/**
 * `latex` with each outermost braced group (not a `\{`) that `rewrite` turns
 * into text replaced by that text, braces included; a group `rewrite` leaves
 * (undefined) is looked into for groups inside it.
 */
function rewriteBracedGroups(latex: string, rewrite: (content: string) => string | undefined): string {
  let out = '';
  let at = 0;
  for (let i = latex.indexOf('{'); i >= 0 && i < latex.length; i = latex.indexOf('{', i + 1)) {
    if (i < at || latex[i - 1] === '\\') continue;
    const group = bracedGroup(latex, i);
    if (!group) continue;
    const replacement = rewrite(group.content);
    if (replacement === undefined) continue;
    out += latex.slice(at, i) + replacement;
    at = group.end;
  }
  return out + latex.slice(at);
}

/** `text` split where `separator` matches outside braces. */
function splitTopLevel(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === '\\') {
      if (depth === 0 && separator.test(text.slice(i))) {
        parts.push(text.slice(start, i));
        start = i + (separator.exec(text.slice(i))?.[0].length ?? 1);
      }
      i++;
    }
  }
  parts.push(text.slice(start));
  return parts;
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
