/**
 * Approximations a reader checks in their limit: "for small $x$, $\log(1+x) \approx x$", `e^x \approx 1 + x`,
 * `\sin\theta \approx \theta`, `\sqrt{1+x} \approx 1 + \frac{x}{2}`, "for large $n$, $(1-\frac{1}{n})^n \approx
 * e^{-1}$", Stirling's `n! \approx \sqrt{2\pi n}(n/e)^n`, `H_n \sim \ln n` (study notes of calculus, probability
 * and ML write them wherever a loss is linearised or a count estimated). Read as identities they fail at random
 * points; read as values they have none. A careful reader walks toward the limit the words or the formula name
 * (x = 10⁻¹ … 10⁻⁴, n = 10 … 10⁴) and watches the error fall.
 *
 * The limit: a variable and a point the text names — `x \to 0`, `n \to \infty`, "small $x$", "$n$ is large",
 * `|x| \ll 1`, `n \gg 1` (in the formula, the paragraph before it, or its sentence after). Without one, a claim in
 * one variable is walked toward 0 (from both sides) and toward +∞; a `\sim` only toward a limit the text names (it is
 * also "distributed as" and an equivalence relation's `x \sim y`).
 *
 * - It **holds** when, along the walk, the error |a − b| falls at every step and ends small against every
 *   scale that matters: the larger side (relative error); each term of a side written as a sum (a Taylor
 *   polynomial's last term must be larger than the error: `\sin x \approx x - \frac{x^3}{3}` stays undecided); and,
 *   toward a finite point, how far each side has moved from its value there (`\cos x \approx e^{-x^2}` agrees at 0
 *   but misses the first change, and stays undecided). A side with no variable makes the claim a limit, judged by
 *   its relative error alone. With more variables the one the text names walks, the others drawn at random.
 * - It **fails** only for one variable on both sides, an `\approx`, no point named but 0 or ∞, when the sides are
 *   never within half of each other at any point of a wide grid, and their ratio tends to no constant at any of
 *   0, ±∞, ±1 (`\log(1+x) \approx 1 + x`, `e^x \approx x`): such sides are not close nor of one order anywhere.
 *   `\frac{n(n-1)}{2} \approx n^2` (the order of growth, off by a constant) stays undecided.
 * - Everything else stays undecided: a coefficient slip whose error shrinks but not faster than the term
 *   (`\sqrt{1+x} \approx 1 + x`), a point the text names other than 0, ±1 or ∞ ("near $x = 2$"), a side the
 *   evaluator cannot compute, more variables without one named.
 */
import { evaluate } from '../evaluate/interpret';
import type { LatexReader, MathJson } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import { paragraphBefore } from '../find/noteSections';
import { sentenceAround } from './probability/statedIndependence';
import { seeded, variablesOf } from './identity';
import type { ClaimReport } from '../types';

export const LIMIT_APPROXIMATION_READING = (walk: string) => `as an approximation in its limit: the error falls toward ${walk}`;

/** The cheap test: a formula writing an approximation or an asymptotic equivalence. */
export const WRITES_APPROXIMATION = /\\(?:approx|simeq|approxeq|sim)(?![A-Za-z])|≈/;

/** A limit point a variable walks to: a number, or ±Infinity; `side` for 0⁺ / 0⁻. */
export interface NamedLimit {
  /** The variable's LaTeX as written (`x`, `\epsilon`, `n`), undefined when the words name none. */
  readonly variable?: string;
  readonly point: number;
}

/** What the words around the claim say of its limit. */
export interface LimitWords {
  readonly limits: readonly NamedLimit[];
  /** The text names another point ("near $x = 2$", `x \to a`): no default walk, no fail. */
  readonly otherPoint: boolean;
}

