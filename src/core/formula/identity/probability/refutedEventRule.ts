/**
 * A rule on abstract events written wrong — `P(A \cup B) = P(A) + P(B)` in a note that never says the
 * events are mutually exclusive, `P(A) = P(A \mid B) + P(A \mid \bar{B})` (a total probability without
 * its weights), `P(A^c) = 1 + P(A)` — refuted as a careful reader refutes it: on concrete events.
 *
 * Only when it is certain on every reading the note allows:
 * - the claim is an equation in which every symbol is the probability of an event (`P`, `\Pr`, never
 *   a lower-case `p(x)`, a density) and the events are capital letters A–H, perhaps indexed (never X, Y,
 *   Z, D, S, Ω: variables, data, sample spaces), joined by ∩, ∪, complements and bars, with no run
 *   `P(AB)` (blood group AB is one event); numbers only 0, 1 and 2; no sum, no log;
 * - both sides name the same events: `P(A) = P(B)` or `P(A \mid B) = P(A)` state what the author's
 *   events are (equally likely, independent), they are no rule; nor is one probability against another,
 *   `P(A \mid B) = P(B \mid A)` (true of equally likely events, and the fallacy notes warn of);
 * - on random finite models whose events are in general position (every cell of their Venn diagram
 *   an outcome of random positive weight, eventLaws.ts) the sides differ far (1e-6 relative) on at
 *   least three draws in four;
 * - no condition on the events a note may state rescues it: on models whose events are independent,
 *   mutually exclusive, one inside the other (either way), conditionally independent (eventLaws.ts),
 *   the sides still differ on most draws — or they agree there, but no word of the note anywhere
 *   could state that condition (statedEventLaws.ts noteCouldSupply: "independent", "unrelated",
 *   "with replacement", "exclusive", "cannot both", "∅", "subset", "implies"…).
 * Anything less leaves the claim as it was (undecided).
 */
import type { ClaimReport } from '../../types';
import { seeded } from '../identity';
import { drawModel } from './finiteModel';
import type { EventLaw } from './eventLaws';
import type { SideSetting } from './probabilityNotation';
import { noteCouldSupply } from './statedEventLaws';
import { DRAWS, tallyOnDraws, type SidesOn } from './wrongDefinitions';

/** The tokens a refuted rule may write: P, Pr, brackets, the bar, set operations, complements, + − × /, \frac, 0, 1, 2. */
const ALLOWED = /^(?:P|Pr|[()[\]{}|,+\-*/^]|\\(?:cap|cup|setminus|bar|overline|neg|complement|frac)|c|C|[012])$/;
const EVENT = /^[A-H](?:_[0-9a-z]+)?'*$/;

