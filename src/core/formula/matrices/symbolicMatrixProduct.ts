/**
 * A product of written matrices whose entries are names, multiplied out:
 * `\begin{bmatrix} b & w_1 & w_2 \end{bmatrix} \begin{bmatrix} 1 \\ x_1 \\ x_2 \end{bmatrix} = b + w_1x_1 + w_2x_2`
 * (pytorch-step-by-step). The array reading (matrixSide.ts) evaluates written matrices of
 * numbers; with names in them it has no value to give. A careful reader multiplies the
 * row by the column, and so does this module (matrix.ts builds the one entry of a 1×1
 * product as an expression in the names), then hands entry and other side to the
 * scalar identity check (identity.ts) with every name a number.
 *
 * Only 1×1 results (a row times a column, a number) are read, and the reading may
 * confirm, never refute: an entry may be a vector in the author's mind (`[- w^T -]`).
 */
import type { LatexReader, MathJson } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import type { ClaimReport } from '../types';
import type { SideTexts } from '../identity/claimReading';
import { checkIdentity, variablesOf } from '../identity/identity';
import { dropShapeAnnotations } from '../read/shapeAnnotations';
import { buildTerm, type ArrayScope } from './matrix';
import { arrayLatex, hasMatrixEnvironment } from './matrixSide';

/** A matrix environment's delimiters and its column and row separators. */
const MATRIX_MARKUP = /\\(?:begin|end)\s*\{[pbvBV]?matrix\}|&|\\\\/g;

/** A name that stands for a number by convention: a lowercase Latin or Greek letter, with any subscript. */
const NUMBER_NAME = /^(?:[a-z]|alpha|beta|gamma|delta|epsilon|varepsilon|eta|theta|lambda|mu|rho|sigma|tau|phi|omega)(?:_|$)/;

/** The reading named in the hover and `check --json`. */
export const MULTIPLIED_OUT_READING = 'with the written matrices multiplied out';

/** The side as one scalar expression: a written product's one entry, or the side itself; undefined when it is no number. */
function scalarOf(text: string, reader: LatexReader): MathJson | undefined {
  if (!hasMatrixEnvironment(text)) return reader.read(normalizeLatex(text));
  const scope: ArrayScope = { arrays: new Map(), used: new Set(), nodes: 0, sawArray: false, free: new Set(), assumed: new Set() };
  const term = buildTerm(reader.read(arrayLatex(text)), scope);
  if (term.kind === 'scalar') return undefined;
  return term.rows === 1 && term.cols === 1 && scope.assumed!.size === 0 ? term.cells[0] : undefined;
}

/** An undecided `=` with a written matrix product of names on a side that holds for every value of the names holds. */
export function withWrittenMatricesMultiplied(claim: ClaimReport, pieces: SideTexts, reader: LatexReader, deadline: number): ClaimReport {
  if (claim.verdict !== 'none' || claim.relation !== '=' || !pieces.some((p) => hasMatrixEnvironment(p.text))) return claim;
  // Both sides must be products of written matrices of names, or plain expressions: no matrix names, no bound arrays.
  if (claim.left.array || claim.right.array) return claim;
  let sides: (MathJson | undefined)[];
  try {
    sides = pieces.map((p) => scalarOf(p.text, reader));
  } catch {
    return claim;
  }
  const [left, right] = sides;
  if (left === undefined || right === undefined) return claim;
  // `[A\ B][C; D] = CA + DB` holds for numbers, not for matrices: capitals (and their Greek kin) are not read as numbers.
  if ([...variablesOf(left), ...variablesOf(right)].some((name) => !NUMBER_NAME.test(name))) return claim;
  // The identity check reads the statement's text for its notation: the entries, without the matrices' markup.
  const latex = pieces.map((p) => dropShapeAnnotations(p.text).replace(MATRIX_MARKUP, ' ')).join(' = ');
  let outcome: ReturnType<typeof checkIdentity>;
  try {
    outcome = checkIdentity(latex, left, right, new Map(), deadline, true);
  } catch {
    return claim;
  }
  if (outcome.kind !== 'judged' || outcome.verdict !== 'holds') return claim;
  const { reason: _reason, ...rest } = claim;
  return { ...rest, verdict: 'holds', identity: outcome.check, reading: MULTIPLIED_OUT_READING };
}
