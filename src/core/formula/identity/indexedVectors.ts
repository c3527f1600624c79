/**
 * Claims about the entries of a vector of abstract length, the softmax family most of all:
 * `\frac{\exp o_j}{\sum_k \exp o_k} = \frac{\exp(o_j - \bar{o})}{\sum_k \exp (o_k - \bar{o})}` (D2L),
 * `\partial_{o_j} l(\mathbf{y}, \hat{\mathbf{y}}) = \mathrm{softmax}(\mathbf{o})_j - y_j`,
 * `\frac{\partial \hat y_i}{\partial z_j} = \hat y_i(\delta_{ij} - \hat y_j)`. A careful reader checks such a
 * step on a small vector: K = 2 and K = 3 entries, every value of the free indices (i, j, c), random
 * entries. So does this reading: the sums are written out (elidedSums.ts `writtenOut`), the free
 * indices take each value 1…K in turn, `\delta_{ij}` is 1 or 0, `\mathrm{softmax}(v)_i` is
 * `\exp v_i / \sum_k \exp v_k`, and the scalar identity check (identity.ts) compares the sides at
 * random entries, derivatives by one entry included (`\frac{\partial}{\partial z_1}`, finite
 * differences with their error bound).
 *
 * Names the note defined earlier (`\hat{y}_i = \frac{e^{z_i}}{\sum_j e^{z_j}}`, `L = -\sum_i y_i \log \hat y_i`)
 * are put in for their definitions (indexedDefinitions.ts gathers them).
 *
 * Conditions: a cross-entropy gradient `\hat y_i - y_i` holds only when y sums to 1, `-\sum_c y_c \log
 * \hat y_c = -\log \hat y_k` only for a one-hot y. A claim that fails with free entries is tried again
 * with each undefined vector drawn as a probability vector, then as one-hot (every class in turn);
 * one that holds so holds when the note states that condition (`conditionsStated`), and is left
 * undecided otherwise. It fails only when it fails at every size and every value of its free indices,
 * with free entries and under both conditions (a claim may be meant for i ≠ j only).
 */
import type { LatexReader, MathJson } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import type { ClaimReport, FunctionDefinition } from '../types';
import { writtenOut } from './elidedSums';
import { checkIdentity } from './identity';
import { readForIdentity } from '../evaluate/partials';
import { pastDeadline } from '../deadline';

export const INDEXED_VECTORS_READING = 'with its vectors drawn at K = 2 and K = 3 entries';

/** Conditions on a vector the note may state in words. */
export interface StatedConditions {
  readonly oneHot: boolean;
  readonly distribution: boolean;
  /** Vectors the note states sum to 1 in a formula (`\sum_k p_k = 1`, `\sum_{i=1}^n \pi_i = 1`), in canonical spelling. */
  readonly sumsToOne?: ReadonlySet<string>;
}

/** Letters read as indices of entries (sums bind others too). */
const INDEX_LETTERS = 'ijkcl';
/** `\sum_j`, `\sum_{j}`, `\sum\limits_k` with no bounds. */
const UNBOUNDED_SUM = /\\sum\s*(?:\\limits\s*)?_\s*(?:\{\s*([a-z])\s*\}|([a-z]))(?!\s*\^)(?![A-Za-z])/g;
/** `\sum_{j=1}^{K}`, `\sum_{j=1}^K`. */
const BOUNDED_SUM = /\\sum\s*(?:\\limits\s*)?_\s*\{\s*([a-z])\s*=\s*1\s*(?:;\s*\\neq\s*[a-z])?\s*\}\s*\^\s*(?:\{\s*([A-Za-z])\s*\}|([A-Za-z]))/g;
/**
 * `\sum_{k \neq k'}`, `\sum_{j \ne i}`, `\sum\limits_{k' \neq k}`, `\sum_{j\ne{i}}`: a sum over every index value but one
 * (primes already renamed, `primedIndicesRenamed`).
 */
