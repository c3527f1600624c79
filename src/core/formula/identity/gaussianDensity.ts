/**
 * The normal density written by its name: `\log \mathcal{N}(y_i \mid x_i^T w, \sigma^2)`, `\mathcal{N}(x; \mu,
 * \sigma^2)` (girafe-ml-course, a Gaussian likelihood). Read as an unknown function of three values, such a
 * claim says nothing; every reader means the density
 * `\frac{1}{\sqrt{2\pi\sigma^2}} e^{-(x-\mu)^2 / 2\sigma^2}`, with the variance second as the notation has it.
 * This reading writes the density out and hands the claim to the scalar identity check, and to the
 * readings of sums over samples (elidedSums.ts, unboundedSums.ts).
 *
 * Only the scalar density of one point, its mean and its variance is read: a bold or capital argument
 * (`\mathbf{x}`, `\Sigma`, `I`: the multivariate one), a distribution without its point (`\mathcal{N}(0, 1)`,
 * what `x \sim` draws from) leave the claim as it was. It only confirms: the author may write the
 * standard deviation second, and a claim that fails so stays as it was.
 */
import { operandReadings } from '../evaluate/operatorExtents';
import { readForIdentity } from '../evaluate/partials';
import type { LatexReader } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import type { ClaimReport, FunctionDefinition } from '../types';
import type { ClaimReadingOfPieces, SideTexts } from './claimReading';
import { withSumsWrittenOut } from './elidedSums';
import { normalExpectationsWritten } from './gaussianExpectation';
import { checkIdentity } from './identity';
import { withUnboundedSums } from './unboundedSums';
import { closingBracket } from '../read/outsideBrackets';

