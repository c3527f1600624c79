/**
 * Sample statistics and the standard inequalities of probability, read as the known statements they are.
 *
 * Statistics notes and course slides state the same few facts about an iid sample X_1, …, X_n with mean μ and
 * variance σ²: `E[\bar X] = \mu`, `\mathrm{Var}(\bar X) = \frac{\sigma^2}{n}`, the standard error
 * `\sigma_{\bar X} = \sigma/\sqrt{n}`, `E[S^2] = \sigma^2`, and for a sample proportion `\mathrm{Var}(\hat p) =
 * \frac{p(1-p)}{n}`, `SE(\hat p) = \sqrt{p(1-p)/n}`; and the inequalities of Markov and Chebyshev, Jensen's for a
 * convex f, the weak law of large numbers as the limit of a probability. None of them is an identity in its own
 * letters (σ is a number, X̄ a random variable), so the plain checker leaves them all undecided.
 *
 * Sample statistics (`SAMPLE_QUANTITIES`): each quantity of the claim is written out as its value in μ, σ, n, p (σ as
 * `e^u`, a positive number), and the written-out equation is judged by the ordinary checker as an identity. It holds
 * when the identity holds. It fails only when the written-out equation fails AND the claim's side equals one of the
 * quantity's recognised slips (σ/n for σ/√n, σ for σ², a dropped n): any other disagreement may be the note's own
 * meaning of its letters and stays undecided.
 *
 * Known statements (`STATEMENTS`): the claim, put in a canonical spelling (`\mathbb{P}`, `\Pr`, `P` the same; `[`
 * for `(`; `\geq` for `\ge`; `\varepsilon` for `\epsilon`; any capital the random variable), matched against each
 * statement's accepted forms and its recognised slips (Markov reversed, Chebyshev with σ for σ², the law of large
 * numbers with the probability of a deviation tending to 1). Jensen's inequality holds only after prose that calls
 * f convex (concave for `\ge`), and is never failed (the prose may speak of −f).
 *
 * Confirmations stand only when no other row of the formula is left undecided (undecidedClaims.ts).
 */
import { analyzeFormula } from '../../analyze';
import { confirmedWhenAllDecided } from '../../undecidedClaims';
import { withSamplingLaws } from './samplingLaws';
import type { AnalyzeOptions, ClaimReport, MathSpan } from '../../types';

