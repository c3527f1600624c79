/**
 * Likelihoods of samples written with a density the note leaves open: `\log\left(\prod_n p(x_n|\theta)\right)
 * =\sum_n \log(p(x_n|\theta))` (deepmind-educational, maximum likelihood). Whatever p is, each p(x_n | θ) is a
 * positive number, one per sample n; a step that holds for any positive numbers holds for every density. This
 * reading writes each application as such a number — the same arguments the same number, `e^{a_n}` with a
 * fresh letter a, the sample's index kept as its subscript — and hands the claim to the readings of sums and
 * products over samples (elidedSums.ts, unboundedSums.ts).
 *
 * It only confirms: a step that uses what p is (the product rule, a normalising integral) fails for free
 * numbers and stays as it was.
 */
import type { ClaimReadingOfPieces } from './claimReading';
import { withSumsWrittenOut } from './elidedSums';
import { withUnboundedSums } from './unboundedSums';
import { closingBracket } from '../read/outsideBrackets';

/** A one-letter density, perhaps subscripted (`p_\theta`), applied: `p(`, `q_{\phi}(`. */
const DENSITY_CALL = /(?<![\\A-Za-z])([pq])(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z]+))?\s*(?:\\left\s*)?\(/g;
/** The cheap test: a product or sum, and a density's conditioning bar or parameters' semicolon somewhere. */
const WRITES_LIKELIHOOD = /\\(?:prod|sum)(?![A-Za-z])/;
/** Bound indices: `\prod_n`, `\sum_{i=1}^{N}`, `\prod\limits_{k}`. */
const BOUND_INDEX = /\\(?:prod|sum)\s*(?:\\limits\s*)?_\s*(?:\{\s*([A-Za-z])\s*(?:=[^{}]*)?\}|([A-Za-z]))/g;

export const DENSITY_READING = 'with each value of the density it leaves open, p(x_n | θ), a free positive number per sample';


/**
 * Both sides with each density's application `p(args)` replaced by `e^{a_{n}}` (one letter per distinct
 * arguments, n the bound index they use); undefined when an application is not read so (no bar nor
 * semicolon: `p(x)` may be a value the note gives; two bound indices in one; no letter left to name it).
 */
export function applicationsAsNumbers(sides: readonly [string, string]): [string, string] | undefined {
  const text = sides.join(' ');
  const indices = new Set([...text.matchAll(BOUND_INDEX)].map((m) => m[1] ?? m[2]!));
  const spare = [...'abcdfghjkmruvw'].filter((l) => !new RegExp(`(?<![\\\\A-Za-z])${l}(?![A-Za-z])`).test(text));
  const names = new Map<string, string>();
  let conditioned = false;
  const rewrite = (latex: string): string | undefined => {
    let out = '';
    let from = 0;
    for (const m of latex.matchAll(DENSITY_CALL)) {
      if (m.index! < from) continue;
      const open = m.index! + m[0].length - 1;
      const close = closingBracket(latex, open);
      if (close < 0) return undefined;
      const args = latex.slice(open + 1, close).replace(/\\right\s*$/, '').replace(/\s+/g, '');
      if (/\||\\mid|;/.test(args)) conditioned = true;
      const used = [...indices].filter((i) => new RegExp(`_\\{?${i}\\}?(?![A-Za-z])|\\^\\{?\\(${i}\\)`).test(args));
      if (used.length > 1) return undefined;
      const key = `${m[0].replace(/\s+/g, '')}${args}`;
      if (!names.has(key)) {
        const letter = spare.shift();
        if (letter === undefined) return undefined;
        names.set(key, letter);
      }
      out += `${latex.slice(from, m.index)}{e^{${names.get(key)}${used.length === 1 ? `_{${used[0]}}` : ''}}}`;
      from = close + 1;
    }
    return out + latex.slice(from);
  };
  // `\mathcal \prod_n`, `\mathcal x_n` (deepmind-educational): a style set on the next token without braces changes no value.
  const written = sides.map((side) => rewrite(side.replace(/\\mathcal\s+(?=[A-Za-z\\])/g, '')));
  if (!conditioned || names.size === 0 || written.some((w) => w === undefined)) return undefined;
  return written as [string, string];
}

/** An undecided `=` about a likelihood of samples that holds with each density value a free positive number. */
export const withDensityApplications: ClaimReadingOfPieces = (claim, pieces, reader, definitions, deadline) => {
  if (claim.verdict !== 'none' || claim.relation !== '=' || !pieces.some((p) => WRITES_LIKELIHOOD.test(p.text))) return claim;
  const written = applicationsAsNumbers([pieces[0].text, pieces[1].text]);
  if (!written) return claim;
  const sides = written.map((text) => ({ text })) as [{ text: string }, { text: string }];
  const summed = withSumsWrittenOut(claim, sides, reader, definitions, deadline);
  const judged = summed.verdict === 'holds' ? summed : withUnboundedSums(claim, sides, reader, definitions, deadline);
  if (judged.verdict !== 'holds') return claim;
  const { reason: _reason, ...rest } = judged;
  return { ...rest, verdict: 'holds', reading: DENSITY_READING };
};
