/**
 * Indicators of a condition, 1 when it is true and 0 otherwise, as study notes write them:
 * Iverson's brackets around a comparison (`\sum_{i=1}^{\ell} [y_i \le m]`, girafe-ai's
 * ml-course on the median), `\mathbb{1}[…]`, `\mathbb{1}\{…\}`, `\mathbb{I}(…)`,
 * `\mathbf{1}_{…}`. The engine reads `[i \le 3]` as a list holding a relation, which has
 * no value. Each indicator of one comparison is rewritten with the sign function, which the
 * evaluator knows: with s = sgn(b − a), [a < b] = (s + |s|)/2 is 1 when b > a and 0 when
 * b ≤ a, exactly; the other comparisons follow ([a ≤ b] = 1 − [b < a], [a = b] = 1 − |s|).
 *
 * Confirm-only (withIndicatorDoubt): random points never land on a comparison's edge, so
 * `[y < m]` and `[y \le m]` look alike there, and a claim true only under a condition the
 * prose states may fail at them. A failing claim that reads an indicator is left undecided.
 * For the same reason an equality (`[y_i = k]`) is read only between the indices of the
 * side's sums and numbers: between free names it would be 0 at every random point.
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

/** A relation inside an indicator, and which difference is positive when it holds (`b-a` for a < b). */
const COMPARISONS: ReadonlyArray<readonly [RegExp, 'lt' | 'gt' | 'le' | 'ge' | 'eq' | 'ne']> = [
  [/\\(?:leq?|leqslant)(?![A-Za-z])/g, 'le'],
  [/\\(?:geq?|geqslant)(?![A-Za-z])/g, 'ge'],
  [/\\(?:neq?)(?![A-Za-z])/g, 'ne'],
  [/\\lt(?![A-Za-z])|</g, 'lt'],
  [/\\gt(?![A-Za-z])|>/g, 'gt'],
  [/=/g, 'eq'],
];

