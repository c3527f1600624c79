/**
 * The score of a normal density the note defines by name: after
 * `q_{\sigma}(\tilde{\mathbf{x}}\mid\mathbf{x})=\mathcal{N}(\tilde{\mathbf{x}}\mid\mathbf{x}, \sigma^{2}\mathbf{I})`, the claim
 * `\nabla_{\tilde{\mathbf{x}}} \log q_{\sigma}(\tilde{\mathbf{x}}\mid\mathbf{x}) = \frac{\tilde{\mathbf{x}} - \mathbf{x}}{\sigma^{2}}`
 * (hse-lambda-dgm, denoising score matching; Lyy-iiis/DL-notes writes the same slip) drops the minus sign of
 * −(x̃ − x)/σ². Score matching and diffusion notes write this step again and again: the density is a
 * Gaussian, its log a quadratic, the gradient by the point is −(point − mean)/variance, by the mean
 * +(point − mean)/variance. A careful reader needs no value to see it; this reading writes that score out
 * and compares it with the claimed side at random points (the scalar identity check).
 *
 * Read only when nothing is left to convention:
 * - the density is defined in the note by the same name and arguments, `NAME(ARGS) = \mathcal{N}(…)`, and
 *   every such definition in the note says the same (a name defined twice is not read);
 * - its variance is one: a covariance written with the identity (`\sigma^2\mathbf{I}`, `\beta_t I`) or a
 *   square (`\sigma^2`); a bare `\sigma` may be the standard deviation, and is not read;
 * - the gradient is taken by the point or by the bare mean (`\nabla_{\tilde{x}}`, `\nabla_{x}`), which the
 *   variance does not contain;
 * - the claimed side writes no letter the density does not (an `\epsilon` the note defines through the
 *   sample, `-\frac{\epsilon}{\sqrt{1-\bar\alpha_t}}`, is left open), and no matrix notation (transpose,
 *   inverse, norm, Σ). Vectors are read as numbers (one coordinate): the gradient of an isotropic Gaussian
 *   is the same in each coordinate, so a claim that fails in one dimension fails.
 * A claim that holds so holds; one that differs fails.
 */
import { readerIfLoaded, type MathJson } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import { closingBracket, splitOutsideBrackets } from '../read/outsideBrackets';
import { freeSymbols } from '../read/readAs';
import type { ClaimReport, FormulaReport, MathSpan } from '../types';
import { checkIdentity } from './identity';
import { budgetDeadline } from '../deadline';

/** The cheap test: a gradient of a logarithm. */
export const WRITES_SCORE = (source: string): boolean => source.includes('\\nabla') && /\\(?:log|ln)(?![A-Za-z])/.test(source);

export const GAUSSIAN_SCORE_READING = 'with the density the note defines as normal, its score written out: −(point − mean)/variance by the point, +(point − mean)/variance by the mean';

/** Spacing, `\left`/`\right`, `\mid` and bold dropped: the spelling definitions and claims are compared in. */
function compact(text: string): string {
  return text
    .replace(/\\(?:left|right)(?![A-Za-z])/g, '')
    .replace(/\\mid(?![A-Za-z])/g, '|')
    .replace(/\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*(\\?[A-Za-z]+)\s*\}/g, '$1')
    .replace(/\\(?:mathbf|boldsymbol|bm)\s+(\\?[A-Za-z])/g, '$1')
    .replace(/\\[,;:!]|\\quad|\\qquad|~/g, '')
    .replace(/\s+/g, '')
    .replace(/\\(tilde|hat|bar|widetilde|widehat|overline)(\\[A-Za-z]+|[A-Za-z])/g, '\\$1{$2}')
    .replace(/([_^])(\\[A-Za-z]+|[A-Za-z0-9])/g, '$1{$2}');
}

