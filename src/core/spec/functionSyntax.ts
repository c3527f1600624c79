import { ACTIVATION_NAMES, activationEntry } from '../numeric/activations';
import { INIT_ARGUMENTS, INIT_NAMES, type Activation, type ActivationName, type Init, type InitName } from '../types';
import { didYouMean } from '../text/didYouMean';
import { quoteVisible } from '../text/visible';

/**
 * The small call syntax of `activation` and `init` values: `leaky-relu(0.1)`,
 * `normal(0, 1)`, `uniform(-1, 1)`, `xavier`. Values are data, never code:
 * only the names below and plain decimal numbers are accepted.
 */

/** Every activation function an experiment can use (declared in the activation table). */
export { ACTIVATION_NAMES };

/** Every initialisation rule (declared with its arguments in types.ts). */
export { INIT_NAMES };

/** Typical arguments of the rules that take some, for completions and messages. */
const INIT_EXAMPLE_ARGUMENTS: Partial<Record<InitName, string>> = { normal: '0, 1', uniform: '-1, 1' };

/** An init as a user would typically write it: `normal(0, 1)`, `uniform(-1, 1)`, `xavier`. */
export function initExample(kind: InitName): string {
  const args = INIT_EXAMPLE_ARGUMENTS[kind];
  return args === undefined ? kind : `${kind}(${args})`;
}

/** Either a value or a message saying what is wrong with the text. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

interface Call {
  readonly name: string;
  readonly args: readonly string[] | null;
}

const CALL = /^([A-Za-z][\w-]*)\s*(?:\(([^()]*)\))?$/;
/** A plain decimal number (no hex, no `Infinity`, no `1_000`). */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function parseCall(text: string): Call | null {
  const m = CALL.exec(text.trim());
  if (!m) return null;
  const inner = m[2];
  if (inner === undefined) return { name: m[1]!, args: null };
  const args = inner.trim() === '' ? [] : inner.split(',').map((a) => a.trim());
  return { name: m[1]!, args };
}

function parseNumber(text: string, what: string): Parsed<number> {
  const value = NUMBER.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(value)) return { ok: false, message: `${what} must be a finite number, got ${quoteVisible(text)}` };
  return { ok: true, value };
}

/** Parses `relu`, `leaky-relu(0.1)`, `elu(1)`. */
export function parseActivation(text: string): Parsed<Activation> {
  const call = parseCall(text);
  if (!call) return { ok: false, message: `cannot read activation ${quoteVisible(text)}; write a name like 'relu' or 'leaky-relu(0.1)'` };
  const name = call.name as ActivationName;
  if (!ACTIVATION_NAMES.includes(name)) {
    return { ok: false, message: `unknown activation ${quoteVisible(call.name)}${didYouMean(call.name, ACTIVATION_NAMES)}` };
  }
  const parameter = activationEntry(name).param;
  if (call.args === null) return { ok: true, value: parameter ? { name, alpha: parameter.default } : { name } };
  if (!parameter) return { ok: false, message: `activation '${name}' takes no parameter; write '${name}'` };
  if (call.args.length !== 1) return { ok: false, message: `'${name}' takes one parameter (${parameter.name}), e.g. '${name}(${parameter.default})'` };
  const alpha = parseNumber(call.args[0]!, `${name}'s ${parameter.name}`);
  return alpha.ok ? { ok: true, value: { name, alpha: alpha.value } } : alpha;
}

/** Parses `normal(0, 1)`, `uniform(-1, 1)`, `xavier`, `kaiming-uniform`, `orthogonal`. */
export function parseInit(text: string): Parsed<Init> {
  const call = parseCall(text);
  if (!call) return { ok: false, message: `cannot read init ${quoteVisible(text)}; write e.g. 'normal(0, 1)', 'uniform(-1, 1)' or 'xavier'` };
  const kind = call.name as InitName;
  if (!INIT_NAMES.includes(kind)) return { ok: false, message: `unknown init ${quoteVisible(call.name)}${didYouMean(call.name, INIT_NAMES)}` };
  const wanted: readonly string[] = INIT_ARGUMENTS[kind];
  if (wanted.length === 0) {
    if (call.args !== null && call.args.length > 0) return { ok: false, message: `init '${kind}' takes no arguments (scale it with 'gain')` };
    return { ok: true, value: { kind: kind as Exclude<typeof kind, 'normal' | 'uniform'> } };
  }
  if (call.args === null || call.args.length !== wanted.length) {
    return { ok: false, message: `init '${kind}' needs ${wanted.length} arguments (${wanted.join(', ')}), e.g. '${initExample(kind)}'` };
  }
  const a = parseNumber(call.args[0]!, `${kind}'s ${wanted[0]}`);
  if (!a.ok) return a;
  const b = parseNumber(call.args[1]!, `${kind}'s ${wanted[1]}`);
  if (!b.ok) return b;
  if (kind === 'normal') {
    if (b.value < 0) return { ok: false, message: `normal's std must be ≥ 0, got ${b.value}` };
    return { ok: true, value: { kind, mean: a.value, std: b.value } };
  }
  if (!(a.value < b.value)) return { ok: false, message: `uniform(low, high) needs low < high, got uniform(${a.value}, ${b.value})` };
  return { ok: true, value: { kind: 'uniform', low: a.value, high: b.value } };
}

/** Canonical text of an activation, e.g. `leaky-relu(0.1)`; parseActivation reads it back. */
export function formatActivation(a: Activation): string {
  return a.alpha === undefined ? a.name : `${a.name}(${a.alpha})`;
}

/** Canonical text of an init, e.g. `normal(0, 1)`; parseInit reads it back. */
export function formatInit(init: Init): string {
  switch (init.kind) {
    case 'normal':
      return `normal(${init.mean}, ${init.std})`;
    case 'uniform':
      return `uniform(${init.low}, ${init.high})`;
    default:
      return init.kind;
  }
}