const VAR = String.raw`(?<![A-Za-z\\])([A-Za-z]|\\[a-zA-Z]+)(?:_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?`;
/** `x \to 0`, `n \rightarrow \infty`, `h → 0^+`. */
const ARROW = new RegExp(String.raw`${VAR}\s*(?:\\to|\\rightarrow|\\longrightarrow|→)\s*(\+?\s*\\infty|-\s*\\infty|∞|[+-]?\s*\d+(?:\.\d+)?|[A-Za-z](?![A-Za-z])|\\[a-zA-Z]+)`, 'g');
/** "small $x$", "small values of $h$", "$x$ is small", `|x| \ll 1`, `x \ll 1`. */
const SMALL = [
  new RegExp(String.raw`\b(?:small|tiny)\s+(?:values?\s+of\s+)?(?:the\s+)?\$?\s*${VAR}\s*\$?`, 'gi'),
  new RegExp(String.raw`\$?\s*${VAR}\s*\$?\s+(?:is|are|gets|becomes)\s+(?:very\s+|sufficiently\s+|quite\s+|close\s+to\s+zero|near\s+zero)?\s*(?:small|tiny)?`, 'gi'),
  new RegExp(String.raw`\|?\s*${VAR}\s*\|?\s*\\ll\s*1(?![0-9])`, 'g'),
];
const LARGE = [
  new RegExp(String.raw`\b(?:large|big|huge)\s+(?:values?\s+of\s+)?(?:the\s+)?\$?\s*${VAR}\s*\$?`, 'gi'),
  new RegExp(String.raw`\$?\s*${VAR}\s*\$?\s+(?:is|are|gets|becomes|grows)\s+(?:very\s+|sufficiently\s+|quite\s+)?(?:large|big|huge)`, 'gi'),
  new RegExp(String.raw`${VAR}\s*\\gg\s*1(?![0-9])`, 'g'),
];
/** Words of smallness or largeness without a variable. */
const SMALL_WORDS = /\b(?:near|close to|around)\s+(?:zero|0)\b|\bsmall\b|很小|充分小|足够小|趋于0|趋近于0/i;
const LARGE_WORDS = /\b(?:large|big|grows|growing|asymptotic(?:ally)?|Stirling)\b|很大|充分大|足够大|趋于无穷|\\infty|∞/i;
/** Another point named: "near $x = 2$", "around $a$", "at $x_0$", "Taylor … about". */
const OTHER_POINT = /\b(?:near|around|about|close to|in the neighbou?rhood of)\s+\$?\s*(?:[A-Za-z]\s*=\s*)?(?!0\b|zero\b)[-\d\\A-Za-z]/i;

/** What the formula, the paragraph before it and its sentence say of the limit. */
export function limitWords(note: string, start: number, end: number, source: string): LimitWords {
  const text = `${paragraphBefore(note, start, 400, 'keep')} ${sentenceAround(note, start, end)} ${source}`.replace(/\$+/g, ' $ ');
  const limits: NamedLimit[] = [];
  let otherPoint = false;
  for (const m of text.matchAll(ARROW)) {
    const to = m[2]!.replace(/\s+/g, '');
    const point = /^\+?(?:\\infty|∞)$/.test(to) ? Infinity : to === '-\\infty' ? -Infinity : /^[+-]?\d/.test(to) ? Number(to) : NaN;
    if (Number.isNaN(point)) otherPoint = true;
    else limits.push({ variable: m[1], point });
  }
  for (const pattern of SMALL) for (const m of text.matchAll(pattern)) if (/small|tiny|\\ll/i.test(m[0])) limits.push({ variable: m[1], point: 0 });
  for (const pattern of LARGE) for (const m of text.matchAll(pattern)) if (/large|big|huge|grows|\\gg/i.test(m[0])) limits.push({ variable: m[1], point: Infinity });
  if (limits.length === 0) {
    if (SMALL_WORDS.test(text)) limits.push({ point: 0 });
    if (LARGE_WORDS.test(text)) limits.push({ point: Infinity });
  }
  if (OTHER_POINT.test(text.replace(/\$/g, ''))) otherPoint = true;
  if (limits.some((l) => Number.isFinite(l.point) && ![0, 1, -1].includes(l.point))) otherPoint = true;
  return { limits, otherPoint };
}

/** The points of a walk toward `point` (from above unless `below`). */
function walkTo(point: number, below = false): number[][] {
  if (point === Infinity) return [[10, 100, 1_000, 10_000], [5, 10, 20, 40, 80, 160]];
  if (point === -Infinity) return [[-10, -100, -1_000, -10_000], [-5, -10, -20, -40, -80, -160]];
  const steps = [1e-1, 1e-2, 1e-3, 1e-4];
  return [steps.map((s) => point + (below ? -s : s))];
}

const budget = (deadline: number) => ({ deadline, maxTerms: 10_000, steps: 0 });

/** The value of `json` at `env`, or NaN. */
function valueAt(json: MathJson, env: ReadonlyMap<string, number>, deadline: number): number {
  try {
    const v = evaluate(json, budget(deadline), env);
    return v.overflowed ? NaN : v.value;
  } catch {
    return NaN;
  }
}

