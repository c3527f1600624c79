/**
 * Claims about a random variable the note ties to a named distribution, checked against the table of families
 * (identity/probability/namedFamilies.ts). Notes tie a variable to a family in three ways, all read here:
 * - in a formula: `X \sim \mathrm{Bin}(n, p)`, `X \sim \mathcal{N}(\mu, \sigma^2)`, `T_i \sim \mathrm{Exp}(\lambda)`,
 *   `X \sim B(n, p)` (Chinese textbooks), also inside the claim itself (`E_{X \sim \mathcal{N}(0,1)}[X^2] = 1`);
 * - in prose: "X follows a Poisson distribution", "X has an exponential distribution with rate $\lambda$",
 *   "X 服从泊松分布" — the parameters are then the family's usual letters (λ, p, μ and σ²) or the one the sentence names;
 * - by the section's heading alone ("## Poisson distribution"), for a claim about its one capital variable.
 *
 * A claim about the tied variable — `E[X]`, `E(X^2)`, `\mathrm{Var}(X)`, `D(X)`, `P(X = k)`, `P\{X \le x\}`,
 * `P(a < X \le b)`, `P(X > s + t \mid X > s)`, `f_X(x)`, `F_X(x)`, `M_X(t)`, `E[e^{tX}]`, `H(X)` — is written out with
 * the table's formulas in the note's parameters, and the resulting equation is checked by the ordinary checker as
 * an identity in the parameters and the point, at random points of the parameters' domain: each positive parameter
 * written as one letter is drawn as e^u, a probability as 1/(1+e^{-u}), the upper end of a uniform as a + e^u. A
 * probability of a continuous family without a closed CDF integrates the density (quadrature).
 *
 * It holds when it holds under one convention of the family the note leaves open (geometric trials or failures,
 * exponential or gamma rate or scale, σ or σ² second in 𝒩) — a word of the note ("rate", "scale", "failures")
 * fixes the convention. It fails only when it fails under every convention left open, the tie is a formula of the
 * note that writes the parameters, the claim writes the variable's quantity by its own name (`f_X`, `F_X`, `E[X]`;
 * a bare `f(x)` may be another function), and the letters of the claim are the parameters' and the point's. A
 * numeric point outside the support, anything the table does not know, a side that still writes the variable
 * after the rewrite: the claim stays as it was.
 */
import { confirmedWhenAllDecided } from '../undecidedClaims';
import { analyzeFormula } from '../analyze';
import { FAMILIES, FAMILY_WORDS, USUAL_LETTERS, familyNamed, familyOf, type Convention, type Family } from '../identity/probability/namedFamilies';
import { sectionTextBefore } from '../find/noteSections';
import type { AnalyzeOptions, ClaimReport, MathSpan } from '../types';
import { splitOutsideBrackets } from '../read/outsideBrackets';
import { familyInPlaceOfVariable, writtenAsTheFamilyReads } from './familyAsVariable';
import { sectionFamily, sentenceFamily } from './familiesNamedInText';

interface Tie {
  readonly variable: string;
  readonly family: Family;
  readonly parameters: readonly string[];
  readonly at: number;
  /** A formula writing the parameters may refute; prose and headings only confirm. */
  readonly mayRefute: boolean;
}

const LOOK_BACK = 3000;
const CHECK_TIME_MS = 1_500;

/** A random variable's name: a capital, perhaps subscripted (`X`, `X_i`, `T_{1}`). */
const VARIABLE = String.raw`[A-Z](?:_\{?[A-Za-z0-9]\}?)?`;
/** `X \sim ` then a distribution's name. */
const SIM = new RegExp(String.raw`(?<![A-Za-z\\])(${VARIABLE})\s*&?\s*\\sim\s*`, 'g');
/** A distribution's written name after `\sim`, its style commands stripped. */
const NAME = /^(?:\\(?:text|mathrm|operatorname|mathcal|textrm|rm|mathit|mathsf|textit)\s*\{\s*([^{}]+?)\s*\}|\\mathcal\s+([A-Z])|(\\(?:pi|Gamma|chi\s*\^\s*\{?2\}?))|([A-Za-z]+))\s*(?:\\left\s*)?([([])/;

/** The text from `open` (a bracket) to its matching close, and the index after it; undefined when unbalanced. */
function bracketed(text: string, open: number): { inner: string; end: number } | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && (text[i + 1] === '{' || text[i + 1] === '}')) {
      depth += text[i + 1] === '{' ? 1 : -1;
      i++;
      if (depth === 0) return { inner: text.slice(open + 2, i - 1), end: i + 1 };
      continue;
    }
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) {
      depth--;
      if (depth === 0) return { inner: text.slice(open + 1, i).replace(/\\right\s*$/, ''), end: i + 1 };
    }
  }
  return undefined;
}

