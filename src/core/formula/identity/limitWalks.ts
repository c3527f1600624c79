/**
 * Limits the extrapolating evaluator (evaluate/limits.ts) leaves undecided, walked toward their point. Study notes
 * state limits whose body is not a power series in the step: `\lim_{x \to 0^+} x \ln x = 0`, `\lim_{x \to \infty}
 * \frac{\ln x}{x} = 0`, `\lim_{z \to -\infty} \sigma(z) = 0`, `\lim_{x \to 0} \frac{1}{|x|} = \infty`, `\lim_{n \to
 * \infty} \ln n = \infty`, `e = \lim_{n \to \infty} (1 + \frac{1}{n})^n`, `\lim_{x \to 0}\frac{1 - \cos x}{x^2} =
 * \frac{1}{2}` (whose last extrapolated digits drown in cancellation), one-sided `0^+`, `x \downarrow c`. A careful
 * reader evaluates the body along x = a ± 10⁻¹ … 10⁻¹⁰ (n = 10 … 10¹² toward ∞) and watches the error.
 *
 * - It **holds** when the error |f(t) − L| falls at each of the last four steps that rounding does not swamp (a step
 *   whose carried rounding bound reaches half its error ends the walk; one whose error is within that bound counts as
 *   agreement) and ends below 10⁻⁴·max(1, |L|) and below a hundredth of the walk's largest error; toward a finite
 *   point from both sides unless the note writes `a^+`, `a^-`, `\downarrow`, `\uparrow`. `L = ±∞` holds when the
 *   values grow in that direction at each of the last six steps, their increments do not shrink, and the last is ten
 *   times the first (or overflows).
 * - It **fails** only when every walk settles geometrically (each of the last three changes at most half the one
 *   before) on a value V far from L (|V − L| above a thousandth of the scale and above a hundred times the last
 *   change), from both sides, at every drawn value of the other letters, and no assumed function meaning (the
 *   logistic σ of a deep-learning note) was used.
 * - Everything else stays undecided: a body the evaluator cannot compute (f, F, expectations, n! past 170), a point
 *   that is a letter (`x \to a`), limits on both sides of the claim, a walk that oscillates or creeps (`1/\ln x`),
 *   sides that approach different values from left and right, more than three other letters.
 */
import { evaluate, type Budget, type Evaluated } from '../evaluate/interpret';
import type { LatexReader, MathJson } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import { operatorsSetAsText } from '../read/notationWrappers';
import { applyCalls, ASSUMED, seeded, variablesOf } from './identity';
import type { ClaimReport } from '../types';

/** The cheap test: a formula writing a limit. */
export const WRITES_LIMIT = /\\lim(?![A-Za-z])|\\operatorname\*?\{lim\}|\{\s*lim\s*\}/;

export const LIMIT_WALK_READING = (walk: string) => `as a limit walked toward its point: ${walk}`;

/** A side `\lim_{v \to a} body`, as written. */
export interface WrittenLimit {
  readonly variable: string;
  /** A number or ±Infinity. */
  readonly point: number;
  /** +1: from above only (`0^+`, `\downarrow`); −1: from below only; 0: both. */
  readonly side: -1 | 0 | 1;
  readonly body: string;
}

const LEAD = /^\s*(?:\\(?:displaystyle|textstyle|large|Large|LARGE|huge|Huge)\s*)*/;
const HEAD = /^(?:\\lim|\\operatorname\*?\{lim\})\s*(?:\\limits\s*)?_\s*/;
const INNER = /^\s*\{?\s*((?:[A-Za-z]|\\[a-zA-Z]+)(?:_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?)\s*(\\to|\\rightarrow|\\longrightarrow|→|\\downarrow|\\uparrow|\\searrow|\\nearrow)\s*([+-]?)\s*(\\infty|\\infin|∞|\d+(?:\.\d+)?)\s*(\^\s*\{\s*[+-]\s*\}|\^\s*[+-]|[+-])?\s*\}?\s*$/;

/** The group after `_`: a braced group or one token; its text and the rest. */
function subscriptGroup(text: string): { inner: string; rest: string } | undefined {
  if (text[0] !== '{') return undefined;
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    if (text[k] === '{') depth++;
    else if (text[k] === '}' && --depth === 0) return { inner: text.slice(1, k), rest: text.slice(k + 1) };
  }
  return undefined;
}

