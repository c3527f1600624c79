/**
 * The small dense matrices the matrix reading (matrixIdentity.ts) computes with:
 * products, sums, transposes, integer powers, determinant and inverse by Gaussian
 * elimination, and random matrices with a property the prose states. A scalar is
 * a 1×1 value and multiplies anything, as a 1×1 product (`x^Tz`) does in notes.
 */
import type { MatrixProperty } from './matrixProperties';
import { Refusal } from '../refusal';

/** The notation is not one this reading takes: a shape that does not fit, a singular matrix, an unknown head. */
export class NotMatrixNotation extends Refusal {}

/** A value: `rows × cols` entries, row by row; a scalar is 1×1. */
export interface Value {
  readonly rows: number;
  readonly cols: number;
  readonly data: readonly number[];
}

export const scalar = (x: number): Value => ({ rows: 1, cols: 1, data: [x] });
export const isScalar = (v: Value): boolean => v.rows === 1 && v.cols === 1;

export function identityMatrix(n: number): Value {
  return { rows: n, cols: n, data: Array.from({ length: n * n }, (_, k) => (Math.floor(k / n) === k % n ? 1 : 0)) };
}

export function multiply(a: Value, b: Value): Value {
  if (isScalar(a)) return { ...b, data: b.data.map((x) => x * a.data[0]!) };
  if (isScalar(b)) return { ...a, data: a.data.map((x) => x * b.data[0]!) };
  if (a.cols !== b.rows) throw new NotMatrixNotation('shapes do not fit');
  const data: number[] = [];
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < b.cols; j++) {
      let s = 0;
      for (let k = 0; k < a.cols; k++) s += a.data[i * a.cols + k]! * b.data[k * b.cols + j]!;
      data.push(s);
    }
  }
  return { rows: a.rows, cols: b.cols, data };
}

export function add(a: Value, b: Value, sign: number): Value {
  if (a.rows !== b.rows || a.cols !== b.cols) throw new NotMatrixNotation('shapes do not fit');
  return { ...a, data: a.data.map((x, k) => x + sign * b.data[k]!) };
}

export function transpose(a: Value): Value {
  const data: number[] = [];
  for (let j = 0; j < a.cols; j++) for (let i = 0; i < a.rows; i++) data.push(a.data[i * a.cols + j]!);
  return { rows: a.cols, cols: a.rows, data };
}

/** Determinant and inverse by Gaussian elimination with partial pivoting. */
export function eliminate(a: Value): { det: number; inverse: Value } {
  if (a.rows !== a.cols) throw new NotMatrixNotation('not square');
  const n = a.rows;
  const m = a.data.map((x) => x);
  const inv = [...identityMatrix(n).data];
  let det = 1;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r * n + c]!) > Math.abs(m[p * n + c]!)) p = r;
    if (Math.abs(m[p * n + c]!) < 1e-9) throw new NotMatrixNotation('singular');
    if (p !== c) {
      det = -det;
      for (let k = 0; k < n; k++) {
        [m[c * n + k], m[p * n + k]] = [m[p * n + k]!, m[c * n + k]!];
        [inv[c * n + k], inv[p * n + k]] = [inv[p * n + k]!, inv[c * n + k]!];
      }
    }
    const pivot = m[c * n + c]!;
    det *= pivot;
    for (let k = 0; k < n; k++) {
      m[c * n + k]! /= pivot;
      inv[c * n + k]! /= pivot;
    }
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r * n + c]!;
      for (let k = 0; k < n; k++) {
        m[r * n + k]! -= f * m[c * n + k]!;
        inv[r * n + k]! -= f * inv[c * n + k]!;
      }
    }
  }
  return { det, inverse: { rows: n, cols: n, data: inv } };
}

export function power(base: Value, exponent: number): Value {
  if (isScalar(base)) return scalar(base.data[0]! ** exponent);
  if (base.rows !== base.cols || !Number.isInteger(exponent)) throw new NotMatrixNotation('no such power');
  const b = exponent < 0 ? eliminate(base).inverse : base;
  let out = identityMatrix(base.rows);
  for (let k = 0; k < Math.abs(exponent); k++) out = multiply(out, b);
  return out;
}

/** A random matrix made symmetric ((M + Mᵀ)/2), orthogonal ((I − S)(I + S)⁻¹ with S = M − Mᵀ skew) or positive definite (MᵀM + I/10), as the prose says. */
export function withProperty(m: Value, property: MatrixProperty | undefined): Value {
  if (property === undefined) return m;
  const t = transpose(m);
  if (property === 'symmetric') return multiply(scalar(0.5), add(m, t, 1));
  if (property === 'positive definite') return add(multiply(t, m), multiply(scalar(0.1), identityMatrix(m.rows)), 1);
  const skew = add(m, t, -1);
  const id = identityMatrix(m.rows);
  return multiply(add(id, skew, -1), eliminate(add(id, skew, 1)).inverse);
}
