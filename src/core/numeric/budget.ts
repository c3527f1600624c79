import { DTYPES, EXPERIMENTS, HEADS, INIT_NAMES, OPTIMIZERS, TASKS, type ExperimentSpec } from '../types';
import { ACTIVATION_NAMES as ACTIVATIONS } from './activations';

/**
 * The work budget (docs/spec.md §1.7): a spec is refused, with the knob to turn
 * named, before anything is allocated. Work is counted in multiply-adds:
 *   mlp           3 × Σₜ outᵗ·inᵗ × batch (forward, ∂W, ∂H) + Σₜ outᵗ·inᵗ (init)
 *                 — for drawn networks 3 × depth × width² × batch + depth × width²
 *   matmul-chain  count × size³ (+ orthogonal init's size³ per factor)
 *   activation    points × 100 (erf/exp per point, generously)
 *   power         n
 *   train         (steps + 1) × 3 × Σₜ outᵗ·inᵗ × batch (one mlp pass per step and the final loss)
 *                 + steps × 10 × Σₜ outᵗ·inᵗ (optimizer) + batch × width² (the built-in task)
 * Memory is counted in stored elements (weights, activations and σ′ of every
 * layer for mlp) and capped separately, so a cheap-but-huge spec cannot take
 * gigabytes either.
 */

/** Multiply-adds allowed for one block unless gradexp.workBudget says otherwise (≈ a minute of plain-JS work). */
export const DEFAULT_BUDGET = 5e10;

/** Elements (numbers) one series may keep in memory: 6e7 ≈ 240 MB in float32, 480 MB in float64. */
export const MAX_STORED_ELEMENTS = 6e7;

/**
 * Points one block may put on its chart and in its results, over all its series
 * (16 series × 10,000). Cheap points still cost: 16 series of 100,000
 * activation points took 3 s, 390 MB and 170 MB of JSON for a 7-line block,
 * far more than any chart a few hundred pixels wide can show.
 */
export const MAX_BLOCK_POINTS = 160_000;

/** Per-layer bookkeeping counted as if it were this many stored numbers (typed-array headers etc.). */
const LAYER_OVERHEAD = 200;

/** A spec that cannot be run as given — too large, or with impossible values; the message names what to change. */
export class BudgetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BudgetError';
  }
}

/** Sizes must be whole positive numbers before any estimate means anything. */
function requireCount(value: number, key: string, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new BudgetError(`${key} must be a whole number ≥ ${min}, got ${String(value)}`);
  }
}

/**
 * Values the spec parser should already have refused; checked again here
 * because the engine must fail with words, never with a NaN or a crash.
 */
function requireRunnable(spec: ExperimentSpec): void {
  const fail = (message: string): never => {
    throw new BudgetError(message);
  };
  if (!EXPERIMENTS.includes(spec.experiment)) fail(`unknown experiment '${String(spec.experiment)}'; use ${EXPERIMENTS.join(', ')}`);
  if (!DTYPES.includes(spec.dtype)) fail(`unknown dtype '${String(spec.dtype)}'; use ${DTYPES.join(', ')}`);
  if (!Number.isSafeInteger(spec.seed)) fail(`seed must be a whole number, got ${String(spec.seed)}`);
  const usesActivation = spec.experiment === 'mlp' || spec.experiment === 'activation' || spec.experiment === 'train';
  if (usesActivation && !ACTIVATIONS.includes(spec.activation?.name)) {
    fail(`unknown activation '${String(spec.activation?.name)}'; use ${ACTIVATIONS.join(', ')}`);
  }
  if (usesActivation && spec.activation.alpha !== undefined && !Number.isFinite(spec.activation.alpha)) {
    fail(`the ${spec.activation.name} parameter must be a finite number`);
  }
  const usesInit = ((spec.experiment === 'mlp' || spec.experiment === 'train') && !spec.weights) || spec.experiment === 'matmul-chain';
  if (usesInit) {
    if (!INIT_NAMES.includes(spec.init?.kind)) fail(`unknown init '${String(spec.init?.kind)}'; use ${INIT_NAMES.join(', ')}`);
    const numbers = Object.values(spec.init).filter((v) => typeof v !== 'string');
    if (!numbers.every((v) => Number.isFinite(v))) fail('the init parameters must be finite numbers');
    if (spec.gain !== null && !Number.isFinite(spec.gain)) fail(`gain must be a finite number, got ${String(spec.gain)}`);
  }
  if (spec.experiment === 'activation') {
    const [low, high] = spec.range;
    if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) {
      fail(`range must be [low, high] with finite low < high, got [${String(low)}, ${String(high)}]`);
    }
  }
  if (spec.experiment === 'power' && !Number.isFinite(spec.base)) fail(`base must be a finite number, got ${String(spec.base)}`);
  if (spec.experiment === 'train') {
    if (typeof spec.lr !== 'number' || !(spec.lr > 0) || !Number.isFinite(spec.lr)) fail(`lr must be a finite number greater than 0, got ${String(spec.lr)}`);
    if (!OPTIMIZERS.includes(spec.optimizer)) fail(`unknown optimizer '${String(spec.optimizer)}'; use ${OPTIMIZERS.join(', ')}`);
    if (!HEADS.includes(spec.head)) fail(`unknown head '${String(spec.head)}'; use ${HEADS.join(', ')}`);
    if (!spec.weights && !TASKS.includes(spec.task)) fail(`unknown task '${String(spec.task)}'; use ${TASKS.join(', ')}`);
    for (const key of ['momentum', 'beta1', 'beta2'] as const) {
      const v = spec[key];
      if (typeof v !== 'number' || !(v >= 0 && v < 1)) fail(`${key} must be a number in [0, 1), got ${String(v)}`);
    }
    if (typeof spec.eps !== 'number' || !(spec.eps > 0) || !Number.isFinite(spec.eps)) fail(`eps must be a finite number greater than 0, got ${String(spec.eps)}`);
  }
}

