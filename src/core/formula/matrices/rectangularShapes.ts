/**
 * Rectangular shapes for the matrix reading (matrixIdentity.ts), where square ones would
 * confirm a wrong claim. Drawn square, a design matrix makes `(X^TX)^{-1}X^T = X^{-1}` and
 * `X(X^TX)^{-1}X^T = I` (the hat matrix as the identity) hold; a careful reader knows X is
 * N×d and neither holds. Writing `(X^TX)^{-1}` says X^TX is invertible, not X.
 *
 * Without an inverse or a determinant, an identity of a few products, sums, transposes and
 * traces that holds for random square matrices of sizes 3 and 4 holds for every shape that
 * fits (a low-degree polynomial identity of square matrices is one of the free algebra).
 * With one, the claim is tried again with every capital (but I) square, tall or wide and
 * every lowercase vector of either length, two lengths in all (3 and 5): every assignment
 * under which both sides can be computed (shapes fit, no singular matrix) must agree. A
 * letter inverted itself (`A^{-1}`) is square in every assignment that is computed, as the
 * claim says; `I` takes the size its place asks for.
 */
import type { MathJson } from '../read/engine';
import { shapeOf } from './matrixValues';

/** The two lengths of a rectangular trial: a tall X (5×3) has an invertible X^TX and a singular XX^T. */
export const RECTANGULAR_LENGTHS = [3, 5] as const;

/** Past this many assignments the claim is not confirmed (a claim with many letters). */
const MAX_ASSIGNMENTS = 256;

export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

/** Whether the tree inverts or takes the determinant of something that is not one letter: only then can square shapes mislead. */
export function invertsCompound(json: MathJson): boolean {
  if (!Array.isArray(json)) return false;
  const [head, base, exponent] = json as readonly MathJson[];
  const compound = (m: MathJson | undefined) => m !== undefined && typeof m !== 'string';
  if (head === 'Power' && negative(exponent) && compound(base)) return true;
  if ((head === 'Determinant' || head === 'Inverse') && compound(base)) return true;
  return json.slice(1).some((a) => invertsCompound(a as MathJson));
}

function negative(json: MathJson | undefined): boolean {
  return (typeof json === 'number' && json < 0) || (Array.isArray(json) && json[0] === 'Negate');
}

/** The one-letter names of the tree with a matrix or vector shape (`I` included: its size varies too). */
function arrayNames(trees: readonly MathJson[]): string[] {
  const names = new Set<string>();
  const walk = (json: MathJson): void => {
    if (typeof json === 'string') {
      const shape = shapeOf(json);
      if (shape === 'matrix' || shape === 'vector' || shape === 'identity') names.add(json);
    } else if (Array.isArray(json)) json.slice(1).forEach((a) => walk(a as MathJson));
  };
  trees.forEach(walk);
  return [...names].sort();
}

/** The shapes a name may take: a matrix square, tall or wide; a vector or `I` of either length. */
function optionsFor(name: string): Shape[] {
  const [n, m] = RECTANGULAR_LENGTHS;
  if (shapeOf(name) === 'vector') return [{ rows: n, cols: 1 }, { rows: m, cols: 1 }];
  if (shapeOf(name) === 'identity') return [{ rows: n, cols: n }, { rows: m, cols: m }];
  return [{ rows: n, cols: n }, { rows: m, cols: n }, { rows: n, cols: m }, { rows: m, cols: m }];
}

/**
 * Every assignment of shapes to the trees' names but the all-square ones of one length,
 * or undefined when there are too many to try.
 */
export function rectangularAssignments(trees: readonly MathJson[]): Map<string, Shape>[] | undefined {
  const names = arrayNames(trees);
  const options = names.map(optionsFor);
  const total = options.reduce((p, o) => p * o.length, 1);
  if (total > MAX_ASSIGNMENTS) return undefined;
  const out: Map<string, Shape>[] = [];
  for (let k = 0; k < total; k++) {
    let rest = k;
    const assignment = new Map<string, Shape>();
    names.forEach((name, i) => {
      const o = options[i]!;
      assignment.set(name, o[rest % o.length]!);
      rest = Math.floor(rest / o.length);
    });
    const sizes = new Set([...assignment.values()].flatMap((s) => [s.rows, s.cols].filter((x) => x !== 1)));
    if (sizes.size > 1) out.push(assignment);
  }
  return out;
}
