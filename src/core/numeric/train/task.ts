import type { TaskName } from '../../types';
import { Rng, STREAMS } from '../rng';

/**
 * The built-in data of `train` when no weights file gives input and target.
 * X (batch × width) is N(0, 1) from the seed's `input` stream — the mlp's X.
 * A teacher matrix A (width × width, N(0, 1/width)) comes from the `teacher`
 * stream, and the raw target is
 *   teacher  R = tanh(X·Aᵀ)   (a smooth nonlinear map the net can fit)
 *   linear   R = X·Aᵀ
 * computed in float64. Each column of R is centred over the batch, then R is
 * scaled so that Σ R² = B. The best constant prediction (the column means, 0)
 * then has loss 1/(2B)·Σ R² = 0.5 exactly: a run whose loss stays near 0.5
 * learned nothing, and 0.25 is "halved". (The rounded targets move that value
 * by a relative 2⁻⁸ at most in bf16; the run reports it from the stored values.)
 */


/** Input and normalised target of the built-in task, in float64, rows are samples. */
export function taskData(task: TaskName, width: number, batch: number, seed: number): { input: Float64Array; target: Float64Array } {
  const input = new Float64Array(batch * width);
  new Rng(seed, STREAMS.input).fillNormal(input);
  const teacher = new Float64Array(width * width);
  new Rng(seed, STREAMS.teacher).fillNormal(teacher);
  const scale = 1 / Math.sqrt(width);
  const target = new Float64Array(batch * width);
  for (let b = 0; b < batch; b++) {
    for (let j = 0; j < width; j++) {
      let z = 0;
      for (let i = 0; i < width; i++) z += input[b * width + i]! * teacher[j * width + i]! * scale;
      target[b * width + j] = task === 'teacher' ? Math.tanh(z) : z;
    }
  }
  for (let j = 0; j < width; j++) {
    let mean = 0;
    for (let b = 0; b < batch; b++) mean += target[b * width + j]!;
    mean /= batch;
    for (let b = 0; b < batch; b++) target[b * width + j] = target[b * width + j]! - mean;
  }
  let squares = 0;
  for (let i = 0; i < target.length; i++) squares += target[i]! ** 2;
  // A batch of one centres to zero; leave it at zero rather than divide by it.
  const norm = squares > 0 ? Math.sqrt(batch / squares) : 0;
  for (let i = 0; i < target.length; i++) target[i] = target[i]! * norm;
  return { input, target };
}

/** The loss of the best constant prediction (per-column means of the target), in float64: the "learned nothing" level. */
export function nothingLearnedLoss(target: Float32Array | Float64Array, batch: number): number {
  const width = target.length / batch;
  let sum = 0;
  for (let j = 0; j < width; j++) {
    let mean = 0;
    for (let b = 0; b < batch; b++) mean += target[b * width + j]!;
    mean /= batch;
    for (let b = 0; b < batch; b++) sum += (target[b * width + j]! - mean) ** 2;
  }
  return sum / (2 * batch);
}
