/**
 * Statements of a law or a limit — `\bar X \sim N(\mu, \frac{\sigma^2}{n})`, `\frac{(n-1)S^2}{\sigma^2} \sim
 * \chi^2(n-1)`, `X+Y \sim N(\mu_1+\mu_2, \sigma_1^2+\sigma_2^2)`, `\bar X_n \xrightarrow{p} \mu`,
 * `\sqrt{n}(\bar X_n-\mu) \xrightarrow{d} N(0,\sigma^2)`, `F_{1-\alpha}(n_1,n_2)=\frac{1}{F_\alpha(n_2,n_1)}` — read
 * as the known results they are.
 *
 * Statistics courses and study notes state the same few results about a sample X_1, …, X_n from N(μ, σ²) and about
 * independent normal, binomial, Poisson and χ² variables; none is an identity in its letters, so the plain checker
 * leaves them undecided. Each statement is split in (statistic, claimed law or limit). The statistic is written in
 * one alphabet (X̄ as `a`, ΣX_i as `na`, S as `e^u`, σ as `e^q`, μ as `c`, a second sample's with 2) and compared
 * with each known result's statistic as an identity at random points, so `\sqrt{n}\frac{\bar X-\mu}{S}` is the
 * same statistic as `\frac{\bar X-\mu}{S/\sqrt n}`. The claimed parameters are compared the same way. Closure rules
 * work from the note's own `X \sim N(\mu_1,\sigma_1^2)` statements: a linear statistic of those variables has the law
 * its coefficients give.
 *
 * It holds when the statistic and the law match a known result whose assumptions the note states (a normal
 * population for the sampling laws, independence for a sum of two variables, a binomial setting for de
 * Moivre–Laplace). It fails only on a recognised parameter slip of an exactly recognised statistic (X̄ with variance
 * σ²/n², t(n) or χ²(n) where n−1 is due, the variance of a sum written as σ₁+σ₂ after squared premises, F's degrees
 * of freedom in the same order). Anything else stays undecided. Holds stand only when every piece of the formula is
 * recognised (premises, definitions, decided statements).
 */
import { analyzeFormula } from '../../analyze';
import { canonical } from './samplingStatements';
import type { AnalyzeOptions, ClaimReport, MathSpan, SideReport } from '../../types';

/** The cheap test on a formula's source: a law, a convergence arrow, a quantile of level 1−α, a CLT limit. */
export const MAY_STATE_LAW = /\\sim|\\overset|\\stackrel|\\xrightarrow|\\to\s*[_^]|_\s*\{\s*1\s*-|\\Phi/;

// ---------------------------------------------------------------------------------------------------------------
// Spelling and pieces

/** The law and arrow notations notes mix, in one spelling (after samplingStatements' canonical). */
function lawSpelling(text: string): string {
  const spelled = text
    // Kept apart before spaces go: `\sim N(`, `\sqrt n`, `\sigma n`; the arrow's label below it goes.
    .replace(/\\sim(?![A-Za-z])/g, '∼')
    .replace(/\\sqrt\s+([A-Za-z0-9])/g, '\\sqrt{$1}')
    .replace(/\\(cdot|times|sigma|mu|alpha|lambda|theta)\s+(?=[A-Za-z])/g, '\\$1{}')
    .replace(/\\xrightarrow\s*\[[^\]]*\]/g, '\\xrightarrow')
    .replace(/\\(?:bar|overline)\s*\{\s*([A-Za-z])_\{?n\}?\s*\}/g, '\\bar{$1}_n')
    .replace(/\\mathcal\s*\{\s*([A-Z])\s*\}|\\mathcal\s+([A-Z])/g, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '')
    .replace(/\\limits(?![A-Za-z])/g, '')
    .replace(/，/g, ',')
    .replace(/；/g, ';');
  return canonical(spelled)
    .replace(/\{\}/g, ' ')
    .replace(/\\chi\^\{2\}/g, '\\chi^2')
    .replace(/\\(?:overset|stackrel)\{[^{}]*\}\{∼\}|\\dot\{?∼\}?/g, '∼')
    // Convergence arrows with their mode: ⇒P (in probability), ⇒d (in distribution), ⇒as (almost surely).
    .replace(/\\(?:overset|stackrel)\{([^{}]*)\}\{\\to\}|\\xrightarrow(?:\[[^\]]*\])?\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}|\\to(?:_|\^)\{?([A-Za-z.]+)\}?/g, (m, a?: string, b?: string, c?: string) => {
      const mode = (a ?? b ?? c ?? '').replace(/[{}]|\\(?:text|mathrm|mathcal)/g, '');
      if (/^[Pp]r?$/.test(mode)) return '⇒P';
      if (/^(?:d|D|L|law)$/.test(mode)) return '⇒d';
      if (/^(?:a\.?s\.?|a\.?e\.?)$/.test(mode)) return '⇒as';
      return m;
    });
}

