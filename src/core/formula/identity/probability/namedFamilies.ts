/**
 * The table of named distributions: what "X ∼ Bin(n, p)", "X ∼ Exp(λ)", "X ∼ 𝒩(μ, σ²)" mean to every reader of a
 * study note. Notes state the standard facts of these families over and over — `E[X] = np`, `\mathrm{Var}(X) = np(1-p)`,
 * `P(X = k) = \frac{\lambda^k e^{-\lambda}}{k!}`, `F(x) = 1 - e^{-\lambda x}`, `E[X] = \frac{1-p}{p}` — and a careful
 * reader checks them against this table (namedFamilyClaims.ts).
 *
 * Each family lists its parameters (in the order its notation writes them, with their domain) and one or more
 * conventions: the geometric counts trials (support 1, 2, …) or failures (0, 1, …); the exponential and the gamma
 * take a rate or a scale; the normal's second parameter is the variance or the standard deviation. A convention
 * maps the parameters' LaTeX (each already bracketed) to the LaTeX of the pmf/pdf at a point, the CDF and the
 * survival function where closed (for a discrete family at an integer point), the mean, the variance, the MGF and
 * the entropy (nats) where closed. Everything is written with what the evaluator computes (no Γ, no erf): a CDF
 * without closed elementary form is left out, and the claim reading integrates the density instead.
 *
 * test/formula/namedFamilies.test.ts checks every row against sums and quadratures computed independently.
 */

export type ParameterDomain = 'real' | 'positive' | 'probability' | 'count';

export type FamilyKey = 'bernoulli' | 'binomial' | 'geometric' | 'poisson' | 'uniform' | 'exponential' | 'normal' | 'gamma' | 'beta' | 'laplace' | 'chiSquare' | 'studentT';

type Formula = (p: readonly string[]) => string;
type PointFormula = (p: readonly string[], x: string) => string;

export interface Convention {
  /** The convention's name as the reading reports it ('' when the family has one). */
  readonly name: string;
  readonly discrete: boolean;
  /** The support's lower end (LaTeX), −∞ written `-\infty`. */
  readonly lower: Formula;
  /** The support's upper end when bounded (LaTeX), else undefined. */
  readonly upper?: Formula;
  readonly density: PointFormula;
  readonly cdf?: PointFormula;
  readonly survival?: PointFormula;
  readonly mean: Formula;
  readonly variance: Formula;
  readonly mgf?: PointFormula;
  readonly entropy?: Formula;
}

export interface Family {
  readonly key: FamilyKey;
  /** What the reading calls it. */
  readonly title: string;
  readonly parameters: readonly ParameterDomain[];
  readonly conventions: readonly Convention[];
  /** Words of the convention: a note that says them near the tie fixes it (`rate`, `scale`, `failures`). */
  readonly fixedBy?: ReadonlyArray<readonly [RegExp, string]>;
}

const g = (s: string): string => `\\left(${s}\\right)`;
const frac = (a: string, b: string): string => `\\frac{${a}}{${b}}`;

const bernoulli: Family = {
  key: 'bernoulli',
  title: 'Bernoulli(p)',
  parameters: ['probability'],
  conventions: [{
    name: '',
    discrete: true,
    lower: () => '0',
    upper: () => '1',
    density: ([p], x) => `${p}^{${x}}${g(`1-${p}`)}^{1-${x}}`,
    mean: ([p]) => p!,
    variance: ([p]) => `${p}${g(`1-${p}`)}`,
    mgf: ([p], t) => `1-${p}+${p}e^{${t}}`,
    entropy: ([p]) => `-${p}\\ln ${p}-${g(`1-${p}`)}\\ln${g(`1-${p}`)}`,
  }],
};

const binomial: Family = {
  key: 'binomial',
  title: 'Bin(n, p)',
  parameters: ['count', 'probability'],
  conventions: [{
    name: '',
    discrete: true,
    lower: () => '0',
    upper: ([n]) => n!,
    density: ([n, p], x) => `\\binom{${n}}{${x}}${p}^{${x}}${g(`1-${p}`)}^{${n}-${x}}`,
    mean: ([n, p]) => `${n}${p}`,
    variance: ([n, p]) => `${n}${p}${g(`1-${p}`)}`,
    mgf: ([n, p], t) => `${g(`1-${p}+${p}e^{${t}}`)}^{${n}}`,
  }],
};