const EXCLUDING_SUM = /\\sum\s*(?:\\limits\s*)?_\s*\{\s*([a-z])\s*(?:\\neq?|\\not\s*=)\s*(?:\{\s*([a-z])\s*\}|([a-z]))\s*\}(?!\s*\^)/g;
/** Names of the softmax function: `\mathrm{softmax}`, `\text{Softmax}` (notes capitalise it as PyTorch's class). */
const SOFTMAX = /(?:\\(?:mathrm|operatorname|text|textrm)\s*\{\s*[Ss]oftmax\s*\}|(?<![\\A-Za-z])[Ss]oftmax)\s*(?:\\left\s*)?\(/g;
/** Size letters, tried in this order. */
const SIZE_LETTERS = ['K', 'N', 'M', 'Q', 'R'];
/** Sizes tried, the larger first: a claim that fails there for every index value fails. */
const SIZES = [3, 2] as const;

/** Whether a side may be this reading's (a quick test). */
export function writesIndexedVector(latex: string): boolean {
  return /\\sum\s*(?:\\limits\s*)?_|[Ss]oftmax|\\delta_/.test(latex);
}

/** The text of the group opened at `open` (a `(` or `{`), and where it ends; undefined when unbalanced. */
function groupAt(text: string, open: number): { inner: string; end: number } | undefined {
  const opening = text[open]!;
  const closing = opening === '(' ? ')' : opening === '{' ? '}' : ']';
  let depth = 0;
  for (let k = open; k < text.length; k++) {
    if (text[k] === opening) depth++;
    else if (text[k] === closing && --depth === 0) {
      let inner = text.slice(open + 1, k);
      let end = k + 1;
      // `\left( … \right)`: drop the `\right` before the closing bracket.
      inner = inner.replace(/\\right\s*$/, '');
      return { inner, end };
    }
  }
  return undefined;
}

/** A letter no text uses, from `pool`. */
function freshLetter(texts: readonly string[], pool: string, taken: Set<string>): string | undefined {
  for (const letter of pool) {
    if (taken.has(letter)) continue;
    if (texts.some((t) => new RegExp(`(?<![\\\\A-Za-z])${letter}(?![A-Za-z])`).test(t))) continue;
    taken.add(letter);
    return letter;
  }
  return undefined;
}

/** `\mathbf{z}`, `\boldsymbol{z}`, `\bm{z}`, `\vec{z}`, `z`: the letter of a vector argument, or undefined. */
function vectorLetter(arg: string): string | undefined {
  return /^\s*(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*([a-z])\s*\}|\\(?:mathbf|boldsymbol|bm|vec)\s+([a-z])|([a-z]))\s*$/.exec(arg)?.slice(1).find(Boolean);
}

/**
 * `\mathrm{softmax}(\mathbf{o})_j` as `\frac{\exp(o_j)}{\sum_{r} \exp(o_r)}`; the argument may be the vector plus, minus
 * or over a scalar (`z + c`, `z/T`). Null when a softmax is written in another way (of a matrix `X_{ij}`, no index).
 */
export function softmaxWrittenOut(text: string, texts: readonly string[], taken: Set<string>): string | null {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(SOFTMAX)) {
    const open = m.index! + m[0].length - 1;
    const group = groupAt(text, open);
    if (!group) return null;
    const sub = /^\s*_\s*(?:\{\s*([a-z0-9])\s*\}|([a-z0-9]))/.exec(text.slice(group.end));
    // The argument: one vector letter, alone or with one scalar term or factor.
    const parts = /^\s*(.+?)\s*(?:([+\-/])\s*([A-Za-z0-9]|\\[A-Za-z]+))?\s*$/.exec(group.inner);
    if (!parts) return null;
    // `\text{Softmax}(z_i)` with no index after it: notes write the i-th entry of softmax(z) so (jhy-cpu-learning-notes).
    const entryArgument = sub ? undefined : /^\s*([a-z])\s*_\s*(?:\{\s*([a-z])\s*\}|([a-z]))\s*$/.exec(parts[1]!);
    if (!sub && !entryArgument) return null;
    const index = sub ? (sub[1] ?? sub[2])! : (entryArgument![2] ?? entryArgument![3])!;
    const letter = sub ? vectorLetter(parts[1]!) : entryArgument![1];
    if (!letter) return null;
    const fresh = freshLetter(texts, 'rstuvw', taken);
    if (fresh === undefined) return null;
    const entry = (k: string) => `${letter}_{${k}}${parts[2] ? ` ${parts[2]} ${parts[3]}` : ''}`;
    out += `${text.slice(from, m.index)}\\frac{\\exp\\left(${entry(index)}\\right)}{\\sum_{${fresh}} \\exp\\left(${entry(fresh)}\\right)}`;
    from = group.end + (sub ? sub[0].length : 0);
  }
  return out + text.slice(from);
}