/** The claim judged "fails" when it is a rule on events that no stated condition could make true (file comment); else as it was. */
export function refutedEventRule(claim: ClaimReport, left: readonly string[], right: readonly string[], events: readonly string[], note: string, setting: Omit<SideSetting, 'model' | 'unitLog'>, sidesOn: SidesOn): ClaimReport {
  if (claim.relation !== '=' || claim.doubted || events.length === 0 || events.length > 4) return claim;
  if (!events.every((e) => EVENT.test(e))) return claim;
  // `P(A|B)=P(A) & & P(B|A)=P(B)`: an alignment's cells, which the claim splitter may have joined into one side.
  if (/&/.test(claim.left.source + claim.right.source)) return claim;
  if (![...left, ...right].every((t) => ALLOWED.test(t) || events.includes(t.replace(/'+$/, '')))) return claim;
  if (!writesProbability(left) || !writesProbability(right)) return claim;
  if (hasRun(left) || hasRun(right)) return claim;
  // `P(A \mid B) = P(B \mid A)`: one probability against another states what the author's events are
  // (equally likely ones make it true) or names the fallacy a note warns of, in words this reading does not weigh.
  if (oneProbability(left) && oneProbability(right)) return claim;
  const named = (tokens: readonly string[]) => new Set(tokens.filter((t) => EVENT.test(t)).map((t) => t.replace(/'+$/, '')));
  const [onLeft, onRight] = [named(left), named(right)];
  const same = onLeft.size === onRight.size && [...onLeft].every((e) => onRight.has(e));
  // `P(A) = P(A \mid B) + P(A \mid \bar{B})`: one side's events among the other's — refuted only when no condition at all rescues it, numbers 0 and 1 alone.
  const within = (a: Set<string>, b: Set<string>) => a.size > 0 && [...a].every((e) => b.has(e));
  if (!same && (!(within(onLeft, onRight) || within(onRight, onLeft)) || [...left, ...right].includes('2'))) return claim;
  const generic = farShare(claim, left, right, setting, sidesOn, { kind: 'general', names: events });
  if (!generic || generic.share < 0.75) return claim;
  for (const law of lawsOn(events)) {
    const under = farShare(claim, left, right, setting, sidesOn, law);
    if (!under) return claim;
    if (under.share < 0.75 && (!same || noteCouldSupply(note, law))) return claim;
  }
  const { reason: _reason, ...rest } = claim;
  return {
    ...rest,
    verdict: 'fails',
    reading: `as a rule on events, checked on random finite models (events in general position, and independent, mutually exclusive or nested ones where the note's words could say so): the sides differ, e.g. ${generic.first.left.toPrecision(4)} against ${generic.first.right.toPrecision(4)}`,
  };
}

/** Whether the side calls P or Pr. */
const writesProbability = (tokens: readonly string[]): boolean => tokens.some((t) => t === 'P' || t === 'Pr');

/** A side that is one probability and nothing else: `P(A \mid B)`. */
const oneProbability = (tokens: readonly string[]): boolean => tokens.filter((t) => t === 'P' || t === 'Pr').length === 1 && (tokens[0] === 'P' || tokens[0] === 'Pr') && !tokens.some((t) => /^(?:[+\-*/]|\\frac)$/.test(t));

/** `P(AB)`, `P(A\bar{B})`: two event letters side by side. */
function hasRun(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => EVENT.test(t) && (EVENT.test(tokens[i + 1] ?? '') || /^\\(?:bar|overline)$/.test(tokens[i + 1] ?? '')));
}

/** Each condition a note may state of the events: all independent, all exclusive, each ordered pair nested, each one given the others. */
function lawsOn(events: readonly string[]): EventLaw[] {
  const laws: EventLaw[] = [];
  if (events.length >= 2) {
    laws.push({ kind: 'independent', names: events }, { kind: 'exclusive', names: events }, { kind: 'partition', names: events });
    for (const a of events) for (const b of events) if (a !== b) laws.push({ kind: 'nested', names: [a, b] });
  }
  if (events.length >= 3) for (const given of events) laws.push({ kind: 'conditional', names: events.filter((e) => e !== given), given });
  return laws;
}

/** The share of draws (free, or under the law) where the sides differ far, and the first such pair; undefined when a side is not a number or too few draws have values. */
function farShare(claim: ClaimReport, left: readonly string[], right: readonly string[], setting: Omit<SideSetting, 'model' | 'unitLog'>, sidesOn: SidesOn, law?: EventLaw): { share: number; first: { left: number; right: number } } | undefined {
  const random = seeded(`${claim.left.source}\u0000${claim.right.source}\u0000events${law ? JSON.stringify(law) : ''}`);
  const kinds = new Map<string, string>();
  const tally = tallyOnDraws(left, right, () => ({ ...setting, unitLog: 1, model: drawModel(random, 'generic', law) }), sidesOn, kinds);
  if (tally === 'unreadable' || tally === undefined) return undefined;
  if ([...kinds.values()].some((kind) => kind !== 'event')) return undefined;
  if (tally.valid < DRAWS / 2) return undefined;
  return tally.first ? { share: tally.far / tally.valid, first: tally.first } : { share: 0, first: { left: 0, right: 0 } };
}