const geometric: Family = {
  key: 'geometric',
  title: 'Geometric(p)',
  parameters: ['probability'],
  conventions: [
    {
      name: 'counting trials (support 1, 2, …)',
      discrete: true,
      lower: () => '1',
      density: ([p], x) => `${g(`1-${p}`)}^{${x}-1}${p}`,
      cdf: ([p], x) => `1-${g(`1-${p}`)}^{${x}}`,
      survival: ([p], x) => `${g(`1-${p}`)}^{${x}}`,
      mean: ([p]) => frac('1', p!),
      variance: ([p]) => frac(`1-${p}`, `${p}^{2}`),
      mgf: ([p], t) => frac(`${p}e^{${t}}`, `1-${g(`1-${p}`)}e^{${t}}`),
      entropy: ([p]) => frac(`-${g(`1-${p}`)}\\ln${g(`1-${p}`)}-${p}\\ln ${p}`, p!),
    },
    {
      name: 'counting failures (support 0, 1, …)',
      discrete: true,
      lower: () => '0',
      density: ([p], x) => `${g(`1-${p}`)}^{${x}}${p}`,
      cdf: ([p], x) => `1-${g(`1-${p}`)}^{${x}+1}`,
      survival: ([p], x) => `${g(`1-${p}`)}^{${x}+1}`,
      mean: ([p]) => frac(`1-${p}`, p!),
      variance: ([p]) => frac(`1-${p}`, `${p}^{2}`),
      mgf: ([p], t) => frac(p!, `1-${g(`1-${p}`)}e^{${t}}`),
      entropy: ([p]) => frac(`-${g(`1-${p}`)}\\ln${g(`1-${p}`)}-${p}\\ln ${p}`, p!),
    },
  ],
  // Only a count named as such fixes the convention: "a Bernoulli trial", "trial failure = 0" name neither.
  fixedBy: [
    [/\bnumber of failures\b|\bfailures (?:before|until|preceding)\b|失败次数/i, 'counting failures (support 0, 1, …)'],
    [/\bnumber of trials\b|\btrials (?:needed|until|required|it takes)\b|试验次数/i, 'counting trials (support 1, 2, …)'],
  ],
};

const poisson: Family = {
  key: 'poisson',
  title: 'Poisson(λ)',
  parameters: ['positive'],
  conventions: [{
    name: '',
    discrete: true,
    lower: () => '0',
    density: ([l], x) => frac(`${l}^{${x}}e^{-${l}}`, `${x}!`),
    mean: ([l]) => l!,
    variance: ([l]) => l!,
    mgf: ([l], t) => `e^{${l}${g(`e^{${t}}-1`)}}`,
  }],
};

const uniform: Family = {
  key: 'uniform',
  title: 'Uniform(a, b)',
  parameters: ['real', 'real'],
  conventions: [{
    name: '',
    discrete: false,
    lower: ([a]) => a!,
    upper: ([, b]) => b!,
    density: ([a, b]) => frac('1', `${b}-${a}`),
    cdf: ([a, b], x) => frac(`${x}-${a}`, `${b}-${a}`),
    survival: ([a, b], x) => frac(`${b}-${x}`, `${b}-${a}`),
    mean: ([a, b]) => frac(`${a}+${b}`, '2'),
    variance: ([a, b]) => frac(`${g(`${b}-${a}`)}^{2}`, '12'),
    mgf: ([a, b], t) => frac(`e^{${t}${b}}-e^{${t}${a}}`, `${t}${g(`${b}-${a}`)}`),
    entropy: ([a, b]) => `\\ln${g(`${b}-${a}`)}`,
  }],
};

/** The exponential with rate `l` (a bracketed LaTeX expression). */
const exponentialWithRate = (name: string, rate: (p: readonly string[]) => string): Convention => ({
  name,
  discrete: false,
  lower: () => '0',
  density: (p, x) => `${rate(p)}e^{-${rate(p)}${x}}`,
  cdf: (p, x) => `1-e^{-${rate(p)}${x}}`,
  survival: (p, x) => `e^{-${rate(p)}${x}}`,
  mean: (p) => frac('1', rate(p)),
  variance: (p) => frac('1', `${rate(p)}^{2}`),
  mgf: (p, t) => frac(rate(p), `${rate(p)}-${t}`),
  entropy: (p) => `1-\\ln${rate(p)}`,
});

const exponential: Family = {
  key: 'exponential',
  title: 'Exp(λ)',
  parameters: ['positive'],
  conventions: [exponentialWithRate('with rate λ', ([l]) => l!), exponentialWithRate('with scale β (mean β)', ([b]) => g(frac('1', b!)))],
  fixedBy: [[/\brate\b|速率|率参数/i, 'with rate λ'], [/\bscale\b|尺度/i, 'with scale β (mean β)']],
};

