/**
 * A sum over an index its body never uses, with another index where it belongs:
 * `-\log\left(\frac{e^{f_{y_i}}}{ \sum_j e^{f_i} }\right)` (a slip of cs231n's softmax loss),
 * `\frac{\partial E}{\partial x_i}=\sum_{j=1}^n\left(\frac{\partial E}{\partial y_i}\cdot \frac{\partial y_i}{\partial x_i}\right)`
 * (luweiagi/machine-learning-notes, back-propagation). A careful reader sees the slip without
 * any value: a term constant in the index is written times its count, never summed over it.
 * A stray index in a body that uses its own (`\sum_k s_i^{(k)}`) is not read so: notes leave
 * the sample's i to the text.
 *
 * Read only for one `\sum` in the side, its index a bare letter (`_j`, `_{j}`, `_{j=1}`: a
 * condition such as `j \neq i` may legitimately ignore it), and index-like letters i, j, k, l
 * as one-letter subscripts. indexSlip.ts reads the body carrying the upper bound instead.
 * Like it, the slip is named and the claim left undecided (`withSlipNamed`): the author
 * meant the sum over the index the body uses (`-\sum_k y_j \log \hat y_j`, newfacade's
 * cross-entropy), and a misspelled index says nothing against that.
 */
import type { ClaimReport, SideReport } from '../types';
import { withSlipNamed } from './indexSlip';

const INDEX_LETTERS = 'ijkl';
/** `\sum_j`, `\sum_{j}`, `\sum_{j=1}^{N}`, `\sum\limits_{i = 0}^{m-1}`: the index and where the body starts. */
const SUM = /\\sum(?:\\limits)?\s*_\s*(?:\{\s*([a-z])\s*(?:=[^{}]*)?\}|([a-z]))(?:\s*\^\s*(?:\{[^{}]*\}|\w))?/;

/** The undecided claim with the index a sum of its sides never uses as its reason, or as it was. */
export function withUnusedSumIndex(claim: ClaimReport): ClaimReport {
  if (claim.verdict !== 'none') return claim;
  return withSlipNamed(claim, unusedSumIndex(claim.right) ?? unusedSumIndex(claim.left));
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

export function unusedSumIndex(side: SideReport): string | undefined {
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
  const symbols = body.replace(/\\[A-Za-z]+/g, ' ').replace(/([_^])\s*([A-Za-z])/g, '$1 $2 ');
  const usesIndex = letters.includes(index) || new RegExp(`(?<![A-Za-z])${index}(?![A-Za-z])`).test(symbols);
  if (!usesIndex && others.length === 1) {
    return `the sum over ${index} never uses ${index}: its body has the subscript ${others[0]} where ${index} belongs`;
  }
  return undefined;
}