/** `\lim_{x \to 0^+} x \ln x` read as its variable, point, side and body; undefined for anything else. */
export function writtenLimit(source: string): WrittenLimit | undefined {
  // `\underset{y \to 0}{\text{lim}}`, `\text{lim}_{x\to0}`: the limit set as text (notationWrappers.ts).
  const text = operatorsSetAsText(source).replace(LEAD, '');
  const head = HEAD.exec(text);
  if (!head) return undefined;
  const group = subscriptGroup(text.slice(head[0].length));
  if (!group) return undefined;
  const m = INNER.exec(group.inner);
  if (!m) return undefined;
  const body = group.rest.replace(/[\s.,;]+$/, '').trim();
  // A body holding another limit or a relation is a chain the claim splitter did not cut; not read.
  if (body === '' || WRITES_LIMIT.test(body) || /\\(?:le|ge|leq|geq|neq|approx)(?![A-Za-z])|[<>=]/.test(body)) return undefined;
  const infinite = /infty|infin|∞/.test(m[4]!);
  const sign = m[3] === '-' ? -1 : 1;
  const point = infinite ? sign * Infinity : sign * Number(m[4]);
  const arrow = m[2]!;
  const suffix = (m[5] ?? '').replace(/[\s^{}]/g, '');
  const side = arrow === '\\downarrow' || arrow === '\\searrow' || suffix === '+' ? 1 : arrow === '\\uparrow' || arrow === '\\nearrow' || suffix === '-' ? -1 : 0;
  if (infinite && side !== 0) return undefined;
  return { variable: m[1]!, point, side, body };
}

/** The written limit's other side: `\infty`, `+\infty`, `-\infty`. */
function infiniteSide(source: string): number | undefined {
  const s = source.replace(/\s+/g, '').replace(/[.,]$/, '');
  if (/^\+?(?:\\infty|\\infin|∞)$/.test(s)) return Infinity;
  if (/^-(?:\\infty|\\infin|∞)$/.test(s)) return -Infinity;
  return undefined;
}

const ASSUMED_FUNCTIONS = new Map([...ASSUMED]);
const budget = (deadline: number): Budget => ({ deadline, maxTerms: 10_000, steps: 0, functions: ASSUMED_FUNCTIONS });

function valueAt(json: MathJson, env: ReadonlyMap<string, number>, deadline: number): Evaluated | undefined {
  try {
    return evaluate(json, budget(deadline), env);
  } catch {
    return undefined;
  }
}

/** The points of one walk, doubling: toward ±∞ from 5 to about 10¹², toward a finite point from 10⁻¹ to about 10⁻¹¹ away, from one side. */
function walkPoints(point: number, from: 1 | -1): number[] {
  if (point === Infinity) return Array.from({ length: 38 }, (_, k) => 5 * 2 ** k);
  if (point === -Infinity) return Array.from({ length: 38 }, (_, k) => -5 * 2 ** k);
  return Array.from({ length: 34 }, (_, k) => point + from * 0.1 * 2 ** -k);
}

/** What one walk shows of the claimed value. */
type WalkOutcome = 'holds' | 'fails' | 'open' | 'outside';

/** Rounding bound, relative to the value, past which a walk's values say nothing more. */
const SWAMPED = 1e-8;

/**
 * The values along a walk, up to the first point the evaluator cannot compute, where an intermediate overflowed into
 * a finite value (σ(−1000) = 1/(1 + ∞)), or where the carried rounding bound swamps the value (1 − cos x for tiny x).
 * A value that is itself ±∞ ends the walk and is kept.
 */
function walkValues(body: MathJson, variable: string, points: readonly number[], fixed: ReadonlyMap<string, number>, deadline: number): Evaluated[] {
  const out: Evaluated[] = [];
  for (const t of points) {
    const v = valueAt(body, new Map([...fixed, [variable, t]]), deadline);
    if (!v || Number.isNaN(v.value)) break;
    if (!Number.isFinite(v.value)) {
      out.push(v);
      break;
    }
    if (v.overflowed || v.noise > SWAMPED * Math.max(1, Math.abs(v.value))) break;
    out.push(v);
  }
  return out;
}

