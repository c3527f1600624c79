/**
 * Plain data shared by every part of the core. Nothing here imports anything
 * but the activation names' type (the activation table declares them):
 * these shapes cross thread boundaries (worker ↔ extension host ↔ webview) and
 * the JSON field names of RunReport/BlockReport are a public contract (docs/spec.md §2.3).
 *
 * The lists below are the only place each set of names is written; the types,
 * the schema's enums, the budget's checks and the docs all derive from them.
 */
import type { ActivationName } from './numeric/activations';

/** Number formats rounded value by value, widest first (every experiment takes them). */
export const SCALAR_DTYPES = ['fp64', 'fp32', 'bf16', 'fp16', 'fp8-e4m3', 'fp8-e5m2'] as const;
export type ScalarDtype = (typeof SCALAR_DTYPES)[number];

/** Block-scaled formats (numeric/blockFormats.ts): a scale per block of a row; `mlp` and `train` only. */
export const BLOCK_DTYPES = ['mxfp8-e4m3', 'mxfp8-e5m2', 'mxfp6-e3m2', 'mxfp6-e2m3', 'mxfp4', 'nvfp4'] as const;
export type BlockDtype = (typeof BLOCK_DTYPES)[number];

/** Number formats the engine emulates, widest first (the order the schema and README list them). */
export const DTYPES = [...SCALAR_DTYPES, ...BLOCK_DTYPES] as const;
export type Dtype = (typeof DTYPES)[number];

/** The formats a formula's value is shown rounded to (the hover's table shows those its setting picks), default order. */
export const FACT_FORMATS = ['fp16', 'bf16', 'fp32', 'fp8-e4m3', 'fp8-e5m2'] as const satisfies readonly ScalarDtype[];
export type FactFormat = (typeof FACT_FORMATS)[number];

// A set: the training pass asks isBlockDtype several times per layer and step (an array search showed in its profile).
const BLOCK_DTYPE_SET: ReadonlySet<string> = new Set(BLOCK_DTYPES);

/** Whether a dtype is block-scaled (rounded a row block at a time, not value by value). */
export function isBlockDtype(dtype: Dtype): dtype is BlockDtype {
  return BLOCK_DTYPE_SET.has(dtype);
}

/** The experiments a block can ask for, default first. */
export const EXPERIMENTS = ['mlp', 'matmul-chain', 'activation', 'power', 'train'] as const;
export type ExperimentKind = (typeof EXPERIMENTS)[number];

/** The losses an mlp can end in, default first. */
export const LOSSES = ['mse', 'sum'] as const;
export type Loss = (typeof LOSSES)[number];

