/**
 * Identities in matrix notation: `(zz^T)^T = (z^T)^Tz^T = zz^T`,
 * `\tfrac{1}{2}x^TAx = \tfrac{1}{2}\sum_i\sum_j A_{ij}x_ix_j`,
 * `\operatorname{tr}(ABC) = \operatorname{tr}(CAB)`, `\det(A^{-1}) = \det(A)^{-1}`.
 * The scalar identity check (identity.ts) leaves these alone: its random numbers
 * commute, matrices do not.
 *
 * A careful reader reads the letters by the usual convention, and so does this
 * module: a capital letter (Latin or Greek) is a square matrix, `I` the identity,
 * a lowercase Latin letter a column vector, a lowercase Greek letter a scalar; a
 * 1×1 product (`x^Tz`) is a scalar. `\sum_i` without bounds runs over the vector
 * length, and `A_{ij}`, `x_i` under it are entries. Both sides are evaluated with
 * random entries (seeded by the formula) at two sizes, 3 and 4 (matrixValues.ts
 * computes the values). Norms, inner products and function values `f(x)` are read too
 * (vectorNotation.ts), as a second reading tried when the first does not confirm.
 *
 * This reading can only say "holds": where the sides differ, the author may mean
 * a matrix with a property stated in prose (symmetric, orthogonal, `A = zz^T`),
 * so the claim stays as it was. Anything outside this small notation — a name of
 * several letters, a function, a shape that does not fit — leaves it alone too.
 */
import type { LatexReader, MathJson } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import type { ClaimReport } from '../types';
import type { SideTexts } from '../identity/claimReading';
import type { MatrixProperty } from './matrixProperties';
import { greekVectors, sizeNames, vectorNotationLatex, writesApplication, WRITES_VECTOR_NOTATION } from './vectorNotation';
import { GREEK_LOWER, GREEK_UPPER, shapeOf, surelyUnread, Trial, valueOf, type VectorReading } from './matrixValues';
import { NotMatrixNotation, type Value } from './smallMatrices';
import { decoratedName } from '../read/decoratedNames';
import { flattenSubscripts, seeded } from '../identity/identity';
import { invertsCompound, RECTANGULAR_LENGTHS, rectangularAssignments, type Shape } from './rectangularShapes';

/** Sizes tried: two, so that an identity of one size only (a 3×3 accident) does not pass. */
const SIZES = [3, 4] as const;