/** The cheap test on a formula's source before anything is read. */
export const MAY_STATE_SAMPLING = /\\bar|\\overline|\\hat|\\widehat|S\s*\^\s*\{?\s*2|\\lim|\\(?:le|leq|leqslant|ge|geq|geqslant)(?![A-Za-z])|(?<![A-Za-z])SE(?![A-Za-z])/;

// ---------------------------------------------------------------------------------------------------------------
// Spelling

/** One spelling for the notations notes mix: operators, brackets, relations, bars and hats. */
export function canonical(text: string): string {
  return text
    .replace(/\\(?:left|right|bigl?|bigr?|Bigl?|Bigr?|displaystyle)(?![A-Za-z])/g, '')
    .replace(/\\(?:[,;:! ]|q?quad(?![A-Za-z]))/g, '')
    .replace(/\\(?:mathbb|mathrm|operatorname|text|textrm|mathsf)\s*\{\s*([A-Za-z]+)\s*\}/g, '$1')
    .replace(/\\Pr(?![A-Za-z])/g, 'P')
    // `\lim_{n \rightarrow \infty}` and `P\{…\}`, as Chinese probability courses write the limit and the event.
    .replace(/\\(?:rightarrow|longrightarrow)(?![A-Za-z])/g, '\\to')
    .replace(/P\s*\\\{((?:(?!\\[{}]).)*)\\\}/g, 'P($1)')
    .replace(/\\(?:dfrac|tfrac)(?![A-Za-z])/g, '\\frac')
    .replace(/\\(?:geq|geqslant)(?![A-Za-z])/g, '\\ge')
    .replace(/\\(?:leq|leqslant)(?![A-Za-z])/g, '\\le')
    .replace(/\\varepsilon(?![A-Za-z])/g, '\\epsilon')
    .replace(/\\(?:lvert|rvert|vert|mid)(?![A-Za-z])/g, '|')
    .replace(/\\(?:overline|bar)\s*\{\s*([A-Za-z])\s*\}/g, '\\bar{$1}')
    .replace(/\\(?:widehat|hat)\s*\{\s*([A-Za-z])\s*\}/g, '\\hat{$1}')
    .replace(/\\(bar|hat)\s+([A-Za-z])/g, '\\$1{$2}')
    .replace(/\bvar(?=[([])/g, 'Var')
    .replace(/\[/g, '(')
    .replace(/\]/g, ')')
    .replace(/\s+/g, '');
}

// ---------------------------------------------------------------------------------------------------------------
// Sample statistics written out

interface SampleQuantity {
  /** The quantity in the canonical spelling (a capital or lowercase letter, the sample's). */
  readonly pattern: RegExp;
  /** Its value in μ, σ (written `SIGMA`), n, p. */
  readonly value: string;
  /** Values a slip writes instead. */
  readonly slips: readonly string[];
  readonly name: string;
}

/** The sample mean: `\bar{X}`, `\bar{X}_n`, `\bar{x}` (canonical spelling). */
const MEAN = String.raw`\\bar\{[A-Za-z]\}(?:_(?:\{n\}|n))?`;
const PHAT = String.raw`\\hat\{p\}`;
const E = String.raw`E(?:_\{[^{}]*\})?`;
const VAR = String.raw`(?:Var|V)`;
const SE = String.raw`(?:SE|se|SD|sd|s\.e\.)`;

const SAMPLE_QUANTITIES: readonly SampleQuantity[] = [
  { name: 'the mean of the sample mean', pattern: new RegExp(`${E}\\(${MEAN}\\)|\\\\mu_\\{${MEAN}\\}`, 'g'), value: '\\mu', slips: ['n\\mu', '\\frac{\\mu}{n}'] },
  {
    name: 'the variance of the sample mean',
    pattern: new RegExp(`${VAR}\\(${MEAN}\\)|\\\\sigma\\^(?:2|\\{2\\})_\\{${MEAN}\\}|\\\\sigma_\\{${MEAN}\\}\\^(?:2|\\{2\\})`, 'g'),
    value: '\\frac{SIGMA^2}{n}',
    slips: ['\\frac{SIGMA}{n}', '\\frac{SIGMA^2}{n^2}', '\\frac{SIGMA}{\\sqrt{n}}', '\\frac{SIGMA^2}{\\sqrt{n}}', 'SIGMA^2', 'n SIGMA^2'],
  },
  {
    name: 'the standard error of the sample mean',
    pattern: new RegExp(`${SE}\\(${MEAN}\\)|\\\\sigma_\\{${MEAN}\\}(?!\\^)`, 'g'),
    value: '\\frac{SIGMA}{\\sqrt{n}}',
    slips: ['\\frac{SIGMA}{n}', '\\frac{SIGMA^2}{n}', '\\frac{SIGMA^2}{\\sqrt{n}}', 'SIGMA', 'SIGMA\\sqrt{n}', '\\frac{SIGMA}{n^2}'],
  },
  { name: 'the mean of the sample variance', pattern: /E(?:_\{[^{}]*\})?\((?:S|s)\^(?:2|\{2\})\)/g, value: 'SIGMA^2', slips: [] },
  { name: 'the mean of the sample proportion', pattern: new RegExp(`${E}\\(${PHAT}\\)`, 'g'), value: 'p', slips: ['np'] },
  {
    name: 'the variance of the sample proportion',
    pattern: new RegExp(`${VAR}\\(${PHAT}\\)|\\\\sigma\\^(?:2|\\{2\\})_\\{${PHAT}\\}|\\\\sigma_\\{${PHAT}\\}\\^(?:2|\\{2\\})`, 'g'),
    value: '\\frac{p\\cdot(1-p)}{n}',
    slips: ['p\\cdot(1-p)', '\\frac{p\\cdot(1-p)}{n^2}', 'n p\\cdot(1-p)', '\\frac{p}{n}', '\\sqrt{\\frac{p\\cdot(1-p)}{n}}'],
  },
  {
    name: 'the standard error of the sample proportion',
    pattern: new RegExp(`${SE}\\(${PHAT}\\)|\\\\sigma_\\{${PHAT}\\}(?!\\^)`, 'g'),
    value: '\\sqrt{\\frac{p\\cdot(1-p)}{n}}',
    slips: ['\\frac{p\\cdot(1-p)}{n}', '\\frac{\\sqrt{p\\cdot(1-p)}}{n}', '\\sqrt{p\\cdot(1-p)}', '\\sqrt{\\frac{p}{n}}'],
  },
];

/** The sample's own variables, read once a sample statistic is in the claim: E[X_i] = μ, Var(X_i) = σ². */
const MEMBER = String.raw`[A-Z]_(?:\{i\}|i|\{1\}|1)`;
const MEMBER_MEAN = new RegExp(`${E}\\(${MEMBER}\\)`, 'g');
const MEMBER_VARIANCE = new RegExp(`${VAR}\\(${MEMBER}\\)`, 'g');

/** A bare `SE` (or `\text{SE}`) beside σ and √n, with no p: the standard error of the mean. */
const BARE_SE = /^(?:SE|se|s\.e\.)$/;

/** A side with its sample quantities written out, and the quantities it wrote out. */
function writtenOut(side: string, other: string): { text: string; quantities: SampleQuantity[] } {
  let text = side;
  const quantities: SampleQuantity[] = [];
  for (const q of SAMPLE_QUANTITIES) {
    text = text.replace(q.pattern, () => {
      quantities.push(q);
      return `{(${q.value})}`;
    });
  }
  if (quantities.length === 0 && BARE_SE.test(side) && /\\sigma/.test(other) && /\\sqrt/.test(other) && !/(?<![A-Za-z\\])p(?![A-Za-z])/.test(other)) {
    quantities.push(SAMPLE_QUANTITIES[2]!);
    text = `{(${SAMPLE_QUANTITIES[2]!.value})}`;
  }
  return { text, quantities };
}

/** Anything random or statistical left after writing out: the claim speaks of more than these facts. */
const STILL_RANDOM = /\\bar|\\hat|(?<![A-Za-z\\])(?:E|Var|V|SE|SD|Cov|P)\(|[A-Z]_|\\prod|\\int|\\lim|\\sim|\\mathbf/;

/** Letters free for the written-out σ. */
function spare(text: string): string | undefined {
  return [...'uvwqz'].find((l) => !new RegExp(`(?<![\\\\A-Za-z])${l}(?![A-Za-z])`).test(text));
}

async function verdictOf(latex: string, options: AnalyzeOptions): Promise<ClaimReport['verdict'] | undefined> {
  const report = await analyzeFormula(latex, { ...options, definitions: undefined });
  return report.claims.length === 1 ? report.claims[0]!.verdict : undefined;
}

const SAMPLE_READING = (name: string) =>
  `as ${name} of an iid sample with mean μ, variance σ² (σ > 0) and size n, written out and checked at random points`;

/** The note defines S² with 1/n (the biased variance): E[S²] = σ² is then not this reading's. */
const BIASED_S2 = /S\s*\^\s*\{?\s*2\s*\}?\s*=\s*\\frac\s*\{\s*1\s*\}\s*\{\s*n\s*\}/;

/**
 * The claim judged as a statement about the sample statistics it writes. `ofSample`: another row of the formula writes
 * one, so the sample's own `E[X_i]`, `Var(X_i)` in this row are read too (`= \frac{1}{n^2}\sum_{i=1}^{n} Var(X_i) = …`).
 */
async function sampleStatistic(claim: ClaimReport, options: AnalyzeOptions, before: string, ofSample: boolean): Promise<ClaimReport> {
  if (claim.relation !== '=' && claim.relation !== '\\approx') return claim;
  const sides = [canonical(claim.left.source), canonical(claim.right.source)] as const;
  const written = [writtenOut(sides[0], sides[1]), writtenOut(sides[1], sides[0])];
  const quantities = [...written[0]!.quantities, ...written[1]!.quantities];
  const members = (t: string) => t.search(MEMBER_MEAN) >= 0 || t.search(MEMBER_VARIANCE) >= 0;
  if (quantities.length === 0 && !(ofSample && sides.some(members))) return claim;
  if (quantities.some((q) => q.value === 'SIGMA^2' && q.slips.length === 0) && BIASED_S2.test(before)) return claim;
  const texts = written.map((w) => w!.text.replace(MEMBER_MEAN, '{(\\mu)}').replace(MEMBER_VARIANCE, '{(SIGMA^2)}'));
  if (texts.some((t) => STILL_RANDOM.test(t))) return claim;
  const u = spare(texts.join(' '));
  if (u === undefined) return claim;
  const positive = (t: string) => t.replace(/\\sigma(?![A-Za-z])/g, 'SIGMA').replace(/SIGMA/g, `{(e^{${u}})}`);
  const relation = claim.relation === '\\approx' ? '\\approx' : '=';
  const verdict = await verdictOf(`${positive(texts[0]!)} ${relation} ${positive(texts[1]!)}`, options);
  const name = quantities[0]?.name ?? 'the variables';
  if (verdict === 'holds') {
    const { reason: _reason, ...rest } = claim;
    return { ...rest, verdict: 'holds', reading: SAMPLE_READING(name) };
  }
  // A recognised slip: one quantity on one side, the other side what the slip writes.
  if (verdict !== 'fails' || quantities.length !== 1) return claim;
  const at = written[0]!.quantities.length === 1 ? 0 : 1;
  if (written[at]!.text !== `{(${quantities[0]!.value})}`) return claim;
  for (const slip of quantities[0]!.slips) {
    if ((await verdictOf(`${positive(texts[1 - at]!)} = ${positive(slip)}`, options)) === 'holds') {
      const { reason: _reason, ...rest } = claim;
      return { ...rest, verdict: 'fails', reading: SAMPLE_READING(name).replace('checked at random points', `which is ${quantities[0]!.value.replace(/SIGMA/g, 'σ')}, not what the claim writes`) };
    }
  }
  return claim;
}

// ---------------------------------------------------------------------------------------------------------------
// Known statements

interface Statement {
  readonly name: string;
  /** Canonical claims (`left relation right`, no spaces) that state it. */
  readonly holds: readonly RegExp[];
  /** Canonical claims that state it wrongly. */
  readonly slips: readonly RegExp[];
  /** Prose the text before the formula must contain for it to hold (Jensen: a convex f). */
  readonly needs?: RegExp;
}

/** A random variable: one capital (X, Y, Z), perhaps with a subscript. */
const RV = String.raw`[A-Z]`;
const POS = String.raw`(?:[a-z]|\\epsilon|\\delta|\\lambda)`;
const ABSDEV = String.raw`\|(${RV})-(?:\\mu|E\(\1\))\|`;
const SAMPLE_MEAN = String.raw`(?:\\bar\{[A-Z]\}_(?:\{n\}|n)|\\bar\{[A-Z]\}|\\frac\{S_(?:\{n\}|n)\}\{n\}|\\frac\{1\}\{n\}\\sum_\{i=1\}\^\{?n\}?[A-Z]_(?:\{i\}|i))`;
const LIM = String.raw`\\lim_\{n\\to(?:\\infty|\+\\infty)\}`;
/** The frequency of an event in n trials (Bernoulli's law of large numbers): `\frac{f_A}{n}`, `\frac{n_A}{n}`, `\hat p_n`. */
const FREQUENCY = String.raw`(?:\\frac\{(?:[a-zA-Z]|\\mu)_(?:\{[A-Za-z]\}|[A-Za-z])\}\{n\}|\\frac\{S_(?:\{n\}|n)\}\{n\}|\\hat\{p\}(?:_(?:\{n\}|n))?)`;
/** The deviation whose probability the law of large numbers speaks of. */
const DEVIATION = String.raw`(?:${SAMPLE_MEAN}-\\mu|${FREQUENCY}-p)`;

const STATEMENTS: readonly Statement[] = [
  {
    name: "Markov's inequality (X ≥ 0, a > 0)",
    holds: [
      new RegExp(String.raw`^P\((${RV})(?:\\ge|>)(${POS})\)\\le(?:\\frac\{E\(\1\)\}\{\2\}|E\(\1\)/\2|\\frac\{\\mu\}\{\2\})$`),
      new RegExp(String.raw`^(${POS})P\((${RV})(?:\\ge|>)\1\)\\leE\(\2\)$`),
    ],
    slips: [new RegExp(String.raw`^P\((${RV})(?:\\ge|>)(${POS})\)\\ge(?:\\frac\{E\(\1\)\}\{\2\}|E\(\1\)/\2)$`), new RegExp(String.raw`^P\((${RV})(?:\\ge|>)(${POS})\)\\le\\frac\{\2\}\{E\(\1\)\}$`)],
  },
  {
    name: "Chebyshev's inequality",
    holds: [
      // P(|X − μ| ≥ kσ) ≤ 1/k², P(|X − μ| ≥ ε) ≤ σ²/ε² (or Var(X)/ε²).
      new RegExp(String.raw`^P\(${ABSDEV}(?:\\ge|>)([a-z])\\sigma\)\\le\\frac\{1\}\{\2\^(?:2|\{2\})\}$`),
      new RegExp(String.raw`^P\(${ABSDEV}(?:\\ge|>)(${POS})\)\\le\\frac\{(?:\\sigma\^(?:2|\{2\})|Var\(\1\))\}\{\2\^(?:2|\{2\})\}$`),
    ],
    slips: [
      new RegExp(String.raw`^P\(${ABSDEV}(?:\\ge|>)([a-z])\\sigma\)\\ge\\frac\{1\}\{\2\^(?:2|\{2\})\}$`),
      new RegExp(String.raw`^P\(${ABSDEV}(?:\\ge|>)(${POS})\)\\le\\frac\{\\sigma\}\{\2\^(?:2|\{2\})\}$`),
      new RegExp(String.raw`^P\(${ABSDEV}(?:\\ge|>)(${POS})\)\\le\\frac\{(?:\\sigma\^(?:2|\{2\})|Var\(\1\))\}\{\2\}$`),
    ],
  },
  {
    name: 'the weak law of large numbers',
    holds: [
      new RegExp(String.raw`^${LIM}P\(\|${DEVIATION}\|(?:>|\\ge)(${POS})\)=0$`),
      new RegExp(String.raw`^${LIM}P\(\|${DEVIATION}\|(?:<|\\le)(${POS})\)=1$`),
    ],
    slips: [
      new RegExp(String.raw`^${LIM}P\(\|${DEVIATION}\|(?:>|\\ge)(${POS})\)=1$`),
      new RegExp(String.raw`^${LIM}P\(\|${DEVIATION}\|(?:<|\\le)(${POS})\)=0$`),
    ],
  },
  {
    name: "Jensen's inequality for a convex f",
    holds: [new RegExp(String.raw`^f\(E\((${RV}|[a-z])\)\)\\leE\(f\(\1\)\)$`), new RegExp(String.raw`^E\(f\((${RV}|[a-z])\)\)\\gef\(E\(\1\)\)$`)],
    slips: [],
    needs: /convex|凸/i,
  },
  {
    name: "Jensen's inequality for a concave f",
    holds: [new RegExp(String.raw`^f\(E\((${RV}|[a-z])\)\)\\geE\(f\(\1\)\)$`), new RegExp(String.raw`^E\(f\((${RV}|[a-z])\)\)\\lef\(E\(\1\)\)$`)],
    slips: [],
    needs: /concave|凹/i,
  },
];

const STATEMENT_READING = (name: string) => `as ${name}, a known statement`;

function knownStatement(claim: ClaimReport, before: string): ClaimReport {
  const text = `${canonical(claim.left.source)}${claim.relation === '\\approx' ? '\\approx' : claim.relation}${canonical(claim.right.source)}`;
  for (const statement of STATEMENTS) {
    if (statement.holds.some((p) => p.test(text))) {
      // Jensen: the prose must say which way f curves, and not both ways.
      if (statement.needs) {
        const other = statement.needs.source.includes('convex') ? /concave|凹/i : /convex|凸/i;
        if (!statement.needs.test(before) || other.test(before)) continue;
      }
      const { reason: _reason, ...rest } = claim;
      return { ...rest, verdict: 'holds', reading: STATEMENT_READING(statement.name) };
    }
    if (statement.slips.some((p) => p.test(text))) {
      const { reason: _reason, ...rest } = claim;
      return { ...rest, verdict: 'fails', reading: STATEMENT_READING(statement.name).replace('a known statement', 'a known statement this claim misstates') };
    }
  }
  return claim;
}

/** How far back the prose that names f convex may be. */
const PROSE_BACK = 400;
/** How far back a note's definition of S² may be. */
const DEFINITION_BACK = 3000;

/**
 * The formula's claims, each judged as a sample statistic or a known statement where it is one, then its law and limit
 * statements as known results (samplingLaws.ts); else as it was.
 */
export async function withSamplingStatements(claims: readonly ClaimReport[], note: string, span: MathSpan, options: AnalyzeOptions): Promise<readonly ClaimReport[]> {
  return withSamplingLaws(await statementsAndStatistics(claims, note, span, options), note, span, options);
}

async function statementsAndStatistics(claims: readonly ClaimReport[], note: string, span: MathSpan, options: AnalyzeOptions): Promise<readonly ClaimReport[]> {
  if (!MAY_STATE_SAMPLING.test(span.source) || !claims.some((c) => c.verdict === 'none')) return claims;
  // The paragraph that leads into the formula ("If f is convex, then"): a remark before it may speak of −f.
  const lead = note.slice(Math.max(0, span.start - PROSE_BACK), span.start).replace(/[\s$]*$/, '');
  const prose = lead.slice(lead.lastIndexOf('\n\n') + 1).replace(/\$\$[\s\S]*?\$\$|\$[^$\n]*\$/g, ' ');
  const definitions = note.slice(Math.max(0, span.start - DEFINITION_BACK), span.start);
  const ofSample = claims.some((c) => [c.left.source, c.right.source].some((t) => writtenOut(canonical(t), '').quantities.length > 0));
  const out: ClaimReport[] = [];
  for (const claim of claims) {
    if (claim.verdict !== 'none' || claim.left.error || claim.right.error) {
      out.push(claim);
      continue;
    }
    const known = knownStatement(claim, prose);
    out.push(known !== claim ? known : await sampleStatistic(claim, options, definitions, ofSample));
  }
  // A refutation stands alone; a confirmation only when no row is left undecided.
  return confirmedWhenAllDecided(claims, out);
}
