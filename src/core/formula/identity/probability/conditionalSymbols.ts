/**
 * Likelihood and cross-entropy algebra written with conditional probabilities as arguments.
 *
 * ML notes write likelihoods and conditionals with a bar and a comma list inside one call — `P(t|z,\theta)`,
 * `\mathcal{L}(\theta|t,z)`, `p(y \mid x, w)`, `q_\phi(z|x)`, `P(t_i=1|z_i)` — and then do algebra with them:
 * `\log \prod_i p(x_i|\theta) = \sum_i \log p(x_i|\theta)`, `-\log(P(t=1|z)) = -\log(y)` after `P(t=1|z)=\sigma(z)=y`,
 * `\prod_i P(t_i=1|z_i)^{t_i}(1-P(t_i=1|z_i))^{1-t_i} = \prod_i y_i^{t_i}(1-y_i)^{1-t_i}`. The plain reader breaks
 * the argument at the bar, so all of these are undecided.
 *
 * Here each such call is one opaque symbol per spelling (spaces, `\mid`/`\vert`, `\left`/`\right`, `\mathbf`,
 * `\boldsymbol` and `\Pr`/`\mathrm{P}` normalised away; `p(x|θ)` and `p(x;θ)` stay distinct), whose value is unknown
 * but the same wherever it is written: the claim is rewritten with each symbol as a drawn value — in (0, 1) for a
 * probability or density (`P`, `p`, `q`, `\Pr`, a calligraphic letter: `\frac{1}{1+e^{-u}}`), positive for any other
 * letter (`e^{u}`) — and judged by the ordinary checker (sums and products written out, vectors drawn). A symbol
 * subscripted by the index of a sum or product around it (`p(x_i|\theta)` under `\prod_i`) is drawn per index
 * (`u_i`). Once a claim writes a conditional, the marginals beside it (`P(B)`, `p(\theta)`) are opaque symbols too.
 *
 * Values the note stated before the formula for a symbol (`P(t=1|z) = \sigma(z) = y`) or a letter (`y = \sigma(z)`)
 * are put in, each in turn; a stated symbol also matches its per-index spelling (`P(t_i=1|z_i)` for `P(t=1|z)`), the
 * letters of the value that the claim writes with that index renamed (`y` → `y_i`).
 *
 * - Holds when the rewritten claim holds with the symbols drawn (an identity in them), or with some stated values
 *   put in; the latter stands only when no other row of the formula is left undecided (a first row that names a
 *   lone conditional, `P(t|z) = \prod…`, is the model being written down, not a row to check).
 * - Fails only when it fails with the symbols drawn, with no stated value put in and none making it hold, and both
 *   sides write the same symbols and the same other letters: a law between different conditionals (the product rule,
 *   normalisation, independence) or a meaning the note gives a letter could otherwise make it hold.
 * - Everything else stays undecided: a claim whose sides write different symbols (`P(t|z) = \prod_i P(t_i|z_i)`,
 *   `P(A,B) = P(A|B)P(B)`) states a model or a law, not algebra.
 */
import { analyzeFormula } from '../../analyze';
import type { AnalyzeOptions, ClaimReport, MathSpan } from '../../types';

