/**
 * Greek letters a formula writes as vectors in one row, read as vectors in its other rows.
 * A derivation `\nabla J(\theta) = \tfrac{1}{2}\nabla(\theta^TX^TX\theta - …) = … = X^TX\theta - X^Ty`
 * (newfacade-ml-notes, linear regression) transposes θ in its second row; its last row,
 * `\tfrac{1}{2}(2X^TX\theta - 2X^Ty) = X^TX\theta - X^Ty`, does not, and read alone θ is a
 * number (matrixValues.ts: lowercase Greek letters are scalars) and the shapes do not fit.
 * A careful reader carries the shape a letter has in one row to the rows beside it.
 *
 * Each undecided `=` of such a formula that writes one of these letters is read again by the
 * vector reading (matrixIdentity.ts) with the letters as vectors. Confirm-only, as that reading is.
 */
import { readerIfLoaded } from '../read/engine';
import type { ClaimReport, FormulaReport } from '../types';
import { holdsInVectorNotation, VECTOR_READING } from './matrixIdentity';
import { greekVectors } from './vectorNotation';

/** Cheap test before anything else: a lowercase Greek letter transposed or bold somewhere in the formula. */
export const WRITES_GREEK_VECTOR = /\\(?:boldsymbol|bm|mathbf|pmb)\s*\{\s*\\[a-z]+\s*\}|\\[a-z]+\s*\^\s*\{?\s*(?:T|\\top|\\intercal)\b/;

export const GREEK_VECTORS_READING = `${VECTOR_READING}, with Greek letters the formula writes as vectors (transposed or bold) vectors in every row`;

/** The claims of `report`, those in its rows where a Greek vector is written as a bare letter read again with it a vector. */
export function greekVectorClaims(report: FormulaReport): readonly ClaimReport[] {
  const reader = readerIfLoaded();
  const greek = greekVectors(report.source);
  if (!reader || greek.size === 0) return report.claims;
  return report.claims.map((claim) => {
    if (claim.verdict !== 'none' || claim.relation !== '=') return claim;
    const pieces = [{ text: claim.left.source }, { text: claim.right.source }] as const;
    const latex = `${pieces[0].text} = ${pieces[1].text}`;
    const written = [...greek].filter((letter) => new RegExp(String.raw`\\${letter}(?![A-Za-z])`).test(latex));
    if (written.length === 0 || !holdsInVectorNotation(latex, pieces, reader, new Map(), new Set(written))) return claim;
    const { reason: _reason, identity: _identity, ...rest } = claim;
    return { ...rest, verdict: 'holds', reading: GREEK_VECTORS_READING };
  });
}