/** The normal with mean `m` and variance `v(p)`. */
const normalWithVariance = (name: string, v: (p: readonly string[]) => string): Convention => ({
  name,
  discrete: false,
  lower: () => '-\\infty',
  density: (p, x) => frac('1', `\\sqrt{2\\pi ${v(p)}}`) + `e^{-\\frac{${g(`${x}-${p[0]}`)}^{2}}{2\\cdot ${v(p)}}}`,
  mean: ([m]) => m!,
  variance: (p) => v(p),
  mgf: (p, t) => `e^{${p[0]}${t}+\\frac{${v(p)}${t}^{2}}{2}}`,
  entropy: (p) => `\\frac{1}{2}\\ln${g(`2\\pi e ${v(p)}`)}`,
});

const normal: Family = {
  key: 'normal',
  title: '𝒩(μ, σ²)',
  parameters: ['real', 'positive'],
  conventions: [normalWithVariance('with the variance second', ([, v]) => v!), normalWithVariance('with the standard deviation second', ([, s]) => `${s}^{2}`)],
};

const gammaWithRate = (name: string, rate: (p: readonly string[]) => string): Convention => ({
  name,
  discrete: false,
  lower: () => '0',
  density: (p, x) => frac(`${rate(p)}^{${p[0]}}${x}^{${p[0]}-1}e^{-${rate(p)}${x}}`, `\\Gamma${g(p[0]!)}`),
  mean: (p) => frac(p[0]!, rate(p)),
  variance: (p) => frac(p[0]!, `${rate(p)}^{2}`),
  mgf: (p, t) => `${g(`1-\\frac{${t}}{${rate(p)}}`)}^{-${p[0]}}`,
});

const gamma: Family = {
  key: 'gamma',
  title: 'Gamma(α, β)',
  parameters: ['positive', 'positive'],
  conventions: [gammaWithRate('shape and rate', ([, b]) => b!), gammaWithRate('shape and scale', ([, th]) => g(frac('1', th!)))],
  fixedBy: [[/\brate\b/i, 'shape and rate'], [/\bscale\b/i, 'shape and scale']],
};

const beta: Family = {
  key: 'beta',
  title: 'Beta(α, β)',
  parameters: ['positive', 'positive'],
  conventions: [{
    name: '',
    discrete: false,
    lower: () => '0',
    upper: () => '1',
    density: ([a, b], x) => frac(`\\Gamma${g(`${a}+${b}`)}`, `\\Gamma${g(a!)}\\Gamma${g(b!)}`) + `${x}^{${a}-1}${g(`1-${x}`)}^{${b}-1}`,
    mean: ([a, b]) => frac(a!, `${a}+${b}`),
    variance: ([a, b]) => frac(`${a}${b}`, `${g(`${a}+${b}`)}^{2}${g(`${a}+${b}+1`)}`),
  }],
};

const laplace: Family = {
  key: 'laplace',
  title: 'Laplace(μ, b)',
  parameters: ['real', 'positive'],
  conventions: [{
    name: '',
    discrete: false,
    lower: () => '-\\infty',
    density: ([m, b], x) => `${frac('1', `2\\cdot ${b}`)}e^{-\\frac{\\left|${x}-${m}\\right|}{${b}}}`,
    mean: ([m]) => m!,
    variance: ([, b]) => `2\\cdot ${b}^{2}`,
    mgf: ([m, b], t) => frac(`e^{${m}${t}}`, `1-${b}^{2}${t}^{2}`),
    entropy: ([, b]) => `1+\\ln${g(`2\\cdot ${b}`)}`,
  }],
};

const chiSquare: Family = {
  key: 'chiSquare',
  title: 'χ²(k)',
  parameters: ['positive'],
  conventions: [{
    name: '',
    discrete: false,
    lower: () => '0',
    density: ([k], x) => frac(`${x}^{\\frac{${k}}{2}-1}e^{-\\frac{${x}}{2}}`, `2^{\\frac{${k}}{2}}\\Gamma${g(`\\frac{${k}}{2}`)}`),
    mean: ([k]) => k!,
    variance: ([k]) => `2\\cdot ${k}`,
    mgf: ([k], t) => `${g(`1-2\\cdot ${t}`)}^{-\\frac{${k}}{2}}`,
  }],
};

/** Student's t with n degrees of freedom: its moments as notes state them (`E(t(n)) = 0`, `D(t(n)) = \\frac{n}{n-2}`), for n > 2. */
const studentT: Family = {
  key: 'studentT',
  title: 't(n)',
  parameters: ['positive'],
  conventions: [{
    name: '',
    discrete: false,
    lower: () => '-\\infty',
    density: ([n], x) => frac(`\\Gamma${g(`\\frac{${n}+1}{2}`)}`, `\\sqrt{${n}\\pi}\\Gamma${g(`\\frac{${n}}{2}`)}`) + `${g(`1+\\frac{${x}^{2}}{${n}}`)}^{-\\frac{${n}+1}{2}}`,
    mean: () => '0',
    variance: ([n]) => frac(n!, `${n}-2`),
  }],
};

