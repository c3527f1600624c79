/**
 * Events named the way course notes name them, inside P(·) and p(·):
 *
 * - in words: `P(sick|diagnosed\ sick)` (llmforeverybody), `P(\text{class}_i \mid \text{Object})`
 *   (hf-cv-course), `P(\text{spam} \mid \text{free})`. A whole item of the argument (between `(`, `|`,
 *   `\mid`, `,` and `)`) that is a phrase — `\text{…}`, `\mbox{…}`, `\textrm{…}`, `\mathrm{…}` of letters and
 *   spaces, or bare words joined by `\ ` or `~` with one word of three letters or more, a lower-case letter
 *   in it — is one event, named by its words; `not …` (`P(diagnosed\ sick|not\ sick)`) is the complement of the
 *   event its other words name. Two capitals (`P(AB)`) or two lower-case letters stay letters here (eventSide.ts reads capitals side by side as their intersection).
 * - as a run of indexed letters: `P(x_1, \dots, x_n)`, `P(x_1, x_2, \ldots x_n \mid y)` (tirthajyoti-ml-python's
 *   naive Bayes) — the joint event of the run, one event named by the letter and its first and last index,
 *   the same wherever the note writes the same run.
 *
 * The names are plain tokens (`w_{ev…}`) the event reader takes as any letter: a rule of probability true of
 * every event is true of these. Only the arguments of P(·), p(·) and \Pr(·) are rewritten.
 */
import { closingBracket } from '../../read/outsideBrackets';

/** The cheap test: a call of P, p or \Pr. */
const CALLS = /(?<![A-Za-z])(?:\\Pr|P|p)\s*(?:\\left\s*)?\(/g;
/** A run `x_1, x_2, \dots, x_n` (the middle terms and the comma after the dots optional). */
const RUN = /(?<![A-Za-z\\])([A-Za-z])_(\{\s*\w+\s*\}|\w)(?:\s*,\s*\1_(?:\{\s*\w+\s*\}|\w))*\s*,\s*(?:\\[lc]?dots|\.\.\.)\s*,?\s*\1_(\{\s*\w+\s*\}|\w)/g;
const WRAPPED = /^\\(?:text|textrm|mbox|mathrm)\s*\{\s*([A-Za-z][A-Za-z ]*?)\s*\}(\s*_\s*(?:\{\s*\w+\s*\}|\w))?$/;
const BARE = /^([A-Za-z]+(?:(?:\\ |~|\s)+[A-Za-z]+)*)(\s*_\s*(?:\{\s*\w+\s*\}|\w))?$/;

/** The LaTeX with the events of its P(·) calls written in words or runs renamed as one letter each. */
export function withNamedEvents(latex: string): string {
  CALLS.lastIndex = 0;
  if (!CALLS.test(latex)) return latex;
  CALLS.lastIndex = 0;
  let out = '';
  let done = 0;
  for (let m = CALLS.exec(latex); m; m = CALLS.exec(latex)) {
    const open = m.index + m[0].length - 1;
    if (open < done) continue;
    const close = closingBracket(latex, open);
    if (close < 0) return latex;
    out += latex.slice(done, open + 1) + renamedArgument(latex.slice(open + 1, close));
    done = close;
    CALLS.lastIndex = close;
  }
  return out + latex.slice(done);
}


/** The argument with each run renamed, then each item in words renamed. */
function renamedArgument(argument: string): string {
  const runs = argument.replace(RUN, (_m, letter: string, first: string, last: string) => ` ${letter}_{r${bare(first)}${bare(last)}} `);
  // Items between the separators at depth 0 of braces: `|`, `\mid`, `,`.
  const parts = runs.split(/(\\mid(?![A-Za-z])|\||,)/);
  return parts.map((part, i) => (i % 2 === 1 ? part : renamedItem(part))).join('');
}

const bare = (index: string): string => index.replace(/[{}\s]/g, '');

function renamedItem(item: string): string {
  const text = item.trim();
  const wrapped = WRAPPED.exec(text);
  const words = wrapped ? wrapped[1]!.split(/\s+/) : BARE.exec(text)?.[1]!.split(/(?:\\ |~|\s)+/);
  if (!words) return item;
  const subscript = bare((wrapped ? wrapped[2] : BARE.exec(text)![2])?.replace(/^\s*_\s*/, '') ?? '');
  const negated = words.length > 1 && words[0]!.toLowerCase() === 'not';
  const named = negated ? words.slice(1) : words;
  if (!wrapped && !isPhrase(words)) return item;
  if (wrapped && words.join('').length < 2) return item;
  const name = ` w_{ev${named.join('').toLowerCase()}${subscript}} `;
  return negated ? ` \\neg ${name}` : name;
}

/** Bare words a reader takes as a phrase: one word of three letters or more with a lower-case letter, each word two letters or more. */
function isPhrase(words: readonly string[]): boolean {
  return words.some((w) => w.length >= 3 && /[a-z]/.test(w)) && words.every((w) => w.length >= 2);
}
