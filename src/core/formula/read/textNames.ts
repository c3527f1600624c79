/**
 * Words in `\text{…}` used as variables inside an identity:
 * `\frac{2}{\frac{1}{\text{recall}} \times \frac{1}{\text{precision}}}`. Elsewhere
 * `\text{…}` is prose and is dropped (preprocess.ts); inside an identity with free
 * variables a single word in an operand's place is a name, and is read as one
 * variable, `r_{recall}` (its first letter subscripted by the word, so it never
 * meets a one-letter variable of the formula).
 *
 * A name with a subscript is one name too, whatever its words: `\text{param}_{t-1}`,
 * `\text{grad}_t`, `\text{average age}_{\text{MA}}` (pytorch-step-by-step) each name one
 * quantity, read as the variable `p_{paramt-1}` (word and subscript in its subscript, so
 * `\text{param}_t` and `\text{param}_{t-1}` are two names).
 *
 * Not read so: several words without a subscript (`\text{# of outcomes}`), one letter, a
 * word followed by a parenthesis (`\text{ReLU}(x)`, `\text{EWMA}_t(\alpha, x)`: a function),
 * a known function's name, a subscript (`T_{\text{math}}` is a label) or a word after a
 * number (`8\text{GiB}`: a unit).
 */
import { ACTIVATION_NAMES } from '../identity/namedActivations';
const TEXT_WORD = /(?<!_\s*\{?\s*)(?<![\d,]\s*)\\text\s*\{\s*([A-Za-z]{2,})\s*\}(?!\s*[(_])/g;
/** `\text{param}_{t-1}`, `\text{average age}_{\text{MA}}`: words (letters and spaces) with a subscript of letters, digits, signs or a text word; not before a parenthesis. */
const SUBSCRIPTED_TEXT = /(?<!_\s*\{?\s*)(?<![\d,]\s*)\\text\s*\{\s*([A-Za-z][A-Za-z ]*[A-Za-z])\s*\}\s*_\s*(?:\{\s*((?:\\text\s*\{\s*[A-Za-z]+\s*\}|[A-Za-z0-9+\- ])+)\s*\}|([A-Za-z0-9]))(?!\s*\()/g;
const FUNCTION_NAMES = new Set(['exp', 'log', 'ln', 'sin', 'cos', 'tan', 'max', 'min', 'softmax', 'tanh', 'erf', 'erfc', ...ACTIVATION_NAMES]);

/** `latex` with each `\text{word}` variable as `w_{word}`, and the text the scalar-notation check sees (`w` alone); undefined when there is none. */
export function textWordsAsVariables(latex: string): { latex: string; checked: string } | undefined {
  let changed = false;
  const rewrite = (short: boolean) =>
    latex
      .replace(SUBSCRIPTED_TEXT, (whole, words: string, braced: string | undefined, bare: string | undefined) => {
        const name = words.replace(/ /g, '');
        if (FUNCTION_NAMES.has(name)) return whole;
        changed = true;
        const index = (braced ?? bare!).replace(/\\text\s*\{\s*([A-Za-z]+)\s*\}/g, '$1').replace(/\s+/g, '');
        return short ? ` ${name[0]} ` : ` ${name[0]}_{${name}${index}} `;
      })
      .replace(TEXT_WORD, (whole, word: string) => {
        if (FUNCTION_NAMES.has(word)) return whole;
        changed = true;
        return short ? ` ${word[0]} ` : ` ${word[0]}_{${word}} `;
      });
  const out = rewrite(false);
  return changed ? { latex: out, checked: rewrite(true) } : undefined;
}

/** Letters a word may stand for: lowercase, so no reading takes them for matrices, and none that is a constant (e, i). */
const SPARE_LETTERS = 'mnkpqrstuvwz';

/**
 * Both sides with each text word (`\text{periods}`) as one letter the claim does not use, the same
 * word the same letter, and the word of each such letter: for readings that need a size to be one
 * letter (`1 + 2 + \cdots + \text{periods}`, elidedSums.ts).
 */
export function textWordsAsLetters(sides: readonly [string, string]): { sides: [string, string]; wordOf: ReadonlyMap<string, string> } {
  const words = [...new Set(sides.flatMap((side) => [...side.matchAll(TEXT_WORD)].map((m) => m[1]!)))].filter((w) => !FUNCTION_NAMES.has(w));
  const asWritten = { sides: [sides[0], sides[1]] as [string, string], wordOf: new Map<string, string>() };
  if (words.length === 0) return asWritten;
  const used = new Set(sides.join(' ').replace(/\\[A-Za-z]+(\s*\{\s*[A-Za-z ]*\})?/g, ' ').match(/[a-z]/g) ?? []);
  const spare = [...SPARE_LETTERS].filter((l) => !used.has(l));
  if (spare.length < words.length) return asWritten;
  const letterOf = new Map(words.map((w, k) => [w, spare[k]!]));
  const rewrite = (side: string) => side.replace(TEXT_WORD, (whole, word: string) => (letterOf.has(word) ? ` ${letterOf.get(word)!} ` : whole));
  return { sides: [rewrite(sides[0]), rewrite(sides[1])], wordOf: new Map([...letterOf].map(([word, letter]) => [letter, word])) };
}