export const FAMILIES: readonly Family[] = [bernoulli, binomial, geometric, poisson, uniform, exponential, normal, gamma, beta, laplace, chiSquare, studentT];

export const familyOf = (key: FamilyKey): Family => FAMILIES.find((f) => f.key === key)!;

/**
 * The notation after `\sim` that names each family, its name stripped of `\text{}`, `\mathrm{}`,
 * `\operatorname{}`, `\mathcal{}` (`\mathcal{N}` is N), and the number of parameters it takes: `B(n, p)` is
 * the binomial of Chinese textbooks, `P(\lambda)` / `\pi(\lambda)` their Poisson, `E(\lambda)` their exponential.
 */
const NOTATIONS: ReadonlyArray<readonly [RegExp, FamilyKey, number]> = [
  [/^(?:Bernoulli|Bernouli|Bern|Ber)$/i, 'bernoulli', 1],
  [/^(?:Binomial|Binom|Bin|B|b)$/, 'binomial', 2],
  [/^(?:Binomial|Binom|Bin)$/i, 'binomial', 2],
  [/^(?:Geometric|Geom|Geo|G)$/i, 'geometric', 1],
  [/^(?:Poisson|Pois|Poi|P|\\pi)$/, 'poisson', 1],
  [/^(?:Poisson|Pois|Poi)$/i, 'poisson', 1],
  [/^(?:Uniform|Unif|U)$/i, 'uniform', 2],
  [/^(?:Exponential|Exp|Expo|E)$/i, 'exponential', 1],
  [/^(?:Normal|Gaussian|Gauss|N)$/i, 'normal', 2],
  [/^(?:Gamma|\\Gamma|Ga)$/i, 'gamma', 2],
  [/^(?:Beta|\\Beta|Be)$/i, 'beta', 2],
  [/^(?:Laplace|Lap)$/i, 'laplace', 2],
  [/^(?:\\chi\^2|\\chi\^\{2\}|\\chi_\{?2\}?|chi2|ChiSquared?)$/i, 'chiSquare', 1],
  [/^(?:t|Student|StudentT|\\mathcal\{T\})$/, 'studentT', 1],
];

/** The family a distribution's written name and parameter count name, if any. */
export function familyNamed(name: string, count: number): Family | undefined {
  const hit = NOTATIONS.find(([pattern, , n]) => n === count && pattern.test(name));
  return hit ? familyOf(hit[1]) : undefined;
}

/** The families' names in prose (English and Chinese), for "X follows a Poisson distribution" and a section's heading. */
export const FAMILY_WORDS: ReadonlyArray<readonly [RegExp, FamilyKey]> = [
  [/\bBernoulli\b|伯努利分布|两点分布|0-1\s*分布/i, 'bernoulli'],
  [/\bbinomial\b|二项分布/i, 'binomial'],
  [/\bgeometric\b|几何分布/i, 'geometric'],
  [/\bPoisson\b|泊松分布/i, 'poisson'],
  [/\b(?:continuous )?uniform\b|均匀分布/i, 'uniform'],
  [/\bexponential\b|指数分布/i, 'exponential'],
  [/\bnormal\b|\bGaussian\b|正态分布|高斯分布/i, 'normal'],
  [/\bgamma distribution\b|伽马分布/i, 'gamma'],
  [/\bbeta distribution\b|贝塔分布/i, 'beta'],
  [/\bLaplace distribution\b|拉普拉斯分布/i, 'laplace'],
  [/\bchi-?squared?\b|卡方分布|\\chi\s*\^\s*\{?2\}?\s*分布/i, 'chiSquare'],
  [/\bStudent(?:'s|’s)?[- ]t\b|(?<![A-Za-z\\])[tT][- ]distribution\b|(?<![A-Za-z\\])t\s*分布/, 'studentT'],
];

/** The letters notes give each family's parameters, in order: read when prose names the family without them. */
export const USUAL_LETTERS: Readonly<Record<FamilyKey, readonly string[]>> = {
  bernoulli: ['p'],
  binomial: ['n', 'p'],
  geometric: ['p'],
  poisson: ['\\lambda'],
  uniform: ['a', 'b'],
  exponential: ['\\lambda'],
  normal: ['\\mu', '\\sigma^2'],
  gamma: ['\\alpha', '\\beta'],
  beta: ['\\alpha', '\\beta'],
  laplace: ['\\mu', 'b'],
  chiSquare: ['k'],
  studentT: ['n'],
};