/** The cheap test on a formula's source: a bar inside a call. */
export const MAY_WRITE_CONDITIONAL = /[A-Za-z}]\s*(?:_\s*(?:\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z0-9])\s*)?(?:\\left\s*)?\([^()]*(?:\([^()]*\)[^()]*)*(?:\||\\mid(?![A-Za-z])|\\vert(?![A-Za-z]))/;

/** The head of a call that may be a conditional: a letter, `\Pr`, `\mathrm{P}`, `\mathbb{P}`, a calligraphic capital; perhaps subscripted (`q_\phi`). */
const HEAD = /(?<![\\A-Za-z])(\\mathcal\s*\{\s*[A-Z]\s*\}|\\math(?:rm|bb)\s*\{\s*P\s*\}|\\Pr(?![A-Za-z])|\\(?:pi|phi|varphi|psi)(?![A-Za-z])|[A-Za-z])(\s*_\s*(?:\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z0-9]))?\s*(?:\\left\s*)?\(/g;
/** Heads whose values lie in (0, 1] (or are positive densities): probabilities, densities, likelihoods. */
const PROBABILITY_HEAD = /^(?:P|p|q|\\Pr|\\math(?:rm|bb)\{P\}|\\mathcal\{[A-Z]\}|\\pi|\\phi|\\varphi|\\psi)$/;
/** Heads of expectations and variances: their values may be negative; not read. */
const NOT_OPAQUE_HEAD = /^(?:E|V)$/;
/** Operators under which an opaque symbol would wrongly be a constant: derivatives, integrals, limits, expectations over it. */
const OUT_OF_SCOPE = /\\(?:partial|nabla|int|iint|oint|lim|mathbb\s*\{?\s*E|operatorname\s*\{\s*E|sim)(?![A-Za-z])|\\[dt]?frac\s*\{\s*d|(?<![A-Za-z\\])(?:d|D)_?\{?KL|\\max|\\min|\\arg|'|\\cdots|\\ldots|\\dots|\.\.\./;
/** Letters tried for the drawn values, in order. */
const SPARE_LETTERS = [...'uvwqrsghkmabcfl'];
/** At most this many readings (stated values put in) of one claim. */
const MAX_READINGS = 8;
/** At most this many stated values of one symbol or letter. */
const MAX_VALUES = 3;

interface Occurrence {
  readonly start: number;
  readonly end: number;
  /** The normalised spelling: one symbol per key. */
  readonly key: string;
  readonly probability: boolean;
  /** Whether the content writes a bar (a conditional) rather than being a marginal `P(B)`. */
  readonly conditional: boolean;
}

/** The spelling with notation that does not change what is meant removed. */
function normalised(text: string): string {
  return text
    .replace(/\\(?:left|right|bigl?|bigr?|Bigl?|Bigr?|displaystyle)(?![A-Za-z])/g, '')
    .replace(/\\(?:[,;:! ]|q?quad(?![A-Za-z]))/g, '')
    .replace(/\\(?:mathbf|boldsymbol|bm|mathbold|vec)\s*\{\s*([^{}]*?)\s*\}/g, '$1')
    .replace(/\\(?:mathbf|boldsymbol|bm)\s+([A-Za-z])/g, '$1')
    .replace(/\\(?:mid|vert)(?![A-Za-z])/g, '|')
    .replace(/\\Pr(?![A-Za-z])|\\math(?:rm|bb)\s*\{\s*P\s*\}/g, 'P')
    .replace(/\\mathcal\s*\{\s*([A-Z])\s*\}/g, '\\mathcal{$1}')
    .replace(/_\s*\{\s*([A-Za-z0-9])\s*\}/g, '_$1')
    // `y^{(i)}`, the i-th sample as CS229 writes it, is the per-index spelling `y_i`.
    .replace(/\^\s*\{\s*\(\s*([A-Za-z])\s*\)\s*\}/g, '_$1')
    .replace(/\s+/g, '');
}

/** The index of the `)` closing the `(` at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let k = open; k < text.length; k++) {
    const c = text[k];
    if (c === '(' || c === '{') depth++;
    else if (c === ')' || c === '}') {
      depth--;
      if (depth === 0) return c === ')' ? k : -1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

/** Bars at the top level of a call's content (`|` after normalising), or -1 when a norm or an absolute value is written. */
function topLevelBars(content: string): number {
  if (/\\\||\\[lr]vert|\\[lr]Vert/.test(content)) return -1;
  let depth = 0;
  let bars = 0;
  for (const c of normalised(content)) {
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
    else if (c === '|') {
      if (depth !== 0) return -1;
      bars++;
    }
  }
  return bars;
}

/** The opaque symbols written in `text`: conditionals, and (when `marginals`) probability calls without a bar. */
function occurrences(text: string, marginals: boolean): Occurrence[] | undefined {
  const out: Occurrence[] = [];
  for (const m of text.matchAll(HEAD)) {
    const start = m.index;
    if (out.length > 0 && start < out[out.length - 1]!.end) continue;
    const open = start + m[0].length - 1;
    const close = closing(text, open);
    if (close < 0) continue;
    const content = text.slice(open + 1, close);
    const head = normalised(m[1]!);
    const headKey = head;
    if (NOT_OPAQUE_HEAD.test(headKey)) continue;
    const bars = topLevelBars(content);
    if (bars < 0 || bars > 1) {
      if (bars > 1 || /\|/.test(normalised(content))) return undefined;
      continue;
    }
    const probability = PROBABILITY_HEAD.test(headKey);
    if (bars === 0 && !(marginals && probability && /[A-Za-z]/.test(content))) continue;
    if (bars === 1 && /^\s*\|/.test(normalised(content))) return undefined;
    // `\right)` belongs to the call.
    const end = close + 1;
    out.push({ start, end, key: `${headKey}${normalised(m[2] ?? '')}(${normalised(content)})`, probability, conditional: bars === 1 });
  }
  return out;
}

/** The letters a sum or product binds in `text` (`\sum_{i=1}`, `\prod_i`). */
function boundIndices(text: string): Set<string> {
  return new Set([...text.matchAll(/\\(?:sum|prod)\s*(?:\\limits\s*)?_\s*\{?\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?([A-Za-z])(?![A-Za-z])/g)].map((m) => m[1]!));
}

/** The single index every subscript of the key writes (`p(x_i|\theta)` → i), when it is one bound letter. */
function perIndex(key: string, bound: ReadonlySet<string>): string | undefined {
  const subscripts = new Set([...key.matchAll(/_([A-Za-z])(?![A-Za-z])/g)].map((m) => m[1]!));
  if (subscripts.size !== 1) return undefined;
  const [index] = subscripts;
  return bound.has(index!) && !/_\{/.test(key) ? index : undefined;
}

/** Whether `letter` is written as a name of its own in `text`. */
function writesLetter(text: string, letter: string): boolean {
  return new RegExp(`(?<![\\\\A-Za-z])${letter}(?![A-Za-z])`).test(text);
}

/** The letters written as names in `text` (commands and the constant e left out). */
function lettersOf(text: string): Set<string> {
  const plain = text.replace(/\\[A-Za-z]+/g, ' ');
  return new Set([...plain.matchAll(/[A-Za-z]/g)].map((m) => m[0]).filter((l) => l !== 'e'));
}

// ---------------------------------------------------------------------------------------------------------------
// Values the note stated

/** What the note stated before a formula: values of symbols (by key) and of letters. */
interface Stated {
  readonly symbols: Map<string, string[]>;
  readonly letters: Map<string, string[]>;
}

const MATH = /\$\$([\s\S]*?)\$\$|\$([^$\n]+?)\$/g;

/** The `=` chains of a formula's rows: `P(t=1|z) &= \sigma(z) = y \\ …` → [[P(t=1|z), \sigma(z), y], …]. */
function chains(source: string): string[][] {
  const body = source.replace(/\\(?:begin|end)\s*\{[^{}]*\}/g, ' ').replace(/&/g, ' ');
  return body.split(/\\\\/).map((row) => {
    const members: string[] = [];
    let depth = 0;
    let from = 0;
    for (let k = 0; k < row.length; k++) {
      const c = row[k];
      if (c === '(' || c === '{' || c === '[') depth++;
      else if (c === ')' || c === '}' || c === ']') depth--;
      else if (c === '=' && depth === 0 && !/[<>!\\]$/.test(row.slice(0, k))) {
        members.push(row.slice(from, k));
        from = k + 1;
      }
    }
    members.push(row.slice(from));
    return members.map((m) => m.trim().replace(/[.,;]\s*$/, '').trim());
  });
}

function statedBefore(note: string, before: number): Stated {
  const symbols = new Map<string, string[]>();
  const letters = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(value) && list.length < MAX_VALUES) list.push(value);
    map.set(key, list);
  };
  for (const m of note.slice(0, before).matchAll(MATH)) {
    const source = m[1] ?? m[2] ?? '';
    if (!/=/.test(source)) continue;
    for (const chain of chains(source)) {
      if (chain.length < 2 || chain[0] === '' || chain.some((member) => member === '' || /[<>]|\\[lg]e(?:q)?(?![A-Za-z])|\\approx|\\propto|\\sim/.test(member))) continue;
      const read = chain.map((member) => ({ member, found: occurrences(member, true) }));
      if (read.some((r) => r.found === undefined)) continue;
      const lone = (r: (typeof read)[number]) => r.found!.length === 1 && r.found![0]!.start === 0 && r.found![0]!.end === r.member.length;
      const plain = read.filter((r) => r.found!.length === 0 && /[A-Za-z]/.test(r.member.replace(/\\(?:frac|cdot|left|right)/g, '')));
      for (const r of read) {
        if (lone(r) && r.found![0]!.conditional) for (const v of plain) add(symbols, r.found![0]!.key, v.member);
        if (/^[A-Za-z]$/.test(r.member)) for (const v of plain) if (v.member !== r.member) add(letters, r.member, v.member);
      }
    }
  }
  return { symbols, letters };
}

/** The stated values of the note, per formula start, built once per note. */
let memo: { note: string; at: Map<number, Stated> } | undefined;
function stated(note: string, before: number): Stated {
  if (memo?.note !== note) memo = { note, at: new Map() };
  let found = memo.at.get(before);
  if (!found) {
    found = statedBefore(note, before);
    memo.at.set(before, found);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// The claim rewritten

/** `value` with its letters that `claim` writes only with the subscript `index` renamed (`y` → `y_{i}`). */
function renamedToIndex(value: string, claim: string, index: string): string {
  let out = value;
  for (const letter of lettersOf(value)) {
    const indexed = new RegExp(`(?<![\\\\A-Za-z])${letter}\\s*_\\s*\\{?\\s*${index}(?![A-Za-z])`).test(claim);
    if (indexed && !writesLetter(claim.replace(new RegExp(`(?<![\\\\A-Za-z])${letter}\\s*_\\s*\\{?\\s*${index}\\s*\\}?`, 'g'), ''), letter)) {
      out = out.replace(new RegExp(`(?<![\\\\A-Za-z])${letter}(?![A-Za-z_])`, 'g'), `${letter}_{${index}}`);
    }
  }
  return out;
}

interface Symbol {
  readonly key: string;
  readonly probability: boolean;
  readonly index?: string;
  /** Stated values, as LaTeX in the claim's own letters. */
  readonly values: readonly string[];
}

/** The per-index spelling's key with the index dropped (`P(t_i=1|z_i)` → `P(t=1|z)`). */
function withoutIndex(key: string, index: string): string {
  return key.replace(new RegExp(`_${index}(?![A-Za-z])`, 'g'), '');
}

interface Rewriting {
  readonly sides: readonly [string, string];
  readonly symbols: readonly Symbol[];
  /** Each side's keys. */
  readonly keys: readonly [ReadonlySet<string>, ReadonlySet<string>];
  /** Each side's other letters. */
  readonly letters: readonly [ReadonlySet<string>, ReadonlySet<string>];
  readonly found: readonly [readonly Occurrence[], readonly Occurrence[]];
}

function rewriting(left: string, right: string, known: Stated): Rewriting | undefined {
  const [onLeft, onRight] = [occurrences(left, true), occurrences(right, true)];
  if (!onLeft || !onRight || ![...onLeft, ...onRight].some((o) => o.conditional)) return undefined;
  const found = [onLeft, onRight] as const;
  const whole = `${left} ${right}`;
  const bound = boundIndices(whole);
  const byKey = new Map<string, Symbol>();
  for (const o of [...found[0], ...found[1]]) {
    if (byKey.has(o.key)) continue;
    const index = perIndex(o.key, bound);
    // `\sum_x p(x|w)`: a symbol that varies with a sum's index other than through a subscript is no one value.
    const content = o.key.slice(o.key.indexOf('('));
    if ([...bound].some((b) => b !== index && new RegExp(`(?<![\\\\A-Za-z])${b}(?![A-Za-z])`).test(content))) return undefined;
    if (index && new RegExp(`(?<![\\\\A-Za-z_])${index}(?![A-Za-z])`).test(content.replace(new RegExp(`_${index}(?![A-Za-z])`, 'g'), ''))) return undefined;
    const direct = known.symbols.get(o.key);
    const values = direct ?? (index ? (known.symbols.get(withoutIndex(o.key, index)) ?? []).map((v) => renamedToIndex(renamedFromKey(v, o.key, index), whole, index)) : []);
    byKey.set(o.key, { key: o.key, probability: o.probability, ...(index ? { index } : {}), values });
  }
  const strip = (text: string, list: readonly Occurrence[]) => list.reduceRight((t, o) => t.slice(0, o.start) + ' ' + t.slice(o.end), text);
  const letters = [lettersOf(strip(left, found[0])), lettersOf(strip(right, found[1]))] as const;
  return {
    sides: [left, right],
    symbols: [...byKey.values()],
    keys: [new Set(found[0].map((o) => o.key)), new Set(found[1].map((o) => o.key))],
    letters,
    found,
  };
}

/** The letters the per-index key subscripts (`P(t_i=1|z_i)`: t, z) renamed in a stated value. */
function renamedFromKey(value: string, key: string, index: string): string {
  let out = value;
  for (const m of key.matchAll(new RegExp(`(?<![\\\\A-Za-z])([A-Za-z])_${index}(?![A-Za-z])`, 'g'))) {
    out = out.replace(new RegExp(`(?<![\\\\A-Za-z])${m[1]}(?![A-Za-z_])`, 'g'), `${m[1]}_{${index}}`);
  }
  return out;
}

/** The claim's text with each symbol replaced by its choice: a drawn value (a spare letter) or a stated value. */
function written(r: Rewriting, choice: ReadonlyMap<string, string>, letterValues: ReadonlyMap<string, string>): string | undefined {
  const used = `${r.sides.join(' ')} ${[...choice.values(), ...letterValues.values()].join(' ')}`;
  const spare = SPARE_LETTERS.filter((l) => !writesLetter(used, l));
  const drawn = new Map<string, string>();
  for (const s of r.symbols) {
    if (choice.has(s.key)) continue;
    const letter = spare.shift();
    if (letter === undefined) return undefined;
    const name = s.index ? `${letter}_{${s.index}}` : letter;
    drawn.set(s.key, s.probability ? `\\frac{1}{1+e^{-${name}}}` : `e^{${name}}`);
  }
  const sides = r.sides.map((text, k) => {
    let out = text;
    for (const o of [...r.found[k]!].reverse()) out = `${out.slice(0, o.start)}{(${choice.get(o.key) ?? drawn.get(o.key)})}${out.slice(o.end)}`;
    for (const [letter, value] of letterValues) out = substituteLetter(out, letter, value);
    return out;
  });
  return `${sides[0]} = ${sides[1]}`;
}

/** `text` with the letter (or its per-index spelling `y_i`, the value's letters renamed) replaced by `value`. */
function substituteLetter(text: string, letter: string, value: string): string {
  const indexed = new RegExp(`(?<![\\\\A-Za-z])${letter}\\s*_\\s*(?:\\{\\s*([A-Za-z])\\s*\\}|([A-Za-z]))(?![A-Za-z])`, 'g');
  const out = text.replace(indexed, (_m, a: string | undefined, b: string | undefined) => `{(${renamedToIndex(value, text, (a ?? b)!)})}`);
  return out.replace(new RegExp(`(?<![\\\\A-Za-z])${letter}(?![A-Za-z_])`, 'g'), `{(${value})}`);
}

/** The combinations of stated values to try: none first, then each symbol's and letter's values, at most MAX_READINGS. */
function readings(r: Rewriting, known: Stated): { choice: Map<string, string>; letters: Map<string, string> }[] {
  const out = [{ choice: new Map<string, string>(), letters: new Map<string, string>() }];
  const whole = r.sides.join(' ');
  const letterOptions = [...known.letters].filter(([letter]) => writesLetter(whole, letter) || new RegExp(`(?<![\\\\A-Za-z])${letter}\\s*_`).test(whole));
  const axes: { kind: 'symbol' | 'letter'; name: string; values: readonly string[] }[] = [
    ...r.symbols.filter((s) => s.values.length > 0).map((s) => ({ kind: 'symbol' as const, name: s.key, values: s.values })),
    ...letterOptions.map(([name, values]) => ({ kind: 'letter' as const, name, values })),
  ];
  for (const axis of axes) {
    const grown = [...out];
    for (const base of out) {
      for (const v of axis.values) {
        if (grown.length >= MAX_READINGS) break;
        const next = { choice: new Map(base.choice), letters: new Map(base.letters) };
        (axis.kind === 'symbol' ? next.choice : next.letters).set(axis.name, v);
        grown.push(next);
      }
    }
    out.splice(0, out.length, ...grown);
  }
  return out;
}

const DRAWN_READING = 'with each conditional probability or likelihood an unknown value, the same wherever its spelling recurs';
const STATED_READING = 'with the values the note stated for its conditional probabilities put in';

async function verdictOf(latex: string, options: AnalyzeOptions): Promise<ClaimReport['verdict'] | undefined> {
  const report = await analyzeFormula(latex, { ...options, definitions: undefined });
  return report.claims.length === 1 ? report.claims[0]!.verdict : undefined;
}

function same(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

async function judged(claim: ClaimReport, known: Stated, options: AnalyzeOptions): Promise<ClaimReport> {
  if (claim.verdict !== 'none' || claim.relation !== '=' || OUT_OF_SCOPE.test(`${claim.left.source} ${claim.right.source}`)) return claim;
  const r = rewriting(claim.left.source, claim.right.source, known);
  if (!r) return claim;
  // A symbol written on one side only, with no stated value, cannot cancel: the claim is a model or a law (cheap exit).
  const oneSided = r.symbols.filter((s) => r.keys[0].has(s.key) !== r.keys[1].has(s.key));
  if (oneSided.some((s) => s.values.length === 0)) return claim;
  const verdicts: { stated: boolean; verdict: ClaimReport['verdict'] | undefined }[] = [];
  for (const reading of readings(r, known)) {
    const latex = written(r, reading.choice, reading.letters);
    if (latex === undefined) continue;
    const verdict = await verdictOf(latex, options);
    const stated = reading.choice.size + reading.letters.size > 0;
    if (verdict === 'holds') {
      const { reason: _reason, ...rest } = claim;
      return { ...rest, verdict: 'holds', reading: stated ? STATED_READING : DRAWN_READING };
    }
    verdicts.push({ stated, verdict });
  }
  const drawn = verdicts.find((v) => !v.stated);
  if (drawn?.verdict !== 'fails' || !same(r.keys[0], r.keys[1]) || !same(r.letters[0], r.letters[1])) return claim;
  const { reason: _reason, ...rest } = claim;
  return { ...rest, verdict: 'fails', reading: DRAWN_READING };
}

/** A chain's first row that names a lone conditional or likelihood (`P(t|z) = \prod…`): the model written down. */
function namesModel(claim: ClaimReport): boolean {
  const found = occurrences(claim.left.source.trim(), false);
  return found?.length === 1 && found[0]!.start === 0 && found[0]!.end === claim.left.source.trim().length;
}

/** The claims of a formula that writes conditionals inside calls, judged with them as opaque symbols. */
export async function withConditionalSymbols(claims: readonly ClaimReport[], note: string, span: MathSpan, options: AnalyzeOptions): Promise<readonly ClaimReport[]> {
  if (!MAY_WRITE_CONDITIONAL.test(span.source) || !claims.some((c) => c.verdict === 'none' && c.relation === '=')) return claims;
  const known = stated(note, span.start);
  const out: ClaimReport[] = [];
  // The sides are read again with the symbols put in: a side the plain reader broke at the bar is no obstacle.
  for (const claim of claims) out.push(await judged(claim, known, options));
  // A holds that rests on stated values stands only when no other row is left undecided.
  const unchecked = (c: ClaimReport, i: number) => c.verdict === 'none' && !(i === 0 && namesModel(c));
  if (!out.some(unchecked)) return out;
  return out.map((c, i) => (c.reading === STATED_READING && claims[i]!.verdict !== 'holds' ? claims[i]! : c));
}