/** `X_{i}` → `X_i`: one spelling of a variable. */
const canonical = (v: string): string => v.replace(/[{}\s]/g, '');

/** Every `X \sim Family(params)` in `text`, offsets shifted by `base`. */
function formulaTies(text: string, base: number): Tie[] {
  const ties: Tie[] = [];
  for (const m of text.matchAll(SIM)) {
    const after = m.index! + m[0].length;
    const name = NAME.exec(text.slice(after));
    if (!name) continue;
    const written = (name[1] ?? name[2] ?? name[3] ?? name[4]!).replace(/\s+/g, '');
    const open = after + name[0].length - 1;
    const group = bracketed(text, open);
    if (!group) continue;
    const parameters = splitOutsideBrackets(group.inner, ',;');
    if (parameters.some((p) => p === '' || /\\sim|=|\\in\b|\\mid|\|/.test(p))) continue;
    const family = familyNamed(written, parameters.length);
    if (!family) continue;
    ties.push({ variable: canonical(m[1]!), family, parameters, at: base + m.index!, mayRefute: true });
  }
  return ties;
}

/** "X follows a Poisson distribution (with rate $\lambda$)", "X 服从参数为 λ 的泊松分布". */
const PROSE_TIE = new RegExp(String.raw`\$?\s*(${VARIABLE})\s*\$?\s*(?:follows|has|is distributed (?:as|according to)|is (?:an?|the)|服从)\s+([^.。\n;；]{0,80}?)(?:distribution|random variable|分布)([^.。\n]{0,60})`, 'g');
const PROSE_PARAMETER = /(?:with|of)\s+(?:rate|parameter|mean|intensity)\s*\$\s*([^$]+?)\s*\$|参数为\s*\$\s*([^$]+?)\s*\$/;

function proseTies(text: string, base: number): Tie[] {
  const ties: Tie[] = [];
  for (const m of text.matchAll(PROSE_TIE)) {
    const words = `${m[2]}distribution`;
    const named = FAMILY_WORDS.filter(([pattern]) => pattern.test(words) || pattern.test(`${m[2]}分布`));
    if (named.length !== 1) continue;
    const family = familyOf(named[0]![1]);
    const stated = PROSE_PARAMETER.exec(`${m[2]} ${m[3]}`);
    const parameter = stated ? (stated[1] ?? stated[2])!.trim() : undefined;
    const parameters = parameter !== undefined && family.parameters.length === 1 ? [parameter] : USUAL_LETTERS[family.key];
    ties.push({ variable: canonical(m[1]!), family, parameters, at: base + m.index!, mayRefute: false });
  }
  return ties;
}

/** The variable's pattern: `X_i` matches `X_i` and `X_{i}`. */
function variablePattern(variable: string): string {
  const [letter, sub] = variable.split('_');
  return sub === undefined ? `${letter}(?![A-Za-z0-9_])` : `${letter}_\\{?${sub}\\}?(?![A-Za-z0-9])`;
}

/** One name, perhaps with a subscript and a power, or a number, stands alone; anything else is bracketed. */
const SIMPLE = /^(?:[A-Za-z]|\\[A-Za-z]+|\d+(?:\.\d+)?)\s*(?:_\s*(?:\{[^{}]*\}|\w))?\s*(?:\^\s*(?:\{[^{}]*\}|\w))?$/;
/** A parameter or point as a factor of the table's formulas: a name braced (`{\\lambda}x`, never `\\lambdax`), anything else bracketed (`\\left(10\\right)\\left(0.5\\right)`). */
const grouped = (text: string): string => {
  const t = text.trim();
  return SIMPLE.test(t) && !/^\d/.test(t) ? `{${t}}` : `\\left(${t}\\right)`;
};

