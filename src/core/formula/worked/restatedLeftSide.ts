/**
 * A derivation written as one display formula per step, each restating its left side:
 *
 *     $$\frac{\partial L}{\partial W_{21}} = -\frac{1}{0.470} \cdot 0.470(1 - 0.470) \cdots$$
 *     Simplifying:
 *     $$\frac{\partial L}{\partial W_{21}} = -2.128 \cdot 0.470 \cdot 0.500 \cdot 0.269 \cdot 0.731$$
 *
 * A careful reader takes the second as the next step of the first: its first value
 * must equal the last value of the step before. Judged alone, `name = number` is a
 * definition and says nothing. The step is judged as the claim `previous value =
 * new value` (with the rounded readings of any chain step, roundedLiterals.ts) when:
 * both formulas are display math of one section, one right after the other; both
 * open with the same left side, which has no value of its own; the step before ends
 * in no written result (`P(O) = \\frac{3}{10} = 0.3` then `P(O) = \\frac{2}{9} = 0.2222`
 * are two cases, each finished); both values are numbers; and the prose between them is a short connective with no number and no
 * word that starts another case ("for", "if", "now", "instead", …). Only a failure
 * is reported: the claim then fails, naming the step it continues; a step that
 * agrees leaves the formula as it was.
 */
import { analyzeFormula } from '../analyze';
import type { AnalyzeOptions, ClaimReport, MathSpan } from '../types';

/** Prose between two steps of one derivation: a connective ("Simplifying:", "which gives"), no numbers. */
const MAX_CONNECTIVE = 160;
/** Words that start another case or example rather than continue the derivation. */
const ANOTHER_CASE = /\b(?:for|if|when|where|suppose|assume|instead|alternatively|otherwise|example|now|let|another|other|similarly|next|second|case|given|with|without|but|or|vs|versus|compare|wrong|incorrect|mistake)\b/i;

/** What the reading needs of an earlier formula: its span and its claims as finally judged. */
interface Step {
  readonly span: MathSpan;
  readonly claims: readonly ClaimReport[];
}

export class RestatedLeftSides {
  private previous?: Step;

  constructor(private readonly note: string, private readonly sectionOf: (line: number) => number) {}

  /** The claims of `span`, with its first claim failed when it breaks the step before. */
  async review(span: MathSpan, claims: readonly ClaimReport[], options: AnalyzeOptions): Promise<readonly ClaimReport[]> {
    const before = this.previous;
    this.previous = { span, claims };
    if (!before || !this.continues(before.span, span)) return claims;
    const first = claims[0];
    const last = [...before.claims].reverse().find((c) => c.right.value !== null);
    const opening = before.claims[0];
    if (!first || !last || !opening || first.verdict !== 'none' || !sameLeftSide(first, opening)) return claims;
    // A step before that ends in its written result (`P(O) = \\frac{3}{10} = 0.3`) is finished: the next is another case.
    const ending = before.claims[before.claims.length - 1]!;
    if (ending.right.written !== undefined) return claims;
    // `P_{total} = 160 + 4{,}640 = 4{,}800` after `P_{total} = 160 + 4{,}640 + 65{,}664 + 1{,}290`
    // (Vtheonly/Obsidian_Notes): the first terms of the sum before, added up as a running total, not its next step.
    if (startsTermsOf(first.right.source, last.right.source)) return claims;
    // `\text{FLOPs}_{\text{Total}}` after `\text{Params}_{\text{Total}}`: with their text names left out as prose,
    // two left sides that are only a subscript look alike.
    if (first.left.source.trimStart().startsWith('_')) return claims;
    if (first.right.value === null || first.right.symbols.length > 0 || last.right.symbols.length > 0) return claims;
    const relation = first.relation === '\\approx' || last.relation === '\\approx' ? '\\approx' : '=';
    if (first.relation !== '=' && first.relation !== '\\approx') return claims;
    const step = await analyzeFormula(`${last.right.source} ${relation} ${first.right.source}`, { logBase: options.logBase });
    const judged = step.claims.length === 1 ? step.claims[0]! : undefined;
    if (judged?.verdict !== 'fails') return claims;
    // The claim's own undecided reading (an equation in T, its counterexample, its reason) no longer speaks for it.
    const { identity: _undecidedIdentity, reason: _undecidedReason, ...stated } = first;
    const failed: ClaimReport = {
      ...stated,
      verdict: 'fails',
      relativeError: judged.relativeError,
      left: { ...first.left, value: judged.left.value },
      claimedSide: 'right',
      reading: `as the next step of line ${before.span.line}, where ${first.left.source} = ${judged.left.value !== null ? formatValue(judged.left.value) : last.right.source}`,
    };
    return [failed, ...claims.slice(1)];
  }

  /** Two display formulas of one section, one right after the other, joined by a short connective. */
  private continues(before: MathSpan, span: MathSpan): boolean {
    if (!before.display || !span.display || this.sectionOf(before.line) !== this.sectionOf(span.line)) return false;
    const between = this.note.slice(before.end, span.start);
    return between.length <= MAX_CONNECTIVE && !/\d|\$/.test(between) && !ANOTHER_CASE.test(between);
  }
}

/** Both claims open with the same left side, one with no value (a name, `\\frac{\\partial L}{\\partial W}`). */
function sameLeftSide(a: ClaimReport, b: ClaimReport): boolean {
  const text = (c: ClaimReport) => c.left.source.replace(/\s+/g, '');
  return text(a) === text(b) && a.left.value === null && /[A-Za-z]/.test(a.left.source) && !/\d\.\d/.test(a.left.source);
}

function formatValue(x: number): string {
  return Number(x.toPrecision(4)).toString();
}

/** Whether `part` is the first few terms of the sum `whole` (spaces aside), and not all of it. */
function startsTermsOf(part: string, whole: string): boolean {
  const [p, w] = [part, whole].map((t) => t.replace(/\s+/g, ''));
  return p.length < w.length && w.startsWith(p) && /^[+-]/.test(w.slice(p.length));
}
