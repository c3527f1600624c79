/**
 * A standard quantity of probability or information theory written out wrong — `I(X,Y) = \sum_{x}
 * \sum_{y} P(x,y) \log_2 \frac{P(x|y)}{P(x)P(y)}` (atlanswer-info-theory), `H(X) = -\sum_{x} \log p(x)`
 * (newfacade-ml-notes) — refuted as a careful reader refutes it: the left side is the quantity by
 * its standard name, the right side its expansion in elementary terms, and on concrete random
 * instances the two are far apart.
 *
 * The reading refutes only when it is certain, on every reading the note allows:
 * - the left side is one operator of information theory applied to random variables or distributions
 *   (H, I, D_KL), the right side has no operator of information theory (H, I, D_KL) — an
 *   expansion of the left side, never a relation between quantities that holds under a condition;
 * - every letter is a random variable or a distribution the left side names, or a letter bound by a
 *   sum or an expectation: no constant (whose value the author may know), no event (a lower-case
 *   `p(x)` outside a sum is the value of a variable the reading cannot tie to its sum), no variable
 *   the left side does not name (`E(a_{dropout}) = E(a)`: how a_dropout relates to a is the note's);
 * - the note does not define the operator itself (`H(X) := …`): its own meaning overrides ours;
 * - the sides differ far beyond float error (1e-6 relative) on at least half of the random models,
 *   in nats and in bits, and on models of every structure (finiteModel.ts: free, independent,
 *   one variable a function of another either way, uniform), so that no independence, dependence
 *   or uniformity the prose may assume makes the claim true.
 * Anything less leaves the claim as it was (undecided).
 */
import type { ClaimReport } from '../../types';
import { seeded } from '../identity';
import { drawModel, MODEL_STRUCTURES } from './finiteModel';
import type { SideSetting } from './probabilityNotation';
import type { Value } from './probabilityValues';

/** Both sides' values on one model (probabilityModels.ts `bothSides`), undefined where one has no finite value. */
export type SidesOn = (left: readonly string[], right: readonly string[], setting: SideSetting, kinds: Map<string, string>) => [Value[], Value[]] | undefined | 'unreadable';

/**
 * The left side: one operator of information theory applied to the whole of it (`H(X)`, `I(X;Y)`, `D_{KL}(P \| Q)`).
 * Not E, Var or Cov: `E[X] = Var(X)` (a Poisson variable), `E[X^2] = Var[X]` (zero mean), `E(V^2) = E(V)` (a 0/1
 * variable) are true of the distribution the prose names, which no random model knows.
 */
const STANDARD_OPERATOR = /^(?:H(?:_(?!cal$)\w+)?|I|KL|D)$/;
/** Operators of information theory, which a right side that expands the left one does not use. */
const INFORMATION_OPERATOR = /^(?:H(?:_\w+)?|I|KL|D)$/;
/** A logarithm with a bare slash after it: where its argument ends is the author's. */
const LOG_BEFORE_SLASH = /(?<![a-z])(?:log|ln)(?![a-z])[^=]*\//;
/** A right side that expands the quantity writes a probability, an expectation or a sum: `H(X) = 1` is a value for the author's X, never a definition. */
const EXPANSION = /(?:^| )(?:P|p|Pr|E|E_\w+|Var|Cov|\\sum)(?: |$)/;
/**
 * The kinds of letter a refutation may meet: random variables and distributions (both sides naming
 * the same: sameObjects), a single letter bound by `E_{x \sim P}`. A constant or an event leaves the
 * claim as it was, and so does a random variable spelt in lower case (`E[p^2] = E[p]^2`: p may be
 * the author's constant, and then it holds) or a bound name with an index (`\sum_i p_i \log
 * \frac{p_i}{q_i}` reads p_i as a value of the alphabet, not its probability).
 */
const SAME_OBJECTS: ReadonlySet<string> = new Set(['variable', 'distribution', 'bound']);
/**
 * Models per structure and unit with both sides finite (a joint cell of mass 0 leaves 0·log 0 without a
 * value: such a model is set aside, at most 4·DRAWS are drawn); at least half must be had, and
 * MIN_FAR of them must differ far. One model is a counterexample already; degenerate models (a
 * variable of one value, `Y = f(X)` constant) make both sides equal and are not rare, so the count
 * asks for a few, never a share.
 */
export const DRAWS = 24;
const MIN_FAR = 3;
const FAR = 1e-6;
/** The units a reader may take H, I, D_KL and a bare \log in. */
const UNIT_BASES = [Math.E, 2, 10] as const;