/** `\mathcal{N}(`, `\mathcal N \left(`: the cheap test before any rewrite. */
const NORMAL_NAME = /\\mathcal\s*(?:\{\s*N\s*\}|N)\s*(?:\\left\s*)?\(/g;
/** Arguments of the multivariate density or of a matrix: not this reading's. */
const NOT_SCALAR = /\\(?:mathbf|boldsymbol|bm|vec|Sigma|mathbb|pmb|top)(?![A-Za-z])|(?<![\\A-Za-z])[IΣ](?![A-Za-z])|\^\s*\{?\s*-1/;

/** The cheap test: a calligraphic N, or a draw `\sim` (`E_{x \sim N(0, 1)}`). */
const WRITES_NORMAL = /\\mathcal|\\sim(?![A-Za-z])/;

export const GAUSSIAN_READING = 'with \\mathcal{N}(\\mu, \\sigma^2) read as the normal distribution (variance second): its density written out, an expectation under it by 20-point Gauss–Hermite quadrature';

/** Pieces of `content` split at depth 0 where `separator` matches (brackets and braces nest). */
function splitTopLevel(content: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < content.length; i++) {
    const ch = content[i]!;
    if (ch === '\\') {
      const command = /^\\(?:[A-Za-z]+|.)/.exec(content.slice(i))![0];
      if (depth === 0 && separator.test(command)) {
        parts.push(content.slice(start, i));
        start = i + command.length;
      }
      // `\{` and `\}` are set braces; `\left(` counts through its bracket, read next.
      i += command.length - 1;
      continue;
    }
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (depth === 0 && separator.test(ch)) {
      parts.push(content.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(content.slice(start));
  return parts;
}


/** One name, perhaps with a subscript and a power (`y_i`, `\sigma^2`, `0`), stands alone; anything else is bracketed. */
const SIMPLE = /^(?:[A-Za-z]|\\[A-Za-z]+|\d+(?:\.\d+)?)\s*(?:_\s*(?:\{[^{}]*\}|\w))?\s*(?:\^\s*(?:\{[^{}]*\}|\w))?$/;

/** An argument as it enters the density: bracketed unless it is one name (derivatives read `(x-\mu)^2`, not `(\left(x\right)-…)`). */
function grouped(argument: string): string {
  const text = argument.trim();
  return SIMPLE.test(text) ? text : `\\left(${text}\\right)`;
}

/** `\mathcal{N}(x \mid m, v)` → the density at x; the text as it was without one; undefined when one is not the scalar density of a point. */
export function normalDensitiesWritten(latex: string): string | undefined {
  let out = '';
  let from = 0;
  NORMAL_NAME.lastIndex = 0;
  for (const m of latex.matchAll(NORMAL_NAME)) {
    const open = m.index! + m[0].length - 1;
    const close = closingBracket(latex, open);
    if (close < 0) return undefined;
    const content = latex.slice(open + 1, close).replace(/\\right\s*$/, '');
    if (NOT_SCALAR.test(content)) return undefined;
    const point = splitTopLevel(content, /^(?:\||;|\\mid)$/);
    if (point.length !== 2) return undefined;
    const parameters = splitTopLevel(point[1]!, /^,$/);
    if (parameters.length !== 2 || [point[0]!, ...parameters].some((p) => p.trim() === '')) return undefined;
    const [x, mean, variance] = [point[0]!, parameters[0]!, parameters[1]!].map(grouped);
    const before = latex.slice(from, m.index);
    // After a name (`\pi_k \mathcal{N}(…)`, `\sigma\mathcal{N}`) the density is a factor, never an argument; after `\log` it is one.
    // Bracketed whole, so that `\log \mathcal{N}(…)` takes the log of the density, not of its first factor.
    const product = /[A-Za-z0-9}]\s*$/.test(before) && !/\\(?:log|ln|lg|exp)\s*$/.test(before) ? '\\cdot ' : '';
    out += `${before}${product}\\left(\\frac{1}{\\sqrt{2\\pi\\cdot ${variance}}}\\exp\\left(-\\frac{\\left(${x}-${mean}\\right)^{2}}{2\\cdot ${variance}}\\right)\\right)`;
    from = close + 1;
  }
  return out + latex.slice(from);
}

/** Whether the claim with its densities written out holds: as the scalar check reads it, or with its sums written out. */
function holdsWritten(claim: ClaimReport, sides: SideTexts, reader: LatexReader, definitions: ReadonlyMap<string, FunctionDefinition>, deadline: number): ClaimReport | undefined {
  try {
    const read = (latex: string) => reader.read(normalizeLatex(latex));
    // Derivatives in Leibniz notation (the score, ∂/∂μ of the log-density) are read by partials.ts, as for any claim.
    const special = sides.map((s) => readForIdentity(s.text, read));
    const [left, right] = sides.map((s, k) => special[k]?.json ?? read(s.text));
    const outcome = checkIdentity(`${special[0]?.checked ?? sides[0].text} = ${special[1]?.checked ?? sides[1].text}`, left!, right!, definitions, deadline, true);
    if (outcome.kind === 'judged' && outcome.verdict === 'holds') return { ...claim, identity: { points: outcome.check.points } };
  } catch {
    // The engine refuses some trees: the sums' readings may still read them.
  }
  const summed = withSumsWrittenOut(claim, sides, reader, definitions, deadline);
  if (summed.verdict === 'holds') return summed;
  const unbounded = withUnboundedSums(claim, sides, reader, definitions, deadline);
  return unbounded.verdict === 'holds' ? unbounded : undefined;
}

/**
 * An undecided `=` that writes the normal density by name and holds with it written out; else the claim as it
 * was. A derivative of it (`\nabla_x \log \mathcal{N}(x; \mu, \sigma^2)`, the score) is read with each plausible
 * extent of its operand (operatorExtents.ts), and must hold in all of them.
 */
export const withGaussianDensities: ClaimReadingOfPieces = (claim, pieces, reader, definitions, deadline) => {
  if (claim.verdict !== 'none' || claim.relation !== '=' || !pieces.some((p) => WRITES_NORMAL.test(p.text))) return claim;
  // Expectations first: `\mathbb{E}_{x \sim \mathcal{N}(\mu, \sigma^2)}` names the distribution, not a density at a point.
  const written = pieces.map((p) => {
    if (!WRITES_NORMAL.test(p.text)) return p.text;
    const averaged = normalExpectationsWritten(p.text);
    return averaged === undefined ? undefined : normalDensitiesWritten(averaged);
  });
  if (written.some((w) => w === undefined) || written.every((w, k) => w === pieces[k]!.text)) return claim;
  const [lefts, rights] = written.map((w) => operandReadings(w!) ?? [w!]) as [string[], string[]];
  let held: ClaimReport | undefined;
  for (const l of lefts) {
    for (const r of rights) {
      held = holdsWritten(claim, [{ text: l }, { text: r }], reader, definitions, deadline);
      if (held === undefined) return claim;
    }
  }
  const { reason: _reason, ...rest } = held!;
  return { ...rest, verdict: 'holds', reading: GAUSSIAN_READING };
};