/** Without spaces: parameters compared as written. */
const spaceless = (t: string): string => t.replace(/\s+/g, '');

/** A density called with its parameters: `p(x \\mid \\mu, \\sigma^2)`, `f(x; \\lambda)`, `p_\\theta(x | \\alpha, \\beta)`. */
const PARAMETRISED_DENSITY = /(?<![A-Za-z\\])[fp](?:_\{?\\?[A-Za-z]+\}?)?\s*\(\s*([a-z])\s*(?:\||\\mid|;)\s*([^()]*?)\s*\)/;

/** What a claim's side asks of the variable, written with one convention's formulas. */
interface Rewrite {
  readonly text: string;
  /** A bare `f(x)`, `F(x)`, `p(x)`: another function may bear the name: confirm only. */
  readonly bare: boolean;
  readonly count: number;
}

const RELATIONS: ReadonlyArray<readonly [RegExp, '=' | '<=' | '<' | '>' | '>=']> = [
  [/^(?:=)$/, '='],
  [/^(?:\\le|\\leq|\\leqslant|≤)$/, '<='],
  [/^(?:<|\\lt)$/, '<'],
  [/^(?:>|\\gt)$/, '>'],
  [/^(?:\\ge|\\geq|\\geqslant|≥)$/, '>='],
];
const RELATION_TOKEN = /\\leqslant|\\geqslant|\\leq|\\geq|\\le|\\ge|\\lt|\\gt|[=<>≤≥]/g;

class Writer {
  private readonly conv: Convention;
  private readonly p: readonly string[];
  private readonly v: string;
  /** The parameters as the note writes them, for a density called with them (`p(x \\mid \\mu, \\sigma^2)`). */
  private readonly written: string;

  constructor(conv: Convention, parameters: readonly string[], variable: string, private readonly fresh: string) {
    this.conv = conv;
    this.p = parameters.map(grouped);
    this.written = parameters.map(spaceless).join(',');
    this.v = variablePattern(variable);
  }

  /** P(X ≤ a) for this convention, or undefined. */
  private cdf(a: string): string | undefined {
    const c = this.conv;
    if (c.cdf) return c.cdf(this.p, grouped(a));
    if (c.discrete) return `\\sum_{${this.fresh}=${c.lower(this.p)}}^{${a}}${c.density(this.p, this.fresh)}`;
    return `\\int_{${c.lower(this.p)}}^{${a}}${c.density(this.p, this.fresh)}\\,d${this.fresh}`;
  }

  /** P(X > a). */
  private survival(a: string): string | undefined {
    const c = this.conv;
    if (c.survival) return c.survival(this.p, grouped(a));
    const below = this.cdf(a);
    return below === undefined ? undefined : `1-${grouped(below)}`;
  }

  /** The event `relation a` of the variable. */
  private event(relation: string, a: string): string | undefined {
    const c = this.conv;
    const x = grouped(a);
    // P(X = x) of a continuous variable is 0, but notes write it loosely for the density: not read.
    if (relation === '=') return c.discrete ? c.density(this.p, x) : undefined;
    const minusOne = `${x}-1`;
    if (relation === '<=') return this.cdf(a);
    if (relation === '>') return this.survival(a);
    if (relation === '<') return c.discrete ? this.cdf(minusOne) : this.cdf(a);
    return c.discrete ? this.survival(minusOne) : this.survival(a);
  }

  /** A numeric point outside the support when the support's ends are numbers: the analytic formulas do not hold there. */
  private outside(a: string): boolean {
    if (!/^-?\d+(?:\.\d+)?$/.test(a.trim())) return false;
    const x = Number(a);
    const number = (latex: string) => Number(latex.replace(/^\\left\((.*)\\right\)$/, '$1').replace(/^\{(.*)\}$/, '$1').replace(/^-\\infty$/, '-Infinity'));
    const lower = number(this.conv.lower(this.p));
    const upper = this.conv.upper ? number(this.conv.upper(this.p)) : Infinity;
    if (Number.isNaN(lower) || Number.isNaN(upper)) return true;
    return x < lower || x > upper;
  }