/** A finite claimed value `target` (with its rounding bound) against a walk. */
function judgeFinite(values: readonly Evaluated[], target: number, targetNoise: number): WalkOutcome {
  const scale = Math.max(1, Math.abs(target));
  const errors: number[] = [];
  for (const v of values) {
    if (!Number.isFinite(v.value)) return 'open';
    const error = Math.abs(v.value - target);
    const noise = v.noise + targetNoise + 1e-15 * scale;
    if (error <= noise) {
      errors.push(0);
      continue;
    }
    if (noise >= error / 2) break;
    errors.push(error);
  }
  if (errors.length >= 4) {
    const last = errors.slice(-4);
    const fallsEachStep = last.every((e, k) => k === 0 || e === 0 || e < last[k - 1]!);
    const end = last[3]!;
    if (fallsEachStep && end <= 1e-4 * scale && end <= Math.max(...errors) / 100) return 'holds';
  }
  const settled = settledValue(values);
  if (settled !== undefined && Math.abs(settled.value - target) > Math.max(1e-3 * Math.max(scale, Math.abs(settled.value)), 100 * settled.change)) return 'fails';
  return 'open';
}

/** Each of the last changes of a settling walk is at most this fraction of the one before. */
const SETTLING_RATIO = 0.6;
const SETTLING_CHANGES = 5;

/**
 * The value a walk settles on geometrically and a bound on how far it may still move (changes shrinking by 0.6 or
 * faster leave a tail of at most 1.5 times the last change); undefined when it does not settle so.
 */
function settledValue(values: readonly Evaluated[]): { value: number; change: number } | undefined {
  if (values.length < SETTLING_CHANGES + 1 || values.some((v) => !Number.isFinite(v.value))) return undefined;
  const last = values.slice(-(SETTLING_CHANGES + 1));
  const changes = last.slice(1).map((v, k) => Math.abs(v.value - last[k]!.value));
  const end = last[last.length - 1]!;
  const floor = 4 * Math.max(...last.map((v) => v.noise)) + 1e-15 * Math.abs(end.value);
  if (!changes.every((c, k) => k === 0 || c <= floor || c <= SETTLING_RATIO * changes[k - 1]!)) return undefined;
  const tail = (SETTLING_RATIO / (1 - SETTLING_RATIO)) * changes[changes.length - 1]!;
  return { value: end.value, change: Math.max(tail, floor) };
}

/** An infinite claimed value against a walk. */
function judgeInfinite(values: readonly Evaluated[], target: number): WalkOutcome {
  const sign = Math.sign(target);
  const grown = values.map((v) => sign * v.value);
  const overflowed = grown[grown.length - 1] === Infinity;
  const finite = grown.filter(Number.isFinite);
  const last = finite.slice(-6);
  if (last.length >= 6 || (overflowed && last.length >= 3)) {
    const increments = last.slice(1).map((g, k) => g - last[k]!);
    const grows = increments.every((d) => d > 0);
    const keepsGrowing = increments.every((d, k) => k === 0 || d >= 0.9 * increments[k - 1]!);
    const first = finite[0]!;
    if (grows && keepsGrowing && last[0]! > 0 && (overflowed || last[last.length - 1]! >= 10 * Math.max(1, Math.abs(first)))) return 'holds';
  }
  const settled = settledValue(values);
  if (settled !== undefined && Math.abs(settled.value) < 1e3) return 'fails';
  return 'open';
}