/** Whether the tokens are one standard operator and its bracketed argument, nothing after. */
export function isStandardQuantity(tokens: readonly string[]): boolean {
  if (!STANDARD_OPERATOR.test(tokens[0] ?? '')) return false;
  const open = tokens[1];
  if (open !== '(' && open !== '[') return false;
  let depth = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i] === '(' || tokens[i] === '[' || tokens[i] === '{') depth++;
    else if (tokens[i] === ')' || tokens[i] === ']' || tokens[i] === '}') {
      if (--depth === 0) return i === tokens.length - 1;
    }
  }
  return false;
}

/** `H(X) :=`, `H(X) \triangleq`, `\text{define } H`: the note gives the operator a meaning of its own. */
function noteDefines(operator: string, note: string): boolean {
  const name = operator === 'KL' ? 'D_?\\{?\\s*(?:\\\\[a-z]+\\{)?KL' : operator.replace(/_.*/, '');
  return new RegExp(`(?<![A-Za-z\\\\])${name}\\}?\\s*(?:_\\{?\\w*\\}?)?\\s*(?:\\\\left)?\\s*[([][^=]{0,40}?(?::=|\\\\coloneqq|\\\\triangleq|\\\\equiv|\\\\stackrel|\\\\overset\\{\\\\?(?:text|mathrm)?\\{?def)`).test(note);
}

/**
 * Whether each side, read alone, names the same random variables and distributions: `\text{Cov}(X, Y) =
 * E[X \cdot X^2] - E[X]E[X^2]` puts the author's Y = X² in (Gaurav14cs17/ml-researcher-foundations),
 * `E(a_{dropout}) = E(a)` relates two variables the reading knows nothing of.
 */
function sameObjects(left: readonly string[], right: readonly string[], setting: Omit<SideSetting, 'model' | 'unitLog'>, sidesOn: SidesOn): boolean {
  const named = (tokens: readonly string[]): string | undefined => {
    const kinds = new Map<string, string>();
    const sides = sidesOn(tokens, tokens, { ...setting, unitLog: 1, model: drawModel(seeded(tokens.join(' '))) }, kinds);
    if (sides === 'unreadable') return undefined;
    return [...kinds].filter(([, kind]) => kind === 'variable' || kind === 'distribution').map(([name]) => name).sort().join(',');
  };
  const names = named(left);
  return names !== undefined && names === named(right);
}

/**
 * The claim judged "fails" when its left side is a standard quantity and its right side, read in the
 * same objects, differs from it on every structure and unit (see the file comment); else as it was.
 */
export function refutedStandardQuantity(claim: ClaimReport, left: readonly string[], right: readonly string[], note: string, setting: Omit<SideSetting, 'model' | 'unitLog'>, sidesOn: SidesOn): ClaimReport {
  if (claim.relation !== '=' || claim.doubted || !isStandardQuantity(left) || !EXPANSION.test(right.join(' ')) || right.some((t) => INFORMATION_OPERATOR.test(t))) return claim;
  // `\mathbb{E}_q[\log q/p]`: the log's argument may run past the slash (log(q/p)), as its author means; we read (log q)/p.
  if (LOG_BEFORE_SLASH.test(claim.right.source)) return claim;
  if (noteDefines(left[0]!, note) || !sameObjects(left, right, setting, sidesOn)) return claim;
  const apart = (rightSide: readonly string[], label: string) => differsOnEveryModel(`${claim.left.source}\u0000${label}`, left, rightSide, setting, sidesOn);
  const first = apart(right, claim.right.source);
  // `KL(P||Q) = E_Q[-\log \frac{P}{Q}]` (BitbeyHub/machine-learning-notes): the divergence with its arguments
  // swapped, a convention some notes keep; refuted only when the swapped reading fails too.
  const swapped = swappedArguments(left, right);
  if (first === 'unreadable' || (swapped && apart(swapped, `${claim.right.source}\u0000swapped`) === undefined)) return claim;
  if (!first) return claim;
  const { reason: _reason, ...rest } = claim;
  return {
    ...rest,
    verdict: 'fails',
    reading: `as the standard ${left[0]} of random finite probability models: on every kind of model drawn (free, independent, one variable a function of another, uniform; in nats, bits and digits) the sides differ, e.g. ${first.left.toPrecision(4)} against ${first.right.toPrecision(4)}`,
  };
}

/**
 * The first pair of values far apart when the sides differ on every structure and unit as the file comment asks;
 * undefined when they do not, 'unreadable' when a model leaves a side unread.
 */