  /** `P(…)`'s content read as an event of the variable, written as a probability; undefined when not. */
  private probability(content: string): string | undefined {
    const conditional = content.split(/\\mid|\|/);
    if (conditional.length === 2) {
      // Memorylessness: P(X > s + t | X > s) = P(X > s + t) / P(X > s), the first event inside the second.
      const a = new RegExp(`^\\s*${this.v}\\s*>\\s*(.+)$`).exec(conditional[0]!);
      const b = new RegExp(`^\\s*${this.v}\\s*>\\s*(.+)$`).exec(conditional[1]!);
      if (!a || !b || !a[1]!.replace(/\s+/g, '').startsWith(`${b[1]!.replace(/\s+/g, '')}+`)) return undefined;
      const top = this.survival(a[1]!);
      const bottom = this.survival(b[1]!);
      return top && bottom ? `\\frac{${top}}{${bottom}}` : undefined;
    }
    if (conditional.length !== 1) return undefined;
    const pieces = content.split(RELATION_TOKEN).map((s) => s.trim());
    const relations = [...content.matchAll(RELATION_TOKEN)].map((m) => RELATIONS.find(([r]) => r.test(m[0]))?.[1]);
    if (relations.some((r) => r === undefined)) return undefined;
    const isVariable = (s: string) => new RegExp(`^${this.v}$`).test(s);
    if (pieces.length === 2 && isVariable(pieces[0]!) && !new RegExp(this.v).test(pieces[1]!)) {
      if (this.outside(pieces[1]!)) return undefined;
      return this.event(relations[0]!, pieces[1]!);
    }
    // a < X ≤ b: P(X ≤ b) − P(X ≤ a) for a continuous family (a discrete one's ends matter: left unread).
    if (pieces.length === 3 && isVariable(pieces[1]!) && !this.conv.discrete && relations.every((r) => r === '<' || r === '<=')) {
      if (this.outside(pieces[0]!) || this.outside(pieces[2]!)) return undefined;
      const hi = this.cdf(pieces[2]!);
      const lo = this.cdf(pieces[0]!);
      return hi && lo ? `${grouped(hi)}-${grouped(lo)}` : undefined;
    }
    return undefined;
  }

