import { PLOTS } from '../plots';
import { DTYPES, EXPERIMENTS, SCALAR_DTYPES, HEADS, INIT_ARGUMENTS, INIT_NAMES, LOSSES, NORMS, OPTIMIZERS, TASKS, type ExperimentKind } from '../types';
import { ACTIVATION_NAMES, activationEntry } from '../numeric/activations';

/**
 * THE table of block keys. Validation (parse.ts), completions and hover docs
 * (editor.ts) and the reference table in docs/blocks.md (reference.ts) all read this
 * one table, so a key documented anywhere behaves the same everywhere.
 *
 * Why these defaults: an empty block runs D2L's vanishing-gradient picture —
 * a 100-layer, 64-wide sigmoid MLP with Xavier init on a batch of 16. That is
 * about 100 × 64² × 16 × 3 ≈ 20 M multiply-adds: milliseconds, even in fp16
 * emulation. matmul-chain, activation and power take the defaults of docs/spec.md §1.2
 * (k = 4, 100 steps, N(0, 1); [-8, 8]; bases 1.5 and 0.8, n = 100). The caps
 * (depth ≤ 10,000, width ≤ 8,192, …) only reject the absurd: the real cost
 * guard is the work budget checked before a run.
 */

/** Every key a gradexp block understands. */
export type KeyName =
  | 'experiment' | 'title' | 'dtype' | 'seed' | 'plot'
  | 'depth' | 'width' | 'batch' | 'activation' | 'init' | 'gain' | 'loss' | 'bias' | 'weights'
  | 'size' | 'count' | 'range' | 'points' | 'base' | 'n'
  | 'lr' | 'steps' | 'optimizer' | 'head' | 'task' | 'momentum' | 'beta1' | 'beta2' | 'eps'
  | 'residual' | 'norm' | 'clip' | 'loss-scale';

/**
 * How a key's value is read. `range` is a `[low, high]` pair; `path` a file path relative to the note;
 * `clip` a mapping `{norm: c}` or `{value: c}`; `loss-scale` a number or `dynamic`.
 */
export type KeyType = 'int' | 'number' | 'bool' | 'string' | 'enum' | 'activation' | 'init' | 'range' | 'path' | 'clip' | 'loss-scale';

/** A value as a user would write it in YAML; a list default is a default sweep. */
export type SourceValue = string | number | boolean | null | readonly [number, number] | readonly (string | number)[];

/** One row of the key table. */
export interface KeySchema {
  readonly name: KeyName;
  readonly type: KeyType;
  /** Default when the key is absent, written as in YAML (`'normal(0, 1)'`, `[-8, 8]`). */
  readonly default: SourceValue;
  /** Experiments whose default differs from `default`. */
  readonly defaultFor?: Partial<Record<ExperimentKind, SourceValue>>;
  /** Inclusive numeric bounds (for `range`, bounds on both ends). */
  readonly min?: number;
  /** Exclusive lower bound: the value must be greater than this (lr > 0). */
  readonly above?: number;
  readonly max?: number;
  /** Exclusive upper bound: the value must be less than this (β < 1). */
  readonly below?: number;
  /** Allowed values of an enum, or the names accepted by activation/init. */
  readonly values?: readonly string[];
  /** Experiments whose allowed values are narrower than `values`. */
  readonly valuesFor?: Partial<Record<ExperimentKind, readonly string[]>>;
  /** Experiments the key means something for. */
  readonly appliesTo: readonly ExperimentKind[];
  /** Whether a YAML list makes one series per value. */
  readonly sweep: boolean;
  /** Whether `null` is a meaningful value (gain: null = the init's own gain). */
  readonly nullable?: boolean;
  /** One line for hovers, completions and docs/blocks.md. */
  readonly doc: string;
}

/** Every experiment (default first) and what each can plot (its default first); declared in types.ts and plots.ts. */
export { EXPERIMENTS, PLOTS };

/** Largest sweep a block may ask for; past it the block is an error, not a wall of lines. */
export const MAX_SERIES = 16;

const ALL = EXPERIMENTS;

/** `identity, relu, leaky-relu(α), …` for the activation key's doc. */
const ACTIVATION_CALLS = ACTIVATION_NAMES.map((name) => (activationEntry(name).param ? `${name}(α)` : name)).join(', ');

/** `normal(mean, std), uniform(low, high), xavier, …` for the init key's doc. */
const INIT_CALLS = INIT_NAMES.map((name) => {
  const args: readonly string[] = INIT_ARGUMENTS[name];
  return args.length > 0 ? `${name}(${args.join(', ')})` : name;
}).join(', ');

