/**
 * Events that obey a condition the note states, drawn as a careful reader draws an instance of the
 * condition: study notes write rules that hold only for some events — `P(A \cap B) = P(A)P(B)` "if A
 * and B are independent" (akkefa-ml-notes), `P(A \cup B) = P(A) + P(B)` for mutually exclusive events
 * (2t2c-ml-notes), `P(A) \le P(B)` when A ⊆ B (ermongroup-cs228-notes), `P(X, Y \mid Z) = P(X \mid
 * Z) P(Y \mid Z)` for conditionally independent ones (EricWiener-ai-notes). Each law builds a small
 * sample space with random weights on which its named events are what the condition says, in
 * general position otherwise (every named event proper, of positive probability); events the law
 * does not name are random subsets of the same space (finiteModel.ts).
 */
import { probabilities } from './finiteModel';

export type EventLaw =
  /** The named events in general position: every cell of their Venn diagram an outcome of random positive weight. */
  | { readonly kind: 'general'; readonly names: readonly string[] }
  /** The named events mutually independent (each a function of its own factor of a product space). */
  | { readonly kind: 'independent'; readonly names: readonly string[] }
  /** The named events pairwise disjoint, their union not all of Ω. */
  | { readonly kind: 'exclusive'; readonly names: readonly string[] }
  /** The named events pairwise disjoint and covering Ω: a partition. */
  | { readonly kind: 'partition'; readonly names: readonly string[] }
  /** names[0] ⊆ names[1], strictly. */
  | { readonly kind: 'nested'; readonly names: readonly [string, string] }
  /** The named events independent given `given` and given its complement. */
  | { readonly kind: 'conditional'; readonly names: readonly string[]; readonly given: string };

/** The law's sample space (its weights) and its named events. */
export function lawfulEvents(law: EventLaw, random: () => number): { weights: number[]; events: Map<string, boolean[]> } {
  const events = new Map<string, boolean[]>();
  if (law.kind === 'general') {
    const cells = 2 ** law.names.length;
    law.names.forEach((name, j) => events.set(name, Array.from({ length: cells }, (_, cell) => ((cell >> j) & 1) === 1)));
    return { weights: probabilities(cells, random), events };
  }
  if (law.kind === 'independent' || law.kind === 'conditional') {
    // Bits of a product space: the given event's bit first (conditional), then one bit per named event.
    const given = law.kind === 'conditional' ? [law.given] : [];
    const bits = [...given, ...law.names];
    const cells = 2 ** bits.length;
    const chance = () => 0.15 + 0.7 * random();
    // P(bit j = 1 | given bit), drawn for each value of the given bit (the same for both when independent).
    const on = bits.map(() => [chance(), chance()] as const);
    const weights = Array.from({ length: cells }, (_, cell) => {
      const z = law.kind === 'conditional' ? cell & 1 : 0;
      return bits.reduce((w, _name, j) => {
        const set = ((cell >> j) & 1) === 1;
        const p = j < given.length ? on[j]![0] : on[j]![z]!;
        return w * (set ? p : 1 - p);
      }, 1);
    });
    bits.forEach((name, j) => events.set(name, Array.from({ length: cells }, (_, cell) => ((cell >> j) & 1) === 1)));
    return { weights, events };
  }
  if (law.kind === 'nested') {
    // Outcome 0 in both, outcome 1 only in the outer event, outcome 2 in neither; the rest at random.
    const n = 3 + Math.floor(random() * 3);
    const label = Array.from({ length: n }, (_, i) => (i < 3 ? i : Math.floor(random() * 3)));
    events.set(law.names[0], label.map((l) => l === 0));
    events.set(law.names[1], label.map((l) => l <= 1));
    return { weights: probabilities(n, random), events };
  }
  // Disjoint events: outcome j is in event j; one outcome in none unless the events cover Ω; the rest at random.
  const k = law.names.length;
  const labels = law.kind === 'exclusive' ? k + 1 : k;
  const n = labels + Math.floor(random() * 3);
  const label = Array.from({ length: n }, (_, i) => (i < labels ? i : Math.floor(random() * labels)));
  law.names.forEach((name, j) => events.set(name, label.map((l) => l === j)));
  return { weights: probabilities(n, random), events };
}
