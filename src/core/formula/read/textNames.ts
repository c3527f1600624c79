/**
 * Words in `\text{…}` used as variables inside an identity:
 * `\frac{2}{\frac{1}{\text{recall}} \times \frac{1}{\text{precision}}}`. Elsewhere
 * `\text{…}` is prose and is dropped (preprocess.ts); inside an identity with free
 * variables a single word in an operand's place is a name, and is read as one
 * variable, `r_{recall}` (its first letter subscripted by the word, so it never
 * meets a one-letter variable of the formula).
 *
 * Not read so: several words (`\text{# of outcomes}`), one letter, a word followed
 * by a parenthesis (`\text{ReLU}(x)`: a function), a known function's name, a
 * subscript (`T_{\text{math}}` is a label) or a word after a number (`8\text{GiB}`: a unit).
 */
const TEXT_WORD = /(?<!_\s*\{?\s*)(?<![\d,]\s*)\\text\s*\{\s*([A-Za-z]{2,})\s*\}(?!\s*\()/g;
const FUNCTION_NAMES = new Set(['exp', 'log', 'ln', 'sin', 'cos', 'tan', 'max', 'min', 'ReLU', 'relu', 'softplus', 'sigmoid', 'softmax', 'tanh']);

/** `latex` with each `\text{word}` variable as `w_{word}`, and the text the scalar-notation check sees (`w` alone); undefined when there is none. */
export function textWordsAsVariables(latex: string): { latex: string; checked: string } | undefined {
  let changed = false;
  const rewrite = (short: boolean) =>
    latex.replace(TEXT_WORD, (whole, word: string) => {
      if (FUNCTION_NAMES.has(word)) return whole;
      changed = true;
      return short ? ` ${word[0]} ` : ` ${word[0]}_{${word}} `;
    });
  const out = rewrite(false);
  return changed ? { latex: out, checked: rewrite(true) } : undefined;
}