/** An indicator's name before its argument: `\mathbb{1}`, `\mathbf 1`, `\mathbb{I}`, `\mathds{1}`, `\boldsymbol{1}`. */
const INDICATOR_NAME = /\\(?:mathbb|mathbf|mathds|boldsymbol|bm)\s*(?:\{\s*[1I]\s*\}|[1I](?![A-Za-z0-9]))\s*/y;
/** What may stand right before a bare `[` that opens an indicator: an operator, an opening, a sum's scripts, a factor's end. */
const BEFORE_BARE = /(?:^|[-+=(,*/{]|\\(?:cdot|times|left\(|frac|le|ge|leq|geq)|\\(?:sum|prod)(?:\s*_\s*(?:\{[^{}]*\}|\w))?(?:\s*\^\s*(?:\{[^{}]*\}|\w))?|[\d)]|\}\s*\{[^{}]*\})\s*$/;
/** Commands whose braced argument names a function or an operator (`\mathbb{E}[…]`, `\text{Var}[…]`): their bracket is no indicator. */
const NAMED_GROUP = /\\(?:math[a-z]*|operatorname|text[a-z]*|mbox|rm)\s*\{[^{}]*\}\s*$/;

/** Cheap test before any rewrite: an indicator name, or a bracket with a comparison after it. */
export function mayWriteIndicator(latex: string): boolean {
  return /\\(?:mathbb|mathbf|mathds|boldsymbol|bm)\s*\{?\s*[1I]/.test(latex) || /\[[^\]]*(?:[<>=]|\\(?:le|ge|ne|lt|gt))/.test(latex);
}

/** Where the group opened at `open` (`[`, `(`, `\{`, `{`) closes: the index of its closer, or -1. */
function closerOf(latex: string, open: number): { inner: number; close: number; end: number } | undefined {
  const pairs: Record<string, string> = { '[': ']', '(': ')', '{': '}' };
  const braced = latex.startsWith('\\{', open);
  const opener = braced ? '{' : latex[open]!;
  const closer = braced ? '\\}' : pairs[opener];
  if (!closer) return undefined;
  let depth = 0;
  for (let k = open + (braced ? 2 : 1); k < latex.length; k++) {
    if (latex.startsWith(closer, k) && depth === 0) return { inner: open + (braced ? 2 : 1), close: k, end: k + closer.length };
    const ch = latex[k];
    if (ch === '\\') { k++; continue; }
    if (ch === '{' || ch === '(' || ch === '[') depth++;
    else if ((ch === '}' || ch === ')' || ch === ']') && --depth < 0) return undefined;
  }
  return undefined;
}

/** The one top-level comparison of `inside`, split into its operands; undefined for none or several. */
function comparisonOf(inside: string): { a: string; b: string; kind: (typeof COMPARISONS)[number][1] } | undefined {
  let found: { a: string; b: string; kind: (typeof COMPARISONS)[number][1] } | undefined;
  let count = 0;
  for (const [pattern, kind] of COMPARISONS) {
    for (const m of inside.matchAll(pattern)) {
      // Already matched as part of a longer relation (`\le` has no `<`; `\neq` no `=`), or inside braces.
      const before = inside.slice(0, m.index);
      if ((before.match(/\{/g) ?? []).length !== (before.match(/\}/g) ?? []).length) continue;
      count++;
      found = { a: before.trim(), b: inside.slice(m.index + m[0].length).trim(), kind };
    }
  }
  return count === 1 && found && found.a !== '' && found.b !== '' ? found : undefined;
}

/** The indices the side's sums and products bind (`\sum_{i=1}`, `\sum_i`). */
function sumIndices(latex: string): Set<string> {
  return new Set([...latex.matchAll(/\\(?:sum|prod)\s*_\s*(?:\{\s*([A-Za-z])\s*(?:=[^{}]*)?\}|([A-Za-z]))/g)].map((m) => (m[1] ?? m[2])!));
}

/** Whether the operands of an equality are numbers and the sums' indices only (`i = 3`, `k = j + 1`). */
function onlyIndices(text: string, indices: ReadonlySet<string>): boolean {
  const letters = text.replace(/\\[A-Za-z]+/g, ' ').match(/[A-Za-z]/g) ?? [];
  return letters.every((l) => indices.has(l));
}

/** `[a ⋈ b]` as sign functions (see the file's comment). */
function indicatorLatex(a: string, b: string, kind: string): string {
  const sign = (x: string, y: string) => String.raw`\mathrm{sgn}\left(${x}-\left(${y}\right)\right)`;
  const positive = (x: string, y: string) => String.raw`\frac{${sign(x, y)}+\left|${sign(x, y)}\right|}{2}`;
  const body =
    kind === 'lt' ? positive(b, a)
    : kind === 'gt' ? positive(a, b)
    : kind === 'le' ? String.raw`1-${positive(a, b)}`
    : kind === 'ge' ? String.raw`1-${positive(b, a)}`
    : kind === 'eq' ? String.raw`1-\left|${sign(a, b)}\right|`
    : String.raw`\left|${sign(a, b)}\right|`;
  return String.raw`\left(${body}\right)`;
}

/** One indicator found in a side: where it starts and ends (its name and brackets included), and its reading. */
interface Indicator {
  readonly from: number;
  readonly to: number;
  readonly latex: string;
}

/** The indicators of one comparison that `latex` writes, in order. */
export function indicatorsIn(latex: string): Indicator[] {
  if (!mayWriteIndicator(latex)) return [];
  const indices = sumIndices(latex);
  const found: Indicator[] = [];
  for (let k = 0; k < latex.length; k++) {
    INDICATOR_NAME.lastIndex = k;
    const named = latex[k] === '\\' ? INDICATOR_NAME.exec(latex) : null;
    let open = -1;
    let from = k;
    if (named) {
      const at = k + named[0].length;
      // `\mathbf{1}_{y_i = k}`: a subscript holds the condition as a brace group.
      if (/^_\s*\{/.test(latex.slice(at))) open = latex.indexOf('{', at);
      else open = /^\\left(?![A-Za-z])/.test(latex.slice(at)) ? at + 5 : at;
    } else if (latex[k] === '[') {
      const before = latex.slice(0, k).trimEnd();
      const bare = before.replace(/\\left\s*$/, '');
      if (BEFORE_BARE.test(bare) && !NAMED_GROUP.test(bare)) {
        open = k;
        from = bare.length < before.length ? latex.lastIndexOf('\\left', k) : k;
      }
    }
    const group = open >= 0 ? closerOf(latex, open) : undefined;
    const comparison = group ? comparisonOf(latex.slice(group.inner, group.close).replace(/\\right\s*$/, '')) : undefined;
    if (!group || !comparison) continue;
    if ((comparison.kind === 'eq' || comparison.kind === 'ne') && !onlyIndices(comparison.a + comparison.b, indices)) continue;
    found.push({ from, to: group.end, latex: indicatorLatex(comparison.a, comparison.b, comparison.kind) });
    k = group.end - 1;
  }
  return found;
}

/** `latex` with each indicator of one comparison written with sign functions; unchanged when it writes none. */
export function rewriteIndicators(latex: string): string {
  const found = indicatorsIn(latex);
  if (found.length === 0) return latex;
  let out = '';
  let at = 0;
  for (const { from, to, latex: reading } of found) {
    out += latex.slice(at, from) + reading;
    at = to;
  }
  return out + latex.slice(at);
}

const WHY = 'it reads an indicator ([condition] as 1 or 0) at random points, which never land on the condition\'s edge nor meet the conditions the text states: only a claim that holds is taken';

/** Failing claims that read an indicator are left undecided (confirm-only: see the file's comment). */
export function withIndicatorDoubt(report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails' || !mayWriteIndicator(report.source)) return report;
  const readsIndicator = (text: string) => indicatorsIn(text).length > 0;
  return leaveUndecided(report, (claim) => (readsIndicator(claim.left.source) || readsIndicator(claim.right.source) ? WHY : undefined));
}
