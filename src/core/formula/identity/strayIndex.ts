/**
 * A sum whose body has an index that belongs nowhere: `b^Tx = \sum_i b_jx_i` (a slip of
 * `\sum_i b_ix_i`, cs229's linear algebra review) depends on a j that no other part of the
 * formula mentions, and `-\log\left(\frac{e^{f_{y_i}}}{ \sum_j e^{f_i} }\right)` (cs231n's
 * softmax loss) sums over j a body that never uses j, with i where j belongs. A careful
 * reader sees either slip without any value: a free index in a sum must be one the formula
 * names elsewhere (`z_j = \sum_i w_{ij} x_i`), and a sum over an index its body ignores is
 * written as a product with its count.
 *
 * Read only for one `\sum` in the side, its index a bare letter (`_j`, `_{j}`, `_{j=1}`: a
 * condition such as `j \neq i` may legitimately ignore it), and index-like letters i, j, k, l
 * as one-letter subscripts. indexSlip.ts reads the body carrying the upper bound instead.
 */
import type { ClaimReport, SideReport } from '../types';

const INDEX_LETTERS = 'ijkl';
/** `\sum_j`, `\sum_{j}`, `\sum_{j=1}^{N}`, `\sum\limits_{i = 0}^{m-1}`: the index and where the body starts. */
const SUM = /\\sum(?:\\limits)?\s*_\s*(?:\{\s*([a-z])\s*(?:=[^{}]*)?\}|([a-z]))(?:\s*\^\s*(?:\{[^{}]*\}|\w))?/;

/** The claim failed with the stray index a sum of its sides has, or as it was. */
export function withStrayIndex(formula: string): (claim: ClaimReport) => ClaimReport {
  return (claim) => {
    if (claim.verdict !== 'none') return claim;
    const slip = strayIndex(claim.right, formula) ?? strayIndex(claim.left, formula);
    if (slip === undefined) return claim;
    const { fix: _fix, reason: _reason, ...rest } = claim;
    return { ...rest, verdict: 'fails', slip };
  };
}

/** The body of the sum: up to the end of the group (braces, or `\left … \right`) that holds the operator, or of the side. */
function bodyAfter(text: string, start: number): string {
  let depth = 0;
  for (let k = start; k < text.length; k++) {
    const opens = text[k] === '{' || text.startsWith('\\left', k);
    const closes = text[k] === '}' || text.startsWith('\\right', k);
    if (opens) depth++;
    else if (closes) {
      if (depth === 0) return text.slice(start, k);
      depth--;
    }
  }
  return text.slice(start);
}

/** One-letter index subscripts of a text: `x_i`, `A_{ij}` (each letter), `f_{y_i}` (i). */
function subscriptLetters(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/_\s*(?:\{\s*([a-z]{1,2})\s*\}|([a-z]))/g)) {
    for (const letter of m[1] ?? m[2]!) if (INDEX_LETTERS.includes(letter)) out.push(letter);
  }
  return out;
}

export function strayIndex(side: SideReport, formula: string): string | undefined {
  const text = side.source;
  if ((text.match(/\\sum(?![A-Za-z])/g) ?? []).length !== 1) return undefined;
  const m = SUM.exec(text);
  if (!m) return undefined;
  const index = (m[1] ?? m[2])!;
  if (!INDEX_LETTERS.includes(index)) return undefined;
  const body = bodyAfter(text, m.index + m[0].length);
  const letters = subscriptLetters(body);
  // An index another operator binds in the body (`\prod_{j=i+1}^{t} c_j`, `\max_k`) is that operator's own.
  const bound = new Set([...body.matchAll(/\\[A-Za-z]+(?:\\limits)?\s*_\s*\{?\s*([a-z])(?![A-Za-z])/g)].map((b) => b[1]!));
  const others = [...new Set(letters.filter((l) => l !== index && !bound.has(l)))];
  // Every index the body has besides the summed one must be named outside the body somewhere in the formula.
  const outside = formula.replace(body, ' ');
  const named = (l: string) => subscriptLetters(outside).includes(l) || new RegExp(`(?<![A-Za-z\\\\])${l}(?![A-Za-z])`).test(outside);
  // Only a lone subscript (`b_j`) may be stray: `X_{ij}` summed over j is a row's entry, its i often the text's.
  const lone = new Set(subscriptLetters(body.replace(/_\s*\{\s*[a-z]{2}\s*\}/g, ' ')));
  const stray = others.find((l) => lone.has(l) && !named(l));
  const symbols = body.replace(/\\[A-Za-z]+/g, ' ').replace(/([_^])\s*([A-Za-z])/g, '$1 $2 ');
  const usesIndex = letters.includes(index) || new RegExp(`(?<![A-Za-z])${index}(?![A-Za-z])`).test(symbols);
  if (!usesIndex && others.length === 1) {
    return `the sum over ${index} never uses ${index}: its body has the subscript ${others[0]} where ${index} belongs`;
  }
  if (usesIndex && stray !== undefined) {
    return `the sum over ${index} has the index ${stray} in its body, which nothing else in the formula names: ${index} belongs there`;
  }
  return undefined;
}
