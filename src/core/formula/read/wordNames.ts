/**
 * Names of several letters a note gives values to: `$$ sum=\exp(0.9)+\exp(0.2)+\exp(0.4)=5.17 $$`
 * then `$$ j_0= \exp(0.9)/sum = 0.475 $$` (t81-558-deep-learning). The engine reads
 * `sum` as s·u·m; a reader who has seen `sum = …` reads one name. A run of three
 * lowercase letters or more that some statement of the note opens with, before
 * an `=`, is such a name in that formula and every later one: the reader joins
 * its letters back into one symbol wherever they stand side by side.
 *
 * Function names (`exp`, `max`, `softmax` …) are not names of values; nor are
 * runs of two letters (`ab = 5` may well be a·b).
 */
import type { LatexReader, MathJson } from './engine';

/** A statement opening with a lowercase word and `=`: at the start, after `\\`, `&`, `;` or `,`. */
const WORD_DEFINITION = /(?:^|[\n;,&]|\\\\)\s*([a-z]{3,})\s*=(?!=)/g;
/** Words that name functions or operators, never a value. */
const NOT_NAMES = new Set([
  'exp', 'log', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'max', 'min', 'arg', 'argmax', 'argmin', 'softmax', 'sigmoid',
  'relu', 'softplus', 'softsign', 'silu', 'swish', 'mish', 'logit', 'elu', 'selu', 'det', 'sgn', 'sign', 'lim', 'sup', 'inf', 'mod', 'var', 'cov', 'tr', 'rank', 'diag', 'text', 'frac',
  'for', 'and', 'the', 'where', 'with', 'let',
]);

/** The words `source` gives values to, in order. */
export function wordsDefinedIn(source: string): string[] {
  return [...source.matchAll(WORD_DEFINITION)].map((m) => m[1]!).filter((w) => !NOT_NAMES.has(w));
}

/** The words of `known` that `source` writes as a run of letters of its own. */
export function wordsMentionedIn(source: string, known: ReadonlySet<string>): string[] {
  return [...known].filter((w) => new RegExp(`(?<![\\\\A-Za-z])${w}(?![A-Za-z])`).test(source));
}

/** `json` with each run of one-letter symbols that spells a word of `words` joined into that one symbol. */
export function joinWordNames(json: MathJson, words: ReadonlySet<string>): MathJson {
  if (!Array.isArray(json)) return json;
  const items = (json as readonly MathJson[]).map((item, k) => (k === 0 ? item : joinWordNames(item, words)));
  if (items[0] !== 'InvisibleOperator') return items;
  const out: MathJson[] = ['InvisibleOperator'];
  for (let k = 1; k < items.length; k++) {
    // The whole run of letters, not its start: `sum` is no name inside `s u m m a r y`.
    const letter = (j: number): boolean => typeof items[j] === 'string' && /^[a-z]$/.test(items[j] as string);
    const word = letter(k - 1) && k > 1 ? undefined : [...words].find((w) => !letter(k + w.length) && w.split('').every((c, j) => items[k + j] === c));
    if (word === undefined) out.push(items[k]!);
    else {
      out.push(word);
      k += word.length - 1;
    }
  }
  return out.length === 2 ? out[1]! : out;
}

/** A reader that joins the letters of `words` (see the file comment); the reader itself when there are none. */
export function withWordNames(reader: LatexReader, words: ReadonlySet<string>): LatexReader {
  if (words.size === 0) return reader;
  return { read: (latex) => joinWordNames(reader.read(latex), words) };
}