/** `\frac{\partial L}{\partial z_i}` and `\partial_{o_j} l(…)` (the whole side) as `\frac{\partial}{\partial z_i}\left(L\right)`. */
export function partialsAsOperators(text: string): string {
  const frac = text.replace(/\\frac\s*\{\s*\\partial\s*((?:[^{}]|\{[^{}]*\})+?)\s*\}\s*\{\s*\\partial\s*((?:[^{}]|\{[^{}]*\})+?)\s*\}/g, (_, f: string, v: string) => `\\frac{\\partial}{\\partial ${v}}\\left(${f}\\right)`);
  const sub = /^\s*\\partial\s*_\s*\{\s*([^{}]+)\s*\}\s*(.+)$/.exec(frac);
  return sub ? `\\frac{\\partial}{\\partial ${sub[1]}}\\left(${sub[2]}\\right)` : frac;
}

/** A definition the note made of an entry (`\hat{y}_i`) or of a scalar (`L`, `l(\mathbf{y}, \hat{\mathbf{y}})`). */
export interface IndexedDefinition {
  /** For an entry: the base (`\hat{y}`) and the index of the definition; for a scalar: the exact left side. */
  readonly base?: string;
  readonly index?: string;
  readonly name?: string;
  readonly body: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `\hat y`, `\hat{y}`, ` \hat {y}` in one spelling. */
export function canonicalBase(base: string): string {
  return base.replace(/\\(hat|tilde|bar)\s*\{?\s*([A-Za-z])\s*\}?/g, '\\$1{$2}').replace(/\s+/g, '');
}

/** A pattern for the entries of `base` (any of its spellings) with a one-letter or one-digit index. */
function entryPattern(base: string): RegExp {
  const accent = /^\\(hat|tilde|bar)\{([A-Za-z])\}$/.exec(base);
  const head = accent ? `\\\\${accent[1]}\\s*(?:\\{\\s*${accent[2]}\\s*\\}|\\s${accent[2]})` : `(?<![\\\\A-Za-z])${escape(base)}`;
  return new RegExp(`${head}\\s*_\\s*(?:\\{\\s*([a-z0-9])\\s*\\}|([a-z0-9]))(?![A-Za-z0-9]*\\})`, 'g');
}

/** The body of a definition with its index `from` renamed `to` and its sums given fresh letters. */
function bodyAt(body: string, from: string | undefined, to: string | undefined, texts: readonly string[], taken: Set<string>): string | null {
  let out = body;
  for (const m of [...body.matchAll(/\\sum\s*(?:\\limits\s*)?_\s*(?:\{\s*([a-z])(?=\s*[}=])|([a-z]))/g)]) {
    const bound = (m[1] ?? m[2])!;
    if (bound === from) return null;
    const fresh = freshLetter([...texts, body], 'rstuvw', taken);
    if (fresh === undefined) return null;
    out = out.replace(new RegExp(`(?<![\\\\A-Za-z])${bound}(?![A-Za-z])`, 'g'), fresh);
  }
  return from === undefined ? out : out.replace(new RegExp(`(_\\s*\\{?\\s*)${from}(?![A-Za-z])`, 'g'), `$1${to}`);
}

/** The claim's text with the note's definitions put in (twice over, for definitions that use others); null when one cannot be. */
export function withDefinitionsPut(text: string, definitions: readonly IndexedDefinition[], texts: readonly string[], taken: Set<string>): { text: string; used: Set<IndexedDefinition> } | null {
  let out = partialsAsOperators(text);
  // A mean defined as `\bar{x}` is the same name written `\bar x` or `\overline{x}`.
  if (definitions.some((d) => d.name?.startsWith('\\bar{'))) out = out.replace(/\\(?:bar|overline)\s*(?:\{\s*([a-z])\s*\}|\s([a-z]))/g, (_, a: string | undefined, b: string | undefined) => `\\bar{${a ?? b}}`);
  const used = new Set<IndexedDefinition>();
  for (let round = 0; round < 3; round++) {
    const before = out;
    for (const d of definitions) {
      if (d.name !== undefined) {
        // A mean may be squared (`\bar x^2`), never labelled (`\bar{x}^{(i)}`) nor indexed.
        const after = d.name.startsWith('\\bar{') ? `(?![A-Za-z_']|\\s*\\^\\s*\\{?\\s*\\()` : `(?![A-Za-z_^'])`;
        const name = new RegExp(`(?<![\\\\A-Za-z])${escape(d.name).replace(/\s+/g, '\\s*')}${after}`, 'g');
        if (name.test(out)) {
          used.add(d);
          const body = bodyAt(d.body, undefined, undefined, texts, taken);
          if (body === null) return null;
          out = out.replace(name, `\\left(${body}\\right)`);
        }
        continue;
      }
      const pattern = entryPattern(d.base!);
      let failed = false;
      out = out.replace(pattern, (_, a: string | undefined, b: string | undefined) => {
        const at = bodyAt(d.body, d.index!, (a ?? b)!, texts, taken);
        if (at === null) failed = true;
        used.add(d);
        return `\\left(${at ?? ''}\\right)`;
      });
      if (failed) return null;
    }
    if (out === before) break;
  }
  return { text: out, used };
}

/**
 * A primed index (`k'` of `\sum_{k \neq k'} p_k p_{k'}`, Gini impurity) as a fresh letter throughout, so that the sums
 * and entries read it as an index of its own; the map from each primed letter to its new one (`k` → `r`).
 */
function primedIndicesRenamed(sides: readonly [string, string]): { sides: [string, string]; renamed: Map<string, string> } | null {
  const primed = new Set(sides.flatMap((s) => [...s.matchAll(/\\sum\s*(?:\\limits\s*)?_\s*\{[^{}]*?([a-z])\s*'/g)].map((m) => m[1]!)));
  let out: [string, string] = [sides[0], sides[1]];
  const taken = new Set<string>();
  const renamed = new Map<string, string>();
  for (const letter of primed) {
    const fresh = freshLetter(out, 'rstuvw', taken);
    if (fresh === undefined) return null;
    renamed.set(letter, fresh);
    out = out.map((s) => s.replace(new RegExp(`(?<!\\\\[A-Za-z]*)${letter}\\s*'`, 'g'), fresh)) as [string, string];
  }
  return { sides: out, renamed };
}

/** The letters a sum over every value binds (`\sum_j`, `\sum_{j=1}^K`; not `\sum_{j \neq i}`). */
function sumIndices(sides: readonly string[]): Set<string> {
  return new Set(sides.flatMap((s) => [...s.matchAll(UNBOUNDED_SUM), ...s.matchAll(BOUNDED_SUM)].map((m) => (m[1] ?? m[2])!)));
}

/**
 * `\sum_{a \neq b}` in the form elidedSums.ts writes out, `\sum_{a=1;\neq b}^{S}`, when b is bound by another sum or is
 * a free index letter (i, j, k, c, l); `\sum_{k \neq k'}` (k' bound nowhere else) is the sum over ordered pairs,
 * `\sum_{k=1}^{S}\sum_{k'=1;\neq k}^{S}`. Any other such sum is left as written (the reading then declines it).
 */
function excludingSumsBounded(side: string, size: string, sides: readonly string[], renamed: ReadonlyMap<string, string>): string {
  const bound = sumIndices(sides);
  return side.replace(EXCLUDING_SUM, (whole, a: string, b1: string | undefined, b2: string | undefined) => {
    const b = (b1 ?? b2)!;
    if (a === b) return whole;
    if (bound.has(b)) return `\\sum_{${a}=1;\\neq ${b}}^{${size}}`;
    if (renamed.get(a) === b) return `\\sum_{${a}=1}^{${size}}\\sum_{${b}=1;\\neq ${a}}^{${size}}`;
    return INDEX_LETTERS.includes(b) ? `\\sum_{${a}=1;\\neq ${b}}^{${size}}` : whole;
  });
}

/** The one size letter of the claim's sums, every unbounded sum bounded by it; null when sums have different sizes. */
function boundedSums(written: readonly [string, string]): { sides: [string, string]; size: string; bound: Set<string> } | null {
  const primed = primedIndicesRenamed(written);
  if (!primed) return null;
  const { sides, renamed } = primed;
  const sizes = new Set<string>();
  const bound = new Set<string>();
  for (const s of sides) {
    for (const m of s.matchAll(BOUNDED_SUM)) {
      sizes.add((m[2] ?? m[3])!);
      bound.add(m[1]!);
    }
  }
  if (sizes.size > 1) return null;
  // `\sum_{j=1}^k e^{\eta_j}` beside `e^{\eta_k}`: the size letter is also an index, the last entry.
  if ([...sizes].some((l) => sides.some((s) => new RegExp(`_\\s*\\{?\\s*${l}\\s*\\}?(?![A-Za-z])`).test(s)))) return null;
  const size = [...sizes][0] ?? SIZE_LETTERS.find((l) => !sides.some((s) => new RegExp(`(?<![\\\\A-Za-z])${l}(?![A-Za-z])`).test(s)));
  if (size === undefined) return null;
  for (const s of sides) for (const m of s.matchAll(EXCLUDING_SUM)) bound.add(m[1]!);
  const out = sides.map((s) =>
    excludingSumsBounded(s, size, sides, renamed).replace(UNBOUNDED_SUM, (_, a: string | undefined, b: string | undefined) => {
      bound.add((a ?? b)!);
      return `\\sum_{${a ?? b}=1}^{${size}}`;
    }),
  ) as [string, string];
  for (const s of out) for (const m of s.matchAll(BOUNDED_SUM)) bound.add(m[1]!);
  // Any other sum (from 0, over a set, with a condition) is not this reading's.
  if (out.some((s) => (s.match(/\\sum(?![A-Za-z])/g) ?? []).length !== [...s.matchAll(BOUNDED_SUM)].length)) return null;
  return { sides: out, size, bound };
}

/** The free index letters: one-letter subscripts among INDEX_LETTERS that no sum binds. */
function freeIndices(sides: readonly string[], bound: ReadonlySet<string>): string[] {
  const free = new Set<string>();
  for (const s of sides) {
    for (const m of s.matchAll(/_\s*(?:\{\s*([a-z]{1,2})\s*\}|([a-z]))/g)) {
      for (const l of (m[1] ?? m[2])!) if (INDEX_LETTERS.includes(l) && !bound.has(l)) free.add(l);
    }
  }
  return [...free];
}

/** The text with each free index given its value and `\delta_{ab}` of two values written as 1 or 0; null when an index is left. */
function withIndexValues(text: string, values: ReadonlyMap<string, number>): string | null {
  let out = text;
  for (const [letter, v] of values) {
    out = out.replace(new RegExp(`(_\\s*\\{?\\s*[a-z0-9]?)${letter}(?=[a-z0-9]?\\s*\\}|(?![A-Za-z]))`, 'g'), `$1${v}`);
    // `a_{i,j}`: the comma dropped, as `a_{ij}` (one spelling for the pair).
    out = out.replace(new RegExp(`(_\\s*\\{\\s*[a-z0-9])\\s*,\\s*${letter}(?=\\s*\\})`, 'g'), `$1${v}`).replace(new RegExp(`(_\\s*\\{\\s*)${letter}\\s*,\\s*(?=[a-z0-9]\\s*\\})`, 'g'), `$1${v}`);
    // `\sum_{j=1;\neq i}^{K}`: the value left out.
    out = out.replace(new RegExp(`(;\\s*\\\\neq\\s*)${letter}(?=\\s*\\})`, 'g'), `$1${v}`);
  }
  return withDeltaValues(out);
}

/** `\delta_{12}` as 0 and `\delta_{22}` as 1; null when a Kronecker delta of a letter is left. */
function withDeltaValues(text: string): string | null {
  const out = text.replace(/\\delta\s*_\s*\{\s*(\d)\s*,?\s*(\d)\s*\}/g, (_, a: string, b: string) => (a === b ? '(1)' : '(0)'));
  return /\\delta(?![A-Za-z])/.test(out) ? null : out;
}

/**
 * Whether the claim's entries may be read as this reading writes them: no entry numbered with two digits (`x_{12}`, the
 * twelfth or row 1 column 2?), and no letter written both with one index and with two (`x_j` beside `x_{ii}`, a typo
 * for `x_i` as likely as a matrix).
 */
function entriesReadable(sides: readonly string[]): boolean {
  if (sides.some((s) => /_\s*\{\s*\d\s*,?\s*\d+\s*\}/.test(s))) return false;
  const arity = new Map<string, Set<number>>();
  for (const s of sides) {
    for (const m of s.matchAll(/(\\(?:hat|tilde|bar)\s*\{?\s*[A-Za-z]\s*\}?|(?<![\\A-Za-z])[A-Za-z])\s*_\s*(?:\{\s*([a-z0-9](?:\s*,?\s*[a-z0-9])?)\s*\}|([a-z0-9]))/g)) {
      const base = canonicalBase(m[1]!);
      const n = (m[2] ?? m[3])!.replace(/[\s,]/g, '').length;
      arity.set(base, new Set([...(arity.get(base) ?? []), n]));
    }
  }
  return [...arity.values()].every((n) => n.size === 1);
}

/** Bases of the entries a text writes (`y` of `y_{2}`, `\hat{y}` of `\hat y_1`), in canonical spelling. */
function entryBases(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(\\(?:hat|tilde|bar)\s*\{?\s*[A-Za-z]\s*\}?|(?<![\\A-Za-z])[A-Za-z])\s*_\s*\{?\s*\d\s*\}?/g)) out.add(canonicalBase(m[1]!));
  return out;
}

type Condition = { readonly kind: 'free' } | { readonly kind: 'distribution'; readonly base: string } | { readonly kind: 'oneHot'; readonly base: string; readonly hot: number };

/** The written-out text with the vector `base` drawn under a condition: a probability vector or one-hot. */
function underCondition(text: string, n: number, condition: Condition): string {
  if (condition.kind === 'free') return text;
  const pattern = entryPattern(condition.base);
  return text.replace(pattern, (_, a: string | undefined, b: string | undefined) => {
    const k = Number(a ?? b);
    if (condition.kind === 'oneHot') return k === condition.hot ? '(1)' : '(0)';
    const all = Array.from({ length: n }, (_, j) => `e^{\\omega_{${j + 1}}}`).join(' + ');
    return `\\left(\\frac{e^{\\omega_{${k}}}}{${all}}\\right)`;
  });
}

type Outcome = 'holds' | 'fails' | 'none';
/** `mixed`: it holds at some draws and fails at others (a claim meant for i ≠ j only, or under a condition). */
type Verdict = Outcome | 'mixed';

/** One written-out claim judged by the identity check. */
function judgeWritten(sides: readonly [string, string], reader: LatexReader, definitions: ReadonlyMap<string, FunctionDefinition>, deadline: number): Outcome {
  const latex = `${sides[0]} = ${sides[1]}`;
  // A letter i, j or k left outside a subscript may be the imaginary unit or an index this reading did not bind.
  if (/(?<![\\A-Za-z])[ijk](?![A-Za-z])/.test(latex.replace(/\\[A-Za-z]+/g, ' ').replace(/_\s*\{[^{}]*\}/g, ' '))) return 'none';
  let trees: MathJson[];
  let checked = latex;
  // `log{…}`, `max(z)` typed without backslashes (partials.ts BARE_FUNCTION): read as the functions, they may confirm, never refute.
  let confirmOnly = false;
  try {
    const read = (text: string) => reader.read(normalizeLatex(text));
    // Derivatives in Leibniz notation (`\frac{\partial}{\partial z_1}`) are read as analyze.ts reads them (partials.ts).
    const special = sides.map((s) => readForIdentity(s, read));
    confirmOnly = special.some((s) => s?.confirmOnly === true);
    trees = sides.map((s, k) => special[k]?.json ?? read(s));
    checked = `${special[0]?.checked ?? sides[0]} = ${special[1]?.checked ?? sides[1]}`;
  } catch {
    return 'none';
  }
  try {
    const outcome = checkIdentity(checked, trees[0]!, trees[1]!, definitions, deadline);
    if (outcome.kind === 'judged') return outcome.verdict === 'holds' ? 'holds' : outcome.verdict === 'fails' && !confirmOnly ? 'fails' : 'none';
    if (outcome.kind === 'values') {
      if (!Number.isFinite(outcome.left.value) || !Number.isFinite(outcome.right.value)) return 'none';
      const agree = Math.abs(outcome.left.value - outcome.right.value) <= 1e-9 * Math.max(1, Math.abs(outcome.left.value), Math.abs(outcome.right.value));
      return agree ? 'holds' : outcome.assumed || confirmOnly ? 'none' : 'fails';
    }
  } catch {
    return 'none';
  }
  return 'none';
}

/**
 * The values 1…n to give the free indices. The entries are drawn at random, so only which indices are equal matters
 * (i = j and i ≠ j), not which value they take: one assignment per pattern of equalities. A claim that writes an entry's
 * number (`z_1`, `\hat y_2`) distinguishes that entry, so every assignment is tried.
 */
function assignments(letters: readonly string[], n: number, every: boolean): Map<string, number>[] {
  let out: Map<string, number>[] = [new Map()];
  for (const l of letters) {
    out = out.flatMap((m) => {
      const used = Math.max(0, ...m.values());
      const top = every ? n : Math.min(n, used + 1);
      return Array.from({ length: top }, (_, k) => new Map([...m, [l, k + 1]]));
    });
  }
  return out;
}

/** The claim's verdict over all sizes and index values under one condition (or under each one-hot class); it stops at the first draw that disagrees. */
function verdictUnder(
  kind: 'free' | 'distribution' | 'oneHot',
  base: string | undefined,
  sides: readonly [string, string],
  size: string,
  bound: ReadonlySet<string>,
  free: readonly string[],
  reader: LatexReader,
  definitions: ReadonlyMap<string, FunctionDefinition>,
  deadline: number,
  /** For one-hot labels: the free index that names the hot class (`-\log \hat y_c`), else every class in turn. */
  hotAt?: string,
): Verdict {
  let first: Outcome | undefined;
  for (const n of SIZES) {
    // Failing at K = 3 for every value of the free indices is enough: the smaller size would only cost time.
    if (first === 'fails') return 'fails';
    const numbered = sides.some((s) => /_\s*\{?\s*\d/.test(s));
    for (const values of assignments(free, n, numbered)) {
      const valued = sides.map((s) => withIndexValues(s, values));
      if (valued.some((s) => s === null)) return 'none';
      const written = writtenOut(valued as [string, string], n, { pairs: true });
      const plain = written?.sides ?? (valued as [string, string]);
      // A sum leaving out a value that was never given one (`\sum_{j \neq i}`, i bound nowhere) is not written out.
      if (plain.some((s) => /;\s*\\neq/.test(s))) return 'none';
      if (written && [...written.letters.keys()].some((l) => l !== size)) return 'none';
      // A Kronecker delta inside a sum is a number once the sum is written out.
      const deltas = plain.map(withDeltaValues);
      if (deltas.some((s) => s === null)) return 'none';
      const sized = (deltas as string[]).map((s) => s.replace(new RegExp(`(?<![\\\\A-Za-z])${size}(?![A-Za-z])`, 'g'), `(${n})`));
      // Index letters left after writing out: the sum's index used outside its body, or an index not read.
      const indices = [...bound, ...free].join('');
      if (indices && sized.some((s) => new RegExp(`_\\s*\\{?\\s*[${indices}]\\s*\\}?(?![A-Za-z])|_\\s*\\{\\s*[a-z0-9]?\\s*[${indices}]`).test(s))) return 'none';
      const classes = kind !== 'oneHot' ? [0] : hotAt !== undefined ? [values.get(hotAt)!] : Array.from({ length: n }, (_, k) => k + 1);
      for (const hot of classes) {
        if (pastDeadline(deadline)) return 'none';
        const condition: Condition = kind === 'free' ? { kind } : kind === 'distribution' ? { kind, base: base! } : { kind, base: base!, hot };
        const judged = judgeWritten(sized.map((s) => underCondition(s, n, condition)) as [string, string], reader, definitions, deadline);
        if (judged === 'none') return 'none';
        // Under a condition only whether it holds at every draw matters: one failing draw settles it.
        if (judged === 'fails' && kind !== 'free') return 'fails';
        if (first !== undefined && judged !== first) return 'mixed';
        first = judged;
      }
    }
  }
  return first ?? 'none';
}

/** Vectors a condition may be about: labels and distributions (y, t, p, q), never an argument of exp (the logits). */
const CONDITIONED = new Set(['y', 't', 'p', 'q']);

/**
 * The claim between `left` and `right` (sides already with the note's definitions put in) judged on drawn vectors: see
 * the file comment. `confirmOnly` when a definition put in may not be the one the claim means.
 */
export function judgeIndexedVectors(
  claim: ClaimReport,
  left: string,
  right: string,
  stated: StatedConditions,
  reader: LatexReader,
  definitions: ReadonlyMap<string, FunctionDefinition>,
  deadline: number,
  confirmOnly: boolean,
): ClaimReport {
  const taken = new Set<string>();
  const texts = [left, right];
  const written = [left, right].map((s) => softmaxWrittenOut(partialsAsOperators(s), texts, taken));
  if (written.some((s) => s === null)) return claim;
  if (!entriesReadable(written as string[])) return claim;
  const bounded = boundedSums(written as [string, string]);
  // A size the note gave a value (`With $n = 1$`): the claim may be about that size only.
  if (!bounded || definitions.has(bounded.size)) return claim;
  const free = freeIndices(bounded.sides, bounded.bound);
  if (free.length > 2) return claim;
  // The vectors a condition may be about: entries neither differentiated by nor defined (y of `\hat y_i - y_i`).
  const differentiated = new Set([...bounded.sides.join(' ').matchAll(/\\partial\s+((?:\\[a-z]+\s*\{?\s*)?[A-Za-z])\s*\}?\s*_/g)].map((m) => canonicalBase(m[1]!)));
  const probe = bounded.sides.map((s) => withIndexValues(s, new Map(free.map((l) => [l, 1]))) ?? '').join(' ').replace(/_\s*\{?\s*[a-z]\s*\}?/g, '_{1}');
  const inExp = (b: string) => new RegExp(`(?:e\\s*\\^\\s*\\{|\\\\exp)[^}]*?(?<![A-Za-z\\\\])${b}\\s*_`).test(probe);
  const candidates = [...entryBases(probe)].filter((b) => CONDITIONED.has(b) && !differentiated.has(b) && !inExp(b));
  const judge = (kind: 'free' | 'distribution' | 'oneHot', base?: string, hotAt?: string) => verdictUnder(kind, base, bounded.sides, bounded.size, bounded.bound, free, reader, definitions, deadline, hotAt);
  const plain = judge('free');
  if (plain === 'holds') return decided(claim, 'holds', INDEXED_VECTORS_READING);
  // A claim the identity check leaves undecided may still be one that holds under a condition on the labels.
  if (plain === 'none' && candidates.length === 0) return claim;
  let failsUnderAll = plain === 'fails';
  if (plain === 'none') failsUnderAll = false;
  for (const base of candidates.slice(0, 2)) {
    // The hot class may be a free index of the claim (`-\sum_k y_k \log \hat y_k = -\log \hat y_c`, c the true class).
    const tries: { kind: 'distribution' | 'oneHot'; hotAt?: string }[] = [{ kind: 'distribution' }, { kind: 'oneHot' }, ...free.map((f) => ({ kind: 'oneHot' as const, hotAt: f }))];
    for (const { kind, hotAt } of tries) {
      const verdict = judge(kind, base, hotAt);
      if (verdict === 'holds') {
        const words = kind === 'oneHot' ? `${base} is one-hot${hotAt ? ` with its 1 at ${hotAt}` : ''}` : `${base} is a probability vector`;
        const statedSo = kind === 'oneHot' ? stated.oneHot : stated.distribution || stated.oneHot || stated.sumsToOne?.has(base) === true;
        if (statedSo) return decided(claim, 'holds', `${INDEXED_VECTORS_READING}, ${words} as the note says`);
        const { fix: _fix, identity: _identity, reading: _reading, ...rest } = claim;
        return { ...rest, verdict: 'none', reason: `cannot evaluate: it holds only when ${words}, which the note does not say` };
      }
      if (verdict !== 'fails') failsUnderAll = false;
    }
  }
  if (failsUnderAll && !confirmOnly) return decided(claim, 'fails', INDEXED_VECTORS_READING);
  return claim;
}

function decided(claim: ClaimReport, verdict: 'holds' | 'fails', reading: string): ClaimReport {
  const { reason: _reason, fix: _fix, identity: _identity, ...rest } = claim;
  return { ...rest, verdict, reading };
}
