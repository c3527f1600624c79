import type { Dtype, ExperimentSpec, TrainOutcome } from '../../types';
import { allocTensor, roundArrayInPlace, roundArrayInto } from '../dtype';
import { buildMlpNetwork } from '../mlpSetup';
import { clipGradients, DynamicScaler, unscaleInto } from '../remedies/gradients';
import { makeLayerOptimizer, updateRatio } from './optimizers';
import { TrainPass } from './pass';
import { nothingLearnedLoss, taskData } from './task';

/**
 * Full-batch training of the mlp (docs/spec.md, "train"): for k = 0 … steps,
 * compute ℓₖ and, while k < steps, the gradients and one optimizer update of
 * every layer. Master weights are kept in fp64 for fp64 runs and in fp32
 * otherwise; bf16/fp16 passes use a copy rounded to the dtype. The run stops
 * at the first non-finite ℓₖ (`diverged: k`): later points are absent, never
 * invented. Yields its progress after every step. With `loss-scale` or
 * `clip` the gradients are unscaled and clipped in the master format before
 * the update (remedies/gradients.ts); a step skipped by the dynamic scaler
 * leaves the weights and the optimizer's state as they were.
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
  const pass = new TrainPass(net.widths, net.batch, dtype, spec.activation, spec.head, spec);
  const optimizers = master.map((w) => makeLayerOptimizer(spec.optimizer, w.length, wide, spec));
  const points: { step: number; loss: number }[] = [];
  const ratios: number[][] = master.map(() => []);
  let diverged: number | null = null;
  // Gradient remedies work on master-format copies; without them the optimizer reads the pass's gradients.
  const fixGradients = spec.clip !== null || spec.lossScale !== null;
  const work = fixGradients ? master.map((w) => (wide ? new Float64Array(w.length) : new Float32Array(w.length))) : null;
  const scaler = spec.lossScale === 'dynamic' ? new DynamicScaler() : null;
  const fixedScale = typeof spec.lossScale === 'number' ? spec.lossScale : 1;
  const scales: number[] = [];
  const skipped: number[] = [];
  let clipped = 0;
  let updates = 0;

  for (let k = 0; k <= steps; k++) {
    if (narrow) {
      for (let t = 0; t < depth; t++) {
        passWeights[t]!.set(master[t]!);
        roundArrayInPlace(passWeights[t]!, dtype, net.widths[t]);
      }
    }
    const scale = scaler ? scaler.scale : fixedScale;
    const loss = pass.run(passWeights, net.input, net.target, scale);
    if (!Number.isFinite(loss)) {
      diverged = k;
      break;
    }
    points.push({ step: k, loss });
    if (k === steps) break;
    let gradients: readonly Tensor[] = pass.gradients;
    if (work) {
      const finite = unscaleInto(pass.gradients, work, scale, wide);
      if (spec.lossScale !== null) scales.push(scale);
      scaler?.update(finite);
      if (scaler && !finite) {
        skipped.push(k);
        for (let t = 0; t < depth; t++) ratios[t]!.push(0);
        yield (k + 1) / (steps + 1);
        continue;
      }
      if (spec.clip && clipGradients(work, spec.clip, wide)) clipped++;
      gradients = work;
    }
    updates++;
    for (let t = 0; t < depth; t++) ratios[t]!.push(updateRatio(optimizers[t]!.step(master[t]!, gradients[t]!, lr, updates)));
    yield (k + 1) / (steps + 1);
  }
  return {
    points,
    diverged,
    layers: ratios.map((updateRatio, i) => ({ layer: i + 1, updateRatio })),
    nothingLearned: nothingLearnedLoss(net.target, net.batch),
    lr,
    ...(spec.lossScale !== null ? { lossScale: scales } : {}),
    ...(scaler ? { skipped } : {}),
    ...(spec.clip ? { clipped } : {}),
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