/** A formula's rows, then its pieces: top-level `,` `;` and the words that join statements. */
function piecesOf(source: string): string[] {
  const out: string[] = [];
  for (const row of source.split(/\\\\(?![A-Za-z])/)) {
    const joined = row
      .replace(/&/g, '')
      .replace(/\\q?quad(?![A-Za-z])|\\text\s*\{\s*(?:and|or|then|if|where|,|;)\s*\}|\\(?:because|therefore|Rightarrow|implies|iff|Longrightarrow)(?![A-Za-z])/g, ';');
    for (const piece of splitTopLevel(lawSpelling(joined), /[,;]/)) {
      const trimmed = piece.replace(/^(?:or|and|then|if|i\.e\.|或|则|若|即)/, '').replace(/[.。]$/, '');
      if (trimmed !== '') out.push(trimmed);
    }
  }
  return out;
}

/** `text` split at the characters `at` outside brackets and braces. */
function splitTopLevel(text: string, at: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') depth--;
    else if (depth === 0 && at.test(ch) && text[i - 1] !== '\\') {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** `text` split at the top-level token `token` (`\sim`, `=`, `⇒P`). */
function splitAtToken(text: string, token: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') depth--;
    else if (depth === 0 && text.startsWith(token, i)) {
      parts.push(text.slice(start, i));
      start = i + token.length;
      i += token.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

// ---------------------------------------------------------------------------------------------------------------
// Laws

type Family = 'N' | 't' | 'chi2' | 'F' | 'B' | 'Poisson';

interface Law {
  readonly family: Family;
  readonly params: readonly string[];
}

const LAW_SHAPES: readonly [Family, RegExp][] = [
  ['N', /^(?:N|Normal|Gaussian)\((.*)\)$/],
  ['t', /^t\((.*)\)$|^t_\{(.*)\}$|^t_([a-z0-9])$/],
  ['chi2', /^\\chi\^2\((.*)\)$|^\\chi\^2_\{(.*)\}$|^\\chi\^2_([a-z0-9])$|^\\chi_\{(.*)\}\^2$/],
  ['F', /^F\((.*)\)$|^F_\{(.*)\}$/],
  ['B', /^(?:B|b|Bin|Binomial|Binom)\((.*)\)$/],
  ['Poisson', /^(?:P|Poisson|Pois|Poi|\\pi)\((.*)\)$/],
];

const ARITY: Record<Family, number> = { N: 2, t: 1, chi2: 1, F: 2, B: 2, Poisson: 1 };

function lawOf(text: string): Law | undefined {
  for (const [family, shape] of LAW_SHAPES) {
    const m = shape.exec(text);
    if (!m) continue;
    const inside = m.slice(1).find((g) => g !== undefined) ?? '';
    const params = splitTopLevel(inside, /,/);
    if (params.length !== ARITY[family] || params.some((p) => p === '')) return undefined;
    return { family, params };
  }
  return undefined;
}

/** A variable a note names a law for: `X`, `Y_2`, `\chi^2_a`, `U`. */
const VARIABLE = /^(?:[A-Z](?:_\{?[A-Za-z0-9]\}?)?|\\chi\^2_\{?[A-Za-z0-9]\}?|\\(?:xi|eta|zeta)(?:_\{?[A-Za-z0-9]\}?)?)$/;

// ---------------------------------------------------------------------------------------------------------------
// The sample's alphabet

/**
 * The statistic written in the sample's alphabet: X̄ → a (a second sample's → b), ΣX_i → na, Σ(X_i−X̄)² → (n−1)S²,
 * Σ(X_i−μ)² → g, S → e^u (S_1, S_2 → e^v, e^w), σ → e^q (σ_2 → e^z), μ → c (μ_2 → d), n_1, n_2 → j, k, E(X) → c.
 * Undefined when anything else is left (another random variable, a letter of the note's own).
 */
function inSampleLetters(text: string, allowed: string = ''): string | undefined {
  const means: string[] = [];
  const meanLetter = (letter: string, sub: string | undefined): string => {
    if (sub === '1') return 'a';
    if (sub === '2') return 'b';
    if (!means.includes(letter)) means.push(letter);
    return means.indexOf(letter) === 0 ? 'a' : 'b';
  };
  const I = String.raw`_\{?([ijk])\}?`;
  // Σ over the sample, its limits written (1 to n) or not.
  const SUM = String.raw`\\sum(?:_\{?[ijk]=1\}?\^\{?n\}?)?`;
  const MEMBER = String.raw`([A-Za-z])_\{?[ijk]\}?`;
  let t = text
    .replace(new RegExp(String.raw`${SUM}\(${MEMBER}-\\bar\{\1\}(?:_\{?n\}?)?\)\^\{?2\}?`, 'g'), '{((n-1){(e^{u})}^2)}')
    .replace(new RegExp(String.raw`${SUM}\(${MEMBER}-\\mu\)\^\{?2\}?`, 'g'), '{(g)}')
    .replace(new RegExp(String.raw`${SUM}E\(([A-Z])_\{?[ijk]\}?\)`, 'g'), '{(nc)}')
    .replace(new RegExp(String.raw`${SUM}${MEMBER}`, 'g'), (_m, letter: string) => `{(n${meanLetter(letter, undefined)})}`)
    .replace(/\\bar\{([A-Za-z])\}(?:_\{?([n12])\}?)?/g, (_m, letter: string, sub: string | undefined) => `{(${meanLetter(letter, sub === 'n' ? undefined : sub)})}`)
    .replace(new RegExp(String.raw`E\(([A-Z])(?:${I}|_\{?1\}?)?\)`, 'g'), '{(c)}')
    .replace(/(?<![A-Za-z\\])[Ss]_\{?1\}?/g, '{(e^{v})}')
    .replace(/(?<![A-Za-z\\])[Ss]_\{?2\}?/g, '{(e^{w})}')
    .replace(/(?<![A-Za-z\\])[Ss](?![A-Za-z_])/g, '{(e^{u})}')
    .replace(/\\sigma_\{?1\}?/g, '{(e^{q})}')
    .replace(/\\sigma_\{?2\}?/g, '{(e^{z})}')
    .replace(/\\sigma(?![A-Za-z_])/g, '{(e^{q})}')
    .replace(/\\mu_\{?1\}?/g, '{(c)}')
    .replace(/\\mu_\{?2\}?/g, '{(d)}')
    .replace(/\\mu(?![A-Za-z_])/g, '{(c)}')
    .replace(/(?<![A-Za-z\\])n_\{?1\}?/g, '{(j)}')
    .replace(/(?<![A-Za-z\\])n_\{?2\}?/g, '{(k)}');
  if (means.length > 2) return undefined;
  const rest = t.replace(/\\(?:frac|sqrt|cdot|times)(?![A-Za-z])/g, '').replace(/e\^\{[quvwz]\}/g, '');
  if (/\\[A-Za-z]+|[A-Z_]/.test(rest)) return undefined;
  const letters = new Set(`abcdgjkn${allowed}`);
  if ([...rest].some((ch) => /[a-z]/.test(ch) && !letters.has(ch))) return undefined;
  return t;
}

// ---------------------------------------------------------------------------------------------------------------
// Identities

type Same = (a: string, b: string) => Promise<boolean>;

function sameness(options: AnalyzeOptions): Same {
  const known = new Map<string, boolean>();
  return async (a, b) => {
    // A letter equal to itself is not a claim the checker confirms (`n = n` reads as a definition).
    if (a.replace(/\s+/g, '') === b.replace(/\s+/g, '')) return true;
    const key = `${a}\u0000${b}`;
    let answer = known.get(key);
    if (answer === undefined) {
      const report = await analyzeFormula(`{${a}} = {${b}}`, { ...options, definitions: undefined });
      answer = report.claims.length === 1 && report.claims[0]!.verdict === 'holds';
      known.set(key, answer);
    }
    return answer;
  };
}

async function allSame(same: Same, xs: readonly string[], ys: readonly string[]): Promise<boolean> {
  if (xs.length !== ys.length) return false;
  for (let i = 0; i < xs.length; i++) if (!(await same(xs[i]!, ys[i]!))) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// The table of sampling laws

type Setting = 'normal' | 'normal or limit';

interface SamplingLaw {
  readonly name: string;
  /** The statistic in the sample's alphabet. */
  readonly statistic: string;
  readonly law: Law;
  /** Parameters a slip writes instead, each list the law's parameters. */
  readonly slips: readonly (readonly string[])[];
  /** Statistics a slip writes with this law (S for S²): they fail only when the note writes S² elsewhere. */
  readonly wrongStatistics?: readonly string[];
  readonly setting: Setting;
  /** S is the sample standard deviation with n−1: not this result after a note's 1/n definition. */
  readonly usesS?: boolean;
}

export const SAMPLING_LAWS: readonly SamplingLaw[] = [
  { name: 'the sample mean of a normal population', statistic: 'a', law: { family: 'N', params: ['c', '\\frac{e^{2q}}{n}'] }, slips: [['c', '\\frac{e^{2q}}{n^2}'], ['c', '\\frac{e^{q}}{n}']], setting: 'normal or limit' },
  { name: 'the sample mean minus μ', statistic: 'a-c', law: { family: 'N', params: ['0', '\\frac{e^{2q}}{n}'] }, slips: [['0', '\\frac{e^{2q}}{n^2}']], setting: 'normal or limit' },
  { name: 'the sum of a normal sample', statistic: 'na', law: { family: 'N', params: ['nc', 'ne^{2q}'] }, slips: [], setting: 'normal or limit' },
  { name: 'the standardised sample mean (σ known)', statistic: '\\frac{a-c}{e^{q}/\\sqrt{n}}', law: { family: 'N', params: ['0', '1'] }, slips: [], setting: 'normal or limit' },
  { name: 'the studentised sample mean', statistic: '\\frac{a-c}{e^{u}/\\sqrt{n}}', law: { family: 't', params: ['n-1'] }, slips: [['n']], setting: 'normal', usesS: true },
  { name: 'the scaled sample variance', statistic: '\\frac{(n-1)e^{2u}}{e^{2q}}', law: { family: 'chi2', params: ['n-1'] }, slips: [['n']], setting: 'normal', usesS: true },
  { name: 'the scaled squared deviations from μ', statistic: '\\frac{g}{e^{2q}}', law: { family: 'chi2', params: ['n'] }, slips: [], setting: 'normal' },
  {
    name: 'the squared studentised mean',
    statistic: '\\frac{(a-c)^2}{e^{2u}/n}',
    law: { family: 'F', params: ['1', 'n-1'] },
    slips: [['1', 'n']],
    wrongStatistics: ['\\frac{(a-c)^2}{e^{u}/n}'],
    setting: 'normal',
    usesS: true,
  },
  { name: 'the standardised difference of two sample means (σ₁, σ₂ known)', statistic: '\\frac{(a-b)-(c-d)}{\\sqrt{e^{2q}/j+e^{2z}/k}}', law: { family: 'N', params: ['0', '1'] }, slips: [], setting: 'normal' },
  { name: 'the ratio of two sample variances', statistic: '\\frac{e^{2v}/e^{2q}}{e^{2w}/e^{2z}}', law: { family: 'F', params: ['j-1', 'k-1'] }, slips: [['j', 'k']], setting: 'normal', usesS: true },
];

/** Limits in distribution and in probability of the sample's statistics. */
interface LimitLaw {
  readonly name: string;
  readonly statistic: string;
  readonly mode: 'P' | 'd';
  /** The limit: an expression (in probability) or a law (in distribution). */
  readonly limit: string | Law;
  readonly slips: readonly (readonly string[])[];
}

export const LIMIT_LAWS: readonly LimitLaw[] = [
  { name: 'the law of large numbers', statistic: 'a', mode: 'P', limit: 'c', slips: [] },
  { name: 'the consistency of the sample variance', statistic: 'e^{2u}', mode: 'P', limit: 'e^{2q}', slips: [] },
  { name: 'the central limit theorem', statistic: '\\sqrt{n}(a-c)', mode: 'd', limit: { family: 'N', params: ['0', 'e^{2q}'] }, slips: [['0', '\\frac{e^{2q}}{n}']] },
  { name: 'the central limit theorem', statistic: '\\frac{a-c}{e^{q}/\\sqrt{n}}', mode: 'd', limit: { family: 'N', params: ['0', '1'] }, slips: [] },
];

/** A normal population: `X \sim N(`, `X_i \overset{iid}{\sim} N(`, `X_1,\dots,X_n \sim N(`, or the words. */
const NORMAL_SETTING = /(?<![A-Za-z\\])[A-Z](?:_\{?[a-z0-9]\}?)?\s*(?:\\overset\s*\{[^{}]*\}\s*\{\s*\\sim\s*\}|\\sim)\s*(?:\\mathcal\s*\{?\s*)?N\s*\}?\s*\(|\bnormal(?:ly)?\b|gaussian|正态|高斯/i;
const LIMIT_SETTING = /central limit|\bCLT\b|中心极限|approximately|近似|asymptotic|渐近|large n/i;
const BINOMIAL_SETTING = /binomial|bernoulli|二项|伯努利|0-1\s*分布|B\s*\(\s*[1n]\s*,\s*p\s*\)|moivre|棣莫弗/i;
const INDEPENDENT_SETTING = /independen|\bindep\b|独立|i\.?i\.?d|\\perp|可加|additiv|reproductive|性质|propert/i;
/** The note defines S² with 1/n (the biased variance). */
const BIASED_S2 = /S\s*\^\s*\{?\s*2\s*\}?\s*=\s*\\frac\s*\{\s*1\s*\}\s*\{\s*n\s*\}/;
const WRITES_S2 = /(?<![A-Za-z\\])S\s*\^\s*\{?\s*2/;

// ---------------------------------------------------------------------------------------------------------------
// Judging one piece

interface Decision {
  readonly verdict: 'holds' | 'fails';
  readonly reading: string;
}

interface Context {
  readonly same: Same;
  /** The note before the formula (a few thousand characters) and the formula. */
  readonly before: string;
  /** The section's text before the formula. */
  readonly section: string;
  readonly premises: Map<string, Law>;
  readonly definitions: Map<string, string>;
}

const held = (name: string, extra = ''): Decision => ({ verdict: 'holds', reading: `as ${name}, a known result${extra}` });
const slipped = (name: string): Decision => ({ verdict: 'fails', reading: `as ${name}, a known result whose parameters the claim misstates` });

async function samplingLaw(statistic: string, law: Law, ctx: Context): Promise<Decision | undefined> {
  return (await tableLaw(statistic, law, ctx)) ?? (await binomialApproximation(statistic, law, ctx));
}

async function tableLaw(statistic: string, law: Law, ctx: Context): Promise<Decision | undefined> {
  const stat = inSampleLetters(statistic);
  if (stat === undefined) return undefined;
  const params = law.params.map((p) => inSampleLetters(p));
  if (params.some((p) => p === undefined)) return undefined;
  const claimed = params as string[];
  const normal = NORMAL_SETTING.test(ctx.before);
  for (const entry of SAMPLING_LAWS) {
    if (entry.law.family !== law.family) continue;
    if (!(entry.setting === 'normal' ? normal : normal || LIMIT_SETTING.test(ctx.before))) continue;
    if (entry.usesS && BIASED_S2.test(ctx.before)) continue;
    if (await ctx.same(stat, entry.statistic)) {
      if (await allSame(ctx.same, claimed, entry.law.params)) return held(entry.name, entry.setting === 'normal' ? ' of a normal sample' : '');
      for (const slip of entry.slips) if (await allSame(ctx.same, claimed, slip)) return slipped(entry.name);
      return undefined;
    }
    for (const wrong of entry.wrongStatistics ?? []) {
      if (WRITES_S2.test(ctx.before) && (await ctx.same(stat, wrong)) && (await allSame(ctx.same, claimed, entry.law.params))) {
        return { verdict: 'fails', reading: `as ${entry.name}, a known result: the statistic with this law has S², not S` };
      }
    }
  }
  return undefined;
}

/** de Moivre–Laplace: a binomial count (or a Bernoulli sample's sum) is approximately N(np, np(1−p)). */
async function binomialApproximation(statistic: string, law: Law, ctx: Context): Promise<Decision | undefined> {
  if (law.family === 'N' && BINOMIAL_SETTING.test(ctx.before)) {
    const count = countLetters(statistic, ctx.before);
    const ps = law.params.map((p) => inSampleLetters(p, 'p'));
    if (count !== undefined && ps.every((p) => p !== undefined)) {
      if ((await ctx.same(count, 'y')) && (await allSame(ctx.same, ps as string[], ['np', 'np(1-p)']))) return held('the de Moivre–Laplace approximation of a binomial count');
      if ((await ctx.same(count, '\\frac{y-np}{\\sqrt{np(1-p)}}')) && (await allSame(ctx.same, ps as string[], ['0', '1']))) return held('the de Moivre–Laplace approximation of a binomial count');
    }
  }
  return undefined;
}

/** A binomial count (`Y_n`, `\eta_n`, `\mu_n`, `f_A`, `n_A`, `\sum X_i`) as y, with p and q = 1 − p. */
function countLetters(statistic: string, before: string): string | undefined {
  let t = statistic
    .replace(/\\sum_\{?([ijk])=1\}?\^\{?n\}?[A-Z]_\{?\1\}?/g, '{(y)}')
    .replace(/\\(?:eta|mu|xi|zeta)_\{?n\}?|[A-Z]_\{?n\}?|(?<![A-Za-z\\])[fn]_\{?[A-Za-z]\}?|(?<![A-Za-z\\])[XYZSK](?![A-Za-z_])/g, '{(y)}');
  if (/(?<![A-Za-z\\])q(?![A-Za-z])/.test(t)) {
    if (!/q\s*=\s*1\s*-\s*p/.test(before)) return undefined;
    t = t.replace(/(?<![A-Za-z\\])q(?![A-Za-z])/g, '{(1-p)}');
  }
  const rest = t.replace(/\\(?:frac|sqrt|cdot|times)(?![A-Za-z])/g, '');
  if (/\\[A-Za-z]+|[A-Z_]/.test(rest) || [...rest].some((ch) => /[a-z]/.test(ch) && !'ynp'.includes(ch))) return undefined;
  return t;
}

/** Closure rules: a linear statistic of variables the note gave laws for. */
async function closureLaw(statistic: string, law: Law, ctx: Context): Promise<Decision | undefined> {
  const expanded = ctx.definitions.get(statistic) ?? statistic;
  const names = [...ctx.premises.keys()].filter((v) => mentions(expanded, v));
  if (names.length === 0 || names.length > 2) return undefined;
  const laws = names.map((v) => ctx.premises.get(v)!);
  if (laws.some((l) => l.family !== law.family)) return undefined;
  const free = ['x', 'y'];
  if (/(?<!\\[A-Za-z]*)[xy](?![A-Za-z])/.test(expanded + law.params.join(' ') + laws.flatMap((l) => l.params).join(' '))) return undefined;
  let stat = expanded;
  names.forEach((v, i) => (stat = replaceVariable(stat, v, free[i]!)));
  if (/[A-Z]/.test(stat.replace(/\\[A-Za-z]+/g, ''))) return undefined;
  // The statistic at values of its variables; `a(1)` would read as a function, so a product is written out.
  const at = (values: readonly string[]) =>
    names.reduce((s, _v, i) => s.replace(new RegExp(`(?<!\\\\[A-Za-z]*)${free[i]}(?![A-Za-z])`, 'g'), (_m, offset: number) => `${/[A-Za-z0-9)}]/.test(s[offset - 1] ?? '') ? '\\cdot' : ''}(${values[i]})`), stat);
  const c0 = at(names.map(() => '0'));
  const cs = names.map((_v, i) => `${at(names.map((_w, k) => (k === i ? '1' : '0')))}-(${c0})`);
  const linear = `${c0}${cs.map((c, i) => `+(${c})${free[i]}`).join('')}`;
  if (!(await ctx.same(stat, linear))) return undefined;
  if (names.length === 2 && !INDEPENDENT_SETTING.test(ctx.section)) return undefined;
  const same = ctx.same;
  const one = async (c: string) => (await same(c, '1')) || (await same(c, '-1'));
  switch (law.family) {
    case 'N': {
      const mean = `${c0}${cs.map((c, i) => `+(${c})(${laws[i]!.params[0]})`).join('')}`;
      const variance = cs.map((c, i) => `(${c})^2(${laws[i]!.params[1]})`).join('+');
      const name = 'a linear combination of independent normal variables';
      if (!(await same(law.params[0]!, mean))) return undefined;
      if (await same(law.params[1]!, variance)) return held(name);
      // Slips only after premises that write their variances as squares: N(μ, σ) may be the note's spelling.
      const squares = laws.map((l) => /^(.+?)\^(?:2|\{2\})$/.exec(l.params[1]!)?.[1]);
      if (squares.some((s) => s === undefined)) return undefined;
      const unsquared = cs.map((c, i) => `(${c})(${laws[i]!.params[1]})`).join('+');
      if (await same(law.params[1]!, unsquared)) return slipped(name);
      if ((await Promise.all(cs.map(one))).every(Boolean) && (await same(law.params[1]!, squares.map((s) => `(${s})`).join('+')))) return slipped(name);
      return undefined;
    }
    case 'B': {
      const name = 'a closure rule of the binomial law';
      if (names.length === 1 && (await same(cs[0]!, '-1')) && (await same(c0, laws[0]!.params[0]!))) {
        return (await allSame(same, law.params, [laws[0]!.params[0]!, `1-(${laws[0]!.params[1]})`])) ? held(name) : undefined;
      }
      if (names.length === 2 && (await same(c0, '0')) && (await same(cs[0]!, '1')) && (await same(cs[1]!, '1')) && (await same(laws[0]!.params[1]!, laws[1]!.params[1]!))) {
        return (await allSame(same, law.params, [`${laws[0]!.params[0]}+${laws[1]!.params[0]}`, laws[0]!.params[1]!])) ? held(name) : undefined;
      }
      return undefined;
    }
    case 'Poisson':
    case 'chi2': {
      if (names.length !== 2 || !(await same(c0, '0')) || !(await same(cs[0]!, '1')) || !(await same(cs[1]!, '1'))) return undefined;
      const name = law.family === 'chi2' ? 'the additivity of independent χ² variables' : 'the sum of independent Poisson variables';
      return (await same(law.params[0]!, `${laws[0]!.params[0]}+${laws[1]!.params[0]}`)) ? held(name) : undefined;
    }
    default:
      return undefined;
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The variable `v` as a whole token: `X` in `aX+b`, not in `X_1` or `\Xi`. */
function variablePattern(v: string): RegExp {
  return new RegExp(`(?<!\\\\[A-Za-z]*)(?<![A-Za-z]_)${escape(v)}(?![A-Za-z0-9_^])`, 'g');
}

function mentions(text: string, v: string): boolean {
  return variablePattern(v).test(text);
}

function replaceVariable(text: string, v: string, by: string): string {
  return text.replace(variablePattern(v), by);
}

async function limitLaw(statistic: string, mode: 'P' | 'd' | 'as', limit: string, ctx: Context): Promise<Decision | undefined> {
  // t(n) tends to N(0, 1).
  if (mode === 'd' && /^t\([a-z]\)$|^t_\{?[a-z]\}?$/.test(statistic)) {
    const law = lawOf(limit);
    return law?.family === 'N' && (await allSame(ctx.same, law.params, ['0', '1'])) ? held('the limit of the t law') : undefined;
  }
  const stat = inSampleLetters(statistic);
  if (stat === undefined) return undefined;
  for (const entry of LIMIT_LAWS) {
    if (entry.mode === 'P' ? mode === 'd' : mode !== 'd') continue;
    if (!(await ctx.same(stat, entry.statistic))) continue;
    if (typeof entry.limit === 'string') {
      const target = inSampleLetters(limit);
      return target !== undefined && (await ctx.same(target, entry.limit)) ? held(entry.name) : undefined;
    }
    const law = lawOf(limit);
    if (!law || law.family !== entry.limit.family) return undefined;
    const params = law.params.map((p) => inSampleLetters(p));
    if (params.some((p) => p === undefined)) return undefined;
    if (await allSame(ctx.same, params as string[], entry.limit.params)) return held(entry.name);
    for (const slip of entry.slips) if (await allSame(ctx.same, params as string[], slip)) return slipped(entry.name);
    return undefined;
  }
  return undefined;
}

const LIM = String.raw`\\lim_\{n\\to(?:\\infty|\+\\infty)\}`;
const CLT_LIMIT = new RegExp(String.raw`^${LIM}P\((.+)(?:\\le|<)([a-z])\)=\\Phi\(\2\)$`);

/** `\lim_{n\to\infty} P(\frac{\sum X_i - n\mu}{\sqrt{n}\sigma} \le x) = \Phi(x)`: the CLT, or de Moivre–Laplace. */
async function limitOfProbability(piece: string, ctx: Context): Promise<Decision | undefined> {
  const m = CLT_LIMIT.exec(piece);
  if (!m) return undefined;
  const stat = inSampleLetters(m[1]!);
  if (stat !== undefined && (await ctx.same(stat, '\\frac{a-c}{e^{q}/\\sqrt{n}}'))) return held('the central limit theorem');
  if (!BINOMIAL_SETTING.test(ctx.before)) return undefined;
  const count = countLetters(m[1]!, ctx.before);
  if (count !== undefined && (await ctx.same(count, '\\frac{y-np}{\\sqrt{np(1-p)}}'))) return held('the de Moivre–Laplace theorem');
  return undefined;
}

/** `t_{1-\alpha}(n) = -t_\alpha(n)`, `z_{1-\alpha} = -z_\alpha`, `F_{1-\alpha}(n_1,n_2) = \frac{1}{F_\alpha(n_2,n_1)}`. */
async function quantileSymmetry(piece: string, ctx: Context): Promise<Decision | undefined> {
  const sides = splitAtToken(piece, '=');
  if (sides.length !== 2) return undefined;
  const Q = String.raw`_\{([^{}]*)\}|_([^{}(\\])|_(\\[A-Za-z]+)`;
  const level = (m: RegExpExecArray, from: number) => m[from] ?? m[from + 1] ?? m[from + 2];
  const symmetric = new RegExp(String.raw`^([tzu])(?:${Q})(?:\(([a-z0-9+\-]+)\))?$`);
  const negated = new RegExp(String.raw`^-([tzu])(?:${Q})(?:\(([a-z0-9+\-]+)\))?$`);
  const [a, b] = sides as [string, string];
  const left = symmetric.exec(a);
  const right = negated.exec(b);
  if (left && right && left[1] === right[1] && (left[5] ?? '') === (right[5] ?? '') && (left[1] !== 't' || left[5] !== undefined)) {
    const la = level(left, 2)!;
    const lb = level(right, 2)!;
    const name = left[1] === 't' ? 'the symmetry of t quantiles' : 'the symmetry of standard normal quantiles';
    return (await ctx.same(`(${la})+(${lb})`, '1')) ? held(name) : undefined;
  }
  const F_LEFT = new RegExp(String.raw`^F(?:${Q})\(([^,()]+),([^,()]+)\)$`);
  const F_RIGHT = new RegExp(String.raw`^\\frac\{1\}\{F(?:${Q})\(([^,()]+),([^,()]+)\)\}$`);
  const fl = F_LEFT.exec(a);
  const fr = F_RIGHT.exec(b);
  if (fl && fr) {
    if (!(await ctx.same(`(${level(fl, 1)})+(${level(fr, 1)})`, '1'))) return undefined;
    const [n1, n2, m1, m2] = [fl[4]!, fl[5]!, fr[4]!, fr[5]!];
    const name = 'the reciprocal rule of F quantiles';
    if ((await ctx.same(n1, m2)) && (await ctx.same(n2, m1))) return held(name);
    if ((await ctx.same(n1, m1)) && (await ctx.same(n2, m2)) && !(await ctx.same(n1, n2))) return { verdict: 'fails', reading: `as ${name}, a known result: the degrees of freedom swap places` };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// The formula

interface Judged {
  readonly piece: string;
  readonly left: string;
  readonly right: string;
  readonly decision: Decision;
}

const ARROW = /⇒(P|d|as)/;

/** Premises `V \sim Law` and definitions `V = expr` stated in the inline math of the text before the formula. */
function premisesInProse(text: string, premises: Map<string, Law>, definitions: Map<string, string>): void {
  for (const m of text.matchAll(/\$\$([\s\S]*?)\$\$|\$([^$\n]*)\$/g)) {
    const math = m[1] ?? m[2] ?? '';
    if (!/\\sim|=/.test(math)) continue;
    for (const piece of piecesOf(math)) learn(piece, premises, definitions);
  }
}

/** Whether `piece` states a premise or a definition (learnt into the maps). */
function learn(piece: string, premises: Map<string, Law>, definitions: Map<string, string>): boolean {
  const law = splitAtToken(piece, '∼');
  if (law.length === 2 && VARIABLE.test(law[0]!) && !definitions.has(law[0]!)) {
    const parsed = lawOf(law[1]!);
    if (parsed) {
      premises.set(law[0]!, parsed);
      return true;
    }
  }
  const eq = splitAtToken(piece, '=');
  if (eq.length === 2 && VARIABLE.test(eq[0]!) && !/∼|⇒/.test(eq[1]!)) {
    definitions.set(eq[0]!, eq[1]!);
    premises.delete(eq[0]!);
    return true;
  }
  return false;
}

async function judgePiece(piece: string, ctx: Context): Promise<Judged | undefined> {
  const arrow = ARROW.exec(piece);
  if (arrow) {
    const [left, right] = [piece.slice(0, arrow.index), piece.slice(arrow.index + arrow[0].length)];
    const parts = splitAtToken(left, '=');
    const statistic = parts[parts.length - 1]!;
    if (!(await sameStatistic(parts.slice(0, -1), statistic, ctx))) return undefined;
    const decision = await limitLaw(statistic, arrow[1] as 'P' | 'd' | 'as', right, ctx);
    return decision && { piece, left, right, decision };
  }
  const law = splitAtToken(piece, '∼');
  if (law.length === 2) {
    const parsed = lawOf(law[1]!);
    if (!parsed) return undefined;
    const parts = splitAtToken(law[0]!, '=');
    const statistic = parts[parts.length - 1]!;
    if (!(await sameStatistic(parts.slice(0, -1), statistic, ctx))) return undefined;
    const decision = (await samplingLaw(statistic, parsed, ctx)) ?? (await closureLaw(statistic, parsed, ctx)) ?? (await tSquared(statistic, parsed, ctx));
    return decision && { piece, left: law[0]!, right: law[1]!, decision };
  }
  const decision = (await limitOfProbability(piece, ctx)) ?? (await quantileSymmetry(piece, ctx));
  if (!decision) return undefined;
  const sides = splitAtToken(piece, '=');
  return { piece, left: sides[0]!, right: sides.slice(1).join('='), decision };
}

/**
 * The parts of a chain before the statistic (`Z = \frac{\bar X-\mu}{\sigma/\sqrt n} \sim`, `(\bar X_n-\mu)/\sqrt{\sigma^2/n}
 * = \sqrt n\frac{\bar X_n-\mu}{\sigma} \sim`): each a name, or the same statistic written otherwise.
 */
async function sameStatistic(parts: readonly string[], statistic: string, ctx: Context): Promise<boolean> {
  const names = parts.filter((p) => VARIABLE.test(p));
  if (names.length > 1 || (names.length === 1 && parts[0] !== names[0])) return false;
  const written = parts.filter((p) => !VARIABLE.test(p));
  if (written.length === 0) return true;
  const stat = inSampleLetters(statistic);
  if (stat === undefined) return false;
  for (const part of written) {
    const other = inSampleLetters(part);
    if (other === undefined || !(await ctx.same(other, stat))) return false;
  }
  return true;
}

/** `t(n)^2 \sim F(1,n)`. */
async function tSquared(statistic: string, law: Law, ctx: Context): Promise<Decision | undefined> {
  const m = /^t\(([a-z0-9+\-]+)\)\^\{?2\}?$|^\{?t\^\{?2\}?\}?\(([a-z0-9+\-]+)\)$/.exec(statistic);
  if (!m || law.family !== 'F') return undefined;
  const k = m[1] ?? m[2]!;
  return (await allSame(ctx.same, law.params, ['1', k])) ? held('the square of a t variable') : undefined;
}

/** How far back the note's setting (normal population, binomial) may be. */
const SETTING_BACK = 6000;
/** How far back premises in the prose may be. */
const PREMISE_BACK = 1500;

function side(source: string, offset: number): SideReport {
  return { source, offset, value: null, readAs: '', symbols: [] };
}

/** The formula's law and limit statements judged as known results; the claims with their verdicts. */
export async function withSamplingLaws(claims: readonly ClaimReport[], note: string, span: MathSpan, options: AnalyzeOptions): Promise<readonly ClaimReport[]> {
  if (!MAY_STATE_LAW.test(span.source)) return claims;
  const pieces = piecesOf(span.source);
  if (!pieces.some((p) => /∼|⇒|\\Phi|_\{1-|_1-/.test(p))) return claims;
  const premises = new Map<string, Law>();
  const definitions = new Map<string, string>();
  const section = sectionText(note, span.start);
  premisesInProse(section.slice(-PREMISE_BACK), premises, definitions);
  const recognised: boolean[] = pieces.map((p) => learn(p, premises, definitions));
  const ctx: Context = {
    same: sameness(options),
    before: note.slice(Math.max(0, span.start - SETTING_BACK), span.start) + span.source,
    section: section + span.source,
    premises,
    definitions,
  };
  const judged: Judged[] = [];
  for (let i = 0; i < pieces.length; i++) {
    if (recognised[i]) continue;
    const j = await judgePiece(pieces[i]!, ctx);
    if (j) {
      judged.push(j);
      recognised[i] = true;
    }
  }
  if (judged.length === 0) return claims;
  const everyPiece = recognised.every(Boolean);
  const out = [...claims];
  for (const j of judged) {
    if (j.decision.verdict === 'holds' && !everyPiece) continue;
    const at = out.findIndex((c) => c.verdict === 'none' && lawSpelling(c.right.source) === j.right && j.left.endsWith(lawSpelling(c.left.source)));
    if (at >= 0) {
      const { reason: _reason, ...rest } = out[at]!;
      out[at] = { ...rest, verdict: j.decision.verdict, reading: j.decision.reading };
    } else if (!claims.some((c) => c.verdict !== 'none' && lawSpelling(c.right.source) === j.right)) {
      const offset = Math.max(0, span.source.indexOf(j.right));
      out.push({ relation: '\\sim', left: side(j.left, 0), right: side(j.right, offset), verdict: j.decision.verdict, relativeError: null, claimedSide: 'right', reading: j.decision.reading });
    }
  }
  return out;
}

/** The text of the formula's section before it (from its last heading, at most SETTING_BACK characters). */
function sectionText(note: string, start: number): string {
  const text = note.slice(Math.max(0, start - SETTING_BACK), start);
  const heading = text.search(/\n#+ [^\n]*\n(?![\s\S]*\n#+ )/);
  return heading < 0 ? text : text.slice(heading);
}