/** A root or fractional power (`\\sqrt[3]{x}`, `x^{1/3}`): the evaluator may leave an odd root of a negative without a value the body has. */
const WRITES_ROOT = /\\sqrt\s*\[|\^\s*\{[^{}]*(?:\/|\\frac)|\^\s*\(/;

/** Values drawn for the other letters in [0.5, 2.5]. */
function drawn(names: readonly string[], random: () => number): Map<string, number> {
  return new Map(names.map((n) => [n, 0.5 + 2 * random()]));
}

const DRAWS = 3;

function read(reader: LatexReader, latex: string): MathJson | undefined {
  try {
    return applyCalls(reader.read(normalizeLatex(latex)), (name) => ASSUMED.has(name));
  } catch {
    return undefined;
  }
}

/** Whether `json` calls a function only assumed (the logistic σ): such a reading may confirm, never refute. */
function usesAssumed(json: MathJson): boolean {
  return JSON.stringify(json).includes('"Apply"');
}

/** Whether the letter `name` is written before a bracket, as a function applied (`L(x)`, `f (x)`). */
function appliedLetter(name: string, latex: string): boolean {
  const letter = name.length === 1 ? name : undefined;
  return letter !== undefined && new RegExp(String.raw`(?<![\\A-Za-z])${letter}\s*(?:\\left\s*)?[([]`).test(latex);
}

/** The claim `\lim_{v \to a} f = L` (either order) judged by walking toward a, or as it was. */
export function withLimitWalk(claim: ClaimReport, reader: LatexReader, deadline: number): ClaimReport {
  if (claim.verdict !== 'none' || claim.relation !== '=' || claim.left.error || claim.right.error) return claim;
  const onLeft = writtenLimit(claim.left.source);
  const onRight = writtenLimit(claim.right.source);
  if ((onLeft === undefined) === (onRight === undefined)) return claim;
  const limit = (onLeft ?? onRight)!;
  const otherSource = onLeft ? claim.right.source : claim.left.source;
  if (WRITES_LIMIT.test(otherSource)) return claim;
  const body = read(reader, limit.body);
  const variableJson = read(reader, limit.variable);
  if (body === undefined || typeof variableJson !== 'string') return claim;
  const variable = variableJson;
  const infinite = infiniteSide(otherSource);
  const other = infinite === undefined ? read(reader, otherSource.replace(/[\s.,;]+$/, '')) : undefined;
  if (infinite === undefined && other === undefined) return claim;
  const bodyVariables = variablesOf(body);
  if (!bodyVariables.has(variable)) return claim;
  const parameters = [...bodyVariables].filter((v) => v !== variable);
  if (parameters.length > 3) return claim;
  if (other !== undefined && [...variablesOf(other)].some((v) => !parameters.includes(v))) return claim;
  // `L(4+\\epsilon)` with L defined in prose or code is read as a product L·(4 + ε): a letter before a bracket that is
  // no parameter the walk may draw.
  if (parameters.some((p) => appliedLetter(p, limit.body) || appliedLetter(p, otherSource))) return claim;
  // A letter the note may bind elsewhere could make a drawn refutation wrong: only a claim without one may fail.
  const confirmOnly = parameters.length > 0 || usesAssumed(body) || (other !== undefined && usesAssumed(other));
  const directions: (1 | -1)[] = Number.isFinite(limit.point) ? (limit.side === 0 ? [1, -1] : [limit.side]) : [1];
  const random = seeded(`${claim.left.source}\u0000${claim.right.source}`);
  const outcomes: WalkOutcome[] = [];
  for (let d = 0; d < (parameters.length > 0 ? DRAWS : 1); d++) {
    const fixed = drawn(parameters, random);
    let target = infinite ?? NaN;
    let targetNoise = 0;
    if (other !== undefined) {
      const v = valueAt(other, fixed, deadline);
      if (!v || !Number.isFinite(v.value)) return claim;
      target = v.value;
      targetNoise = v.noise;
    }
    const walks = directions.map((from) => walkValues(body, variable, walkPoints(limit.point, from), fixed, deadline));
    // `\lim_{y \to 0} -\log(y) = +\infty` (y a probability): where the body has no value on one side at all, the point
    // bounds its domain and the limit is the one taken from inside it; such a walk may confirm, never refute.
    const inside = walks.length === 2 && walks.some((w) => w.length === 0) && !WRITES_ROOT.test(limit.body) ? walks.filter((w) => w.length > 0) : walks;
    if (inside.length < walks.length) outcomes.push('outside');
    for (const values of inside) outcomes.push(Number.isFinite(target) ? judgeFinite(values, target, targetNoise) : judgeInfinite(values, target));
    if (outcomes.includes('open')) return claim;
  }
  const { reason: _reason, ...rest } = claim;
  const point = limit.point === Infinity ? '∞' : limit.point === -Infinity ? '−∞' : `${limit.point}${limit.side === 1 ? '⁺' : limit.side === -1 ? '⁻' : ''}`;
  const oneSided = outcomes.includes('outside');
  if (outcomes.every((o) => o === 'holds' || o === 'outside') && outcomes.includes('holds')) {
    const shows = infinite === undefined ? 'the error falls' : 'the values grow without bound';
    const sides = oneSided ? ' from the side where it is defined' : directions.length === 2 ? ' from both sides' : '';
    return { ...rest, verdict: 'holds', reading: LIMIT_WALK_READING(`${shows} as ${limit.variable} → ${point}${sides}`) };
  }
  if (!confirmOnly && outcomes.every((o) => o === 'fails')) {
    return { ...rest, verdict: 'fails', reading: LIMIT_WALK_READING(`the values settle elsewhere as ${limit.variable} → ${point}`) };
  }
  return claim;
}
