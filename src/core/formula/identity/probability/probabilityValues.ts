/**
 * The values a side in probability notation takes on one finite model (finiteModel.ts), and the
 * operators of probability and information theory on them, computed exactly as their definitions
 * say: a number; a random variable (its value at each outcome of Ω); a function on the alphabet of
 * the distributions (a distribution itself is one, its probabilities); an event (a subset of Ω).
 */
import type { FiniteModel } from './finiteModel';

export class OnOutcomes {
  constructor(readonly values: readonly number[]) {}
}
export class OnAlphabet {
  constructor(readonly values: readonly number[]) {}
}
export class EventSet {
  constructor(readonly mask: readonly boolean[]) {}
}
export type Value = number | OnOutcomes | OnAlphabet;

/** Thrown where a side is not what this reading can evaluate: the claim is then left as it was. */
export class NotProbability extends Error {}

export function refuse(): never {
  throw new NotProbability();
}

/** `a op b` entry by entry, a number broadcast; a random variable and an alphabet function never meet. */
export function combine(a: Value, b: Value, op: (x: number, y: number) => number): Value {
  if (typeof a === 'number' && typeof b === 'number') return op(a, b);
  if (typeof a === 'number') return rebuild(b as OnOutcomes | OnAlphabet, (b as OnOutcomes).values.map((y) => op(a, y)));
  if (typeof b === 'number') return rebuild(a, a.values.map((x) => op(x, b)));
  if (a.constructor !== b.constructor || a.values.length !== b.values.length) refuse();
  return rebuild(a, a.values.map((x, i) => op(x, b.values[i]!)));
}

export function map(a: Value, f: (x: number) => number): Value {
  return typeof a === 'number' ? f(a) : rebuild(a, a.values.map(f));
}

const rebuild = (like: OnOutcomes | OnAlphabet, values: number[]): Value => (like instanceof OnOutcomes ? new OnOutcomes(values) : new OnAlphabet(values));

export function outcomes(v: Value): readonly number[] {
  return v instanceof OnOutcomes ? v.values : refuse();
}

/** E[v] over Ω, or E[v | given] as a random variable (the mean over the outcomes that share the given values). */
export function expectation(model: FiniteModel, v: Value, given: readonly Value[] = []): Value {
  if (typeof v === 'number' && given.length === 0) return v;
  if (v instanceof OnAlphabet) refuse();
  const values = typeof v === 'number' ? model.weights.map(() => v) : v.values;
  if (given.length === 0) return values.reduce((s, x, i) => s + model.weights[i]! * x, 0);
  const keys = tuples(model, given.map(outcomes));
  const sums = new Map<number, [number, number]>();
  keys.forEach((key, i) => {
    const [mass, total] = sums.get(key) ?? [0, 0];
    sums.set(key, [mass + model.weights[i]!, total + model.weights[i]! * values[i]!]);
  });
  return new OnOutcomes(keys.map((key) => sums.get(key)![1] / sums.get(key)![0]));
}

/** E_{x∼p}[v]: the mean of a function on the alphabet under the distribution p. */
export function expectationUnder(p: readonly number[], v: Value): number {
  if (typeof v === 'number') return v;
  if (!(v instanceof OnAlphabet) || v.values.length !== p.length) refuse();
  return v.values.reduce((s, x, i) => s + p[i]! * x, 0);
}

export function variance(model: FiniteModel, v: Value, given: readonly Value[] = []): Value {
  const mean = expectation(model, v, given);
  return combine(expectation(model, map(v, (x) => x * x), given), map(mean, (m) => m * m), (a, b) => a - b);
}

export function covariance(model: FiniteModel, a: Value, b: Value): number {
  const centred = (v: Value): Value => combine(v, expectation(model, v), (x, m) => x - m);
  return expectation(model, combine(centred(a), centred(b), (x, y) => x * y)) as number;
}

/** The joint entropy of random variables, in nats. */
export function jointEntropy(model: FiniteModel, variables: readonly Value[]): number {
  if (variables.length === 0) return 0;
  const mass = new Map<number, number>();
  tuples(model, variables.map(outcomes)).forEach((key, i) => mass.set(key, (mass.get(key) ?? 0) + model.weights[i]!));
  return [...mass.values()].reduce((s, p) => (p > 0 ? s - p * Math.log(p) : s), 0);
}

/** H(A | B) for an event B (`H(Y \mid X = x)`): the entropy of A under P(· | B), in nats. */
export function entropyGivenEvent(model: FiniteModel, of: readonly Value[], event: readonly boolean[]): number {
  const mass = model.weights.reduce((s, w, i) => s + (event[i] ? w : 0), 0);
  if (!(mass > 0)) return NaN;
  return jointEntropy({ ...model, weights: model.weights.map((w, i) => (event[i] ? w / mass : 0)) }, of);
}

/** H(A | C) = H(A, C) − H(C), in nats. */
export function conditionalEntropy(model: FiniteModel, of: readonly Value[], given: readonly Value[]): number {
  return jointEntropy(model, [...of, ...given]) - jointEntropy(model, given);
}

/** I(A; B | C) = H(A, C) + H(B, C) − H(A, B, C) − H(C), in nats. */
export function mutualInformation(model: FiniteModel, a: readonly Value[], b: readonly Value[], given: readonly Value[]): number {
  return jointEntropy(model, [...a, ...given]) + jointEntropy(model, [...b, ...given]) - jointEntropy(model, [...a, ...b, ...given]) - jointEntropy(model, given);
}

/** The probabilities of a distribution: an alphabet function that is positive and sums to 1. */
export function probabilityVector(v: Value): readonly number[] {
  if (!(v instanceof OnAlphabet) || v.values.some((p) => !(p > 0)) || Math.abs(v.values.reduce((s, p) => s + p, 0) - 1) > 1e-12) refuse();
  return v.values;
}

/** H(p) when q is absent, else the cross entropy H(p, q) = −Σ p log q, in nats. */
export function crossEntropy(p: readonly number[], q: readonly number[] = p): number {
  if (p.length !== q.length) refuse();
  return p.reduce((s, pi, i) => s - pi * Math.log(q[i]!), 0);
}

/** D_KL(p ‖ q) = Σ p log(p / q), in nats. */
export function divergence(p: readonly number[], q: readonly number[]): number {
  if (p.length !== q.length) refuse();
  return p.reduce((s, pi, i) => s + pi * Math.log(pi / q[i]!), 0);
}

/** P(A), or P(A | B) = P(A ∩ B) / P(B). */
export function probability(model: FiniteModel, event: EventSet, given?: EventSet): number {
  const mass = (mask: (i: number) => boolean): number => model.weights.reduce((s, w, i) => s + (mask(i) ? w : 0), 0);
  if (!given) return mass((i) => event.mask[i]!);
  return mass((i) => event.mask[i]! && given.mask[i]!) / mass((i) => given.mask[i]!);
}

/** The tuple of the variables' values at each outcome, as one number (each value by its rank among the variable's values: no float printed). */
function tuples(model: FiniteModel, variables: readonly (readonly number[])[]): number[] {
  const base = model.weights.length + 1;
  const keys = model.weights.map(() => 0);
  for (const values of variables) {
    const ids = new Map<number, number>();
    values.forEach((v, i) => {
      let id = ids.get(v);
      if (id === undefined) ids.set(v, (id = ids.size));
      keys[i] = keys[i]! * base + id;
    });
  }
  return keys;
}