  /** The side with every quantity of the variable written out; undefined when one is not the table's. */
  side(text: string): Rewrite | undefined {
    let out = text;
    let count = 0;
    let bare = false;
    const v = this.v;
    const c = this.conv;
    const sub = String.raw`(?:\s*_\s*\{(?:[^{}]|\{[^{}]*\})*\})?`;
    const open = String.raw`\s*(?:\\left\s*)?[[(]\s*`;
    const close = String.raw`\s*(?:\\right\s*)?[\])]`;
    const expectation = String.raw`(?:\\mathbb\s*\{\s*E\s*\}|\\mathbb\s+E|\\operatorname\s*\{\s*E\s*\}|\\mathrm\s*\{\s*E\s*\}|\\text\s*\{\s*E\s*\}|(?<![A-Za-z\\])E)`;
    const replace = (pattern: string, by: (m: RegExpExecArray) => string | undefined, isBare = false): boolean => {
      const re = new RegExp(pattern);
      for (let guard = 0; guard < 8; guard++) {
        const m = re.exec(out);
        if (!m) return true;
        const written = by(m);
        if (written === undefined) return false;
        // After a letter or a number a bracket would read as a call: the product is written.
        const product = /(?:^|[^\\A-Za-z])[A-Za-z]\s*$|[0-9]\s*$/.test(out.slice(0, m.index)) ? '\\cdot ' : '';
        out = `${out.slice(0, m.index)}${product}\\left(${written}\\right)${out.slice(m.index + m[0].length)}`;
        count++;
        if (isBare) bare = true;
      }
      return true;
    };
    const ok =
      replace(`${expectation}${sub}${open}${v}\\s*\\^\\s*\\{?\\s*2\\s*\\}?${close}`, () => `${c.variance(this.p)}+${grouped(c.mean(this.p))}^{2}`) &&
      replace(`${expectation}${sub}${open}e\\s*\\^\\s*\\{\\s*([a-z])\\s*${v}\\s*\\}${close}`, (m) => c.mgf?.(this.p, m[1]!)) &&
      replace(`${expectation}${sub}${open}${v}${close}`, () => c.mean(this.p)) &&
      replace(String.raw`(?:\\operatorname\s*\{\s*(?:Var|var|D)\s*\}|\\mathrm\s*\{\s*(?:Var|var|D)\s*\}|\\text\s*\{\s*(?:Var|var)\s*\}|\\mathbb\s*\{\s*V\s*\}|(?<![A-Za-z\\])(?:Var|var|V|D))${open}${v}${close}`, () => c.variance(this.p)) &&
      replace(String.raw`(?:\\Pr|\\mathbb\s*\{\s*P\s*\}|\\operatorname\s*\{\s*P\s*\}|(?<![A-Za-z\\])(?:Pr|P))\s*(?:\\left\s*)?(\(|\[|\\\{)`, (m) => {
        const at = m.index + m[0].length - m[1]!.length;
        const group = bracketed(out, at);
        if (!group || !new RegExp(v).test(group.inner)) return undefined;
        const written = this.probability(group.inner);
        if (written === undefined) return undefined;
        // The whole call, not only its opening, is replaced: move the match's end.
        out = `${out.slice(0, at)}${'\u0000'.repeat(group.end - at)}${out.slice(group.end)}`;
        return written;
      }) &&
      replace(`(?<![A-Za-z\\\\])[fp]\\s*_\\s*\\{?${v}\\}?\\s*\\(\\s*([^()]+?)\\s*\\)`, (m) => (this.outside(m[1]!) ? undefined : c.density(this.p, grouped(m[1]!)))) &&
      replace(`(?<![A-Za-z\\\\])F\\s*_\\s*\\{?${v}\\}?\\s*\\(\\s*([^()]+?)\\s*\\)`, (m) => (this.outside(m[1]!) ? undefined : this.cdf(m[1]!))) &&
      replace(`(?<![A-Za-z\\\\])[Mm]\\s*_\\s*\\{?${v}\\}?\\s*\\(\\s*([^()]+?)\\s*\\)`, (m) => c.mgf?.(this.p, grouped(m[1]!))) &&
      replace(`(?<![A-Za-z\\\\])[Hh]\\s*\\(\\s*${v}\\s*\\)`, () => c.entropy?.(this.p)) &&
      replace(PARAMETRISED_DENSITY.source, (m) => {
        if (m[2]!.split(',').map(spaceless).join(',') !== this.written) return undefined;
        bare = true;
        return c.density(this.p, grouped(m[1]!));
      });
    if (!ok) return undefined;
    out = out.replace(/\u0000+/g, '');
    // A bare density or CDF is the whole side: `f(x) = \lambda e^{-\lambda x}` in a note on the exponential.
    const whole = /^\s*([fpF])\s*\(\s*([a-z])\s*\)\s*$/.exec(out);
    if (whole && count === 0) {
      const written = whole[1] === 'F' ? this.cdf(whole[2]!) : c.density(this.p, grouped(whole[2]!));
      if (written === undefined) return undefined;
      out = written;
      count++;
      bare = true;
    }
    return { text: out, bare, count };
  }
}

/** A letter neither side uses, for a sum's or an integral's variable. */
function freshLetter(text: string): string | undefined {
  return [...'jrsuvw'].find((l) => !new RegExp(`(?<![\\\\A-Za-z])${l}(?![A-Za-z])`).test(text));
}

