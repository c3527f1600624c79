/**
 * A result given its name right after the formula that computed it:
 *
 *     7. **Inverse**: $ \frac{1}{1.367879} \approx 0.731059 $
 *     Thus, the output of the forward pass is approximately $ f(w, x) = 0.731059 $.
 *
 * (akkefa-ml-notes), or `$$ = \left(\frac{35}{36}\right)\left(\frac{1}{1000}\right) + …$$`
 * "...which comes out to $P(y = \text{YES}) \approx 0.0287$" (ml-foundations). Alone, the
 * second formula gives a name a value and says nothing; a careful reader checks the value
 * against the result the sentence points back to.
 *
 * Read so when the formula is one claim `name = decimal` (or `\approx`) that its own reading
 * left undecided, the formula right before it computed a value (not a bare number), at most
 * a few lines above in the same paragraph run, and the prose between them says it concludes
 * ("thus", "so", "hence", "which comes out to", "we get", "approximately"…). A reading that
 * may confirm, never refute: the name may be another quantity the sentence goes on to.
 */
import { judgeClaim } from '../claims';
import type { ClaimReport, FormulaReport, MathSpan, SideReport } from '../types';

/** Prose that concludes from the formula before. */
const CONCLUDES = /\b(?:thus|so|hence|therefore|comes? out (?:to|as)|gives?|we (?:get|obtain|have)|approximately|roughly|result(?:s|ing)? (?:is|in))\b/i;
/** A decimal with its point: a result, not a count. */
const DECIMAL = /^-?\d*\.\d+$/;
/** How far apart the two formulas may be (the prose between them). */
const MAX_GAP = 300;

interface Computed {
  readonly span: MathSpan;
  readonly value: number;
  readonly roundingError?: number;
}

export class NamedResults {
  private last?: Computed;

  /** The claims of the formula at `span`, its name checked against the result right before it. */
  review(note: string, span: MathSpan, claims: readonly ClaimReport[]): readonly ClaimReport[] {
    const earlier = this.last;
    if (!earlier || claims.length !== 1) return claims;
    const claim = claims[0]!;
    if (claim.verdict !== 'none' || (claim.relation !== '=' && claim.relation !== '\\approx')) return claims;
    if (claim.left.value !== null || !DECIMAL.test(claim.right.source.trim())) return claims;
    const between = note.slice(earlier.span.end, span.start);
    // Another formula between them (one not reviewed, past a budget) or a heading breaks the link.
    if (between.length > MAX_GAP || between.includes('$') || /\n\s*#/.test(between) || !CONCLUDES.test(between)) return claims;
    const computed: SideReport = { ...claim.left, value: earlier.value, symbols: [], ...(earlier.roundingError ? { roundingError: earlier.roundingError } : {}) };
    const written: SideReport = { ...claim.right };
    const judged = judgeClaim(computed, claim.relation, written);
    if (judged.verdict !== 'holds') return claims;
    const { fix: _fix, ...rest } = judged;
    const reading = `as the result of the formula before it (line ${earlier.span.line}, ${String(Number(earlier.value.toPrecision(8)))})${judged.reading ? `, ${judged.reading}` : ''}`;
    return [{ ...rest, left: { ...claim.left, value: earlier.value }, right: claim.right, reading }];
  }

  /** Remember the value the formula at `span` computed, if any (a bare number computes nothing). */
  learn(span: MathSpan, report: FormulaReport): void {
    const computes = (s: SideReport): boolean => s.value !== null && s.imaginary === undefined && s.writtenDigits === undefined;
    const computedSide = report.claims.map((c) => (c.claimedSide === 'right' ? c.left : c.right)).find(computes) ?? report.sides.find(computes);
    this.last = computedSide ? { span, value: computedSide.value!, ...(computedSide.roundingError ? { roundingError: computedSide.roundingError } : {}) } : undefined;
  }
}
