/**
 * The remainder operator set as a word: `i \\text{ mod } 2=0`, `n \\mathrm{mod} 3`
 * (phlippe/uvadlc_notebooks, tutorial 6, the case conditions of the positional
 * encoding). Text is otherwise prose between statements (split.ts) or dropped
 * (preprocess.ts); this word is the operator `\\bmod`, so `i \\text{ mod } 2=0` is a
 * condition on i and `7 \\text{ mod } 3 = 2` a claim that fails, never `i 2 = 0`.
 *
 * Not read so: `(\\text{mod } n)` after a congruence (a modulus in brackets), and
 * `d_\\text{mod}` (a label in a subscript or superscript).
 */
const REMAINDER_WORD = String.raw`\\(?:text|textrm|mathrm|operatorname|mbox)\s*\{\s*mod\s*\}`;
const REMAINDER_WORD_AT = new RegExp(`^${REMAINDER_WORD}`);
const REMAINDER_WORD_BETWEEN_OPERANDS = new RegExp(String.raw`(?<![_^(]\s*)${REMAINDER_WORD}`, 'g');

/** Whether the `\\text{…}` at `at` is the remainder word (it separates no statements). */
export function remainderWordAt(source: string, at: number): boolean {
  return REMAINDER_WORD_AT.test(source.slice(at, at + 40))
    && !/[_^(]\s*$/.test(source.slice(Math.max(0, at - 4), at));
}

/** `latex` with the remainder word between operands as `\\bmod`. */
export function remainderWordAsOperator(latex: string): string {
  return latex.includes('mod') ? latex.replace(REMAINDER_WORD_BETWEEN_OPERANDS, ' \\bmod ') : latex;
}
