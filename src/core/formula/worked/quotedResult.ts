/**
 * A result quoted in the prose after the derivation that found it:
 *
 *     $$\|G\|_2 = \sqrt{1^2 + 2^2 + 2^2 + 4^2} = \sqrt{25} = 5$$
 *     - Since $\|G\|_2 = 5$ is greater than our `max_norm` of 1, …
 *
 * (llms-from-scratch), `$$P(V) = (1/2)~(3/4) ~+~ (1/2)~(1/2) = 5/8$$` then "so $P(V) = 5/8$"
 * (thinkbayes2). Alone, the quotation gives a name a value and says nothing; a careful reader
 * sees the same name with the same result the section derived.
 *
 * A chain of the section whose first side is a name (it has no value of its own) and whose
 * last link computes from written numbers and holds records the name and the result; a later formula that is just
 * `name = result` (or `\approx`), both written the same way, holds. The section's derivation
 * confirms it; a quotation of another value is left to the readings that may refute
 * (restatedValue.ts), since a name may stand for another case.
 */
import type { ClaimReport, FormulaReport } from '../types';

interface Derived {
  readonly section: number;
  readonly result: string;
  readonly line: number;
}

/** Whitespace and thin spaces are not part of what a side says. */
const same = (latex: string): string => latex.replace(/\\[,;:! ]|~|\s+/g, '');

export class QuotedResults {
  private readonly derived = new Map<string, Derived>();

  /** The claims of a formula in `section`, a quotation of a derived result held. */
  review(section: number, claims: readonly ClaimReport[]): readonly ClaimReport[] {
    if (claims.length !== 1) return claims;
    const claim = claims[0]!;
    if (claim.verdict !== 'none' || (claim.relation !== '=' && claim.relation !== '\\approx')) return claims;
    const found = this.derived.get(same(claim.left.source));
    if (!found || found.section !== section || found.result !== same(claim.right.source)) return claims;
    const { reason: _reason, ...rest } = claim;
    return [{ ...rest, verdict: 'holds', reading: `as the result the derivation at line ${found.line} found for ${claim.left.source.trim()}` }];
  }

  /** Record the name and written result of each chain of the report whose last link holds. */
  learn(section: number, line: number, report: FormulaReport): void {
    const claims = report.claims;
    // Neighbouring claims of one chain share a side: the right of one is the left of the next.
    const linked = (a: ClaimReport, b: ClaimReport): boolean => a.right.offset === b.left.offset && a.right.source === b.left.source;
    claims.forEach((last, k) => {
      const next = claims[k + 1];
      if (next && linked(last, next)) return; // the chain goes on
      let first = k;
      while (first > 0 && linked(claims[first - 1]!, claims[first]!)) first--;
      const name = claims[first]!.left;
      const result = last.right;
      if (first === k || last.verdict !== 'holds' || name.value !== null || result.value === null || result.symbols.length > 0) return;
      // `a = Q = 0` in "Special cases ($a = Q = 0$)" states a case; a derivation computes its result from numbers.
      if (!/\d/.test(last.left.source)) return;
      this.derived.set(same(name.source), { section, result: same(result.source), line });
    });
  }
}