/** Whether the claim's text uses matrix notation at all: a transpose, a trace, a determinant, bold letters, or capitals side by side. */
export function writesMatrixNotation(latex: string): boolean {
  return /\^\s*(?:T|\{\s*T\s*\}|\{?\s*\\top|\{?\s*\\intercal|\\text\s*\{\s*T\s*\})|\\operatorname\s*\{\s*(?:tr|Tr|det)\s*\}|\\(?:text|mathrm)\s*\{\s*(?:tr|Tr|det)\s*\}|\\det\b|\\Tr\b|\\(?:bs|mathbf|boldsymbol|bm)\s*\{|(?<![\\A-Za-z])[A-Z]\s*[A-Z\\]/.test(latex);
}

/** `\\Tr`, `\\det`, `\\bs{…}` (a note's macro for bold) as the engine reads them: trace, determinant, the letters. */
export function matrixLatex(latex: string): string {
  return latex
    .replace(/\\(?:bs|boldsymbol|bm)\s*\{([^{}]*)\}/g, (_, inner: string) => ` ${inner} `)
    .replace(/\\Tr\b/g, '\\operatorname{tr}')
    .replace(/\\det\b/g, '\\operatorname{det}');
}

/** The non-scalar names a tree uses: the reading is for matrices and vectors, scalars are identity.ts's. */
export function usesArrays(json: MathJson): boolean {
  if (typeof json === 'string') {
    const shape = shapeOf(json);
    return shape === 'matrix' || shape === 'vector' || shape === 'identity';
  }
  return Array.isArray(json) && json.some((a) => usesArrays(a as MathJson));
}

function close(a: Value, b: Value): boolean {
  if (a.rows !== b.rows || a.cols !== b.cols) return false;
  const scale = Math.max(1, ...a.data.map(Math.abs), ...b.data.map(Math.abs));
  return a.data.every((x, k) => Math.abs(x - b.data[k]!) <= 1e-9 * scale);
}

/** Whether `left = right` holds for random matrices and vectors of sizes 3 and 4 (false: not shown, never "fails"). */
export function holdsForMatrices(latex: string, left: MathJson, right: MathJson, properties: ReadonlyMap<string, MatrixProperty> = new Map(), vectors?: VectorReading): boolean {
  return outcomeForMatrices(latex, left, right, properties, vectors) === 'holds';
}

/** `holds` at every trial, `differs` at one, `unread` where the notation does not fit the reading. */
function outcomeForMatrices(latex: string, left: MathJson, right: MathJson, properties: ReadonlyMap<string, MatrixProperty>, vectors?: VectorReading): 'holds' | 'differs' | 'unread' {
  if (!usesArrays(left) && !usesArrays(right)) return 'unread';
  if (drawnApart(left, right, vectors) || drawnApart(right, left, vectors)) return 'differs';
  // A side the trials cannot read ends the first trial unread: nothing is drawn.
  if (surelyUnread(left, vectors !== undefined) || surelyUnread(right, vectors !== undefined)) return 'unread';
  const random = seeded(latex);
  try {
    for (const n of SIZES) {
      for (let k = 0; k < (vectors ? 4 : 2); k++) {
        const trial = new Trial(n, random, properties, new Map(), vectors);
        if (!close(valueOf(left, trial, new Map()), valueOf(right, trial, new Map()))) return 'differs';
      }
    }
  } catch (error) {
    if (error instanceof NotMatrixNotation) return 'unread';
    throw error;
  }
  return invertsCompound(left) || invertsCompound(right) ? outcomeForShapes(left, right, random, properties, vectors) : 'holds';
}

/**
 * A side that is one name (`\\mathbf{q}`, `z^{(t)}`, `W_1`) the other side never writes: a
 * definition, `\\mathbf{q} = \\mathbf{A}^\\top\\mathbf{b}`. Its entries are drawn apart from
 * everything the other side's value is made of, so no trial can agree: the reading cannot
 * confirm, and the trials are not run. Every name a trial draws (`Trial.named`, `Trial.applied`)
 * is keyed by a string whose leading letters are those of a string of its side's tree, so a
 * side without a string of those leading letters cannot draw it. The identity `I` and a letter
 * naming the vector length have fixed values and are left to the trials.
 */
function drawnApart(side: MathJson, other: MathJson, vectors?: VectorReading): boolean {
  const name = typeof side === 'string' ? side : decoratedName(side, flattenSubscripts);
  if (name === undefined || vectors?.sizeNames.has(name) === true) return false;
  const shape = vectors?.greekVectors?.has(name) === true ? 'vector' : shapeOf(name);
  if (shape === undefined || shape === 'identity') return false;
  const letters = leadingLetters(name);
  return letters !== '' && !writesLetters(other, letters);
}

function leadingLetters(name: string): string {
  return /^[A-Za-z]*/.exec(name)![0];
}

/** Whether some string of the tree (a name, a head) starts with exactly these letters. */
function writesLetters(json: MathJson, letters: string): boolean {
  if (typeof json === 'string') return leadingLetters(json) === letters;
  return Array.isArray(json) && json.some((a) => writesLetters(a as MathJson, letters));
}

/** A claim that inverts a product, tried with tall and wide matrices too (rectangularShapes.ts): every assignment computed must agree. */
function outcomeForShapes(left: MathJson, right: MathJson, random: () => number, properties: ReadonlyMap<string, MatrixProperty>, vectors?: VectorReading): 'holds' | 'differs' | 'unread' {
  const assignments = rectangularAssignments([left, right]);
  if (!assignments) return 'unread';
  const squareWhereStated = (shapes: ReadonlyMap<string, Shape>) => [...properties.keys()].every((name) => shapes.get(name)?.rows === shapes.get(name)?.cols);
  for (const shapes of assignments.filter(squareWhereStated)) {
    const trial = new Trial(RECTANGULAR_LENGTHS[0], random, properties, new Map(), vectors, shapes);
    let sides: [Value, Value];
    try {
      sides = [valueOf(left, trial, new Map()), valueOf(right, trial, new Map())];
    } catch (error) {
      // Shapes that do not fit, or a singular matrix: not what the claim is about.
      if (error instanceof NotMatrixNotation) continue;
      throw error;
    }
    // Sides of two shapes (I of the other size) are not a reading of the claim either.
    const fits = sides[0].rows === sides[1].rows && sides[0].cols === sides[1].cols;
    if (fits && !close(...sides)) return 'differs';
  }
  return 'holds';
}

/**
 * The claim in the notation of vectorNotation.ts: function values as vectors, or as numbers
 * where a vector does not fit (`g'(a^Tx)\,a`); holds only when one of them holds.
 */
export function holdsInVectorNotation(latex: string, pieces: SideTexts, reader: LatexReader, properties: ReadonlyMap<string, MatrixProperty>, vectorsElsewhere: ReadonlySet<string> = new Set()): boolean {
  let trees: MathJson[];
  try {
    trees = pieces.map((p) => reader.read(vectorNotationLatex(p.text)));
  } catch {
    return false;
  }
  if (!usesArrays(trees[0]!) && !usesArrays(trees[1]!)) return false;
  const sizes = sizeNames(trees);
  const outcome = (applications: VectorReading['applications']) =>
    outcomeForMatrices(latex, trees[0]!, trees[1]!, properties, { applications, sizeNames: sizes, greekVectors: new Set([...greekVectors(latex), ...vectorsElsewhere]) });
  const asVectors = outcome('vector');
  if (asVectors !== 'unread') return asVectors === 'holds';
  // Without an application the number reading draws the values the vector reading drew: it would be unread too.
  return trees.some(writesApplication) && outcome('scalar') === 'holds';
}

/** The readings named in the hover and `check --json`. */
export const VECTOR_READING = 'with capitals as matrices, lowercase letters as vectors and f(x) an unknown value, norms Euclidean, checked with random entries';
export const MATRIX_READING = 'with capitals as matrices, lowercase letters as vectors, checked with random entries';

/** An undecided `=` in matrix notation that holds for random matrices and vectors holds (see the file comment). */
export function withMatrixReading(
  claim: ClaimReport,
  pieces: SideTexts,
  reader: LatexReader,
  properties: ReadonlyMap<string, MatrixProperty> = new Map(),
): ClaimReport {
  if (claim.verdict !== 'none' || claim.relation !== '=') return claim;
  const latex = `${pieces[0].text} = ${pieces[1].text}`;
  const matrices = writesMatrixNotation(latex);
  const vectors = WRITES_VECTOR_NOTATION.test(latex);
  if (!matrices && !vectors) return claim;
  let trees: MathJson[] | undefined;
  try {
    trees = pieces.map((p) => reader.read(normalizeLatex(matrixLatex(p.text))));
  } catch {
    trees = undefined;
  }
  if (matrices && trees && holdsForMatrices(latex, trees[0]!, trees[1]!)) return holds(claim, MATRIX_READING);
  if (vectors && holdsInVectorNotation(latex, pieces, reader, new Map())) return holds(claim, VECTOR_READING);
  // Only the properties of matrices the claim mentions, named in the reading.
  const used = new Map([...properties].filter(([letter]) => new RegExp(`(?<![A-Za-z\\\\])${letter}(?![a-z])`).test(latex)));
  if (used.size === 0 || !mentionsOthers(latex, used)) return claim;
  const said = [...used].map(([letter, property]) => `${letter} ${property}`).join(', ');
  if (matrices && trees && holdsForMatrices(latex, trees[0]!, trees[1]!, used)) return holds(claim, `${MATRIX_READING}, with ${said} as the text before it says`);
  if (vectors && holdsInVectorNotation(latex, pieces, reader, used)) return holds(claim, `${VECTOR_READING}, with ${said} as the text before it says`);
  return claim;
}

/** `U^TU = I` after "U orthogonal" restates the assumption; a claim the property confirms must be about something more. */
function mentionsOthers(latex: string, used: ReadonlyMap<string, MatrixProperty>): boolean {
  const letters = latex.replace(/\^\s*\{?\s*T\s*\}?/g, ' ').replace(/\\[A-Za-z]+/g, ' ').match(/[A-Za-z]/g) ?? [];
  return letters.some((l) => l !== 'I' && !used.has(l)) || [...latex.matchAll(/\\([A-Za-z]+)/g)].some((m) => GREEK_LOWER.has(m[1]!) || GREEK_UPPER.has(m[1]!));
}

function holds(claim: ClaimReport, reading: string): ClaimReport {
  const { reason: _reason, identity: _identity, ...rest } = claim;
  return { ...rest, verdict: 'holds', reading };
}
