import type { ExperimentSpec } from '../types';
import { buildMlpNetwork, type MlpNetwork } from './mlpSetup';

/**
 * The network of the last drawn mlp series, for the next series that would draw the
 * same one. A sweep over activations or losses (the commonest in notes: "sigmoid
 * vanishes, ReLU holds") shares every weight, input and target, and drawing them is
 * most of a small series' time. Networks are only read by the engine, so sharing is
 * safe. Held through a WeakRef: a finished sweep does not pin tens of megabytes, and a
 * collected entry just means drawing again (the same numbers, from the same seed).
 */
let last: { readonly key: string; readonly network: WeakRef<MlpNetwork> } | undefined;

/** Everything buildMlpNetwork reads from a drawn (seeded) spec; undefined for explicit weights. */
export function networkKey(spec: ExperimentSpec): string | undefined {
  if (spec.weights || spec.weightsPath !== null) return undefined;
  const { seed, dtype, depth, width, batch, init, gain, bias } = spec;
  return JSON.stringify([seed, dtype, depth, width, batch, init, gain, bias]);
}

/** The network of an mlp spec: the last one drawn if its key matches, else a new one (remembered). */
export function sharedNetwork(spec: ExperimentSpec): MlpNetwork {
  const key = networkKey(spec);
  if (key === undefined) return buildMlpNetwork(spec);
  const hit = last?.key === key ? last.network.deref() : undefined;
  if (hit) return hit;
  const network = buildMlpNetwork(spec);
  last = { key, network: new WeakRef(network) };
  return network;
}

/** Forget the remembered network (tests compare shared and freshly drawn runs). */
export function forgetSharedNetwork(): void {
  last = undefined;
}