/** The top-level terms of a sum (the side itself when it is no sum). */
function termsOf(json: MathJson): MathJson[] {
  if (Array.isArray(json) && (json[0] === 'Add' || json[0] === 'Subtract')) return (json as MathJson[]).slice(1).flatMap(termsOf);
  if (Array.isArray(json) && json[0] === 'Negate') return termsOf(json[1] as MathJson);
  return [json];
}

/** Below this a ratio is float64 noise, and counts as falling. */
const NOISE = 1e-9;

/** Whether the ratios fall at every step and end small. */
function falls(ratios: readonly number[]): boolean {
  if (ratios.some((r) => !Number.isFinite(r))) return false;
  for (let k = 1; k < ratios.length; k++) if (ratios[k]! > NOISE && ratios[k]! >= ratios[k - 1]!) return false;
  const last = ratios[ratios.length - 1]!;
  return last <= NOISE || (last <= 0.05 && last <= ratios[0]! / 4);
}

/** Whether the error falls toward `point` along one walk, other variables bound by `fixed`. */
function fallsAlong(sides: readonly [MathJson, MathJson], variable: string, walk: readonly number[], point: number, fixed: ReadonlyMap<string, number>, deadline: number): boolean | undefined {
  const withValue = (t: number) => new Map([...fixed, [variable, t]]);
  const constant = sides.map((s) => !variablesOf(s).has(variable));
  if (constant[0] && constant[1]) return undefined;
  const atLimit = Number.isFinite(point) ? sides.map((s) => valueAt(s, withValue(point), deadline)) : [NaN, NaN];
  const terms = sides.map((s, i) => (constant[i] ? [] : termsOf(s)));
  const scales: number[][] = [];
  const errors: number[] = [];
  for (const t of walk) {
    const env = withValue(t);
    const [a, b] = sides.map((s) => valueAt(s, env, deadline)) as [number, number];
    if (!Number.isFinite(a) || !Number.isFinite(b)) return undefined;
    errors.push(Math.abs(a - b));
    const row = [Math.max(Math.abs(a), Math.abs(b))];
    if (!constant[0] && !constant[1]) {
      for (const side of terms) {
        if (side.length < 2) continue;
        for (const term of side) {
          const v = valueAt(term, env, deadline);
          if (!Number.isFinite(v)) return undefined;
          row.push(Math.abs(v));
        }
      }
      [a, b].forEach((v, i) => {
        if (Number.isFinite(atLimit[i]!)) row.push(Math.abs(v - atLimit[i]!));
      });
    }
    scales.push(row);
  }
  if (scales[0]!.length === 0) return undefined;
  for (let j = 0; j < scales[0]!.length; j++) {
    // A term that is 0 all along (a Taylor term vanishing at the point) measures nothing.
    if (scales.every((row) => row[j] === 0)) continue;
    if (!falls(errors.map((e, k) => (e === 0 ? 0 : e / scales[k]![j]!)))) return false;
  }
  return true;
}

/** Random values for the variables that do not walk, in [0.5, 2.5]. */
function drawnValues(names: readonly string[], random: () => number): Map<string, number> {
  return new Map(names.map((n) => [n, 0.5 + 2 * random()]));
}

const DRAWS = 3;

/** Whether the claim holds toward one of the limits; the walk named when it does. */
function holdsInLimit(sides: readonly [MathJson, MathJson], variables: readonly string[], limits: readonly { variable: string; point: number }[], seed: string, deadline: number): string | undefined {
  for (const { variable, point } of limits) {
    const others = variables.filter((v) => v !== variable);
    const directions = point === 0 ? [false, true] : [false];
    for (const below of directions) {
      const random = seeded(`${seed}\u0000${variable}${point}${below}`);
      let held = true;
      for (let d = 0; d < (others.length > 0 ? DRAWS : 1) && held; d++) {
        const fixed = drawnValues(others, random);
        // A walk that cannot be computed (n! past 170) tries the shorter one.
        const outcome = walkTo(point, below).map((w) => fallsAlong(sides, variable, w, point, fixed, deadline)).find((o) => o !== undefined);
        held = outcome === true;
      }
      if (held) return `${variable} → ${point === Infinity ? '∞' : point === -Infinity ? '−∞' : `${point}${point === 0 ? (below ? '⁻' : '⁺') : ''}`}`;
    }
  }
  return undefined;
}

