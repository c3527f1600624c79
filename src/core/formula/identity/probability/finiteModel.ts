/**
 * A random finite probability model, the concrete instance on which a careful reader checks a rule
 * of probability or information theory: a sample space Ω of 2–5 outcomes with random positive
 * probabilities; random variables as random real functions on Ω taking 1–4 distinct values (so
 * that one variable may or may not determine another, and entropies of pairs differ from sums),
 * each variable on a random scale from 0.1 to 30 (so that no bound on E[X] is a law);
 * events as random subsets of Ω (now and then empty or all of Ω);
 * distributions P, Q as random positive probability vectors over one alphabet of 2–5 letters, each
 * letter a random real value; and constants as random reals, positive three times in four.
 * Everything is drawn lazily by name, so one claim's letters share one model. */

import { lawfulEvents, type EventLaw } from './eventLaws';

export interface FiniteModel {
  /** P(ω) for each outcome of Ω: positive, summing to 1. */
  readonly weights: readonly number[];
  /** The value of each letter of the distributions' alphabet (what `x` is in E_{x∼P}[x]). */
  readonly alphabet: readonly number[];
  variable(name: string): readonly number[];
  event(name: string): readonly boolean[];
  distribution(name: string): readonly number[];
  constant(name: string): number;
  /** A random positive pmf over `size` values, drawn once per name: Q(z) over the values of Z (eventSide.ts, probabilitySides.ts). */
  pmf(name: string, size: number): readonly number[];
  /** One of `size` values, drawn once per name: the k of `z = k` (eventSide.ts, probabilitySides.ts). */
  pick(name: string, size: number): number;
}

/**
 * How the random variables of a model relate: drawn freely ('generic'); each a function of its own
 * factor of a product space ('independent'); each a function of the one drawn before it ('coarser',
 * `Y = f(X)`); each determining the one drawn before it ('finer', `X = f(Y)`); or free on outcomes of
 * equal weight ('uniform'). A reading that refutes a claim draws them all, so that no independence,
 * dependence or uniformity the prose may assume would have made the claim true.
 */
export type ModelStructure = 'generic' | 'independent' | 'coarser' | 'finer' | 'uniform';
export const MODEL_STRUCTURES: readonly ModelStructure[] = ['generic', 'independent', 'coarser', 'finer', 'uniform'];

/**
 * A fresh model drawn with `random`; with a law (eventLaws.ts), its sample space and the named
 * events are the law's (independent, disjoint, nested events…), any other event random on them.
 */
export function drawModel(random: () => number, structure: ModelStructure = 'generic', law?: EventLaw): FiniteModel {
  const size = (): number => 2 + Math.floor(random() * 4);
  if (structure === 'independent' && !law) return independentModel(random, size);
  const lawful = law ? lawfulEvents(law, random) : undefined;
  const outcomes = lawful ? lawful.weights.length : size();
  const weights = lawful ? lawful.weights : structure === 'uniform' ? Array.from({ length: outcomes }, () => 1 / outcomes) : probabilities(outcomes, random);
  const alphabet = Array.from({ length: size() }, () => realValue(random));
  const variables = new Map<string, readonly number[]>();
  const events = new Map<string, readonly boolean[]>();
  const distributions = new Map<string, readonly number[]>();
  const constants = new Map<string, number>();
  return {
    weights,
    alphabet,
    variable: (name) => lazily(variables, name, () => {
      const previous = [...variables.values()].pop();
      if (previous && structure === 'coarser') return functionOf(previous, random);
      if (previous && structure === 'finer') return refinementOf(previous, random);
      return freeVariable(weights.length, random);
    }),
    event: (name) => lazily(events, name, () => lawful?.events.get(name) ?? randomEvent(weights.length, random)),
    distribution: (name) => lazily(distributions, name, () => probabilities(alphabet.length, random)),
    constant: (name) => lazily(constants, name, () => (random() < 0.75 ? 1 : -1) * (0.3 + 3 * random())),
    ...drawnOnValues(random),
  };
}

/** The model's pmfs over a variable's values and its picked values, drawn lazily by name and size. */
function drawnOnValues(random: () => number): Pick<FiniteModel, 'pmf' | 'pick'> {
  const pmfs = new Map<string, readonly number[]>();
  const picks = new Map<string, number>();
  return {
    pmf: (name, size) => lazily(pmfs, `${name}\u0000${size}`, () => probabilities(size, random)),
    pick: (name, size) => lazily(picks, `${name}\u0000${size}`, () => Math.floor(random() * size)),
  };
}