function differsOnEveryModel(seedText: string, left: readonly string[], right: readonly string[], setting: Omit<SideSetting, 'model' | 'unitLog'>, sidesOn: SidesOn): { left: number; right: number } | undefined | 'unreadable' {
  let first: { left: number; right: number } | undefined;
  for (const structure of MODEL_STRUCTURES) {
    for (const unitLog of UNIT_BASES.map(Math.log)) {
      const random = seeded(`${seedText}\u0000${structure}\u0000${unitLog}`);
      const kinds = new Map<string, string>();
      const tally = tallyOnDraws(left, right, () => ({ ...setting, unitLog, model: drawModel(random, structure) }), sidesOn, kinds);
      if (tally === 'unreadable' || tally === undefined) return tally;
      first ??= tally.first;
      if ([...kinds].some(([name, kind]) => !SAME_OBJECTS.has(kind) || (kind === 'variable' && !/^[A-Z]/.test(name)) || (kind === 'bound' && !/^[a-z]$/.test(name)))) return undefined;
      if (tally.valid < DRAWS / 2 || tally.far < MIN_FAR) return undefined;
    }
  }
  return first;
}

/** What the sides did on up to DRAWS drawn models: how many gave both values, how many of those were far apart, the first far pair. */
export interface DrawTally {
  readonly valid: number;
  readonly far: number;
  readonly first?: { readonly left: number; readonly right: number };
}

/**
 * The sides compared on models drawn by `settingOf` until DRAWS gave values (at most 4 × DRAWS tries);
 * 'unreadable' when a model leaves a side unread, undefined when a side is not one number.
 */
export function tallyOnDraws(left: readonly string[], right: readonly string[], settingOf: () => SideSetting, sidesOn: SidesOn, kinds: Map<string, string>): DrawTally | 'unreadable' | undefined {
  let valid = 0;
  let far = 0;
  let first: { left: number; right: number } | undefined;
  for (let k = 0; k < 4 * DRAWS && valid < DRAWS; k++) {
    const sides = sidesOn(left, right, settingOf(), kinds);
    if (sides === 'unreadable') return 'unreadable';
    if (!sides) continue;
    const [[a], [b]] = sides;
    if (sides[0].length !== 1 || sides[1].length !== 1 || typeof a !== 'number' || typeof b !== 'number') return undefined;
    valid++;
    if (Math.abs(a - b) > FAR * Math.max(1, Math.abs(a), Math.abs(b))) {
      far++;
      first ??= { left: a, right: b };
    }
  }
  return { valid, far, ...(first ? { first } : {}) };
}

/** The right side with a divergence's two arguments exchanged (`D(P‖Q)`: P ↔ Q), when the left side is one. */
function swappedArguments(left: readonly string[], right: readonly string[]): string[] | undefined {
  if (!/^(?:KL|D)$/.test(left[0] ?? '') || left.length !== 6 || left[3] !== '‖') return undefined;
  const [a, b] = [left[2]!, left[4]!];
  // The expectation's subscript too: `E_Q` becomes `E_P`.
  const swap = (name: string): string => (name === a ? b : name === b ? a : name);
  return right.map((t) => t.replace(/^(.*_)?([^_]+)$/, (_m, head: string | undefined, name: string) => `${head ?? ''}${swap(name)}`));
}

/**
 * A chain `H(X) = E(I(x)) = E(-\log p(x)) = -\sum_{x} \log p(x)` (newfacade-ml-notes) whose middle rows
 * this reading cannot evaluate: its first side, a standard quantity, against its last side. When they
 * differ as refutedStandardQuantity asks, some row is wrong; the last one, while undecided, is
 * reported as failing, its reading naming the first side. Anything else: the claims as they were.
 */
export function refutedChainEnds(claims: readonly ClaimReport[], judge: (ends: ClaimReport) => ClaimReport): readonly ClaimReport[] {
  const [first, last] = [claims[0], claims[claims.length - 1]];
  if (!first || !last || claims.length < 2 || last.verdict !== 'none' || last.doubted || claims.some((c) => c.relation !== '=')) return claims;
  if (claims.some((c, i) => i > 0 && c.left.source !== claims[i - 1]!.right.source)) return claims;
  const ends = judge({ ...last, left: first.left, verdict: 'none' });
  if (ends.verdict !== 'fails') return claims;
  const { reason: _reason, ...rest } = last;
  const reading = `the chain's first side ${first.left.source.trim()} and its last side, ${ends.reading ?? ''}`;
  return [...claims.slice(0, -1), { ...rest, verdict: 'fails', reading }];
}
