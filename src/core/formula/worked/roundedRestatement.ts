/**
 * A row that restates the one above with its numbers worked out and rounded:
 *
 *     x_2 = -\frac{0.0587}{1.8684} + \frac{1.1822}{1.8684}x_1 \\
 *     x_2 = -0.0314 + 0.6327x_1
 *
 * (pytorch-step-by-step, the decision boundary with the trained weights). Both rows
 * give the same name a line in one variable; a careful reader checks the second's
 * intercept and slope against the first's, each at the last decimal place the second
 * writes. Only lines are read (the sides evaluated at 0, 1 and 2 lie on one), and the
 * reading may confirm, never refute: a coefficient further off may be another rounding.
 */
import type { LatexReader, MathJson } from '../read/engine';
import { evaluate } from '../evaluate/interpret';
import { normalizeLatex } from '../read/preprocess';
import type { ClaimReport } from '../types';
import { flattenSubscripts, variablesOf } from '../identity/identity';
import { budgetDeadline } from '../deadline';

/** The reading named in the hover and `check --json`. */
export const ROUNDED_RESTATEMENT_READING = 'as the row above with its numbers worked out and rounded';

/** Decimals written in the restating row: their places bound its rounding. */
const DECIMAL = /\d\.(\d+)/g;

/** Intercept and slope of `json` as a line in `v`, or undefined when it is no line or has no value. */
function lineOf(json: MathJson, v: string): { intercept: number; slope: number } | undefined {
  const at = (x: number): number => evaluate(json, { deadline: budgetDeadline(100), maxTerms: 1000, steps: 0 }, new Map([[v, x]])).value;
  const [y0, y1, y2] = [at(0), at(1), at(2)];
  if (![y0, y1, y2].every(Number.isFinite)) return undefined;
  const slope = y1 - y0;
  return Math.abs(y2 - y1 - slope) <= 1e-9 * Math.max(1, Math.abs(y2), Math.abs(y1)) ? { intercept: y0, slope } : undefined;
}

/** Whether two rows are `name = …` for the same name. */
const sameName = (a: ClaimReport, b: ClaimReport): boolean => a.left.source.replace(/[\s&]+/g, '') === b.left.source.replace(/[\s&]+/g, '');

/** The formula's claims with each row that restates the row above it, rounded, held. */
export function withRoundedRestatements(claims: readonly ClaimReport[], reader: LatexReader): readonly ClaimReport[] {
  if (claims.length < 2 || !claims.some((c) => /\d\.\d/.test(c.right.source))) return claims;
  return claims.map((claim, k) => {
    const before = k > 0 ? claims[k - 1]! : undefined;
    if (!before || claim.verdict !== 'none' || before.verdict !== 'none' || claim.relation !== '=' || before.relation !== '=' || !sameName(before, claim)) return claim;
    const places = [...claim.right.source.matchAll(DECIMAL)].map((m) => m[1]!.length);
    if (places.length === 0) return claim;
    try {
      const [stated, restated] = [before.right.source, claim.right.source].map((s) => flattenSubscripts(reader.read(normalizeLatex(s))));
      const variables = [...new Set([...variablesOf(stated!), ...variablesOf(restated!)])];
      if (variables.length !== 1) return claim;
      const [a, b] = [lineOf(stated!, variables[0]!), lineOf(restated!, variables[0]!)];
      if (!a || !b) return claim;
      const tolerance = 0.5 * 10 ** -Math.min(...places) * (1 + 1e-9);
      if (Math.abs(a.intercept - b.intercept) > tolerance || Math.abs(a.slope - b.slope) > tolerance) return claim;
      const { reason: _reason, ...rest } = claim;
      return { ...rest, verdict: 'holds' as const, reading: ROUNDED_RESTATEMENT_READING };
    } catch {
      return claim;
    }
  });
}