/** Each parameter written as one letter, drawn inside its domain: λ = e^u, p = 1/(1+e^{-u}), b = a + e^u. */
function withinDomain(text: string, family: Family, parameters: readonly string[]): string {
  const symbol = (s: string) => /^(\\[A-Za-z]+|[A-Za-z])(?:\s*\^\s*\{?\s*2\s*\}?)?$/.exec(s.trim())?.[1];
  // Each parameter drawn as a fresh letter u: σ itself would be read as a standard deviation, a number (sigmaAsVariable.ts).
  const spare = [...'cghquvwyz'].filter((l) => !new RegExp(`(?<![\\\\A-Za-z])${l}(?![A-Za-z])`).test(text));
  let out = text;
  // A letter is replaced wherever it is not part of a command: `np` is n times p.
  const swap = (name: string, by: string) => {
    const pattern = name.startsWith('\\') ? `${name.replace(/\\/g, '\\\\')}(?![A-Za-z_])` : `${name}(?!_)`;
    out = out.replace(new RegExp(`\\\\[A-Za-z]+|${pattern}`, 'g'), (m) => (m === name ? by : m));
  };
  family.parameters.forEach((domain, k) => {
    const name = symbol(parameters[k] ?? '');
    if (name === undefined) return;
    const u = domain === 'positive' || domain === 'probability' || (family.key === 'uniform' && k === 1) ? spare.shift() : undefined;
    if (u === undefined) return;
    // A bracket right after a letter reads as a call (`n\\left(…\\right)` is n applied): each form is a power.
    if (domain === 'positive') swap(name, `{e^{${u}}}`);
    else if (domain === 'probability') swap(name, `{(1+e^{-${u}})^{-1}}`);
    else {
      const a = symbol(parameters[0]!);
      if (a !== undefined && a !== name) swap(name, `{(${a}+e^{${u}})^{1}}`);
    }
  });
  return out;
}

/** The conventions of the tie's family the note leaves open: a word near the tie fixes one. */
function openConventions(tie: Tie, near: string, parameters: readonly string[]): Convention[] {
  const family = tie.family;
  if (family.key === 'normal' && /\^\s*\{?\s*2\s*\}?\s*$/.test(parameters[1] ?? '')) return [family.conventions[0]!];
  // Words for two conventions near one tie ("the number of failures…", then "the number of trials…") fix neither.
  const named = new Set((family.fixedBy ?? []).filter(([words]) => words.test(near)).map(([, name]) => name));
  return named.size === 1 ? family.conventions.filter((c) => named.has(c.name)) : [...family.conventions];
}

async function verdictOf(latex: string, options: AnalyzeOptions): Promise<ClaimReport['verdict'] | undefined> {
  // A probability written as a sum or an integral of the density takes longer than a closed form: it gets more time.
  const timeLimitMs = /\\(?:int|sum)(?![A-Za-z])/.test(latex) ? Math.max(options.timeLimitMs ?? 0, CHECK_TIME_MS) : options.timeLimitMs;
  const report = await analyzeFormula(latex, { ...options, definitions: undefined, ...(timeLimitMs === undefined ? {} : { timeLimitMs }) });
  return report.claims.length === 1 ? report.claims[0]!.verdict : undefined;
}

/** The letters a text writes (commands and single letters), without the notation's own. */
function lettersOf(text: string): Set<string> {
  const names = new Set<string>();
  const stripped = text.replace(/\\(?:mathbb|operatorname|mathrm|text|mathcal)\s*\{[^{}]*\}|\\(?:left|right|frac|dfrac|tfrac|sqrt|cdot|times|exp|ln|log|pi|infty|mid|le|ge|leq|geq|lt|gt|binom|approx|quad|,|;)(?![A-Za-z])|(?<![A-Za-z\\])(?:Var|var|Pr)(?![A-Za-z])/g, ' ');
  for (const m of stripped.matchAll(/\\[A-Za-z]+|[A-Za-z]/g)) names.add(m[0]);
  names.delete('e');
  names.delete('d');
  return names;
}

export const FAMILY_READING = (family: Family, convention: Convention, source: string) =>
  `with ${source} read as ${family.title}${convention.name ? ` (${convention.name})` : ''}: the table of named distributions written out, checked at random points of the parameters' domain`;

