/**
 * A family named in a heading or a sentence, with its parameters, acts as `X ∼ family(params)` for what follows it.
 * Probability courses (Chinese ones above all) write a section per family and never write the tie:
 * `### 二项分布B(n,p)` then `P\{X=k\}={\rm C}_n^k p^k(1-p)^{n-k},k=0,1,\cdots,n`; `### 正态分布N($\mu,\sigma^2$)`,
 * a `#### 概率密度` under it, then `f(x)=\frac{1}{\sqrt{2\pi}\sigma}{\rm e}^{…}`; "## Poisson distribution" then
 * `P(X=k)=\frac{\lambda^k e^{-\lambda}}{k!}`; "The exponential distribution with rate $\lambda$ has CDF $F(x) = …$".
 *
 * - A heading names a family when its words name exactly one (`二项分布`, "binomial", FAMILY_WORDS), and it
 *   reaches every line until the next heading of its level or a higher one: a sub-heading naming no family
 *   (`#### 概率密度`) is passed through to the heading above it. A heading naming two families (or words of one and
 *   a notation of another) names none, and stops the search.
 * - The parameters are the ones the heading writes in the family's notation (`B(n,p)`, `N($\mu,\sigma^2$)`,
 *   `E($\lambda$)`, `G(p)`, `U(a,b)`, `P($\lambda$)`); `B(1,p)` under "0-1分布" is the Bernoulli's p. Without a
 *   notation: the family's usual letters, and the tie only confirms.
 * - A sentence that names exactly one family right before the formula ("The exponential distribution with rate
 *   $\lambda$ has CDF") ties it the same way, in the sentence's parameters; it only confirms.
 */
import { familyNamed, familyOf, FAMILY_WORDS, USUAL_LETTERS, type Family } from '../identity/probability/namedFamilies';
import { splitOutsideBrackets } from '../read/outsideBrackets';

export interface NamedFamily {
  readonly family: Family;
  readonly parameters: readonly string[];
  /** The text wrote the parameters in the family's notation (`B(n,p)`), not only its name. */
  readonly written: boolean;
}

/** A family's notation with its parameters, in text with its `$` removed: `B(n,p)`, `N(\mu,\sigma^2)`, `\chi^2(n)`. */
const NOTATION = /(?<![A-Za-z\\])(\\chi\s*\^\s*\{?\s*2\s*\}?|\\pi|\\mathcal\s*\{\s*[A-Z]\s*\}|[A-Za-z]+)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g;

/** Parameters as notes write them: letters, numbers, Greek letters with a power or a subscript; no relation, no variable. */
const PARAMETER = /^(?:-?\d+(?:\.\d+)?|(?:\\[A-Za-z]+|[a-z])(?:\s*_\s*(?:\{[^{}]*\}|\w))?(?:\s*\^\s*(?:\{\s*2\s*\}|2))?)$/;

/** The family the text names, or 'mixed' when it names more than one, or undefined. */
export function familyNamedIn(text: string): NamedFamily | 'mixed' | undefined {
  const plain = text.replace(/\$/g, '').replace(/\\left|\\right/g, '');
  const words = new Set(FAMILY_WORDS.filter(([pattern]) => pattern.test(plain)).map(([, key]) => key));
  if (words.size === 0) return undefined;
  if (words.size > 1) return 'mixed';
  const key = [...words][0]!;
  const notations: NamedFamily[] = [];
  for (const m of plain.matchAll(NOTATION)) {
    const parameters = splitOutsideBrackets(m[2]!, ',').map((p) => p.trim());
    if (!parameters.every((p) => PARAMETER.test(p))) continue;
    const name = m[1]!.replace(/\s+/g, '').replace(/^\\mathcal\{([A-Z])\}$/, '$1');
    const family = familyNamed(name, parameters.length);
    if (family) notations.push({ family, parameters, written: true });
  }
  // `0-1分布B(1,p)`: the binomial with one trial is the Bernoulli named.
  const own = notations.map((n) => (key === 'bernoulli' && n.family.key === 'binomial' && n.parameters[0] === '1' ? { family: familyOf('bernoulli'), parameters: [n.parameters[1]!], written: true } : n));
  const agreeing = own.filter((n) => n.family.key === key);
  if (own.length > agreeing.length) return 'mixed';
  if (new Set(agreeing.map((n) => n.parameters.join(','))).size > 1) return 'mixed';
  if (agreeing.length > 0) return agreeing[0]!;
  const family = familyOf(key);
  return { family, parameters: USUAL_LETTERS[key], written: false };
}

