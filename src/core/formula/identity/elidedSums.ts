/**
 * Sums a note writes with an ellipsis or over indexed terms, written out at a
 * few sizes: `b + w_1 x_1 + w_2 x_2 + \cdots + w_d x_d`, `\sum_{j=1}^{d} w_j x_j`,
 * `\norm{u}_2` beside `u_1^2 + \cdots + u_n^2`. A careful reader checks such a
 * step by writing the sums out for a small n; so does this module, at n = 2 and
 * n = 3, and hands the written-out claim to the scalar identity check
 * (identity.ts), which keeps its own doubts. The claim holds or fails only when
 * it does at both sizes.
 *
 * What is read (anything else leaves the claim as it was):
 * - a run `T(1) + T(2) + \cdots + T(n)` (or from 0, or `T(1) + \cdots + T(n)`) whose
 *   terms differ only in subscripts 1, 2 and a letter;
 * - the counting run `1 + 2 + \cdots + n` (or from 0), with n a letter or a word in
 *   `\text{…}` (`\text{periods}`, pytorch-step-by-step), read as a letter of its own;
 * - `\sum_{i=1}^{n}` (or from 0, or to a written number of at most 12) whose index
 *   appears alone in subscripts; its body runs over the terms after it that use
 *   the index, as a reader takes `\sum_{j=1}^{d} b + w_j x_j` (j outside the sum
 *   would name nothing);
 * - `\norm{u}_2`, `\|u\|`, `\lVert u \rVert_2`, `||u||_2` (two bars typed) of a letter whose entries `u_1` the claim writes.
 *
 * Doubts: a size letter the note gave a value (the claim may be about that size), an
 * entry the note gave a value (`\eta_k = 0` makes `1 = e^{\eta_k}`),
 * i left in the written-out claim (the imaginary unit?), and those of the scalar check.
 */
import type { MathJson } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import type { ClaimReport, FunctionDefinition } from '../types';
import type { ClaimReadingOfPieces } from './claimReading';
import { checkIdentity } from './identity';
import type { Evaluated } from '../evaluate/interpret';
import { textWordsAsLetters } from '../read/textNames';
import { enclosingGroup, joinTerms, topLevelTerms, type Term } from '../read/latexTerms';
import { innerProductsAsScalars } from './innerProducts';

/** Sizes tried: two, so that a claim true at one size by accident neither holds nor fails. */
const SIZES = [2, 3] as const;
/** A written-out claim longer than this is not judged (nested sums at larger sizes). */
const MAX_LENGTH = 6000;

