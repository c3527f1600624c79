/**
 * Rules of probability and information theory about abstract objects — `\text{Cov}(X, Y) = E[XY] -
 * E[X]E[Y]` (akkefa-ml-notes), `P(A \mid B) = \frac{P(B \mid A) P(A)}{P(B)}`, `H(P, Q) = H(P) +
 * D_{KL}(P \parallel Q)` (caojiahao-dl-notes), `i_b(s_i) = \frac{i_a(s_i)}{\log_a(b)}`
 * (nikcleju-it-course) — checked as a careful reader checks them: on concrete random instances.
 * Each claim is evaluated on 32 random finite probability models (finiteModel.ts): random
 * variables, events and distributions on 2–5 outcomes, E, Var and Cov the population moments, H, I
 * and D_KL computed from their definitions, in float64. A rule that agrees on every model holds.
 *
 * The reading only confirms. A rule true only under a condition the prose states (independence,
 * `H(X, Y) = H(X) + H(Y)`) fails on random models and is left as it was: the author's notation may
 * mean what the prose assumes. A wrong rule (`E[XY] = E[X]E[Y]`, `Var(X + Y) = Var X + Var Y`)
 * cannot hold: one of the 32 generic models refutes it.
 */
import { seeded } from '../identity';
import type { ClaimReport, Relation } from '../../types';
import { drawModel, type ModelStructure } from './finiteModel';
import { coefficientsBesideCapitals, distributionNames, lettersOutsideOperators, multipliersOf, randomVariableNames, type SideSetting, type SideUse } from './probabilityNotation';
import { ProbabilitySide } from './probabilitySides';
import { probabilityTokens, writesSubscriptedVariance } from './probabilityTokens';
import { withoutSharedParameters } from './modelParameters';
import { namedMoments, namesOnlyItsMoment } from './namedMoments';
import { NotProbability, OnAlphabet, type Value } from './probabilityValues';
import { independenceStated } from './statedIndependence';
import type { EventLaw } from './eventLaws';
import { overWholePartition, statedEventLaws } from './statedEventLaws';
import { refutedEventRule } from './refutedEventRule';
import { refutedChainEnds, refutedStandardQuantity } from './wrongDefinitions';

/**
 * The cheap test before any parse: an operator of probability or information theory applied to
 * something (`\mathbb{E}`, `\mathbb E`, `E[`, `E\{` (geostatsguy's set braces), `Var(`, `\operatorname{Var}(`, `H(`, `I(`, `P(`, `p(`, `D_{KL}`, `\Pr`).
 */
