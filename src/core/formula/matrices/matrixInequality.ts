/**
 * Inequalities between numbers computed from vectors and matrices, as study notes state them:
 * the triangle inequality `\|x + y\| \le \|x\| + \|y\|`, Cauchy–Schwarz `|x^\top y| \le \|x\|\|y\|`,
 * `\|Ax\|_2 \le \|A\|_2\|x\|_2`, `\|x\|_\infty \le \|x\|_2 \le \sqrt{n}\|x\|_\infty`, and, after "$A$ is positive
 * semi-definite", `x^\top A x \ge 0`. The scalar inequality reading (universalInequality.ts) draws numbers, which
 * these claims are not about; a careful reader tries vectors.
 *
 * The letters are read as the matrix reading reads them (matrixIdentity.ts, vectorNotation.ts): a capital a
 * square matrix (drawn with the property the prose before states: symmetric, orthogonal, positive definite), a
 * lowercase Latin letter a vector, a lowercase Greek letter a number; `\|·\|` and `\|·\|_2` Euclidean, `\|·\|_1`,
 * `\|·\|_\infty`, `\|A\|_F` Frobenius, `\|A\|_2` spectral. `n` or `d` used only as a number beside vectors is their
 * length. Both sides must be numbers; `l \le r` holds when `l \le r` (up to rounding) at every one of
 * TRIALS random draws at each size in SIZES and each scale in SCALES (entries near zero, of order one, large).
 *
 * Like the matrix reading it only confirms: an inequality that fails for random vectors may hold for the
 * vectors the note means (unit vectors, probabilities, a matrix the prose describes), so it stays as it was.
 */
import type { LatexReader, MathJson } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import type { ClaimReport } from '../types';
import { seeded } from '../identity/identity';
import type { MatrixProperty } from './matrixProperties';
import { matrixLatex, usesArrays, writesMatrixNotation } from './matrixIdentity';
import { Trial, valueOf } from './matrixValues';
import { NotMatrixNotation, isScalar } from './smallMatrices';
import { greekVectors, sizeNames, vectorNotationLatex, WRITES_VECTOR_NOTATION } from './vectorNotation';

/** Vector lengths tried: 1 is left out (a vector of one entry is a number, where `\|x\|_1 = \|x\|_2` by accident). */
const SIZES = [2, 3, 5, 8] as const;
/** Entries drawn in (−1, 1) times each scale. */
const SCALES = [1, 0.01, 50] as const;
const TRIALS = 12;
/** Letters a note names a vector length with, when the claim uses them only as numbers (`\sqrt{n}`). */
const LENGTH_LETTERS = new Set(['n', 'd']);

export const MATRIX_INEQUALITY_READING = 'with capitals as matrices, lowercase letters as vectors, norms Euclidean unless subscripted (‖A‖₂ spectral), checked with random entries of several sizes and scales';

/** An undecided `\le` or `\ge` between numbers computed from vectors and matrices that holds at every random draw holds. */
export function withMatrixInequality(
  claim: ClaimReport,
  pieces: readonly [{ text: string }, { text: string }],
  reader: LatexReader,
  properties: ReadonlyMap<string, MatrixProperty> = new Map(),
): ClaimReport {
  if (claim.verdict !== 'none' || (claim.relation !== '\\le' && claim.relation !== '\\ge')) return claim;
  const latex = `${pieces[0].text} ${claim.relation} ${pieces[1].text}`;
  if (!writesMatrixNotation(latex) && !WRITES_VECTOR_NOTATION.test(latex)) return claim;
  let trees: MathJson[];
  try {
    trees = pieces.map((p) => reader.read(normalizeLatex(vectorNotationLatex(matrixLatex(p.text)))));
  } catch {
    return claim;
  }
  if (!trees.some(usesArrays)) return claim;
  const used = new Map([...properties].filter(([letter]) => new RegExp(`(?<![A-Za-z\\\\])${letter}(?![a-z])`).test(latex)));
  const sizes = new Set([...sizeNames(trees), ...lengthLetters(trees)]);
  const [small, large] = claim.relation === '\\le' ? [trees[0]!, trees[1]!] : [trees[1]!, trees[0]!];
  const random = seeded(`${latex}\u0000matrix inequality`);
  const vectors = { applications: 'vector' as const, sizeNames: sizes, greekVectors: greekVectors(latex) };
  try {
    for (const n of SIZES) {
      for (const scale of SCALES) {
        // Entries are drawn as 2r − 1: this r makes them (2r − 1)·scale.
        const scaled = () => 0.5 + (random() - 0.5) * scale;
        for (let k = 0; k < TRIALS; k++) {
          const trial = new Trial(n, scaled, used, new Map(), vectors);
          const [l, r] = [valueOf(small, trial, new Map()), valueOf(large, trial, new Map())];
          if (!isScalar(l) || !isScalar(r)) return claim;
          const [a, b] = [l.data[0]!, r.data[0]!];
          if (!Number.isFinite(a) || !Number.isFinite(b)) return claim;
          if (a > b + 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) return claim;
        }
      }
    }
  } catch (error) {
    if (error instanceof NotMatrixNotation) return claim;
    throw error;
  }
  const said = [...used].map(([letter, property]) => `${letter} ${property}`).join(', ');
  const { reason: _reason, identity: _identity, ...rest } = claim;
  return { ...rest, verdict: 'holds', reading: said ? `${MATRIX_INEQUALITY_READING}, with ${said} as the text before it says` : MATRIX_INEQUALITY_READING };
}

/** `n`, `d` written only under a square root, as a factor or a divisor: the vectors' length, not a vector. */
function lengthLetters(trees: readonly MathJson[]): Set<string> {
  const found = new Set<string>();
  const other = new Set<string>();
  const walk = (json: MathJson, parent: string | undefined): void => {
    if (typeof json === 'string') {
      if (LENGTH_LETTERS.has(json)) (parent === 'Sqrt' || parent === 'Multiply' || parent === 'InvisibleOperator' || parent === 'Divide' ? found : other).add(json);
      return;
    }
    if (!Array.isArray(json)) return;
    const head = typeof json[0] === 'string' ? json[0] : undefined;
    for (let k = 1; k < json.length; k++) walk(json[k] as MathJson, head);
  };
  trees.forEach((tree) => walk(tree, undefined));
  return new Set([...found].filter((letter) => !other.has(letter)));
}
