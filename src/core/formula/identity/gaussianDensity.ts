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
import { normalizeLatex } from '../read/preprocess';
import type { ClaimReadingOfPieces } from './claimReading';
import { withSumsWrittenOut } from './elidedSums';
import { checkIdentity } from './identity';
import { withUnboundedSums } from './unboundedSums';

/** `\mathcal{N}(`, `\mathcal N \left(`: the cheap test before any rewrite. */
const NORMAL_NAME = /\\mathcal\s*(?:\{\s*N\s*\}|N)\s*(?:\\left\s*)?\(/g;
/** Arguments of the multivariate density or of a matrix: not this reading's. */
const NOT_SCALAR = /\\(?:mathbf|boldsymbol|bm|vec|Sigma|mathbb|pmb|top)(?![A-Za-z])|(?<![\\A-Za-z])[IΣ](?![A-Za-z])|\^\s*\{?\s*-1/;

export const GAUSSIAN_READING = 'with \\mathcal{N}(x \\mid \\mu, \\sigma^2) read as the normal density (variance second)';

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

/** The closing parenthesis of the group opened at `open`, or -1. */
function closingParenthesis(latex: string, open: number): number {
  let depth = 0;
  for (let i = open; i < latex.length; i++) {
    if (latex[i] === '(') depth++;
    else if (latex[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** `\mathcal{N}(x \mid m, v)` → the density at x; undefined when an occurrence is not the scalar density of a point. */
export function normalDensitiesWritten(latex: string): string | undefined {
  let out = '';
  let from = 0;
  NORMAL_NAME.lastIndex = 0;
  for (const m of latex.matchAll(NORMAL_NAME)) {
    const open = m.index! + m[0].length - 1;
    const close = closingParenthesis(latex, open);
    if (close < 0) return undefined;
    const content = latex.slice(open + 1, close).replace(/\\right\s*$/, '');
    if (NOT_SCALAR.test(content)) return undefined;
    const point = splitTopLevel(content, /^(?:\||;|\\mid)$/);
    if (point.length !== 2) return undefined;
    const parameters = splitTopLevel(point[1]!, /^,$/);
    if (parameters.length !== 2 || [point[0]!, ...parameters].some((p) => p.trim() === '')) return undefined;
    const [x, mean, variance] = [point[0]!, parameters[0]!, parameters[1]!].map((p) => `\\left(${p.trim()}\\right)`);
    out += `${latex.slice(from, m.index)}\\frac{1}{\\sqrt{2\\pi${variance}}}\\exp\\left(-\\frac{\\left(${x}-${mean}\\right)^{2}}{2${variance}}\\right)`;
    from = close + 1;
  }
  return from === 0 ? undefined : out + latex.slice(from);
}

/** An undecided `=` that writes the normal density by name and holds with it written out; else the claim as it was. */
export const withGaussianDensities: ClaimReadingOfPieces = (claim, pieces, reader, definitions, deadline) => {
  if (claim.verdict !== 'none' || claim.relation !== '=' || !pieces.some((p) => /\\mathcal/.test(p.text))) return claim;
  const written = pieces.map((p) => (/\\mathcal/.test(p.text) ? normalDensitiesWritten(p.text) : p.text));
  if (written.some((w) => w === undefined) || written.every((w, k) => w === pieces[k]!.text)) return claim;
  const sides = written.map((text) => ({ text: text! })) as [{ text: string }, { text: string }];
  const confirmed = (judged: typeof claim) => {
    const { reason: _reason, ...rest } = judged;
    return { ...rest, verdict: 'holds' as const, reading: GAUSSIAN_READING };
  };
  try {
    const [left, right] = sides.map((s) => reader.read(normalizeLatex(s.text)));
    const outcome = checkIdentity(`${sides[0].text} = ${sides[1].text}`, left!, right!, definitions, deadline, true);
    if (outcome.kind === 'judged' && outcome.verdict === 'holds') return confirmed({ ...claim, identity: { points: outcome.check.points } });
  } catch {
    // The engine refuses some trees: the sums' readings may still read them.
  }
  const summed = withSumsWrittenOut(claim, sides, reader, definitions, deadline);
  if (summed.verdict === 'holds') return confirmed(summed);
  const unbounded = withUnboundedSums(claim, sides, reader, definitions, deadline);
  return unbounded.verdict === 'holds' ? confirmed(unbounded) : claim;
};