/** Σₜ outᵗ·inᵗ: the number of weights of the network. */
function weightCount(spec: ExperimentSpec): number {
  if (spec.weights) {
    let total = 0;
    for (const w of spec.weights.weights) total += w.length * (w[0]?.length ?? 0);
    return total;
  }
  return spec.depth * spec.width * spec.width;
}

function mlpBatch(spec: ExperimentSpec): number {
  return spec.weights?.input?.length ?? spec.batch;
}

/** Work of one mlp forward and backward pass. */
function passWork(spec: ExperimentSpec): number {
  return 3 * weightCount(spec) * mlpBatch(spec);
}

/** The widest layer and the depth of an mlp or train network. */
function shape(spec: ExperimentSpec): { widest: number; depth: number } {
  return spec.weights
    ? { widest: spec.weights.weights.reduce((m, w) => Math.max(m, w.length, w[0]?.length ?? 0), 1), depth: spec.weights.weights.length }
    : { widest: spec.width, depth: spec.depth };
}

/** Estimated multiply-adds of one series (see the module doc). */
export function estimateWork(spec: ExperimentSpec): number {
  switch (spec.experiment) {
    case 'mlp':
      return passWork(spec) + weightCount(spec);
    case 'train': {
      const task = spec.weights ? 0 : spec.batch * spec.width * spec.width;
      return (spec.steps + 1) * passWork(spec) + (10 * spec.steps + 1) * weightCount(spec) + task;
    }
    case 'matmul-chain':
      return (spec.count + 1) * spec.size ** 3;
    case 'activation':
      return spec.points * 100;
    case 'power':
      return spec.n + 1;
  }
}

/** Layers whose normalized Zᵗ is kept for the backward pass (remedies/layers.ts). */
function normLayers(spec: ExperimentSpec, depth: number): number {
  return spec.norm === 'none' ? 0 : depth;
}

/** Estimated elements one series keeps in memory. */
export function estimateStoredElements(spec: ExperimentSpec): number {
  switch (spec.experiment) {
    case 'train': {
      const { widest, depth } = shape(spec);
      // Master weights, the dtype copy, two optimizer states and the gradients; H and σ′ per layer; update ratios per step;
      // the remedies' normalized Zᵗ per layer and master-format copies of the gradients.
      const fixed = spec.clip !== null || spec.lossScale !== null ? weightCount(spec) : 0;
      return 5 * weightCount(spec) + fixed + (2 * depth + 4 + normLayers(spec, depth)) * mlpBatch(spec) * widest + depth * (spec.steps + LAYER_OVERHEAD);
    }
    case 'mlp': {
      const { widest, depth } = shape(spec);
      // Weights, H and σ′ per layer, plus a few widest-size scratch buffers, plus
      // ~200 elements' worth of per-layer object overhead (3 typed arrays and a stats record).
      return weightCount(spec) + (2 * depth + 4 + normLayers(spec, depth)) * mlpBatch(spec) * widest + 2 * widest * widest + LAYER_OVERHEAD * depth;
    }
    case 'matmul-chain':
      return 4 * spec.size * spec.size + spec.count;
    case 'activation':
      return 3 * spec.points;
    case 'power':
      return 2 * (spec.n + 1);
  }
}

