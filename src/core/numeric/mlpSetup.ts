import type { Dtype, ExperimentSpec, WeightsData } from '../types';
import { allocTensor, rounderFor, roundArrayInto } from './dtype';
import { roundRows } from './dtypeOps';
import { fillInit } from './init';
import { Rng, STREAMS } from './rng';
import { validateWeights } from './weights';

/**
 * The concrete network of an `mlp` run: weights, biases, input and target, all
 * already rounded to the dtype, from `spec.weights` when given, else drawn from
 * the seed (weights from stream `weights`, layer by layer in row-major order;
 * biases from `biases`; X from `input`; Y from `target`).
 */
export interface MlpNetwork {
  /** widths[0] = input width, widths[t] = output width of layer t. */
  readonly widths: readonly number[];
  readonly batch: number;
  /** weights[t-1] is Wᵗ, widths[t] × widths[t-1], row-major. */
  readonly weights: readonly (Float32Array | Float64Array)[];
  /** biases[t-1] is bᵗ (length widths[t]), or null without bias. */
  readonly biases: readonly (Float32Array | Float64Array)[] | null;
  readonly input: Float32Array | Float64Array;
  readonly target: Float32Array | Float64Array;
}

/** Copy rows into a dtype tensor, rounding each value once from float64. */
function tensorFromRows(rows: readonly (readonly number[])[], dtype: Dtype): Float32Array | Float64Array {
  const cols = rows[0]!.length;
  const out = allocTensor(dtype, rows.length * cols);
  const round = rounderFor(dtype);
  for (let r = 0; r < rows.length; r++) for (let c = 0; c < cols; c++) out[r * cols + c] = round(rows[r]![c]!);
  roundRows(out, cols, dtype);
  return out;
}

/** Draw N(0,1) values from a stream into a dtype tensor (rows of `rowLength`), rounding once. */
function normalTensor(length: number, rowLength: number, seed: number, stream: number, dtype: Dtype): Float32Array | Float64Array {
  const draws = new Float64Array(length);
  new Rng(seed, stream).fillNormal(draws);
  return toDtype(draws, dtype, rowLength);
}

/** Float64 values as a dtype tensor of rows of `rowLength` (the row length matters to block-scaled dtypes). */
function toDtype(values: Float64Array, dtype: Dtype, rowLength: number): Float32Array | Float64Array {
  if (dtype === 'fp64') return values;
  const out = allocTensor(dtype, values.length);
  roundArrayInto(values, out, dtype, rowLength);
  return out;
}

/** Build the network of an mlp spec; throws an Error listing shape problems of explicit weights. */
export function buildMlpNetwork(spec: ExperimentSpec): MlpNetwork {
  const { dtype, seed } = spec;
  let widths: number[];
  let weights: (Float32Array | Float64Array)[];
  let batch = spec.batch;
  if (spec.weights) {
    const errors = validateWeights(spec.weights, spec.batch);
    if (errors.length > 0) throw new Error(`weights file ${spec.weightsPath ?? ''}: ${errors.join('; ')}`);
    const data: WeightsData = spec.weights;
    widths = [data.weights[0]![0]!.length, ...data.weights.map((w) => w.length)];
    weights = data.weights.map((w) => tensorFromRows(w, dtype));
    if (data.input) batch = data.input.length;
  } else {
    widths = new Array<number>(spec.depth + 1).fill(spec.width);
    const rng = new Rng(seed, STREAMS.weights);
    const scratch = new Float64Array(spec.width * spec.width);
    weights = [];
    for (let t = 1; t <= spec.depth; t++) {
      fillInit(scratch, spec.init, spec.gain, spec.width, spec.width, rng);
      // toDtype returns a fresh array except for fp64, where the scratch must be copied.
      weights.push(dtype === 'fp64' ? scratch.slice() : toDtype(scratch, dtype, spec.width));
    }
  }
  const depth = widths.length - 1;
  let biases: (Float32Array | Float64Array)[] | null = null;
  if (spec.bias) {
    // PyTorch's nn.Linear default U(±1/√fan_in) for drawn networks; zeros for explicit weights (the file has no biases).
    const rng = new Rng(seed, STREAMS.biases);
    biases = [];
    for (let t = 1; t <= depth; t++) {
      const b = new Float64Array(widths[t]!);
      if (!spec.weights) {
        const bound = 1 / Math.sqrt(widths[t - 1]!);
        rng.fillUniform(b, -bound, bound);
      }
      biases.push(toDtype(b, dtype, b.length));
    }
  }
  const input = spec.weights?.input ? tensorFromRows(spec.weights.input, dtype) : normalTensor(batch * widths[0]!, widths[0]!, seed, STREAMS.input, dtype);
  const target = spec.weights?.target
    ? tensorFromRows(spec.weights.target, dtype)
    : normalTensor(batch * widths[depth]!, widths[depth]!, seed, STREAMS.target, dtype);
  return { widths, batch, weights, biases, input, target };
}