/** A wide grid of one variable: both signs, from 10⁻⁴ to 10⁴. */
const GRID = [...Array.from({ length: 81 }, (_, k) => 10 ** (-4 + k / 10)), ...Array.from({ length: 81 }, (_, k) => -(10 ** (-4 + k / 10)))];

/** Whether two one-variable sides are never within half of each other, nor of one order toward 0, ±1, ±∞. */
function neverClose(sides: readonly [MathJson, MathJson], variable: string, deadline: number): boolean {
  let computed = 0;
  for (const t of GRID) {
    const env = new Map([[variable, t]]);
    const [a, b] = sides.map((s) => valueAt(s, env, deadline)) as [number, number];
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    computed++;
    if (Math.abs(a - b) < 0.5 * Math.max(Math.abs(a), Math.abs(b))) return false;
  }
  if (computed < GRID.length / 2) return false;
  for (const point of [0, 1, -1, Infinity, -Infinity]) {
    for (const below of Number.isFinite(point) ? [false, true] : [false]) {
      for (const walk of walkTo(point, below)) {
        const values = walk.map((t) => sides.map((s) => valueAt(s, new Map([[variable, t]]), deadline)) as [number, number]);
        const ratios = values.map(([a, b]) => a / b);
        const last = ratios.slice(-2);
        // At a finite point both sides have values, and their ratio settles trivially: it says something only where both vanish or grow.
        const [a, b] = values[values.length - 1]!;
        if (Number.isFinite(point) && !([a, b].every((v) => Math.abs(v) < 1e-2) || [a, b].every((v) => Math.abs(v) > 1e2))) continue;
        // The ratio settling on a constant: the sides are of one order there (n(n−1)/2 against n²).
        if (last.every((r) => Number.isFinite(r) && r !== 0) && Math.abs(last[1]! / last[0]! - 1) < 0.2 && Math.abs(last[1]!) > 1e-3 && Math.abs(last[1]!) < 1e3) return false;
      }
    }
  }
  return true;
}

/** The claim judged as an approximation in its limit, or as it was. */
export function withLimitApproximation(claim: ClaimReport, words: LimitWords, reader: LatexReader, deadline: number): ClaimReport {
  if (claim.verdict !== 'none' || (claim.relation !== '\\approx' && claim.relation !== '\\sim') || claim.left.error || claim.right.error) return claim;
  if (claim.left.written || claim.right.written) return claim;
  let sides: [MathJson, MathJson];
  try {
    sides = [reader.read(normalizeLatex(claim.left.source)), reader.read(normalizeLatex(claim.right.source))];
  } catch {
    return claim;
  }
  const variables = [...new Set([...variablesOf(sides[0]), ...variablesOf(sides[1])])];
  if (variables.length === 0 || variables.length > 4) return claim;
  const symbolOf = (latex: string): string | undefined => {
    try {
      const json = reader.read(normalizeLatex(latex));
      return typeof json === 'string' ? json : undefined;
    } catch {
      return undefined;
    }
  };
  const named = words.limits.flatMap((l) => {
    const variable = l.variable === undefined ? (variables.length === 1 ? variables[0] : undefined) : symbolOf(l.variable);
    return variable !== undefined && variables.includes(variable) ? [{ variable, point: l.point }] : [];
  });
  // `\sim` is an asymptotic equivalence only toward a limit the text names: it is also "distributed as", "related to".
  const defaults = variables.length === 1 && !words.otherPoint && claim.relation === '\\approx' ? [0, Infinity].map((point) => ({ variable: variables[0]!, point })) : [];
  const limits = named.length > 0 ? named : defaults;
  const seed = `${claim.left.source}\u0000${claim.right.source}`;
  const walk = limits.length > 0 ? holdsInLimit(sides, variables, limits, seed, deadline) : undefined;
  const { reason: _reason, ...rest } = claim;
  if (walk !== undefined) return { ...rest, verdict: 'holds', reading: LIMIT_APPROXIMATION_READING(walk) };
  const onBothSides = variables.length === 1 && variablesOf(sides[0]).size === 1 && variablesOf(sides[1]).size === 1;
  const pointsNamed = words.limits.every((l) => l.point === 0 || l.point === Infinity);
  if (claim.relation === '\\approx' && onBothSides && !words.otherPoint && pointsNamed && neverClose(sides, variables[0]!, deadline)) {
    return { ...rest, verdict: 'fails', reading: 'as an approximation: the sides are never within half of each other, nor of one order toward 0, ±1 or ±∞' };
  }
  return claim;
}