function sizeKnobs(spec: ExperimentSpec): { formula: string; advice: string } {
  switch (spec.experiment) {
    case 'mlp':
      return spec.weights
        ? { formula: '3 × weights × batch × series', advice: 'use fewer rows of input or a smaller weights file' }
        : { formula: '3 × depth × width² × batch × series', advice: 'lower depth, width or batch' };
    case 'matmul-chain':
      return { formula: 'count × size³ × series', advice: 'lower count or size' };
    case 'activation':
      return { formula: 'points × 100 × series', advice: 'lower points' };
    case 'power':
      return { formula: 'n × series', advice: 'lower n' };
    case 'train':
      return spec.weights
        ? { formula: '3 × weights × batch × (steps + 1) × series', advice: 'lower steps, use fewer rows of input, or sweep fewer rates' }
        : { formula: '3 × depth × width² × batch × (steps + 1) × series', advice: 'lower steps, depth, width or batch, or sweep fewer rates' };
  }
}

/** Points one series puts on the chart (one per layer, factor, input or step), and the key that sets it. */
export function seriesPoints(spec: ExperimentSpec): { readonly points: number; readonly key: string } {
  switch (spec.experiment) {
    case 'mlp':
      return { points: spec.weights ? spec.weights.weights.length : spec.depth, key: spec.weights ? 'the weights file’s layers' : 'depth' };
    case 'matmul-chain':
      return { points: spec.count + 1, key: 'count' };
    case 'activation':
      return { points: spec.points, key: 'points' };
    case 'power':
      return { points: spec.n + 1, key: 'n' };
    case 'train':
      return { points: spec.steps + 1, key: 'steps' };
  }
}

/**
 * Throw a BudgetError if the spec's values are invalid, if `seriesCount` series
 * of it would exceed `budget` multiply-adds, or if one series would store more
 * than MAX_STORED_ELEMENTS numbers. Runs in O(depth) at most, allocates nothing.
 */
export function checkBudget(spec: ExperimentSpec, seriesCount: number, budget: number = DEFAULT_BUDGET): void {
  requireCount(seriesCount, 'the number of series', 1);
  requireRunnable(spec);
  switch (spec.experiment) {
    case 'mlp':
      if (!spec.weights) {
        requireCount(spec.depth, 'depth', 1);
        requireCount(spec.width, 'width', 1);
      }
      requireCount(mlpBatch(spec), 'batch', 1);
      break;
    case 'matmul-chain':
      requireCount(spec.size, 'size', 1);
      requireCount(spec.count, 'count', 0);
      break;
    case 'activation':
      requireCount(spec.points, 'points', 2);
      break;
    case 'power':
      requireCount(spec.n, 'n', 0);
      break;
    case 'train':
      if (!spec.weights) {
        requireCount(spec.depth, 'depth', 1);
        requireCount(spec.width, 'width', 1);
      }
      requireCount(mlpBatch(spec), 'batch', 1);
      requireCount(spec.steps, 'steps', 1);
      break;
  }
  const limit = budget > 0 ? budget : DEFAULT_BUDGET;
  const work = estimateWork(spec) * seriesCount;
  const { formula, advice } = sizeKnobs(spec);
  if (!(work <= limit)) {
    throw new BudgetError(
      `${formula} = ${formatCount(work)} multiply-adds exceeds the budget ${formatCount(limit)}; ${advice}, or raise the budget (gradexp.workBudget in VS Code, --budget for gradexp run)`,
    );
  }
  const stored = estimateStoredElements(spec);
  if (!(stored <= MAX_STORED_ELEMENTS)) {
    throw new BudgetError(
      `one series would keep ${formatCount(stored)} numbers in memory, more than the limit ${formatCount(MAX_STORED_ELEMENTS)}; ${advice}`,
    );
  }
  const { points, key } = seriesPoints(spec);
  if (!(points * seriesCount <= MAX_BLOCK_POINTS)) {
    throw new BudgetError(
      `${formatCount(points)} points × ${seriesCount} series = ${formatCount(points * seriesCount)} chart points, more than a block may draw (${formatCount(MAX_BLOCK_POINTS)}); lower ${key} or sweep fewer values`,
    );
  }
}

/**
 * Why a block of these series cannot run within `budget` (checkBudget's message
 * for the first series refused), or null when every series fits. The pipeline
 * refuses with it; a host asks it to decide whether a block is cheap enough to run unasked.
 */
export function blockBudgetProblem(specs: readonly ExperimentSpec[], budget?: number): string | null {
  try {
    for (const spec of specs) checkBudget(spec, specs.length, budget);
    return null;
  } catch (e) {
    if (e instanceof BudgetError) return e.message;
    throw e;
  }
}

/** 2.1e13-style: two significant digits, exponent form above 10⁶. */
function formatCount(x: number): string {
  if (x < 1e6) return String(Math.round(x));
  const [mantissa, exponent] = x.toExponential(1).split('e');
  return `${mantissa!.replace(/\.0$/, '')}e${exponent!.replace('+', '')}`;
}
