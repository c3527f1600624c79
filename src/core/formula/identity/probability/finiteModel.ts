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

export interface FiniteModel {
  /** P(ω) for each outcome of Ω: positive, summing to 1. */
  readonly weights: readonly number[];
  /** The value of each letter of the distributions' alphabet (what `x` is in E_{x∼P}[x]). */
  readonly alphabet: readonly number[];
  variable(name: string): readonly number[];
  event(name: string): readonly boolean[];
  distribution(name: string): readonly number[];
  constant(name: string): number;
}

/** A fresh model drawn with `random`. */
export function drawModel(random: () => number): FiniteModel {
  const size = (): number => 2 + Math.floor(random() * 4);
  const weights = probabilities(size(), random);
  const alphabet = Array.from({ length: size() }, () => realValue(random));
  const variables = new Map<string, readonly number[]>();
  const events = new Map<string, readonly boolean[]>();
  const distributions = new Map<string, readonly number[]>();
  const constants = new Map<string, number>();
  const lazily = <T>(map: Map<string, T>, name: string, draw: () => T): T => {
    let v = map.get(name);
    if (v === undefined) map.set(name, (v = draw()));
    return v;
  };
  return {
    weights,
    alphabet,
    variable: (name) => lazily(variables, name, () => {
      const scale = 10 ** (-1 + 2.5 * random());
      const values = Array.from({ length: 1 + Math.floor(random() * 4) }, () => scale * realValue(random));
      return weights.map(() => values[Math.floor(random() * values.length)]!);
    }),
    event: (name) => lazily(events, name, () => randomEvent(weights.length, random)),
    distribution: (name) => lazily(distributions, name, () => probabilities(alphabet.length, random)),
    constant: (name) => lazily(constants, name, () => (random() < 0.75 ? 1 : -1) * (0.3 + 3 * random())),
  };
}

/** A random real in (−4, 4), away from 0 and ±1 only by chance. */
const realValue = (random: () => number): number => -4 + 8 * random();

/** Random positive probabilities, none below ≈1/40 of the largest (so logs and conditionals stay tame). */
function probabilities(n: number, random: () => number): number[] {
  const raw = Array.from({ length: n }, () => 0.05 + random());
  const total = raw.reduce((s, x) => s + x, 0);
  return raw.map((x) => x / total);
}

/**
 * A random subset of n ≥ 2 outcomes: usually proper (one outcome in, one out), empty or all of Ω
 * one time in eight each, so that `P(A) > 0` is not a law (a draw where a condition has
 * probability 0 leaves P(· | A) without a value and is set aside).
 */
function randomEvent(n: number, random: () => number): boolean[] {
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