const ELLIPSIS = /^(?:\\[lc]?dots[bc]?|\\ldots|\.\.\.|…)$/;
const ELLIPSIS_IN_TEXT = /\\[lc]?dots[bc]?(?![A-Za-z])|\.\.\.|…/;
const SUM = /\\(sum|prod)\s*(?:\\limits\s*)?_\s*\{\s*([A-Za-z])\s*=\s*([01])\s*(?:;\s*\\neq\s*(?:\(\s*(\d+)\s*\)|(\d+)|([A-Za-z])))?\s*\}\s*\^\s*(?:\{\s*([A-Za-z]|\d+)\s*\}|([A-Za-z]|\d))/;
const NORM = /\\norm\s*\{\s*([A-Za-z])\s*\}(?:\s*_\s*\{?\s*2\s*\}?)?|(?:\\left\s*)?(?:\\\||\\lVert|\\Vert|(?<!\|)\|\|)\s*([A-Za-z])\s*(?:\\right\s*)?(?:\\\||\\rVert|\\Vert|\|\|(?!\|))(?:\s*_\s*\{?\s*2\s*\}?)?/g;
/** `x_1^{(i)}`, `y^{(i)}`: a parenthesised letter as superscript labels a sample (the i-th), not a power. */
const SAMPLE_LABEL = /([A-Za-z])(\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?\s*\^\s*\{\s*\(\s*([A-Za-z])\s*\)\s*\}/g;
const SUBSCRIPT = /_\s*(?:\{\s*([^{}]*?)\s*\}|([A-Za-z0-9]))/g;
const HOLE = '\u0001';

/** The reading named in the hover and `check --json`. */
export const SUMS_READING = 'with its sums written out for n = 2 and n = 3';

/** `text` with the subscripts that are exactly `value` made a hole, and how many there were. */
function holed(text: string, value: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(SUBSCRIPT, (m, braced: string | undefined, bare: string | undefined) => ((braced ?? bare) === value ? (count++, `_{${HOLE}}`) : m)).replace(/\s+/g, ' ');
  return { text: out, count };
}

/** Sizes chosen for the letters that bound sums: the first letter met gets `base`, the next `base + 1`. */
class Sizes {
  readonly letters = new Map<string, number>();
  constructor(private readonly base: number) {}
  of(letter: string): number {
    if (!this.letters.has(letter)) this.letters.set(letter, this.base + this.letters.size);
    return this.letters.get(letter)!;
  }
}

/** The run around the ellipsis at `e` written out, or undefined when its terms are not one pattern. */
function writtenRun(terms: readonly Term[], e: number, sizes: Sizes): { from: number; text: string } | undefined {
  const before = terms[e - 1];
  const last = terms[e + 1];
  if (!before || !last || terms[e]!.sign !== '+' || last.sign !== '+') return undefined;
  const counting = countingRun(terms, e, sizes);
  if (counting) return counting;
  const numbers = [...before.text.matchAll(SUBSCRIPT)].map((m) => m[1] ?? m[2]!).filter((s) => /^\d$/.test(s));
  for (const value of new Set(numbers)) {
    const pattern = holed(before.text, value);
    const letter = [...last.text.matchAll(SUBSCRIPT)].map((m) => m[1] ?? m[2]!).find((s) => /^[A-Za-z]$/.test(s) && holed(last.text, s).text === pattern.text);
    if (letter === undefined) continue;
    // `T(1) + T(2) + \cdots`: the run starts one term earlier, at the number before.
    const first = terms[e - 2];
    const earlier = first && e - 2 >= 0 && (e - 2 === 0 || first.sign === '+') && Number(value) >= 1 && holed(first.text, String(Number(value) - 1)).text === pattern.text;
    const start = earlier ? Number(value) - 1 : Number(value);
    const n = sizes.of(letter);
    if (start > 1) return undefined;
    const written = Array.from({ length: n - start + 1 }, (_, k) => pattern.text.split(HOLE).join(String(start + k))).join(' + ');
    return { from: earlier ? e - 2 : e - 1, text: `(${written})` };
  }
  return undefined;
}

/** `1 + 2 + \cdots + n` (or from 0): the whole numbers up to a size letter, written out. */
function countingRun(terms: readonly Term[], e: number, sizes: Sizes): { from: number; text: string } | undefined {
  const whole = (k: number): number | undefined => (/^\s*\d\s*$/.test(terms[k]?.text ?? '') ? Number(terms[k]!.text) : undefined);
  const second = whole(e - 1);
  const first = whole(e - 2);
  const letter = /^\s*([A-Za-z])\s*$/.exec(terms[e + 1]!.text)?.[1];
  if (second === undefined || first === undefined || letter === undefined || first !== second - 1 || first > 1) return undefined;
  if (e - 2 > 0 && terms[e - 2]!.sign !== '+') return undefined;
  const n = sizes.of(letter);
  return { from: e - 2, text: `(${Array.from({ length: n - first + 1 }, (_, k) => String(first + k)).join(' + ')})` };
}

/** `latex` with its first ellipsis run written out; undefined when there is none, null when one is not read. */
function expandRun(latex: string, sizes: Sizes): string | undefined | null {
  // A run inside brackets (`\sqrt{u_1^2 + \cdots + u_n^2}`) is read within them.
  const at = ELLIPSIS_IN_TEXT.exec(latex)?.index;
  const group = at === undefined ? undefined : enclosingGroup(latex, at);
  if (group) {
    const inner = expandRun(latex.slice(group.start, group.end), sizes);
    return inner == null ? inner : `${latex.slice(0, group.start)}${inner}${latex.slice(group.end)}`;
  }
  const terms = topLevelTerms(latex);
  const e = terms?.findIndex((t) => ELLIPSIS.test(t.text)) ?? -1;
  if (!terms || e < 0) return at === undefined ? undefined : null;
  const run = writtenRun(terms, e, sizes);
  if (!run) return null;
  const first = terms[run.from]!;
  return joinTerms([...terms.slice(0, run.from), { sign: first.sign, text: run.text }, ...terms.slice(e + 2)]);
}

/** Whether `text` uses the index letter: alone, or as a whole subscript. */
const usesIndex = (text: string, index: string): boolean => new RegExp(`(?<![\\\\A-Za-z])${index}(?![A-Za-z])`).test(text);

/** The body with the index given the value `k`; undefined when the index sits in a subscript with other things (`x_{ij}`). */
function substituted(body: string, index: string, k: number, pairs = false): string | undefined {
  let mixed = false;
  const subscripts = body.replace(SUBSCRIPT, (m, braced: string | undefined, bare: string | undefined) => {
    const content = braced ?? bare!;
    if (content === index) return `_{${k}}`;
    // With `pairs`: `a_{ij}`, `p_{mk}`, `\\delta_{ij}` (two one-character indices) and a sum's left-out value `k=1;\\neq j`.
    if (pairs && /^[a-z0-9]\s*,?\s*[a-z0-9]$/.test(content)) return `_{${content.replace(/[\s,]+/g, '').replace(new RegExp(index, 'g'), String(k))}}`;
    if (pairs && new RegExp(`^[A-Za-z]\\s*=\\s*[01]\\s*;\\s*\\\\neq\\s*${index}$`).test(content)) return `_{${content.replace(new RegExp(`${index}$`), String(k))}}`;
    // `x_{ij}`, `x_{i+1}`, `x_{i,j}`: the index with other things, which this reading does not write out.
    if (content.replace(/\\[A-Za-z]+/g, ' ').includes(index)) mixed = true;
    return m;
  });
  if (mixed) return undefined;
  // `y^{(i)}`, `x_j^{(i)}` name the i-th sample: `y_{\#2}`, `x_{j\#2}`, names of their own (no note writes \# in a
  // subscript), never `y^{((2))}`, which reads as a power.
  const label = new RegExp(`([A-Za-z])(?:\\s*_\\s*(?:\\{\\s*([^{}]*?)\\s*\\}|([A-Za-z0-9])))?\\s*\\^\\s*\\{\\s*\\(\\s*${index}\\s*\\)\\s*\\}`, 'g');
  const labelled = subscripts.replace(label, (_, letter: string, braced: string | undefined, bare: string | undefined) => `${letter}_{${braced ?? bare ?? ''}\\#${k}}`);
  // `x^k`, `x^{k}` (a power that is the index) is `x^{2}`: `x^(2)` would read as a power of a bracket, `x^{(2)}` as a sample.
  const powers = labelled.replace(new RegExp(`\\^\\s*(?:\\{\\s*${index}\\s*\\}|${index}(?![A-Za-z]))`, 'g'), `^{${k}}`);
  return powers.replace(new RegExp(`(?<![\\\\A-Za-z_])${index}(?![A-Za-z])`, 'g'), `(${k})`);
}

/** `[…]` or `\\left[ … \\right]` around the whole of a sum's body, as parentheses (a list or interval has a comma). */
function bracketsAsParentheses(body: string): string {
  const m = /^\s*(\\left\s*)?\[([^]*?)(\\right\s*)?\]\s*$/.exec(body);
  if (!m || m[2]!.includes(',') || Boolean(m[1]) !== Boolean(m[3])) return body;
  let depth = 0;
  for (const c of m[2]!) if ((depth += c === '[' ? 1 : c === ']' ? -1 : 0) < 0) return body;
  return depth === 0 ? `${m[1] ?? ''}(${m[2]}${m[3] ?? ''})` : body;
}

/** `latex` with its first `\sum_{i=1}^{n}` written out; undefined when there is none, null when it is not read. */
function expandSum(latex: string, sizes: Sizes, options: WrittenOutOptions): string | undefined | null {
  const m = SUM.exec(latex);
  if (!m) return /\\(?:sum|prod)(?![A-Za-z])/.test(latex) ? null : undefined;
  const [, operator, index, from, skipBraced, skipBare, skipLetter, braced, bare] = m;
  // `\\sum_{k=1;\\neq 2}^{K}` (indexedVectors.ts writes `\\sum_{k \\neq j}` so): every value but the one left out, which
  // must be a number by now (an enclosing sum or a free index written out first).
  if (skipLetter !== undefined || ((skipBraced ?? skipBare) !== undefined && !options.pairs)) return null;
  const skip = skipBraced ?? skipBare;
  const product = operator === 'prod';
  const bound = braced ?? bare!;
  const to = /^\d+$/.test(bound) ? Number(bound) : sizes.of(bound);
  if (to > 12) return null;
  // A sum inside brackets (`\left(\sum_i x_i\right)^2`) is read within them.
  const group = enclosingGroup(latex, m.index);
  if (group) {
    const inner = expandSum(latex.slice(group.start, group.end), sizes, options);
    return inner == null ? null : `${latex.slice(0, group.start)}${inner}${latex.slice(group.end)}`;
  }
  // At the top level of the side, the rest of its term and the terms after it are its candidates.
  const head = latex.slice(0, m.index);
  const rest = topLevelTerms(latex.slice(m.index + m[0].length));
  if (!rest || rest[0]!.sign !== '') return null;
  // The terms after it that use its index, up to another sum (`\sum_i x_i + \sum_i y_i` is two sums).
  // A product binds tighter than a sum: its body is the one term after it (`\\log\\prod_i p_i + c`).
  let end = 1;
  // A term that binds the index again (`+ (n - \\sum_{i=1}^{n} x_i)\\log(1-p)`) holds a sum of its own.
  const rebinds = new RegExp(`\\\\(?:sum|prod)\\s*(?:\\\\limits\\s*)?_\\s*\\{\\s*${index}\\s*=`);
  while (!product && end < rest.length && usesIndex(rest[end]!.text, index!) && !/^\\sum/.test(rest[end]!.text) && !rebinds.test(rest[end]!.text)) end++;
  // `\\sum_{i=1}^{n} \\left[ y_i \\log h_i + … \\right]`: square brackets around the whole body only group it.
  const body = bracketsAsParentheses(joinTerms(rest.slice(0, end)));
  const copies: string[] = [];
  for (let k = Number(from); k <= to; k++) {
    if (skip !== undefined && k === Number(skip)) continue;
    const copy = substituted(body, index!, k, options.pairs === true);
    if (copy === undefined) return null;
    copies.push(`(${copy})`);
  }
  const tail = rest.slice(end).map((t) => ` ${t.sign} ${t.text}`).join('');
  // Every value left out (`\\sum_{k=1;\\neq 1}^{1}`): an empty sum.
  if (copies.length === 0) return `${head}(${product ? 1 : 0})${tail}`;
  return `${head}(${copies.join(product ? ' \\cdot ' : ' + ')})${tail}`;
}

/** `latex` with L2 norms of letters written out over the entries 1…n (n the claim's one size letter). */
function expandNorms(latex: string, sizes: Sizes): string | null {
  if (!NORM.test(latex)) return latex;
  NORM.lastIndex = 0;
  if (sizes.letters.size !== 1) return null;
  const n = [...sizes.letters.values()][0]!;
  return latex.replace(NORM, (_, a: string | undefined, b: string | undefined) => {
    const v = a ?? b!;
    return `\\sqrt{${Array.from({ length: n }, (_, k) => `${v}_{${k + 1}}^2`).join(' + ')}}`;
  });
}

/** Both sides with their runs, sums and norms written out at one size, or undefined when something is not read. */
/** Options of `writtenOut`. */
export interface WrittenOutOptions {
  /**
   * Entries with two one-character indices (`a_{ij}`, `p_{mk}`, `\\delta_{ij}`) written out index by index, and sums that
   * leave one value out (`\\sum_{k=1;\\neq j}^{K}`): for readings that bind every index of the claim (indexedVectors.ts).
   */
  readonly pairs?: boolean;
}

export function writtenOut(sides: readonly [string, string], base: number, options: WrittenOutOptions = {}): { sides: [string, string]; letters: ReadonlyMap<string, number> } | undefined {
  const sizes = new Sizes(base);
  const out: string[] = [];
  for (const side of sides) {
    let text = side;
    for (let step = 0; ; step++) {
      if (step > 8 || text.length > MAX_LENGTH) return undefined;
      const next = expandRun(text, sizes) ?? expandSum(text, sizes, options);
      if (next === null) return undefined;
      if (next === undefined) break;
      text = next;
    }
    out.push(text);
  }
  if (out[0] === sides[0] && out[1] === sides[1]) return undefined;
  // Entries of a letter the claim also takes a norm of: the norm is over those entries.
  const withNorms = out.map((s) => expandNorms(s, sizes));
  if (withNorms.some((s) => s === null)) return undefined;
  // The size letters left (`\frac{1}{n}`, `x_n` alone) take their sizes too.
  const sized = (withNorms as string[]).map((s) =>
    [...sizes.letters].reduce(
      (t, [letter, n]) => t.replace(new RegExp(`_\\s*\\{\\s*${letter}\\s*\\}|_\\s*${letter}(?![A-Za-z])`, 'g'), `_{${n}}`)
        // `r^n`: a bare power takes one token, so the size goes in braces (`r^{2}`, never `r^(2)`).
        .replace(new RegExp(`\\^\\s*${letter}(?![A-Za-z])`, 'g'), `^{${n}}`).replace(new RegExp(`(?<![\\\\A-Za-z_])${letter}(?![A-Za-z])`, 'g'), `(${n})`),
      s,
    ),
  );
  // One sample label, the same on both sides, names the same sample throughout: the names without it are the same
  // quantities, as long as no name is written both with and without it.
  const labels = new Set(sized.flatMap((t) => [...t.matchAll(SAMPLE_LABEL)].map((m) => m[3]!)));
  if (labels.size > 1 || [...labels].some((l) => sizes.letters.has(l))) return undefined;
  const labelled = new Set(sized.flatMap((t) => [...t.matchAll(SAMPLE_LABEL)].map((m) => m[1]!)));
  const unlabelled = sized.map((t) => t.replace(SAMPLE_LABEL, (_, letter: string, sub: string | undefined) => `${letter}${sub ?? ''}`));
  const alsoBare = (letter: string) => sized.some((t) => new RegExp(`(?<![\\\\A-Za-z])${letter}(?![A-Za-z])`).test(t.replace(SAMPLE_LABEL, '')));
  if ([...labelled].some(alsoBare)) return undefined;
  return { sides: [unlabelled[0]!, unlabelled[1]!], letters: sizes.letters };
}

/** Whether `latex` may hold a sum to write out (a quick test before the real one). */
export function writesElidedSum(latex: string): boolean {
  return /\\[lc]?dots|\.\.\.|\\(?:sum|prod)\s*(?:\\limits\s*)?_\s*\{\s*[A-Za-z]\s*=\s*[01]\s*\}/.test(latex);
}

/** `\\sum_{i=1}^{\\ell}`, `\\sum_{i=1}^\\ell`: the script ℓ as the number of samples (girafe-ml-course's `\\ell MAE(C)`). */
const ELL_BOUND = /\\(?:sum|prod)\s*(?:\\limits\s*)?_\s*\{\s*[A-Za-z]\s*=\s*[01]\s*\}\s*\^\s*(?:\{\s*\\ell\s*\}|\\ell(?![A-Za-z]))/;
/** Letters that may stand for ℓ, tried in this order. */
const ELL_LETTERS = ['L', 'M', 'N', 'K', 'Q', 'R', 'T'];

/**
 * Many courses count the samples with ℓ (`\\sum_{i=1}^\\ell 2 (C - y_i) = 2 C \\ell - \\sum_{i=1}^\\ell 2 y_i`): when a sum
 * runs to ℓ, every `\\ell` of the claim is that size, written as a capital letter neither side uses nor the note binds
 * (the letter it took is returned for the message). Null when ℓ bounds a sum and no letter is free, or the note binds ℓ.
 */
function withEllAsLetter(sides: readonly [string, string], definitions: ReadonlyMap<string, FunctionDefinition>): { sides: [string, string]; letter?: string } | null {
  if (!sides.some((s) => ELL_BOUND.test(s))) return { sides: [sides[0], sides[1]] };
  if (definitions.has('\\ell') || definitions.has('ell')) return null;
  const uses = (letter: string) => sides.some((s) => new RegExp(`(?<![\\\\A-Za-z])${letter}(?![A-Za-z])`).test(s));
  const letter = ELL_LETTERS.find((l) => !definitions.has(l) && !uses(l));
  if (letter === undefined) return null;
  const rename = (s: string) => s.replace(/\\ell(?![A-Za-z])/g, ` ${letter} `);
  return { sides: [rename(sides[0]), rename(sides[1])], letter };
}

/** Two written-out sides with no variable left: equal up to float64 rounding, or not (undefined when unsure). */
function valuesVerdict(left: Evaluated, right: Evaluated, assumed: boolean): 'holds' | 'fails' | undefined {
  if (!Number.isFinite(left.value) || !Number.isFinite(right.value)) return undefined;
  const agree = Math.abs(left.value - right.value) <= 1e-9 * Math.max(1, Math.abs(left.value), Math.abs(right.value));
  return agree ? 'holds' : assumed ? undefined : 'fails';
}

/** An undecided `=` whose sums, written out at n = 2 and 3, hold or fail there both times (see the file comment). */
export const withSumsWrittenOut: ClaimReadingOfPieces = (claim, pieces, reader, definitions, deadline) => {
  if (claim.verdict !== 'none' || claim.relation !== '=' || !pieces.some((p) => writesElidedSum(p.text))) return claim;
  // `\eta_k = 0` earlier: an entry the note gave a value (here the last one) is not free once the sums are written out.
  // An entry is indexed by a number or one letter: `v_{\text{norm}}` names a quantity of its own, no entry of v.
  // `y_i = y_j` (all samples of a leaf alike, girafe-ml-course) equates two entries: a condition, no value for any.
  const entryBases = [...definitions.values()]
    .filter((d) => /^[A-Za-z]+_(?:\d+|[A-Za-z])$/.test(d.name) && !(typeof d.body === 'string' && d.body.startsWith(`${d.name.split('_')[0]!}_`)))
    .map((d) => d.name.split('_')[0]!);
  if (entryBases.some((base) => pieces.some((p) => new RegExp(`(?<![A-Za-z])${base}\\s*_`).test(p.text)))) return claim;
  const verdicts: ClaimReport[] = [];
  const sized = withEllAsLetter([pieces[0].text, pieces[1].text], definitions);
  if (sized === null) return claim;
  const { sides, wordOf: words } = textWordsAsLetters(sized.sides);
  const wordOf = sized.letter === undefined ? words : new Map([...words, [sized.letter, '\\ell']]);
  for (const base of SIZES) {
    const written = writtenOut(sides, base);
    if (!written || [...written.letters.keys()].some((letter) => definitions.has(letter))) return claim;
    // `\\theta^{T}x^{(i)}` written out: one number per sample (innerProducts.ts), a reading that may only confirm.
    const scalars = innerProductsAsScalars(written.sides);
    if (scalars === null) return claim;
    const confirmOnly = scalars !== undefined;
    const read = scalars ?? written.sides;
    const latex = `${read[0]} = ${read[1]}`;
    // i left in the written-out claim may be the imaginary unit: not this reading's to judge.
    if (latex.replace(/\\[A-Za-z]+/g, ' ').includes('i')) return claim;
    let trees: MathJson[];
    try {
      trees = read.map((s) => reader.read(normalizeLatex(s)));
    } catch {
      return claim;
    }
    let outcome: ReturnType<typeof checkIdentity>;
    try {
      outcome = checkIdentity(latex, trees[0]!, trees[1]!, definitions, deadline, confirmOnly);
    } catch {
      // The engine refuses some written-out trees (`p depends on 0 variables`): nothing is said of them.
      return claim;
    }
    // `1 + 2 + \cdots + n = \frac{n(n+1)}{2}` written out at n = 2 is two numbers, 3 = 3. Only a claim about the size
    // (its letter on both sides) is judged so: `\sum_{k=1}^{n} \frac{1}{k^2} = \frac{\pi^2}{6}` may mean n without end.
    if (outcome.kind === 'values') {
      if (written.letters.size === 0 || ![...written.letters.keys()].every((letter) => sides.every((side) => usesIndex(side, letter)))) return claim;
      const verdict = valuesVerdict(outcome.left, outcome.right, outcome.assumed || confirmOnly);
      if (verdict === undefined) return claim;
      const at = Object.fromEntries([...written.letters].map(([letter, n]) => [wordOf.get(letter) ?? letter, n]));
      const counterexample = verdict === 'fails' ? { counterexample: { at, left: outcome.left.value, right: outcome.right.value } } : {};
      verdicts.push({ ...claim, verdict, identity: { points: 1, ...counterexample } });
      continue;
    }
    if (outcome.kind !== 'judged' || outcome.verdict === 'none') return claim;
    verdicts.push({ ...claim, verdict: outcome.verdict, identity: outcome.check });
  }
  if (verdicts.some((v) => v.verdict !== verdicts[0]!.verdict)) return claim;
  // `\prod_i p(x_i) \, c`: whether c is inside the product is the reader's guess, so a written-out product may confirm only.
  if (verdicts[0]!.verdict === 'fails' && pieces.some((p) => /\\prod(?![A-Za-z])/.test(p.text))) return claim;
  const { reason: _reason, ...rest } = verdicts[0]!;
  return { ...rest, reading: SUMS_READING };
};
