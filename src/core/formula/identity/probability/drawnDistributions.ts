/**
 * Properties of a CDF and a density the note leaves open: `P(a < X \le b) = F(b) - F(a)`, `P(X > x) = 1 - F(x)`,
 * `F(x) = \int_{-\infty}^{x} f(t)\,dt`, `f(x) = F'(x)`, `\lim_{x\to\infty} F(x) = 1`, `\int_{-\infty}^{\infty} f(x)dx = 1`
 * (revision sheets and probability chapters write them in every set of notes: "$P(a < X \leq b) = F(b) - F(a)$",
 * "Continuous: $f(x) = F'(x)$"). Read as values, F(b), f(x) and P(…) are unknown numbers and nothing holds; a
 * careful reader checks such a claim on distributions instead.
 *
 * Each application is written out for a few drawn distributions: F(u) (F_X(u)) as the CDF at u, f(u), p(u) and F'(u)
 * as the density at u, and a probability P(·) (ℙ(·), P\{·\}, P[·]) of an event in the one random variable X — X ≤ u,
 * X < u, X > u, X ≥ u, X = u, a < X ≤ b and its strict or closed variants — from the CDF. The distributions are
 * mixtures of smooth bumps on random intervals (CDF `u³(10 − 15u + 6u²)` of the clamped `u = (x − lo)/w`, density
 * `30u²(1 − u)²/w`), one straddling 0, one on the positive half-line, so that a claim true only for some support
 * (`F(x) = \int_0^x f(t)dt`) is not confirmed. Both sides are then evaluated at random points (integrals and limits by
 * the interpreter, evaluate/integral.ts).
 *
 * - It **holds** when it holds for every drawn distribution at every point, and either also when each strict event
 *   may carry an atom (P(X < u) = F(u) − m(u), P(X = u) = m(u): the rule holds for discrete variables too), or the
 *   variable is continuous (the claim writes a density, or its section speaks of a density or a continuous variable):
 *   `P(a \le X \le b) = F(b) - F(a)` holds for a continuous X only.
 * - It is never refuted: F may be another convention (`F(x) = P(X < x)`), f a probability mass function, and a
 *   formula for one distribution (`F(x) = 1 - e^{-\lambda x}`) fails for the drawn ones.
 *
 * Read only in a section that speaks of probability (a CDF, a density, a distribution, a random variable), for a claim
 * whose one-letter F, f or p the note does not define itself, with one random variable.
 */
import { confirmedWhenAllDecided } from '../../undecidedClaims';
import type { LatexReader, MathJson } from '../../read/engine';
import { normalizeLatex } from '../../read/preprocess';
import { CannotEvaluate, evaluate, type Budget } from '../../evaluate/interpret';
import { sectionTextBefore } from '../../find/noteSections';
import { seeded, variablesOf } from '../identity';
import { appliedNames, withDrawnFunctions } from '../randomFunctions';
import type { AnalyzeOptions, ClaimReport } from '../../types';

export const DRAWN_DISTRIBUTIONS_READING = 'for every distribution: F as its CDF, f as its density, P(·) of events in X, checked on drawn distributions at random points';