export const WRITES_PROBABILITY = /\\mathbb\s*(?:\{\s*[EPVH]\s*\}|[EPVH](?![A-Za-z]))|\\(?:operatorname|mathrm|text|textrm)\s*\{\s*(?:E|Var|Cov|Corr)\s*\}\s*(?:\\left\s*)?[[(]|\\Pr(?![A-Za-z])|KL|(?<![A-Za-z\\])(?:E|Var|Cov|Corr|V|H|I|P|p|D|i)(?:_(?:\{[^{}]*\}|\w))?\s*(?:\\left\s*)?(?:[[(]|\\\{)|(?<![A-Za-z\\])E\s*[A-Z]/;

export const DRAWS = 32;
/** Models drawn at most: a draw where a side has no value (a log of a negative constant) is set aside. */
const ATTEMPTS = 4 * DRAWS;
const READING = `checked on ${DRAWS} random finite probability models (random variables, events and distributions on 2–5 outcomes; E, Var, Cov as population moments; H, I, D_KL from their definitions)`;
const INDEPENDENT_READING = `as the sentence states, for independent random variables: checked on ${DRAWS} random finite models whose variables are functions of distinct factors of a product space (E, Var, Cov as population moments; H, I from their definitions)`;
/** The units a reader may take H, I, D_KL and a bare \log in: nats or bits. */
const UNIT_BASES = [Math.E, 2] as const;
const RELATIONS: ReadonlySet<Relation> = new Set(['=', '\\neq', '<', '>', '\\le', '\\ge']);
/** A note that defines self-information, so that i(s) is −log p(s). */
const DEFINES_SELF_INFORMATION = /self[- ]information|information (?:content|of (?:a|an|the) (?:message|symbol|event))|i\s*\(\s*s_?\{?\w*\}?\s*\)\s*=\s*-\s*\\log/i;

/**
 * The formula's claims, each judged "holds" when it holds on every random finite model — unless
 * another claim of the formula that writes this notation stays undecided: in `V(X) = E[X^2] -
 * E[X]^2 = \frac{1-p}{p^2}` the rule holds, but the row about the author's distribution is not
 * checked, and one confirmed row would make the whole formula "holds". Then all stay as they were.
 */
export function withProbabilityModelsAll(claims: readonly ClaimReport[], note = '', sentence = '', heading = ''): readonly ClaimReport[] {
  const judged = claims.map((c) => withProbabilityModels(c, note, sentence, heading));
  const confirmed = judged.some((c, i) => c !== claims[i] && c.verdict === 'holds');
  const writes = (latex: string) => WRITES_PROBABILITY.test(latex) || writesSubscriptedVariance(latex);
  const unchecked = judged.some((c) => c.verdict === 'none' && (writes(c.left.source) || writes(c.right.source)));
  // A refutation stands alone (wrongDefinitions.ts); a confirmation only when no row is left unchecked.
  const kept = judged.map((c, i) => (c.verdict === 'fails' || (confirmed && !unchecked) ? c : claims[i]!));
  // A chain's ends are judged as standard quantities only: a rule on events is refuted in its own row (refutedEventRule.ts).
  return kept.some((c) => c.verdict === 'fails') ? kept : refutedChainEnds(kept, (ends) => withProbabilityModels(ends, note, '', '', false));
}

/**
 * The claim judged "holds" when it holds on every random finite model, or on every model of independent
 * variables when its sentence states their independence (statedIndependence.ts); else as it was.
 */
export function withProbabilityModels(claim: ClaimReport, note = '', sentence = '', heading = '', refuteEvents = true): ClaimReport {
  if (claim.verdict !== 'none' || !RELATIONS.has(claim.relation)) return claim;
  const lawText = `${heading}\n${sentence}`;
  const written = [probabilityTokens(overWholePartition(claim.left.source, lawText)), probabilityTokens(overWholePartition(claim.right.source, lawText))] as const;
  if (!written[0] || !written[1] || written[0].length === 0 || written[1].length === 0) return claim;
  const [left, right] = withoutSharedParameters(written[0], written[1]);
  const distributions = distributionNames([...left, ...right]);
  const selfInformation = DEFINES_SELF_INFORMATION.test(note);
  const capitals = new Set([...left, ...right].filter((t) => /^[A-Z]$/.test(t)));
  const outside = new Set([...lettersOutsideOperators([...left, ...right]), ...coefficientsBesideCapitals([...left, ...right])]);
  const multipliers = multipliersOf([...left, ...right], outside);
  const moments = namesOnlyItsMoment(left, right) ? new Map() : namedMoments([...left, ...right], note);
  for (const base of UNIT_BASES) {
    const outcome = onModels(claim, left, right, { distributions, selfInformation, capitals, outside, multipliers, moments, unitLog: Math.log(base) });
    if (outcome === 'unreadable') return claim;
    if (outcome === 'holds') return confirmed(claim);
  }
  if (sentence !== '' && independenceStated(sentence, randomVariableNames([...left, ...right]))) {
    const setting = { distributions, selfInformation, capitals, outside, multipliers, moments, unitLog: 1 };
    if (onModels(claim, left, right, setting, 'independent') === 'holds') return confirmed(claim, INDEPENDENT_READING);
  }
  const sidesOn = (l: readonly string[], r: readonly string[], setting: SideSetting, kinds: Map<string, string>) => bothSides(claim.relation, l, r, setting, kinds);
  const plain = { distributions, selfInformation, capitals, outside, multipliers, moments };
  const events = eventNames(left, right, plain, sidesOn);
  for (const law of statedEventLaws(lawText, events)) {
    if (onModels(claim, left, right, { ...plain, unitLog: 1 }, 'generic', law) === 'holds') return confirmed(claim, lawReading(law));
  }
  const refuted = refuteEvents ? refutedEventRule(claim, left, right, events, note, plain, sidesOn) : claim;
  if (refuted !== claim) return refuted;
  return refutedStandardQuantity(claim, left, right, note, plain, sidesOn);
}

/** The events the claim's P(·) calls name (kind 'event' on one model), in the order first read. */
function eventNames(left: readonly string[], right: readonly string[], setting: Omit<SideSetting, 'model' | 'unitLog'>, sidesOn: (l: readonly string[], r: readonly string[], setting: SideSetting, kinds: Map<string, string>) => unknown): string[] {
  const kinds = new Map<string, string>();
  sidesOn(left, right, { ...setting, unitLog: 1, model: drawModel(seeded(`${left.join(' ')}\u0000${right.join(' ')}`)) }, kinds);
  return [...kinds].filter(([, kind]) => kind === 'event').map(([name]) => name);
}

const LAW_WORDS: Readonly<Record<EventLaw['kind'], string>> = {
  general: 'events in general position',
  independent: 'independent events',
  exclusive: 'mutually exclusive events',
  partition: 'events partitioning the sample space',
  nested: 'one event contained in the other',
  conditional: 'events conditionally independent given one',
};

function lawReading(law: EventLaw): string {
  const given = law.kind === 'conditional' ? ` (given ${law.given})` : '';
  return `as the note's words state, for ${LAW_WORDS[law.kind]} ${law.names.join(', ')}${given}: checked on ${DRAWS} random finite models whose events obey that condition`;
}

function confirmed(claim: ClaimReport, reading = READING): ClaimReport {
  const { reason: _reason, ...rest } = claim;
  return { ...rest, verdict: 'holds', reading };
}

/** Whether the claim holds on every model drawn in this unit; 'unreadable' when this reading cannot evaluate it at all. */
function onModels(claim: ClaimReport, left: readonly string[], right: readonly string[], setting: Omit<SideSetting, 'model'>, structure: ModelStructure = 'generic', law?: EventLaw): 'holds' | 'not shown' | 'unreadable' {
  const random = seeded(`${claim.left.source}\u0000${claim.right.source}\u0000${setting.unitLog}${structure === 'generic' ? '' : `\u0000${structure}`}${law ? `\u0000${JSON.stringify(law)}` : ''}`);
  const kinds = new Map<string, string>();
  let valid = 0;
  let differed = false;
  for (let attempt = 0; attempt < ATTEMPTS && valid < DRAWS; attempt++) {
    const sides = bothSides(claim.relation, left, right, { ...setting, model: drawModel(random, structure, law) }, kinds);
    if (sides === 'unreadable') return 'unreadable';
    if (!sides) continue;
    const [l, r] = sides;
    valid++;
    for (const [a, b] of l.flatMap((a) => r.map((b) => [a, b] as const))) {
      const outcome = compared(claim.relation, a, b);
      if (outcome === 'differs') differed = true;
      else if (outcome === 'contradicts') return 'not shown';
    }
  }
  return valid === DRAWS && (claim.relation !== '\\neq' || differed) ? 'holds' : 'not shown';
}

/**
 * Both sides' values on one model; undefined when one has no finite value there. A side may list
 * values for an inequality, each compared with the other side: `H(X), H(Y) \le H(X, Y)`.
 */
function bothSides(relation: Relation, left: readonly string[], right: readonly string[], setting: SideSetting, kinds: Map<string, string>): [Value[], Value[]] | undefined | 'unreadable' {
  const leftUse: SideUse = { operators: 0, unbounded: 0, letters: 0 };
  const rightUse: SideUse = { operators: 0, unbounded: 0, letters: 0 };
  try {
    const l = new ProbabilitySide(left, setting, kinds, leftUse).values();
    const r = new ProbabilitySide(right, setting, kinds, rightUse).values();
    // A claim with no operator of probability is not this reading's; a bare distribution is not a number; `a, b = c` is no one claim.
    if (leftUse.operators + rightUse.operators === 0 || [...l, ...r].some((v) => v instanceof OnAlphabet)) return 'unreadable';
    if (l.length + r.length > 2 && (relation === '=' || relation === '\\neq')) return 'unreadable';
    if (boundedOnlyByTheModels(relation, [leftUse, l, rightUse], [rightUse, r, leftUse])) return 'unreadable';
    return [...l, ...r].every((v) => entries(v).every(Number.isFinite)) ? [l, r] : undefined;
  } catch (error) {
    if (error instanceof NotProbability) return 'unreadable';
    throw error;
  }
}

/**
 * `H(Y) \le 1`, `E[X] < 5`: an entropy, a moment or a divergence against a nonzero number. Small
 * random models bound them all, so such a claim could hold on every draw and still be no law (it
 * holds for the author's binary Y, or not at all): not this reading's. `P(A) \le 1` and `H(X) \ge 0` are.
 */
function boundedOnlyByTheModels(relation: Relation, ...sides: [SideUse, readonly Value[], SideUse][]): boolean {
  if (relation === '=' || relation === '\\neq') return false;
  return sides.some(([use, values, other]) => use.operators === 0 && use.letters === 0 && values.some((v) => v !== 0) && other.unbounded > 0);
}

const entries = (v: Value): readonly number[] => (typeof v === 'number' ? [v] : v.values);

/**
 * How the sides compare on one model, entry by entry (a random variable at each outcome): within
 * float64's rounding of these small sums (1e-9 relative, far above it and far below any real
 * difference on a random model) they are equal.
 */
function compared(relation: Relation, l: Value, r: Value): 'agrees' | 'differs' | 'contradicts' {
  const ls = entries(l);
  const rs = entries(r);
  const n = Math.max(ls.length, rs.length);
  if (ls.length !== n && ls.length !== 1) return 'contradicts';
  if (rs.length !== n && rs.length !== 1) return 'contradicts';
  let differs = false;
  for (let i = 0; i < n; i++) {
    const a = ls[ls.length === 1 ? 0 : i]!;
    const b = rs[rs.length === 1 ? 0 : i]!;
    const slack = 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
    const equal = Math.abs(a - b) <= slack;
    if (!equal) differs = true;
    const ok = relation === '=' ? equal
      : relation === '\\neq' ? true
      : relation === '<' ? a < b - slack
      : relation === '>' ? a > b + slack
      : relation === '\\le' ? a <= b + slack
      : a >= b - slack;
    if (!ok) return 'contradicts';
  }
  return differs ? 'differs' : 'agrees';
}