/** The optimizers `train` can use (PyTorch's definitions), default first. */
export const OPTIMIZERS = ['sgd', 'momentum', 'adam'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

/** Whether the last layer of a trained net applies σ: `linear` (default, none) or `activation`. */
export const HEADS = ['linear', 'activation'] as const;
export type Head = (typeof HEADS)[number];

/** The built-in data of `train` when no weights file is given (numeric/train/task.ts), default first. */
export const TASKS = ['teacher', 'linear'] as const;
export type TaskName = (typeof TASKS)[number];

/** Normalization of Zᵗ before σ (a remedy, numeric/remedies/norm.ts), default first. */
export const NORMS = ['none', 'layernorm', 'rmsnorm'] as const;
export type NormName = (typeof NORMS)[number];

/** Gradient clipping of `train`: one total norm over all layers (PyTorch clip_grad_norm_) or each element. */
export interface Clip {
  readonly kind: 'norm' | 'value';
  /** The limit c > 0. */
  readonly limit: number;
}

/** Loss scaling of `train`: a fixed factor S, or PyTorch's GradScaler. */
export type LossScale = number | 'dynamic';

/** Activation functions: the keys of the activation table (numeric/activations.ts). */
export type { ActivationName };

/** A parsed activation: `leaky-relu(0.1)` → { name: 'leaky-relu', alpha: 0.1 }. */
export interface Activation {
  readonly name: ActivationName;
  /** Slope for leaky-relu (default 0.01), scale for elu (default 1). */
  readonly alpha?: number;
}

/**
 * Every initialisation rule, in the order the docs list them, with the
 * arguments it takes (`normal(mean, std)`); rules without arguments are bare
 * names. numeric/init.ts draws each one.
 */
export const INIT_ARGUMENTS = {
  normal: ['mean', 'std'],
  uniform: ['low', 'high'],
  xavier: [],
  'xavier-uniform': [],
  kaiming: [],
  'kaiming-uniform': [],
  orthogonal: [],
} as const satisfies Record<string, readonly string[]>;
export type InitName = keyof typeof INIT_ARGUMENTS;
/** Every initialisation rule's name. */
export const INIT_NAMES = Object.keys(INIT_ARGUMENTS) as readonly InitName[];

/** A parsed initialisation rule. */
export type Init =
  | { readonly kind: 'normal'; readonly mean: number; readonly std: number }
  | { readonly kind: 'uniform'; readonly low: number; readonly high: number }
  | { readonly kind: Exclude<InitName, 'normal' | 'uniform'> };

/** Explicit weights loaded from `weights: file.json` (docs/spec.md §1.4). */
export interface WeightsData {
  /** Wᵗ as rows (outᵗ × inᵗ), t = 1..depth. */
  readonly weights: readonly (readonly (readonly number[])[])[];
  readonly input?: readonly (readonly number[])[];
  readonly target?: readonly (readonly number[])[];
}

/** One fully resolved experiment: a single series, every key at a concrete value. */
export interface ExperimentSpec {
  readonly experiment: ExperimentKind;
  readonly title: string;
  readonly dtype: Dtype;
  readonly seed: number;
  readonly plot: string;
  // mlp
  readonly depth: number;
  readonly width: number;
  readonly batch: number;
  readonly activation: Activation;
  readonly init: Init;
  readonly gain: number | null;
  readonly loss: Loss;
  readonly bias: boolean;
  /** Path as written in the note; resolved and read by the adapter, not the core. */
  readonly weightsPath: string | null;
  /** Filled in by the adapter after reading weightsPath. */
  readonly weights: WeightsData | null;
  // matmul-chain
  readonly size: number;
  readonly count: number;
  // activation
  readonly range: readonly [number, number];
  readonly points: number;
  // power
  readonly base: number;
  readonly n: number;
  // train
  readonly lr: number;
  readonly steps: number;
  readonly optimizer: OptimizerName;
  readonly head: Head;
  readonly task: TaskName;
  // remedies (mlp and train; clip and lossScale train only)
  readonly residual: boolean;
  readonly norm: NormName;
  readonly clip: Clip | null;
  readonly lossScale: LossScale | null;
  /** μ of `momentum`; β₁, β₂, ε of `adam` (PyTorch's names and defaults). */
  readonly momentum: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
}

/** 1-based position in the note, as editors and compilers print them. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** A problem located in the note: 1-based line/column plus UTF-16 offsets for editor ranges. */
export interface NoteError extends LineColumn {
  readonly message: string;
  /** UTF-16 offset into the note where the problem starts. */
  readonly start: number;
  /** UTF-16 offset into the note just past the problem. */
  readonly end: number;
}

/** Per-layer statistics of an `mlp` series (docs/spec.md §1.3; field names of docs/json.md). */
export interface LayerStats {
  readonly layer: number;
  readonly gradW: number;
  readonly gradH: number;
  readonly act: number;
  readonly nonfinite: number;
  readonly zeros: number;
}

/**
 * A point of a non-mlp experiment. Keys per experiment:
 * power {n, value}; matmul-chain {step, norm, maxAbs}; activation {x, f, df}.
 */
export type Point = Readonly<Record<string, number>>;

/** How far one layer moved at each update of a `train` run: ‖Wᵗₖ₊₁ − Wᵗₖ‖_F / ‖Wᵗₖ‖_F, k = 0 … (updates − 1). */
export interface LayerUpdates {
  readonly layer: number;
  readonly updateRatio: readonly number[];
}

/** What one `train` series produces (docs/json.md). */
export interface TrainOutcome {
  /** ℓₖ for k = 0 … steps, or up to (not including) the divergence step. */
  readonly points: readonly { readonly step: number; readonly loss: number }[];
  /** The first step whose loss is not finite, or null. */
  readonly diverged: number | null;
  readonly layers: readonly LayerUpdates[];
  /** Loss of the best constant prediction of the target: the "learned nothing" level (0.5 for the built-in task). */
  readonly nothingLearned: number;
  /** The learning rate of the series (also in `params` when swept). */
  readonly lr: number;
  /** With `loss-scale`: the scale S used at each step k = 0 … (updates − 1). */
  readonly lossScale?: readonly number[];
  /** With `loss-scale: dynamic`: the steps whose gradients were not finite, so their update was skipped. */
  readonly skipped?: readonly number[];
  /** With `clip`: how many updates the clipping changed. */
  readonly clipped?: number;
}

/** What a `train` series carries besides its loss points. */
export type TrainDetails = Omit<TrainOutcome, 'points'>;

/** What a run says about one series in words and numbers (docs/spec.md §2.2). */
export interface SeriesSummary {
  /** Plotted quantity at the last layer/step divided by the first. */
  readonly firstLastRatio: number;
  /** Geometric growth per layer/step fitted over finite non-zero values. */
  readonly growthPerStep: number;
  /** First layer/step whose value is ±Infinity or NaN, or null. */
  readonly overflowAt: number | null;
  /** First layer/step whose value is exactly 0 (underflow), or null. */
  readonly underflowAt: number | null;
  /** One human line, e.g. "×0.25 per layer · fp16 overflow at layer 37". */
  readonly text: string;
}

/** One series of a block: one point of the sweep's cartesian product. */
export interface SeriesResult {
  readonly label: string;
  /** The swept keys and their values for this series. */
  readonly params: Readonly<Record<string, string | number | boolean>>;
  readonly layers?: readonly LayerStats[];
  readonly points?: readonly Point[];
  /** `train` only: divergence, per-layer update ratios and the learned-nothing level (the losses are `points`). */
  readonly training?: TrainDetails;
  readonly summary: SeriesSummary;
}

/** Progress and cancellation hooks for a run; AbortSignal satisfies `signal`. */
export interface RunControl {
  readonly signal?: { readonly aborted: boolean };
  /** Called with a fraction in [0, 1]. */
  readonly onProgress?: (fraction: number) => void;
  /** Work allowed for one block, in multiply-adds (see numeric/budget.ts). */
  readonly budget?: number;
  /**
   * Lets the caller's event loop breathe (e.g. `() => new Promise(setImmediate)`)
   * so that an abort can arrive. Called between layers/steps.
   */
  readonly yieldToHost?: () => Promise<void>;
}

/** Thrown when a run is cancelled through RunControl.signal. */
export class CancelledError extends Error {
  constructor() {
    super('run cancelled');
    this.name = 'CancelledError';
  }
}

/** Everything a chart, the panel, the preview and the CLI need about one run of one block. */
export interface BlockRun {
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly experiment: ExperimentKind;
  readonly title: string;
  readonly dtype: Dtype;
  /** What is plotted: one of PLOTS[experiment] (plots.ts; for mlp, MLP_PLOT_STAT names the LayerStats field). */
  readonly plot: string;
  readonly errors: readonly NoteError[];
  readonly series: readonly SeriesResult[];
  readonly elapsedMs: number;
}