/** The ties before `end` (within LOOK_BACK), the heading's family for the claim's one variable last. */
function tiesBefore(note: string, span: MathSpan): { ties: Tie[]; near: string } {
  const from = Math.max(0, span.start - LOOK_BACK);
  const text = note.slice(from, span.end);
  const ties = [...formulaTies(text, from), ...proseTies(text, from)].sort((a, b) => a.at - b.at);
  // A heading naming another family between a tie and the claim ends the tie's reach.
  const kept = ties.filter((tie) => {
    const between = note.slice(tie.at, span.start);
    return ![...between.matchAll(/^ {0,3}#{1,6}\s+(.*)$/gm)].some((h) => FAMILY_WORDS.some(([p, key]) => key !== tie.family.key && p.test(h[1]!)));
  });
  return { ties: kept, near: note.slice(Math.max(0, span.start - 600), span.end + 200) };
}

/** The claim judged under the family its variable is tied to, as the file comment says; else as it was. */
async function judged(claim: ClaimReport, note: string, span: MathSpan, options: AnalyzeOptions, around: () => { ties: Tie[]; near: string }): Promise<ClaimReport> {
  if (claim.verdict !== 'none' || (claim.relation !== '=' && claim.relation !== '\\approx')) return claim;
  // Spacing commands change nothing: `p(x) \;=\; \lambda e^{-\lambda x}`.
  let sides = [claim.left.source, claim.right.source].map((t) => writtenAsTheFamilyReads(t.replace(/\\(?:[;,!:> ]|q?quad(?![A-Za-z]))/g, ' ').trim()));
  // `E(\chi^{2}(n))=n`: the family written where a variable would be (familyAsVariable.ts).
  const inPlace = familyInPlaceOfVariable(sides);
  if (inPlace) sides = [...inPlace.sides];
  const { ties, near } = around();
  const written = sides.join(' ');
  const candidates: Tie[] = [];
  if (inPlace) candidates.push({ variable: inPlace.variable, family: inPlace.family, parameters: inPlace.parameters, at: span.start, mayRefute: true });
  // Capitals that are not applied: `F(x)`, `E[X]`, `M_X(t)` name functions and operators, X the variable.
  const applied = /^\s*(?:[([]|\\\{|\\left|_\{?[A-Za-z0-9]\}?\s*\()/;
  const variables = new Set([...written.matchAll(new RegExp(`(?<![A-Za-z\\\\])${VARIABLE}`, 'g'))]
    .filter((m) => /_\s*\{?\s*$/.test(written.slice(0, m.index)) || !applied.test(written.slice(m.index! + m[0].length)))
    .map((m) => canonical(m[0])));
  for (const variable of inPlace ? [] : variables) {
    const tie = [...ties].reverse().find((t) => t.variable === variable);
    if (tie) candidates.push(tie);
  }
  const bareDensity = /^\s*[fpF]\s*\(\s*[a-z]\s*\)\s*$/.test(sides[0]!);
  if (candidates.length === 0 && bareDensity && variables.size === 0) {
    // `p(x) = \lambda e^{-\lambda x}` right after `X \sim \mathrm{Exp}(\lambda)`: the density of the section's one tied variable.
    const section = sectionTextBefore(note, span.start, LOOK_BACK);
    const own = ties.filter((t) => t.at >= span.start - section.length);
    if (new Set(own.map((t) => t.variable)).size === 1) candidates.push({ ...own[own.length - 1]!, mayRefute: false });
  }
  const call = PARAMETRISED_DENSITY.exec(written);
  if (candidates.length === 0 && call) {
    // `\int p(x \mid \mu, \sigma^2) dx = 1` where the section speaks of one family only: its density, in the call's parameters.
    const section = sectionTextBefore(note, span.start, 1500).replace(/\$\$[\s\S]*?\$\$|\$[^$\n]*\$/g, ' ');
    const named = new Set(FAMILY_WORDS.filter(([pattern]) => pattern.test(section)).map(([, key]) => key));
    const parameters = call[2]!.split(',').map((t) => t.trim());
    if (named.size === 1) {
      const family = familyOf([...named][0]!);
      if (family.parameters.length === parameters.length) candidates.push({ variable: 'X', family, parameters, at: span.start, mayRefute: false });
    }
  }
  let textTie = false;
  if (candidates.length === 0) {
    // A family the sentence before the formula or the headings over it name (familiesNamedInText.ts).
    const fromSentence = sentenceFamily(note, span.start);
    const named = fromSentence ?? sectionFamily(note, span.start);
    const capitals = [...variables].filter((v) => /^[A-Z]$/.test(v));
    // Only a heading that writes the parameters in the family's notation may refute; a sentence or a bare name confirms.
    const mayRefute = named !== undefined && fromSentence === undefined && named.written;
    if (named && capitals.length === 1) candidates.push({ variable: capitals[0]!, family: named.family, parameters: named.parameters, at: span.start, mayRefute });
    // `f(x) = \lambda e^{-\lambda x}` under "## Exponential distribution": the density of its one variable X.
    else if (named && capitals.length === 0 && bareDensity) candidates.push({ variable: 'X', family: named.family, parameters: named.parameters, at: span.start, mayRefute: false });
    textTie = true;
  }
  if (candidates.length !== 1) return claim;
  const tie = candidates[0]!;
  if (tie.parameters.length !== tie.family.parameters.length) return claim;
  const fresh = freshLetter(written);
  if (fresh === undefined) return claim;
  const conventions = openConventions(tie, near, tie.parameters);
  let refutable = tie.mayRefute;
  let failures = 0;
  for (const convention of conventions) {
    const writer = new Writer(convention, tie.parameters, tie.variable, fresh);
    const rewritten = sides.map((s) => writer.side(s));
    if (rewritten.some((r) => r === undefined)) return claim;
    const [left, right] = rewritten as [Rewrite, Rewrite];
    if (left.count + right.count === 0) return claim;
    // The variable must be gone: a side about X + Y or a sample of X is not this reading's.
    if ([left.text, right.text].some((t) => new RegExp(`(?<![A-Za-z\\\\])${variablePattern(tie.variable)}`).test(t) || /\\sim/.test(t))) return claim;
    if (left.bare || right.bare) refutable = false;
    const relation = claim.relation === '\\approx' ? '\\approx' : '=';
    const checked = withinDomain(`${left.text} ${relation} ${right.text}`, tie.family, tie.parameters);
    const verdict = await verdictOf(checked, options);
    if (verdict === 'holds') {
      const { reason: _reason, ...rest } = claim;
      return { ...rest, verdict: 'holds', reading: FAMILY_READING(tie.family, convention, `${tie.variable}`) };
    }
    if (verdict === 'fails') failures++;
  }
  if (!refutable || failures !== conventions.length) return claim;
  // Only the parameters' letters and a point's: a claim with other letters speaks of something the tie does not fix.
  const allowed = new Set([...tie.parameters.flatMap((p) => [...lettersOf(p)]), ...lettersOf(tie.variable)]);
  const extra = [...lettersOf(written)].filter((l) => !allowed.has(l) && !/^[EPVDHFfpMm]$/.test(l));
  if (extra.length > 1) return claim;
  // Under a heading's family the one other letter must be a point (`k`, `x`, `t`): `E(X)=\theta` under `E(\lambda)` spells the parameter otherwise.
  if (textTie && extra.some((l) => !/^[kxtsijy]$/.test(l))) return claim;
  const { reason: _reason, ...rest } = claim;
  const convention = conventions.length === 1 ? conventions[0]! : { ...conventions[0]!, name: 'under every convention' };
  return { ...rest, verdict: 'fails', reading: FAMILY_READING(tie.family, convention, tie.variable).replace('checked at random points', 'which fails at random points') };
}

/** The cheap test: a tie, or a heading naming a family, may apply. */
const WRITES_RANDOM_QUANTITY = /(?<![A-Za-z\\])(?:E|Var|V|D|P|Pr|H|M|m|F|f|p)\s*(?:_|\(|\[|\\\{|\\left)|\\mathbb|\\operatorname|\\mathrm|\\Pr|\\sim/;

/** The formula's claims, each about a variable tied to a named family judged by the table. */
export async function withNamedFamilies(claims: readonly ClaimReport[], note: string, span: MathSpan, options: AnalyzeOptions): Promise<readonly ClaimReport[]> {
  if (!claims.some((c) => c.verdict === 'none') || !WRITES_RANDOM_QUANTITY.test(span.source)) return claims;
  // The ties depend on the note and the span alone: read once per formula, when a claim first needs them.
  let around: { ties: Tie[]; near: string } | undefined;
  const tiesOnce = () => (around ??= tiesBefore(note, span));
  const out: ClaimReport[] = [];
  for (const claim of claims) out.push(await judged(claim, note, span, options, tiesOnce));
  // A refutation stands alone; a confirmation only when no row is left undecided.
  return confirmedWhenAllDecided(claims, out);
}

export { FAMILIES };