/** The value drawn for `name`, drawn on first use. */
function lazily<T>(map: Map<string, T>, name: string, draw: () => T): T {
  let v = map.get(name);
  if (v === undefined) map.set(name, (v = draw()));
  return v;
}

/** A random variable on n outcomes: 1–4 distinct values on a random scale. */
function freeVariable(n: number, random: () => number): number[] {
  const scale = 10 ** (-1 + 2.5 * random());
  const values = Array.from({ length: 1 + Math.floor(random() * 4) }, () => scale * realValue(random));
  return Array.from({ length: n }, () => values[Math.floor(random() * values.length)]!);
}

/** f(X) for a random f of 2–3 values: outcomes where X agrees agree. */
function functionOf(x: readonly number[], random: () => number): number[] {
  const image = new Map<number, number>();
  const values = Array.from({ length: 2 + Math.floor(random() * 2) }, () => realValue(random));
  return x.map((v) => image.get(v) ?? (image.set(v, values[Math.floor(random() * values.length)]!), image.get(v)!));
}

/** A variable that determines X: X's value split further at random (outcomes where it agrees agree on X). */
function refinementOf(x: readonly number[], random: () => number): number[] {
  const labels = new Map<string, number>();
  return x.map((v) => {
    const key = `${v}:${Math.floor(random() * 2)}`;
    return labels.get(key) ?? (labels.set(key, realValue(random)), labels.get(key)!);
  });
}

/**
 * A product of three factors of 2–3 levels each, weighted by the product of their marginals; the
 * j-th variable drawn is a random function of factor j mod 3, so variables on different factors are
 * independent. Events and distributions are drawn as in any model.
 */
function independentModel(random: () => number, size: () => number): FiniteModel {
  const factors = Array.from({ length: 3 }, () => probabilities(2 + Math.floor(random() * 2), random));
  const cells: number[][] = [[]];
  for (const factor of factors) cells.splice(0, cells.length, ...cells.flatMap((c) => factor.map((_, level) => [...c, level])));
  const weights = cells.map((c) => c.reduce((w, level, f) => w * factors[f]![level]!, 1));
  const generic = drawModel(random);
  const alphabet = Array.from({ length: size() }, () => realValue(random));
  const variables = new Map<string, readonly number[]>();
  const events = new Map<string, readonly boolean[]>();
  const distributions = new Map<string, readonly number[]>();
  return {
    weights,
    alphabet,
    variable: (name) => lazily(variables, name, () => {
      const factor = variables.size % 3;
      const levelValues = freeVariable(factors[factor]!.length, random);
      return cells.map((c) => levelValues[c[factor]!]!);
    }),
    event: (name) => lazily(events, name, () => randomEvent(weights.length, random)),
    distribution: (name) => lazily(distributions, name, () => probabilities(alphabet.length, random)),
    constant: generic.constant,
    ...drawnOnValues(random),
  };
}

/** A random real in (−4, 4), away from 0 and ±1 only by chance. */
const realValue = (random: () => number): number => -4 + 8 * random();

/** Random positive probabilities, none below ≈1/40 of the largest (so logs and conditionals stay tame). */
export function probabilities(n: number, random: () => number): number[] {
  const raw = Array.from({ length: n }, () => 0.05 + random());
  const total = raw.reduce((s, x) => s + x, 0);
  return raw.map((x) => x / total);
}

/**
 * A random subset of n ≥ 2 outcomes: usually proper (one outcome in, one out), empty or all of Ω
 * one time in eight each, so that `P(A) > 0` is not a law (a draw where a condition has
 * probability 0 leaves P(· | A) without a value and is set aside).
 */
export function randomEvent(n: number, random: () => number): boolean[] {
  const extreme = random();
  if (extreme < 0.125) return Array.from({ length: n }, () => false);
  if (extreme < 0.25) return Array.from({ length: n }, () => true);
  const mask = Array.from({ length: n }, () => random() < 0.5);
  const inside = Math.floor(random() * n);
  const outside = (inside + 1 + Math.floor(random() * (n - 1))) % n;
  mask[inside] = true;
  mask[outside] = false;
  return mask;
}