interface Heading {
  readonly level: number;
  readonly text: string;
  readonly at: number;
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*)$/gm;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}(?:`{3,}|~{3,})[ \t]*$/gm;

let cachedNote: string | undefined;
let cachedHeadings: Heading[] = [];

/** The note's ATX headings outside fenced code, read once per note. */
function headingsOf(note: string): Heading[] {
  if (note === cachedNote) return cachedHeadings;
  const unfenced = note.replace(FENCE, (block) => block.replace(/[^\n]/g, ' '));
  cachedHeadings = [...unfenced.matchAll(HEADING)].map((m) => ({ level: m[1]!.length, text: m[2]!, at: m.index! }));
  cachedNote = note;
  return cachedHeadings;
}

const DISTRIBUTION_WORD = /distribution|分布|random variables?\b/i;

/** The family the headings over `start` name: the nearest enclosing heading that names one, passing through those that name none. */
export function sectionFamily(note: string, start: number): NamedFamily | undefined {
  const headings = headingsOf(note);
  let level = 7;
  for (let k = headings.length - 1; k >= 0; k--) {
    const h = headings[k]!;
    if (h.at >= start) continue;
    // A heading of the level of one already passed, or deeper, closed its section before the claim.
    if (h.level >= level) continue;
    const last = level === 7;
    level = h.level;
    const named = familyNamedIn(h.text);
    if (named === 'mixed') return undefined;
    // A heading above the claim's own names a family only with the word "distribution" or its notation ("## Normal equations" does not).
    if (named && (last || named.written || DISTRIBUTION_WORD.test(h.text))) return named;
    if (named) return undefined;
    if (level === 1) return undefined;
  }
  return undefined;
}

/** The sentence the formula at `start` closes or stands in: the text back to the last sentence end, blank line, heading line or display. */
const SENTENCE_END = /[.。!?！？;；]\s|\n\s*\n|^ {0,3}#[^\n]*\n?|\$\$/gm;

/**
 * The family the sentence just before the formula names ("The exponential distribution with rate $\lambda$ has CDF"),
 * its parameter the one "with rate/parameter $…$" names for a one-parameter family. Math in the sentence counts only
 * as a notation of the family (`the binomial distribution $B(n,p)$`).
 */
export function sentenceFamily(note: string, start: number): NamedFamily | undefined {
  // The formula's own opening delimiter is not a previous display's end.
  const before = note.slice(Math.max(0, start - 400), start).replace(/\$+\s*$/, '');
  let from = 0;
  for (const m of before.matchAll(SENTENCE_END)) from = m.index! + m[0].length;
  const sentence = before.slice(from);
  if (sentence.trim() === '') return undefined;
  const named = familyNamedIn(sentence);
  if (!named || named === 'mixed' || !(named.written || DISTRIBUTION_WORD.test(sentence))) return undefined;
  const stated = /(?:with|of)\s+(?:rate|parameter|mean|intensity)\s*\$\s*([^$]+?)\s*\$|参数为\s*\$\s*([^$]+?)\s*\$/.exec(sentence);
  if (!named.written && stated && named.family.parameters.length === 1) return { ...named, parameters: [(stated[1] ?? stated[2])!.trim()] };
  return named;
}
