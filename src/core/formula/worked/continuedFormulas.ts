/**
 * A formula that opens with `=` continues the derivation of the display formula
 * before it:
 *
 *     $$p(y;\lambda) = \frac{e^{-\lambda}\lambda^{y}}{y!}$$
 *     Bernoulli route: $= \frac{1}{y!}\exp(y\log\lambda - \lambda)$.
 *
 * A careful reader reads its first row as `\frac{e^{-\lambda}\lambda^{y}}{y!} =
 * \frac{1}{y!}\exp(…)`, the previous formula's last side equal to this one's
 * first, and checks that step (samppii-cs229-notes). The previous formula is the
 * nearest display formula of the same section, at most LOOK_BACK characters
 * before (an inline `$= …$` only at the start of a line or after a colon: after
 * a word, "the total $= 1$", the prose is its left side); inline formulas in the prose between (`$\log(AB) = \log A + \log B$`,
 * the rules the step applies) are not what it continues.
 *
 * The joined claim is added only when it holds: the `=` may continue something
 * else (a result of the prose between, "multiply both sides by 2:"). Only where
 * nothing but white space stands between two display formulas and the first
 * ends with a dangling `=` (girafe-ml-course, a Gaussian likelihood derived
 * over several `$$` blocks) is the row the author's own, as certain as an `&=`
 * row of one block, and a joined row that fails says so.
 *
 * What is continued is the last side of an `=` chain, or a display that is one
 * bare expression: `$$ p(C_k, x_1, \dots, x_n) $$` then `$$ = p(x_1 \mid …) … $$`
 * then `$$ = … $$` (henggeneral-blog, each row of a derivation its own display;
 * a row that opens with `=` is itself one bare expression for the row after it).
 */
import { analyzeFormula } from '../analyze';
import { splitFormula } from '../split';
import type { AnalyzeOptions, ClaimReport, MathSpan } from '../types';

/** Most characters between the end of the continued formula and the start of the continuing one. */
const LOOK_BACK = 800;
/** `= …`, `&= …`, `\begin{aligned} &= …` (not `==`, not `=>`): an opening `=` with nothing before it. */
const OPENS_WITH_EQUALS = /^\s*(?:\\begin\s*\{\s*(?:aligned|align\*?|split|gathered)\s*\}\s*)?&?\s*=(?![=>])/;

export class ContinuedFormulas {
  constructor(
    private readonly note: string,
    private readonly spans: readonly MathSpan[],
    private readonly sectionOf: (line: number) => number,
  ) {}

  /** The claim joining the formula at `index` to the one it continues, when there is one and it holds. */
  async joinedClaim(index: number, options: AnalyzeOptions): Promise<ClaimReport | undefined> {
    const span = this.spans[index]!;
    const previousSpan = this.spans[index - 1];
    const dangling = span.display && previousSpan?.display === true && endsWithEquals(previousSpan.source) && this.note.slice(previousSpan.end, span.start).trim() === '';
    if (!dangling && !OPENS_WITH_EQUALS.test(span.source)) return undefined;
    // `total $= 1$`, `slope of the tangent $= f'(\\theta)$`: inline, a word before it is the left side; after a colon it is not.
    const lineBefore = this.note.slice(this.note.lastIndexOf('\n', span.start - 1) + 1, span.start).trim();
    if (!span.display && lineBefore !== '' && !lineBefore.endsWith(':')) return undefined;
    const previous = this.continued(index);
    if (previous === undefined) return undefined;
    const last = lastSide(previous.source);
    const first = splitFormula(span.source)[0]?.sides[0];
    if (last === undefined || first === undefined || first.text.trim() === '') return undefined;
    const joined = await analyzeFormula(`${last} = ${first.text}`, options);
    const claim = joined.claims[0];
    if (joined.claims.length !== 1 || (claim?.verdict !== 'holds' && !(dangling && claim?.verdict === 'fails'))) return undefined;
    // The left side lies in the previous formula: its offset is that formula's, the right side's this one's.
    const reading = `continuing the formula on line ${previous.line}${claim.reading ? `, ${claim.reading}` : ''}`;
    return { ...claim, left: { ...claim.left, offset: 0 }, right: { ...claim.right, offset: first.offset }, reading };
  }

  /** The nearest display formula before `index` in its section and within LOOK_BACK characters. */
  private continued(index: number): MathSpan | undefined {
    const span = this.spans[index]!;
    for (let k = index - 1; k >= 0; k--) {
      const before = this.spans[k]!;
      if (span.start - before.end > LOOK_BACK || this.sectionOf(before.line) !== this.sectionOf(span.line)) return undefined;
      if (before.display) return before;
    }
    return undefined;
  }
}

/** The last side of a formula's last statement: what its next row continues. */
function lastSide(source: string): string | undefined {
  const statements = splitFormula(source);
  const last = statements[statements.length - 1];
  // `$$ (a+b)^2 $$` then `$$ = a^2 + 2ab + b^2 $$`, or a row `$$ = … $$` after another: a display that is one bare
  // expression (its opening `=` aside) is the left side the next row continues.
  if (last !== undefined && statements.length === 1 && last.relations.length === 0) return last.sides[0]?.text.trim() || undefined;
  if (last === undefined || last.relations.length === 0) return undefined;
  // Only an `=` chain continues: after `\le` or `\approx` the next `=` is about a bound or an estimate.
  if (last.relations[last.relations.length - 1] !== '=') return undefined;
  const text = last.sides[last.sides.length - 1]?.text.trim();
  // `A = B =` with the row's right side in the next block: B is what it continues.
  if (text === '' && last.relations.length >= 2 && last.relations[last.relations.length - 2] === '=') return last.sides[last.sides.length - 2]?.text.trim() || undefined;
  return text ? text : undefined;
}

/** `… = B =` (a trailing `.` or `,` or `\\` aside): the row goes on in the next block. */
function endsWithEquals(source: string): boolean {
  return /=\s*(?:\\\\|[.,])?\s*$/.test(source) && !/[=<>!]=\s*(?:\\\\|[.,])?\s*$/.test(source);
}