/** A density's name: a letter, perhaps subscripted or primed (`q_{\sigma}`, `p_\theta`, `p'`). */
const NAME = String.raw`[A-Za-z](?:_\{[^{}]*\})?'?`;
/** `\nabla_{V}\log NAME(`: the gradient's variable, the density's name, where its bracket opens. */
const SCORE = new RegExp(String.raw`^\\nabla_\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}\\(?:log|ln)(${NAME}|\\mathcal(?:\{N\}|N))\(`);
const NORMAL = /^\\mathcal(?:\{N\}|N)\(/;
/** After `\\sim` the plain N names the normal distribution too (`\\sim N(x, \\sigma^2 I)`). */
const DRAWN_NORMAL = /^(?:\\mathcal(?:\{N\}|N)|N)\(/;
/** Matrix notation a one-coordinate reading would misread. */
const MATRIX_NOTATION = /\\top|\^\{?T\b|\^\{-1\}|\\Sigma|\\\||\\[lr]Vert|\\mathbb\{E\}|\\sum|\\int|\\nabla|\\partial/;
/** The identity as a factor of a covariance. */
const IDENTITY_FACTOR = /(?:\\cdot)?(?:\\mathbb\{I\}|\\mathbb\{1\}|I)$/;
const SQUARED = /\^(?:2|\{2\})$/;

interface NormalDensity {
  readonly point: string;
  readonly mean: string;
  readonly variance: string;
}

/** The normal density `\mathcal{N}(content)` of a density whose arguments are `args`; undefined when its variance is not plainly one. */
function normalOf(content: string, args: string): NormalDensity | undefined {
  const pointSplit = splitOutsideBrackets(content, '|;');
  let point: string;
  let parameters: string[];
  if (pointSplit.length === 2) {
    point = pointSplit[0]!;
    parameters = splitOutsideBrackets(pointSplit[1]!, ',');
  } else if (pointSplit.length === 1) {
    // `q(x_t \mid x_{t-1}) = \mathcal{N}(\sqrt{1-\beta_t}x_{t-1}, \beta_t I)`: the point is the density's first argument.
    point = splitOutsideBrackets(args, '|;,')[0]!;
    parameters = splitOutsideBrackets(content, ',');
  } else return undefined;
  if (parameters.length !== 2) return undefined;
  const mean = parameters[0]!;
  let variance = parameters[1]!;
  const withIdentity = IDENTITY_FACTOR.exec(variance);
  if (withIdentity) variance = variance.slice(0, withIdentity.index);
  else if (!SQUARED.test(variance)) return undefined;
  if ([point, mean, variance].some((p) => p === '')) return undefined;
  return { point, mean, variance };
}

/** Every `NAME(ARGS) = \mathcal{N}(…)` of the note, as the density it defines; undefined when none, or two differ. */
function definedNormal(note: string, name: string, args: string): NormalDensity | undefined {
  const text = compact(note);
  const key = `${name}(${args})=`;
  const found = new Set<string>();
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    const after = text.slice(at + key.length);
    const normal = NORMAL.exec(after);
    if (!normal) continue;
    const close = closingBracket(after, normal[0].length - 1);
    if (close < 0) return undefined;
    found.add(after.slice(normal[0].length, close));
  }
  // `\tilde{x} \mid x \sim \mathcal{N}(x, \sigma^2 I)`: the distribution of the same arguments, read for this name only when
  // no other density of the note is applied to them (diffusion notes give q(x_{t-1} | x_t) and p_θ(x_{t-1} | x_t) apart).
  const drawn = `${args}\\sim`;
  for (let at = text.indexOf(drawn); at >= 0; at = text.indexOf(drawn, at + 1)) {
    if (/[A-Za-z0-9}_]$/.test(text.slice(0, at)) && !/[$,]$/.test(text.slice(0, at))) continue;
    const after = text.slice(at + drawn.length);
    const normal = DRAWN_NORMAL.exec(after);
    if (!normal) continue;
    const close = closingBracket(after, normal[0].length - 1);
    if (close < 0) return undefined;
    found.add(after.slice(normal[0].length, close));
  }
  if (found.size !== 1) return undefined;
  const others = new Set([...text.matchAll(new RegExp(String.raw`(${NAME})\(`, 'g'))].filter((m) => text.startsWith(args, m.index! + m[0].length) && text[m.index! + m[0].length + args.length] === ')').map((m) => m[1]!));
  others.delete(name);
  if (others.size > 0) return undefined;
  return normalOf([...found][0]!, args);
}

const bracketed = (text: string): string => `\\left(${text}\\right)`;

/** The score the density's definition gives, by `variable`: undefined when the variable is neither the point nor the bare mean. */
function scoreOf(density: NormalDensity, variable: string, symbolsOf: (latex: string) => Set<string> | undefined): string | undefined {
  const inVariance = symbolsOf(density.variance);
  const variableSymbols = symbolsOf(variable);
  if (!inVariance || !variableSymbols || variableSymbols.size !== 1) return undefined;
  const v = [...variableSymbols][0]!;
  if (inVariance.has(v)) return undefined;
  const difference = `\\frac{${bracketed(density.point)}-${bracketed(density.mean)}}{${bracketed(density.variance)}}`;
  const inMean = symbolsOf(density.mean);
  const inPoint = symbolsOf(density.point);
  if (!inMean || !inPoint) return undefined;
  if (density.point === variable && !inMean.has(v)) return `-${difference}`;
  if (density.mean === variable && !inPoint.has(v)) return difference;
  return undefined;
}

/** A decorated, primed or subscripted name (`\tilde{x}`, `x'`, `\bar{\alpha}_{t}`, `x_{t-1}`): one letter to the reader. */
const COMPOUND_NAME = /\\(?:tilde|hat|bar|widetilde|widehat|overline)\{(?:\\[A-Za-z]+|[A-Za-z])\}(?:_\{[^{}]*\})?'*|(?:\\[A-Za-z]+|[A-Za-z])(?:_\{[^{}]*\}'*|'+)|\\(?:alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|vartheta|lambda|mu|nu|xi|rho|sigma|tau|phi|varphi|chi|psi|omega)(?![A-Za-z])/g;
const FRESH_LETTERS = 'abcdfghkmnpqrsuvwyzABCDFGHJKLMNOPQRSTUVWXYZ';
/** Commands that are operators, not names, before a subscript. */
const OPERATOR_COMMAND = /^\\(?:sum|prod|int|log|ln|exp|sqrt|frac|lim|max|min)/;

/** The texts with each compound name replaced by a fresh letter, the same name the same letter in all; undefined when letters run out. */
function withPlainNames(texts: readonly string[]): string[] | undefined {
  const names = new Map<string, string>();
  const used = new Set(texts.join(' ').replace(/\\[A-Za-z]+/g, ' ').match(/[A-Za-z]/g) ?? []);
  const free = [...FRESH_LETTERS].filter((l) => !used.has(l));
  const out: string[] = [];
  for (const text of texts) {
    let failed = false;
    out.push(text.replace(COMPOUND_NAME, (name) => {
      if (OPERATOR_COMMAND.test(name)) return name;
      let letter = names.get(name);
      if (letter === undefined) {
        letter = free.shift();
        if (letter === undefined) { failed = true; return name; }
        names.set(name, letter);
      }
      return letter;
    }));
    if (failed) return undefined;
  }
  return out;
}

/** The claim judged against the score of a normal density the note defines, or as it was. */
function judgeScore(note: string, claim: ClaimReport, deadline: number): ClaimReport {
  if (claim.verdict !== 'none' || claim.relation !== '=') return claim;
  const reader = readerIfLoaded();
  if (!reader) return claim;
  const read = (latex: string): MathJson | undefined => {
    try {
      return reader.read(normalizeLatex(latex));
    } catch {
      return undefined;
    }
  };
  const symbolsOf = (latex: string): Set<string> | undefined => {
    const json = read(latex);
    return json === undefined ? undefined : new Set(freeSymbols(json));
  };
  const sides = [compact(claim.left.source), compact(claim.right.source)] as const;
  for (const k of [0, 1] as const) {
    const m = SCORE.exec(sides[k]);
    if (!m) continue;
    const open = m[0].length - 1;
    const close = closingBracket(sides[k], open);
    if (close !== sides[k].length - 1) continue;
    const variable = m[1]!;
    const args = sides[k].slice(open + 1, close);
    // `\nabla_{x} \log \mathcal{N}(x; \mu, \sigma^2 I)`: the density written by name, its point inside.
    const density = m[2]!.startsWith('\\mathcal') ? normalOf(args, '') : definedNormal(note, m[2]!, args);
    if (!density) continue;
    if (MATRIX_NOTATION.test(sides[1 - k]!)) continue;
    const plain = withPlainNames([density.point, density.mean, density.variance, variable, sides[1 - k]!]);
    if (!plain) continue;
    const [point, mean, variance, plainVariable, claimed] = plain as [string, string, string, string, string];
    const score = scoreOf({ point, mean, variance }, plainVariable, symbolsOf);
    if (score === undefined) continue;
    const scoreJson = read(score);
    const claimedJson = read(claimed);
    const scoreSymbols = symbolsOf(score);
    const claimedSymbols = symbolsOf(claimed);
    if (!scoreJson || !claimedJson || !scoreSymbols || !claimedSymbols) continue;
    if ([...claimedSymbols].some((s) => !scoreSymbols.has(s))) continue;
    const outcome = checkIdentity(`${score} = ${claimed}`, scoreJson, claimedJson, new Map(), deadline);
    if (outcome.kind !== 'judged' || outcome.verdict === 'none') continue;
    const { reason: _reason, fix: _fix, ...rest } = claim;
    return { ...rest, verdict: outcome.verdict, reading: GAUSSIAN_SCORE_READING, identity: { points: outcome.check.points } };
  }
  return claim;
}

/** How long one claim may take: a handful of evaluations. */
const TIME_MS = 200;

/** The report's claims with the scores of normal densities the note defines judged. */
export function gaussianScoreClaims(note: string, _span: MathSpan, report: FormulaReport): readonly ClaimReport[] {
  return report.claims.map((claim) => judgeScore(note, claim, budgetDeadline(TIME_MS)));
}