/** The cheap test: a one-letter F, f or p applied, a probability of an event, an expectation. */
const WRITES_DISTRIBUTION = /(?<![\\A-Za-z])(?:[Ffp](?:_\s*(?:\{\s*[A-Z]\s*\}|[A-Z]))?\s*'?\s*(?:\\left\s*)?\(|[PE]\s*(?:\\left\s*)?[([]|P\s*\\\{|\\mathbb\s*\{?\s*[PE])/;
/** What the section before the claim must say: that it is about probability. */
const SPEAKS_OF_PROBABILITY = /\bCDF\b|\bPDF\b|densit|distribution|random variable|probabilit|cumulative|expected value|概率|機率|分布|分佈|密度|随机变量|隨機變數|期望/i;
/** What makes a variable continuous in the prose. */
const SPEAKS_OF_CONTINUITY = /continuous|densit|\bPDF\b|连续|密度/i;
const LOOK_BACK = 2_000;

/** An event's relation, by the engine's names. */
type Rel = 'Less' | 'LessEqual' | 'Greater' | 'GreaterEqual' | 'Equal';
const RELATIONS = new Set<string>(['Less', 'LessEqual', 'Greater', 'GreaterEqual', 'Equal']);

/** One drawn distribution: bumps (lo, width, weight). */
type Bump = readonly [number, number, number];

/** What a rewrite learned of the claim. */
interface Uses {
  variable?: string;
  density: boolean;
  unsupported: boolean;
}

const sub = (json: MathJson, name: string, by: MathJson): MathJson =>
  json === name ? by : Array.isArray(json) ? (json as MathJson[]).map((j) => sub(j, name, by)) : json;

/** The clamped position `min(1, max(0, (u − lo)/w))` in a bump. */
const clamped = (u: MathJson, [lo, w]: Bump): MathJson => ['Min', 1, ['Max', 0, ['Divide', ['Subtract', u, lo], w]]];

function cdf(u: MathJson, bumps: readonly Bump[]): MathJson {
  return ['Add', ...bumps.map((b): MathJson => {
    const v = clamped(u, b);
    return ['Multiply', b[2], ['Power', v, 3], ['Add', 10, ['Multiply', -15, v], ['Multiply', 6, ['Power', v, 2]]]];
  })];
}

/** The density expressions written out, by identity: an integrand that is one of them times anything is over a density. */
const DENSITIES = new WeakSet<object>();

function density(u: MathJson, bumps: readonly Bump[]): MathJson {
  const out: MathJson = ['Add', ...bumps.map((b): MathJson => {
    const v = clamped(u, b);
    return ['Multiply', (30 * b[2]) / b[1], ['Power', v, 2], ['Power', ['Subtract', 1, v], 2]];
  })];
  DENSITIES.add(out as object);
  return out;
}

/** Whether an integrand is a density written out, or a product with one as a factor. */
function densityWeighted(body: MathJson): boolean {
  if (!Array.isArray(body)) return false;
  if (DENSITIES.has(body)) return true;
  return (body[0] === 'Multiply' || body[0] === 'InvisibleOperator') && body.slice(1).some((f) => Array.isArray(f) && DENSITIES.has(f));
}

/** `PositiveInfinity` (sign 1) or `["Negate", "PositiveInfinity"]` / `NegativeInfinity` (sign −1). */
function isInfinite(json: MathJson, sign: 1 | -1): boolean {
  if (sign === 1) return json === 'PositiveInfinity';
  return json === 'NegativeInfinity' || (Array.isArray(json) && json[0] === 'Negate' && json[1] === 'PositiveInfinity');
}

/** A mass at u for the model with atoms: between 0.02 and 0.08, never negligible, different at different points, not a function of F. */
const mass = (u: MathJson): MathJson => ['Add', 0.05, ['Multiply', 0.03, ['Sin', ['Multiply', 1.7, u]]]];

/** `F`, `F_X`, `F'`, `F_X'`, `f`, `p` as a name item: its letter, the variable written, and whether it is primed. */
function distributionName(item: MathJson): { letter: string; variable?: string; primed: boolean } | undefined {
  let primed = false;
  let name = item;
  if (Array.isArray(name) && (name[0] === 'Prime' || name[0] === 'Derivative') && name.length === 2) {
    primed = true;
    name = name[1] as MathJson;
  }
  let variable: string | undefined;
  if (Array.isArray(name) && (name[0] === 'At' || name[0] === 'Subscript') && name.length === 3 && typeof name[2] === 'string' && /^[A-Z]$/.test(name[2])) {
    variable = name[2];
    name = name[1] as MathJson;
  }
  if (name !== 'F' && name !== 'f' && name !== 'p') return undefined;
  return { letter: name, ...(variable ? { variable } : {}), primed };
}

/** The event as a chain `[a, rel, X, rel, b]` or `[X, rel, u]`, `[u, rel, X]`. */
function chainOf(event: MathJson): MathJson[] | undefined {
  if (!Array.isArray(event) || !RELATIONS.has(event[0] as string) || event.length < 3) return undefined;
  const [rel, ...terms] = event as [string, ...MathJson[]];
  // `a \le X \le b` reads as one relation of three terms; `a < X \le b` as one relation inside another.
  const chain: MathJson[] = [];
  for (const [k, term] of terms.entries()) {
    const inner = Array.isArray(term) && RELATIONS.has(term[0] as string) ? chainOf(term) : [term];
    if (!inner) return undefined;
    if (k > 0) chain.push(rel);
    chain.push(...inner);
  }
  return chain;
}

const FLIP: Record<Rel, Rel> = { Less: 'Greater', LessEqual: 'GreaterEqual', Greater: 'Less', GreaterEqual: 'LessEqual', Equal: 'Equal' };

/** The probability of an event in X, from the model's CDF, left limit and mass; undefined for another event. */
function probability(event: MathJson, uses: Uses, model: Model): MathJson | undefined {
  const chain = chainOf(event);
  if (!chain) return undefined;
  const at = chain.findIndex((c, k) => k % 2 === 0 && typeof c === 'string' && /^[A-Z]$/.test(c));
  if (at < 0) return undefined;
  const X = chain[at] as string;
  if (uses.variable !== undefined && uses.variable !== X) return undefined;
  uses.variable = X;
  const bounds = chain.filter((_, k) => k % 2 === 0 && k !== at);
  if (bounds.some((b) => variablesOf(b).has(X))) return undefined;
  // X rel u, with the relation read from X's side.
  const sides: Array<{ rel: Rel; u: MathJson }> = [];
  if (at + 2 < chain.length) sides.push({ rel: chain[at + 1] as Rel, u: chain[at + 2]! });
  if (at - 2 >= 0) sides.push({ rel: FLIP[chain[at - 1] as Rel], u: chain[at - 2]! });
  if (chain.length === 3) {
    const { rel, u } = sides[0]!;
    if (rel === 'LessEqual') return model.cdf(u);
    if (rel === 'Less') return model.below(u);
    if (rel === 'Greater') return ['Subtract', 1, model.cdf(u)];
    if (rel === 'GreaterEqual') return ['Subtract', 1, model.below(u)];
    return model.mass(u);
  }
  if (chain.length !== 5) return undefined;
  const upper = sides.find((s) => s.rel === 'Less' || s.rel === 'LessEqual');
  const lower = sides.find((s) => s.rel === 'Greater' || s.rel === 'GreaterEqual');
  if (!upper || !lower) return undefined;
  return ['Subtract', upper.rel === 'LessEqual' ? model.cdf(upper.u) : model.below(upper.u), lower.rel === 'Greater' ? model.cdf(lower.u) : model.below(lower.u)];
}

interface Model {
  /** Where the density is not 0: an integral of a density times anything is over it (a drawn g may grow without bound outside). */
  readonly support: readonly [number, number];
  cdf(u: MathJson): MathJson;
  below(u: MathJson): MathJson;
  mass(u: MathJson): MathJson;
  density(u: MathJson): MathJson;
}

/** The integration variable of an expectation written out: a name no note writes. */
const OVER = 'tE';

/**
 * E[h(X)] as `\int_{-\infty}^{\infty} h(t) f(t)\,dt` over the model's density: X the one random variable, h any
 * expression of it (a function the note leaves open is drawn later). A density is then assumed: E[X] = Σ x p(x) for
 * a discrete X is another formula.
 */
function expectation(inner: MathJson, uses: Uses, model: Model): MathJson {
  const capitals = [...variablesOf(inner)].filter((v) => /^[A-Z]$/.test(v));
  if (capitals.length !== 1 || (uses.variable !== undefined && uses.variable !== capitals[0])) {
    uses.unsupported = true;
    return 0;
  }
  const X = capitals[0]!;
  uses.variable = X;
  uses.density = true;
  const h = rewrite(sub(inner, X, OVER), uses, model);
  return ['Integrate', ['Multiply', h, model.density(OVER)], ['Tuple', ['Hold', OVER], ...model.support]];
}

/** The side with every application written out in the model; undefined where one is not read (uses.unsupported). */
function rewrite(json: MathJson, uses: Uses, model: Model): MathJson {
  if (!Array.isArray(json)) {
    if (json === 'F' || json === 'f' || json === 'P' || json === 'P_doublestruck') uses.unsupported = true;
    return json;
  }
  const items = json as readonly MathJson[];
  const product = items[0] === 'InvisibleOperator' || items[0] === 'Multiply';
  const groupOf = (next: MathJson | undefined): MathJson | undefined => {
    if (!Array.isArray(next) || next.length !== 2) return undefined;
    // `\mathbb{E}\left[g(X)\right]` reads its bracket as a list of one.
    return next[0] === 'Delimiter' || next[0] === 'Set' || next[0] === 'List' ? (next[1] as MathJson) : undefined;
  };
  if (items[0] === 'At' && items[1] === 'P' && items.length === 3) {
    const p = probability(items[2]!, uses, model);
    if (p === undefined) uses.unsupported = true;
    return p ?? json;
  }
  if (items[0] === 'At' && (items[1] === 'E' || items[1] === 'E_doublestruck') && items.length === 3) return expectation(items[2]!, uses, model);
  // `\int x f(x)\,dx` without bounds, over a density: over the whole line, as probability notes mean it.
  if (items[0] === 'Integrate' && items.length === 3 && Array.isArray(items[2])) {
    const limit = items[2] as readonly MathJson[];
    const indefinite = limit[0] === 'Hold';
    const whole = limit[0] === 'Tuple' && limit.length === 4 && isInfinite(limit[2]!, -1) && isInfinite(limit[3]!, 1);
    if (indefinite || whole) {
      const before = uses.density;
      uses.density = false;
      const body = rewrite(items[1]!, uses, model);
      const weighted = uses.density && densityWeighted(body);
      uses.density ||= before;
      if (!weighted) {
        if (indefinite) uses.unsupported = true;
        return ['Integrate', body, limit];
      }
      // Over a density, the whole line is its support: outside it the integrand is 0 (0 · ∞ for a drawn g).
      return ['Integrate', body, ['Tuple', indefinite ? limit : limit[1]!, ...model.support]];
    }
  }
  const out: MathJson[] = [items[0]!];
  for (let k = 1; k < items.length; k++) {
    const item = items[k]!;
    const next = items[k + 1];
    const group = groupOf(next);
    if (product && group !== undefined) {
      if (item === 'P' || item === 'P_doublestruck') {
        const p = probability(group, uses, model);
        if (p === undefined) uses.unsupported = true;
        out.push(p ?? 0);
        k++;
        continue;
      }
      if (item === 'E' || item === 'E_doublestruck') {
        out.push(expectation(group, uses, model));
        k++;
        continue;
      }
      const name = (next as MathJson[])[0] === 'Delimiter' ? distributionName(item) : undefined;
      if (name) {
        if (Array.isArray(group) && (group[0] === 'Sequence' || RELATIONS.has(group[0] as string) || group[0] === 'Condition')) uses.unsupported = true;
        if (name.variable !== undefined) {
          if (uses.variable !== undefined && uses.variable !== name.variable) uses.unsupported = true;
          uses.variable = name.variable;
        }
        const u = rewrite(group, uses, model);
        if (name.letter === 'F' && !name.primed) out.push(model.cdf(u));
        else if (!name.primed || name.letter === 'F') {
          uses.density = true;
          out.push(model.density(u));
        } else uses.unsupported = true;
        k++;
        continue;
      }
    }
    out.push(rewrite(item, uses, model));
  }
  return product && out.length === 2 ? out[1]! : out;
}

/** Integrals of the drawn densities (polynomials between kinks) to 1e-7: far below what a wrong rule misses by. */
const EFFORT: Budget['quadrature'] = { maxIntervals: 200, tolerance: 1e-7 };
const POINTS = 8;
/** Points of a claim with integrals or limits, each a quadrature: fewer, the rule being the same at every point. */
const POINTS_WITH_INTEGRALS = 3;

/** Whether the two sides agree at POINTS random points (`true`), disagree somewhere (`false`), or cannot be told. */
function agreeEverywhere(left: MathJson, right: MathJson, random: () => number, deadline: number): boolean | undefined {
  const variables = [...variablesOf(right, variablesOf(left))];
  // Letters other than points (a parameter λ, a constant of the note) would be points too: nothing tells them apart.
  // A claim without points (`\int_{-\infty}^{\infty} f(x)\,dx = 1`) is one comparison.
  const points = variables.length === 0 ? 1 : /"(?:Integrate|Limit)"/.test(JSON.stringify([left, right])) ? POINTS_WITH_INTEGRALS : POINTS;
  let compared = 0;
  for (let t = 0; t < points * 2 && compared < points; t++) {
    const env = new Map(variables.map((v) => [v, Math.round((-3 + 6 * random()) * 1e4) / 1e4] as const));
    try {
      const budget = (): Budget => ({ deadline, maxTerms: 1_000, steps: 0, quadrature: EFFORT });
      const a = evaluate(left, budget(), env);
      const b = evaluate(right, budget(), env);
      if (!Number.isFinite(a.value) || !Number.isFinite(b.value)) continue;
      const scale = Math.max(1, Math.abs(a.value), Math.abs(b.value));
      const noise = a.noise + a.under + b.noise + b.under;
      // A point whose rounding bound is not small says nothing either way.
      if (!(noise <= 1e-6 * scale)) continue;
      const slack = 1e-5 * scale + 10 * noise;
      if (Math.abs(a.value - b.value) > slack) return false;
      compared++;
    } catch (error) {
      if (error instanceof CannotEvaluate || error instanceof RangeError) continue;
      throw error;
    }
  }
  return compared >= Math.ceil(points / 2) ? true : undefined;
}

/** The drawn distributions: one straddling 0 (two bumps), one wide one, one on the positive half-line. */
function drawn(random: () => number): Bump[][] {
  const between = (lo: number, hi: number): number => Math.round((lo + (hi - lo) * random()) * 1e3) / 1e3;
  const w = between(0.3, 0.7);
  return [
    [[between(-2.5, -1.5), between(1.5, 2.5), w], [between(-0.5, 0.5), between(1.5, 2.5), 1 - w]],
    [[between(-2, -1), between(2.5, 3.5), 1]],
    [[between(0, 0.3), between(1.5, 2.5), 1]],
  ];
}

type Verdict = 'general' | 'continuous' | undefined;

/**
 * Whether the claim holds for every drawn distribution: with atoms too ('general'), only without them ('continuous');
 * undefined when it fails for one or cannot be told.
 */
export function judgeSides(left: MathJson, right: MathJson, key: string, deadline: number): { verdict: Verdict; uses: Uses } | undefined {
  const random = seeded(`${key}\u0000distributions`);
  const draws = drawn(random);
  const judge = (bumps: readonly Bump[], withAtoms: boolean): { agree: boolean | undefined; uses: Uses } => {
    const model: Model = {
      support: [Math.min(...bumps.map((b) => b[0])), Math.max(...bumps.map((b) => b[0] + b[1]))],
      cdf: (u) => cdf(u, bumps),
      below: (u) => (withAtoms ? ['Subtract', cdf(u, bumps), mass(u)] : cdf(u, bumps)),
      mass: (u) => (withAtoms ? mass(u) : 0),
      density: (u) => density(u, bumps),
    };
    const uses: Uses = { density: false, unsupported: false };
    let sides: MathJson[] | undefined = [rewrite(left, uses, model), rewrite(right, uses, model)];
    // A function the claim applies besides the distribution's (`E[g(X)] = \int g(x) f(x)\,dx`): any smooth one, drawn.
    const functions = new Set([...appliedNames(sides[1]!, appliedNames(sides[0]!, new Map())).keys()]);
    if (functions.size > 0) sides = withDrawnFunctions(sides, functions, random);
    if (sides === undefined) return { agree: undefined, uses };
    return { agree: uses.unsupported ? undefined : agreeEverywhere(sides[0]!, sides[1]!, random, deadline), uses };
  };
  let uses: Uses | undefined;
  for (const bumps of draws) {
    const judged = judge(bumps, false);
    if (judged.agree !== true) return undefined;
    uses = judged.uses;
  }
  // A density makes the variable continuous: atoms are not its distributions.
  if (uses!.density) return { verdict: 'continuous', uses: uses! };
  for (const bumps of draws) {
    if (judge(bumps, true).agree !== true) return { verdict: 'continuous', uses: uses! };
  }
  return { verdict: 'general', uses: uses! };
}

/** Whether a formula may be read so: the cheap test before any parse. */
export function writesDistribution(source: string): boolean {
  return WRITES_DISTRIBUTION.test(source);
}

/** The letters read as a distribution's: none of them may be a function the note defines concretely. */
const OWN_NAMES = ['F', 'f', 'p', 'P'];

/**
 * Whether a definition of F, f or p gives a concrete function (`f(x) = \\lambda e^{-\\lambda x}`): then the note's claims
 * are about it. A definition by the notation itself (`F(x) = \\int_{-\\infty}^{x} f(t)\\,dt`) leaves them abstract.
 */
function ownFunction(source: string | undefined): boolean {
  if (source === undefined) return false;
  const body = source.slice(source.indexOf('=') + 1);
  return !WRITES_DISTRIBUTION.test(body);
}

/** The claims of a formula, each undecided `=` about an abstract CDF or density judged on drawn distributions. */
export function withDrawnDistributions(claims: readonly ClaimReport[], note: string, start: number, reader: LatexReader, options: AnalyzeOptions, deadline: number): readonly ClaimReport[] {
  if (!claims.some((c) => c.verdict === 'none' && c.relation === '=')) return claims;
  if (OWN_NAMES.some((n) => ownFunction(options.definitions?.get(n)?.source))) return claims;
  const before = sectionTextBefore(note, start, LOOK_BACK);
  if (!SPEAKS_OF_PROBABILITY.test(before)) return claims;
  const judged = claims.map((claim) => {
    if (claim.verdict !== 'none' || claim.relation !== '=' || !writesDistribution(`${claim.left.source} ${claim.right.source}`)) return claim;
    let sides: MathJson[];
    try {
      sides = [claim.left.source, claim.right.source].map((s) => reader.read(normalizeLatex(s)));
    } catch {
      return claim;
    }
    const judged = judgeSides(sides[0]!, sides[1]!, `${claim.left.source}=${claim.right.source}`, deadline);
    if (!judged || judged.verdict === undefined) return claim;
    if (judged.verdict === 'continuous' && !judged.uses.density && !SPEAKS_OF_CONTINUITY.test(before)) return claim;
    const { reason: _reason, ...rest } = claim;
    return { ...rest, verdict: 'holds' as const, identity: { points: POINTS }, reading: DRAWN_DISTRIBUTIONS_READING };
  });
  // A derivation with a row this reading cannot read (`E[X^2] - 2\mu E[X] + \mu^2 = …`) is not "holds" by its other rows.
  return confirmedWhenAllDecided(claims, judged);
}
