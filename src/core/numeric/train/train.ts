import type { Dtype, ExperimentSpec, TrainOutcome } from '../../types';
import { allocTensor, roundArrayInPlace, roundArrayInto } from '../dtype';
import { buildMlpNetwork } from '../mlpSetup';
import { makeLayerOptimizer, updateRatio } from './optimizers';
import { TrainPass } from './pass';
import { nothingLearnedLoss, taskData } from './task';

/**
 * Full-batch training of the mlp (docs/spec.md, "train"): for k = 0 … steps,
 * compute ℓₖ and, while k < steps, the gradients and one optimizer update of
 * every layer. Master weights are kept in fp64 for fp64 runs and in fp32
 * otherwise; bf16/fp16 passes use a copy rounded to the dtype. The run stops
 * at the first non-finite ℓₖ (`diverged: k`): later points are absent, never
 * invented. Yields its progress after every step.
 */

type Tensor = Float32Array | Float64Array;

/** The concrete network and data of one training run. */
export interface TrainNetwork {
  readonly widths: readonly number[];
  readonly batch: number;
  /** Master weights: Wᵗ (widths[t] × widths[t-1], row-major), fp64 for fp64 runs, fp32 otherwise. */
  readonly weights: readonly Tensor[];
  /** Input and target, rounded to the run's dtype. */
  readonly input: Tensor;
  readonly target: Tensor;
}

/** The format master weights and optimizer state are kept in. */
export function masterDtype(dtype: Dtype): Dtype {
  return dtype === 'fp64' ? 'fp64' : 'fp32';
}

/** Float64 values rounded once to the dtype. */
function rounded(values: Float64Array, dtype: Dtype, rowLength: number): Tensor {
  const out = allocTensor(dtype, values.length);
  roundArrayInto(values, out, dtype, rowLength);
  return out;
}

/**
 * Weights drawn as the mlp draws them (or read from the weights file) in the
 * master format; input and target from the file, else from the built-in task,
 * rounded once to the run's dtype.
 */
export function buildTrainNetwork(spec: ExperimentSpec): TrainNetwork {
  const master = buildMlpNetwork({ ...spec, dtype: masterDtype(spec.dtype), bias: false });
  const { widths, batch, weights } = master;
  if (spec.weights) {
    // The file's input and target as the mlp reads them: each value rounded once to the dtype.
    const data = spec.dtype === masterDtype(spec.dtype) ? master : buildMlpNetwork({ ...spec, bias: false });
    return { widths, batch, weights, input: data.input, target: data.target };
  }
  const task = taskData(spec.task, spec.width, spec.batch, spec.seed);
  return { widths, batch, weights, input: rounded(task.input, spec.dtype, widths[0]!), target: rounded(task.target, spec.dtype, widths[widths.length - 1]!) };
}

/** Train, yielding the fraction done after every step; returns the series' losses, divergence and update ratios. */
export function* trainSteps(spec: ExperimentSpec, network?: TrainNetwork): Generator<number, TrainOutcome, void> {
  const net = network ?? buildTrainNetwork(spec);
  const { dtype, steps, lr } = spec;
  const wide = masterDtype(dtype) === 'fp64';
  const depth = net.widths.length - 1;
  // Copies: the caller's network is left as it was (a sweep over lr shares one).
  const master = net.weights.map((w) => (wide ? Float64Array.from(w) : Float32Array.from(w)));
  const narrow = dtype !== 'fp32' && dtype !== 'fp64';
  const passWeights = narrow ? master.map((w) => new Float32Array(w.length)) : master;
  const pass = new TrainPass(net.widths, net.batch, dtype, spec.activation, spec.head);
  const optimizers = master.map((w) => makeLayerOptimizer(spec.optimizer, w.length, wide));
  const points: { step: number; loss: number }[] = [];
  const ratios: number[][] = master.map(() => []);
  let diverged: number | null = null;

  for (let k = 0; k <= steps; k++) {
    if (narrow) {
      for (let t = 0; t < depth; t++) {
        passWeights[t]!.set(master[t]!);
        roundArrayInPlace(passWeights[t]!, dtype, net.widths[t]);
      }
    }
    const loss = pass.run(passWeights, net.input, net.target);
    if (!Number.isFinite(loss)) {
      diverged = k;
      break;
    }
    points.push({ step: k, loss });
    if (k === steps) break;
    for (let t = 0; t < depth; t++) ratios[t]!.push(updateRatio(optimizers[t]!.step(master[t]!, pass.gradients[t]!, lr, k + 1)));
    yield (k + 1) / (steps + 1);
  }
  return {
    points,
    diverged,
    layers: ratios.map((updateRatio, i) => ({ layer: i + 1, updateRatio })),
    nothingLearned: nothingLearnedLoss(net.target, net.batch),
    lr,
  };
}

/** Train to completion synchronously (tests and small runs). */
export function runTrain(spec: ExperimentSpec, network?: TrainNetwork): TrainOutcome {
  const steps = trainSteps(spec, network);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