/** The key table, in the order docs/blocks.md lists it. */
export const KEYS: readonly KeySchema[] = [
  { name: 'experiment', type: 'enum', default: 'mlp', values: EXPERIMENTS, appliesTo: ALL, sweep: false,
    doc: 'What to compute: a deep MLP, a chain of random matrix products, activation curves, repeated powers, or training of the MLP.' },
  { name: 'title', type: 'string', default: '', max: 200, appliesTo: ALL, sweep: false,
    doc: 'Heading of the chart and the panel card (at most 200 characters).' },
  { name: 'dtype', type: 'enum', default: 'fp32', values: DTYPES, appliesTo: ALL, sweep: true,
    valuesFor: { 'matmul-chain': SCALAR_DTYPES, activation: SCALAR_DTYPES, power: SCALAR_DTYPES },
    doc: 'Number format every tensor is rounded to after each operation; the block-scaled mxfp*/nvfp4 formats (a scale per block along each row) are for mlp and train.' },
  { name: 'seed', type: 'int', default: 0, min: 0, max: 2 ** 32 - 1, appliesTo: ALL, sweep: true,
    doc: 'Seed of the deterministic random generator: same spec and seed, same numbers everywhere.' },
  { name: 'plot', type: 'enum', default: PLOTS.mlp[0], values: [...new Set(EXPERIMENTS.flatMap((e): readonly string[] => PLOTS[e]))],
    valuesFor: PLOTS, defaultFor: { 'matmul-chain': PLOTS['matmul-chain'][0], activation: PLOTS.activation[0], power: PLOTS.power[0], train: PLOTS.train[0] }, appliesTo: ALL, sweep: false,
    doc: 'Quantity on the y axis; each experiment has its own choices, the first listed is its default.' },
  { name: 'depth', type: 'int', default: 100, defaultFor: { train: 12 }, min: 1, max: 10_000, appliesTo: ['mlp', 'train'], sweep: true,
    doc: 'Number of layers L.' },
  { name: 'width', type: 'int', default: 64, defaultFor: { train: 16 }, min: 1, max: 8192, appliesTo: ['mlp', 'train'], sweep: true,
    doc: 'Units per layer (every layer is width × width).' },
  { name: 'batch', type: 'int', default: 16, defaultFor: { train: 64 }, min: 1, max: 65_536, appliesTo: ['mlp', 'train'], sweep: true,
    doc: 'Samples per batch (rows of X).' },
  { name: 'activation', type: 'activation', default: 'sigmoid', defaultFor: { train: 'relu' }, values: ACTIVATION_NAMES, appliesTo: ['mlp', 'activation', 'train'], sweep: true,
    doc: `Activation σ applied after every layer: ${ACTIVATION_CALLS}.` },
  { name: 'init', type: 'init', default: 'xavier', defaultFor: { 'matmul-chain': 'normal(0, 1)', train: 'kaiming' }, values: INIT_NAMES,
    appliesTo: ['mlp', 'matmul-chain', 'train'], sweep: true,
    doc: `Weight initialisation: ${INIT_CALLS}.` },
  { name: 'gain', type: 'number', default: null, nullable: true, min: 0, max: 1e6, appliesTo: ['mlp', 'matmul-chain', 'train'], sweep: true,
    doc: 'Multiplies the init’s standard deviation; null keeps the rule’s own gain (√2 for kaiming).' },
  { name: 'loss', type: 'enum', default: 'mse', values: LOSSES, appliesTo: ['mlp'], sweep: true,
    doc: 'mse: ℓ = 1/(2B) Σ‖Hᴸ − Y‖²; sum: ℓ = Σ Hᴸ.' },
  { name: 'bias', type: 'bool', default: false, appliesTo: ['mlp'], sweep: true,
    doc: 'Add a bias vector bᵗ to every layer.' },
  { name: 'weights', type: 'path', default: null, nullable: true, appliesTo: ['mlp', 'train'], sweep: false,
    doc: 'JSON file (relative to the note) with explicit weights, input and target; depth and width then come from it.' },
  { name: 'size', type: 'int', default: 4, min: 1, max: 1024, appliesTo: ['matmul-chain'], sweep: true,
    doc: 'k: the matrices are k × k.' },
  { name: 'count', type: 'int', default: 100, min: 1, max: 100_000, appliesTo: ['matmul-chain'], sweep: true,
    doc: 'Number of multiplications Mᵢ = Mᵢ₋₁·Gᵢ.' },
  { name: 'range', type: 'range', default: [-8, 8], min: -1e6, max: 1e6, appliesTo: ['activation'], sweep: false,
    doc: 'Interval [low, high] of x on which f and f′ are drawn.' },
  { name: 'points', type: 'int', default: 161, min: 2, max: 100_000, appliesTo: ['activation'], sweep: true,
    doc: 'Number of evenly spaced x values in range.' },
  { name: 'base', type: 'number', default: [1.5, 0.8], min: -1e6, max: 1e6, appliesTo: ['power'], sweep: true,
    doc: 'a in aⁿ; a list draws one series per base (the default draws a growing and a vanishing power).' },
  { name: 'n', type: 'int', default: 100, min: 1, max: 100_000, appliesTo: ['power'], sweep: true,
    doc: 'Largest exponent: aⁿ is computed for n = 0 … n by repeated multiplication (a⁰ = 1).' },
  { name: 'lr', type: 'number', default: [0.001, 0.01, 0.1], above: 0, max: 1e6, appliesTo: ['train'], sweep: true,
    doc: 'Learning rate (> 0); a list trains once per rate (the default sweeps three decades).' },
  { name: 'steps', type: 'int', default: 100, min: 1, max: 10_000, appliesTo: ['train'], sweep: true,
    doc: 'Number of full-batch updates; the loss is recorded before each and after the last (steps + 1 points).' },
  { name: 'optimizer', type: 'enum', default: OPTIMIZERS[0], values: OPTIMIZERS, appliesTo: ['train'], sweep: true,
    doc: 'sgd: W ← W − lr·g; momentum: v ← μv + g, W ← W − lr·v (μ = momentum); adam: PyTorch’s (β₁ = beta1, β₂ = beta2, ε = eps).' },
  { name: 'head', type: 'enum', default: HEADS[0], values: HEADS, appliesTo: ['train'], sweep: true,
    doc: 'linear: the last layer applies no σ (a regression head); activation: every layer applies σ, as in mlp.' },
  { name: 'task', type: 'enum', default: TASKS[0], values: TASKS, appliesTo: ['train'], sweep: true,
    doc: 'Built-in data without a weights file: X ~ N(0, 1), Y = tanh(X·Aᵀ) (teacher) or X·Aᵀ (linear), centred and scaled so that learning nothing costs 0.5.' },
  // The optimizers' coefficients, PyTorch's defaults; each is read only by the optimizer it belongs to.
  { name: 'momentum', type: 'number', default: 0.9, min: 0, below: 1, appliesTo: ['train'], sweep: true,
    doc: 'μ of optimizer: momentum (v ← μv + g), in [0, 1); 0 makes it plain SGD.' },
  { name: 'beta1', type: 'number', default: 0.9, min: 0, below: 1, appliesTo: ['train'], sweep: true,
    doc: 'β₁ of optimizer: adam, the decay of the gradient’s running mean m, in [0, 1).' },
  { name: 'beta2', type: 'number', default: 0.999, min: 0, below: 1, appliesTo: ['train'], sweep: true,
    doc: 'β₂ of optimizer: adam, the decay of the squared gradient’s running mean v, in [0, 1).' },
  { name: 'eps', type: 'number', default: 1e-8, above: 0, max: 1e6, appliesTo: ['train'], sweep: true,
    doc: 'ε of optimizer: adam, added to √v̂ in W ← W − lr·m̂/(√v̂ + ε); greater than 0.' },
  { name: 'residual', type: 'bool', default: false, appliesTo: ['mlp', 'train'], sweep: true,
    doc: 'Residual connections: Hᵗ = Hᵗ⁻¹ + σ(Zᵗ) in every layer (every layer must map its width to the same width).' },
  { name: 'norm', type: 'enum', default: NORMS[0], values: NORMS, appliesTo: ['mlp', 'train'], sweep: true,
    doc: 'Normalize each row of Zᵗ before σ, without affine parameters, ε = 1e-5: layernorm (subtract the mean, divide by the standard deviation) or rmsnorm (divide by the root mean square). A linear head is not normalized.' },
  { name: 'clip', type: 'clip', default: 'none', nullable: true, appliesTo: ['train'], sweep: true,
    doc: 'Gradient clipping before each update: {norm: c} scales all gradients by c/(total + 1e-6) when their total norm exceeds c (PyTorch clip_grad_norm_); {value: c} clamps each element to [−c, c]; none (the default) does not clip.' },
  { name: 'loss-scale', type: 'loss-scale', default: 'none', nullable: true, above: 0, max: 2 ** 64, appliesTo: ['train'], sweep: true,
    doc: 'Loss scaling for narrow formats: the backward pass starts from S·∂ℓ/∂Hᴸ and the gradients are divided by S in fp32. A number is a fixed S; dynamic is PyTorch’s GradScaler (S = 2¹⁶, a non-finite step is skipped and halves S, 2000 clean steps double it); none (the default) does not scale.' },
];

const BY_NAME = new Map<string, KeySchema>(KEYS.map((k) => [k.name, k]));

/** Every key name, in table order. */
export const KEY_NAMES: readonly KeyName[] = KEYS.map((k) => k.name);

/** The schema row of `name`, or undefined for an unknown key. */
export function keySchema(name: string): KeySchema | undefined {
  return BY_NAME.get(name);
}

/** The default of `key` for `experiment`, as written in YAML. */
export function defaultFor(key: KeySchema, experiment: ExperimentKind): SourceValue {
  const own = key.defaultFor?.[experiment];
  return own === undefined ? key.default : own;
}

/** The values `key` accepts for `experiment` (enums, activation and init names). */
export function allowedValues(key: KeySchema, experiment: ExperimentKind | undefined): readonly string[] {
  return (experiment && key.valuesFor?.[experiment]) || key.values || (key.type === 'bool' ? ['true', 'false'] : []);
}

/** Whether `key` means something for `experiment`. */
export function appliesTo(key: KeySchema, experiment: ExperimentKind): boolean {
  return key.appliesTo.includes(experiment);
}
