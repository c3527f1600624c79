import type { Init } from '../types';
import type { Rng } from './rng';

/**
 * Weight initialisation rules, producing float64 values (the caller rounds them
 * once to the dtype). A weight matrix is rows × cols = fan_out × fan_in, drawn
 * in row-major order from the given generator.
 *
 * Gains (the optional `gain` key): for normal and uniform, gain multiplies the
 * draws; for xavier it replaces the default gain 1; for kaiming it replaces the
 * default ReLU gain √2; for orthogonal it scales Q (default 1) — as in PyTorch's
 * torch.nn.init, whose formulas these are:
 *   xavier          N(0, gain²·2/(fan_in+fan_out))
 *   xavier-uniform  U(±gain·√(6/(fan_in+fan_out)))
 *   kaiming         N(0, gain²/fan_in)
 *   kaiming-uniform U(±gain·√(3/fan_in))
 *   orthogonal      gain·Q, Q from the QR decomposition of an N(0,1) matrix
 *                   with R's diagonal made positive (Gram–Schmidt gives that).
 */

/** Default gain of each rule when the spec gives none. */
export function defaultGain(init: Init): number {
  return init.kind === 'kaiming' || init.kind === 'kaiming-uniform' ? Math.SQRT2 : 1;
}

/** Draw a rows × cols matrix (row-major float64) by the rule. */
export function initMatrix(init: Init, gain: number | null, rows: number, cols: number, rng: Rng): Float64Array {
  const out = new Float64Array(rows * cols);
  fillInit(out, init, gain, rows, cols, rng);
  return out;
}

/** Fill `out` (length rows·cols) in place by the rule; used to avoid allocations per matrix. */
export function fillInit(out: Float64Array, init: Init, gain: number | null, rows: number, cols: number, rng: Rng): void {
  const g = gain ?? defaultGain(init);
  const fanIn = cols;
  const fanOut = rows;
  switch (init.kind) {
    case 'normal':
      rng.fillNormal(out, g * init.mean, g * init.std);
      return;
    case 'uniform':
      rng.fillUniform(out, g * init.low, g * init.high);
      return;
    case 'xavier':
      rng.fillNormal(out, 0, g * Math.sqrt(2 / (fanIn + fanOut)));
      return;
    case 'xavier-uniform': {
      const bound = g * Math.sqrt(6 / (fanIn + fanOut));
      rng.fillUniform(out, -bound, bound);
      return;
    }
    case 'kaiming':
      rng.fillNormal(out, 0, g / Math.sqrt(fanIn));
      return;
    case 'kaiming-uniform': {
      const bound = g * Math.sqrt(3 / fanIn);
      rng.fillUniform(out, -bound, bound);
      return;
    }
    case 'orthogonal':
      fillOrthogonal(out, rows, cols, g, rng);
      return;
  }
}

/**
 * Orthogonal rows × cols: draw N(0,1) as a tall matrix (the larger side first),
 * orthonormalise its columns by modified Gram–Schmidt, twice for accuracy
 * ("twice is enough"), then transpose back if the matrix is wide. The result has
 * orthonormal rows (wide) or columns (tall).
 */
function fillOrthogonal(out: Float64Array, rows: number, cols: number, gain: number, rng: Rng): void {
  const tall = rows >= cols;
  const n = tall ? rows : cols; // length of each vector
  const m = tall ? cols : rows; // number of vectors
  // vectors[j*n + i]: component i of vector j (column j of the tall matrix).
  const draws = new Float64Array(n * m);
  rng.fillNormal(draws);
  const vectors = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) vectors[j * n + i] = draws[i * m + j]!;
  for (let j = 0; j < m; j++) {
    for (let pass = 0; pass < 2; pass++) {
      for (let p = 0; p < j; p++) {
        let dot = 0;
        for (let i = 0; i < n; i++) dot += vectors[p * n + i]! * vectors[j * n + i]!;
        for (let i = 0; i < n; i++) vectors[j * n + i] -= dot * vectors[p * n + i]!;
      }
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += vectors[j * n + i]! ** 2;
    norm = Math.sqrt(norm);
    if (!(norm > 0)) throw new Error('orthogonal init: a random matrix came out rank-deficient');
    for (let i = 0; i < n; i++) vectors[j * n + i] /= norm;
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      out[r * cols + c] = gain * (tall ? vectors[c * n + r]! : vectors[r * n + c]!);
    }
  }
}
