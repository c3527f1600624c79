/**
 * Sums over an index with no bounds written: `\log\sum_i e^{z_i} = m + \log\sum_i e^{z_i - m}`
 * (CaoJiahao2 deep-learning-notes), `\frac{e^{f_{y_i}}}{\sum_j e^{f_j}} = \frac{Ce^{f_{y_i}}}{C\sum_j e^{f_j}}`
 * (cs231n). Such a sum runs over every index of a set the prose names (the classes, the
 * logits); a careful reader checks the step on a small set of them. So does this reading: each
 * `\sum_i` becomes `\sum_{i=1}^{N}` for one size letter the claim does not use, and the sums are
 * written out at two sizes (elidedSums.ts). It only confirms: the set may be special (`\sum_c y_c
 * \log \hat{y}_c = -\log \hat{y}_k` for a one-hot y), so a claim that fails so stays as it was.
 */
import type { ClaimReadingOfPieces } from './claimReading';
import { withSumsWrittenOut } from './elidedSums';

/** `\sum_i`, `\sum_{c}`, `\sum\limits_k`, `\prod_n` (a likelihood over samples) with no upper bound after it. */
const UNBOUNDED_SUM = /\\(sum|prod)\s*(?:\\limits\s*)?_\s*(?:\{\s*([A-Za-z])\s*\}|([A-Za-z]))(?!\s*\^)(?![A-Za-z])/g;
/** Letters that may name the size of the index set, tried in this order. */
const SIZE_LETTERS = ['N', 'M', 'K', 'Q', 'R', 'T'];

/** Whether a side writes a sum with no bounds (the prefilter before any reading). */
export function writesUnboundedSum(latex: string): boolean {
  UNBOUNDED_SUM.lastIndex = 0;
  return UNBOUNDED_SUM.test(latex);
}

const usesLetter = (text: string, letter: string): boolean => new RegExp(`(?<![\\\\A-Za-z])${letter}(?![A-Za-z])`).test(text);

/** An undecided `=` with unbounded sums that holds once they run over 1…N at two sizes N; else the claim as it was. */
export const withUnboundedSums: ClaimReadingOfPieces = (claim, pieces, reader, definitions, deadline) => {
  if (claim.verdict !== 'none' || claim.relation !== '=' || !pieces.some((p) => writesUnboundedSum(p.text))) return claim;
  const size = SIZE_LETTERS.find((letter) => !definitions.has(letter) && !pieces.some((p) => usesLetter(p.text, letter)));
  if (size === undefined) return claim;
  const bounded = pieces.map((p) => ({ text: p.text.replace(UNBOUNDED_SUM, (_, operator: string, braced: string | undefined, bare: string | undefined) => `\\${operator}_{${braced ?? bare}=1}^{${size}}`) })) as [{ text: string }, { text: string }];
  const judged = withSumsWrittenOut(claim, bounded, reader, definitions, deadline);
  return judged.verdict === 'holds' ? judged : claim;
};
