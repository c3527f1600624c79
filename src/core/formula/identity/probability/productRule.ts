/**
 * A factorisation of a joint distribution written wrong — `p(x, z) = p(z|x)p(z)` (deepmind-educational,
 * the product rule with the marginals swapped) — refuted as a careful reader refutes it: on concrete
 * random joint distributions of the letters, the two sides are far apart.
 *
 * The reading refutes only what is wrong under every reading the note allows:
 * - the formula is a display formula, and the claim the product rule's shape: on the left one joint
 *   `p(x, z)` (two letters or more before any `|`), on the right a product of two factors or more.
 *   `p(x|y) = p(y|x)` (a symmetric proposal, "where"), `P(A \mid B) = P(B \mid A)` (the fallacy a
 *   note warns of), `P(x|A) = P(x)/P(A)` ("if x ∈ A") are conditions or warnings, not factorisations;
 * - both sides are products (or one quotient of products) of values of ONE distribution `p`, `P`,
 *   `q` or `p_\theta` at plain letters, with at most one `|` each (`p(x, z \mid y)`): no number, no
 *   sum or integral (`p(y|x) = p(y|x,\theta)p(\theta)` with the integral left out is the author's
 *   shorthand, and its letters differ anyway), no second distribution (`q(z|x)` against `p(z|x)` is an
 *   approximation, not an identity), no `;`, `=` or function inside the brackets;
 * - both sides name the same letters, so nothing is marginalised out or in by the author's leave;
 * - the sides differ far beyond float error on most random joints of each structure: free, fully
 *   independent (which satisfies every conditional independence the prose may assume: a Markov
 *   chain, naive Bayes, a model's graph), and each letter a function of the one before it (one that merges
 *   two of its values: a relabelling of one letter as another is no joint of two). A
 *   factorisation true under some assumption is true under one of these, so it is never refuted.
 * Anything less leaves the claim as it was.
 */
import type { ClaimReport } from '../../types';
import { seeded } from '../identity';

/** The cheap test before any parse: a conditional probability `p(… | …)` somewhere in the formula. */
export const WRITES_CONDITIONAL = /(?<![A-Za-z\\])[pPq](?:_\{?\\?\w+\}?)?\s*(?:\\left)?\s*\([^()]*(?:\||\\mid|\\vert)/;
/** A plain letter: `x`, `z_1`, `x_{t-1}`, `\theta`, `\mathbf{x}`, `\boldsymbol{\mu}`. */
const LETTER = /^(?:\\(?:mathbf|boldsymbol|bm|vec)\{\\?[A-Za-z]+\}|\\[A-Za-z]+|[A-Za-z])(?:_(?:\{[\w\-+\\]*\}|\\?\w+))?$/;
/** The distribution's name and the bracket after it: `p(`, `P(`, `q(`, `p_\theta(`, `p_{\theta}(`. */
const FACTOR = /^([pPq](?:_(?:\{\\?\w+\}|\\?\w+))?)\(/;
const DRAWS = 24;
const FAR = 1e-6;

interface Factor {
  readonly of: readonly string[];
  readonly given: readonly string[];
}
interface Side {
  readonly name: string;
  readonly up: readonly Factor[];
  readonly down: readonly Factor[];
}
type Structure = 'free' | 'independent' | 'chained';
const STRUCTURES: readonly Structure[] = ['free', 'independent', 'chained'];

/** The claims, each undecided one that is a wrong factorisation judged "fails" (see the file comment). */
export function withProductRule(claims: readonly ClaimReport[]): readonly ClaimReport[] {
  return claims.map(refutedFactorisation);
}

function refutedFactorisation(claim: ClaimReport): ClaimReport {
  if (claim.verdict !== 'none' || claim.relation !== '=' || claim.doubted) return claim;
  const left = sideOf(claim.left.source);
  const right = sideOf(claim.right.source);
  if (!left || !right || left.name !== right.name) return claim;
  const joint = left.up.length === 1 && left.down.length === 0 && left.up[0]!.of.length >= 2;
  if (!joint || right.up.length < 2 || right.down.length > 0) return claim;
  const letters = lettersOf(left);
  if (letters.join(',') !== lettersOf(right).join(',') || letters.length < 2 || letters.length > 6) return claim;
  const apart = STRUCTURES.map((s) => farApart(`${claim.left.source}\u0000${claim.right.source}\u0000${s}`, s, letters, left, right));
  if (apart.some((a) => a === undefined)) return claim;
  const { reason: _reason, ...rest } = claim;
  const [l, r] = apart[0]!;
  return {
    ...rest,
    verdict: 'fails',
    reading: `as a factorisation of the joint distribution of ${letters.join(', ')}: on random joint distributions (free, independent, each letter a function of the one before) the sides differ, e.g. ${l.toPrecision(4)} against ${r.toPrecision(4)}`,
  };
}

/** The side as a product (or a quotient of products) of one distribution's values, undefined when it is anything else. */
function sideOf(source: string): Side | undefined {
  const text = source
    .replace(/\\(?:left|right|big|Big|bigg|Bigg)(?![A-Za-z])/g, '')
    .replace(/\\(?:,|;|!|quad|qquad|cdot|times)(?![A-Za-z])|\\mid(?![A-Za-z])|\\vert(?![A-Za-z])/g, (m) => (m.startsWith('\\mid') || m.startsWith('\\vert') ? '|' : ' '))
    .replace(/\s+/g, '')
    .replace(/[.,]$/, '');
  const fraction = /^\\frac\{(.*)\}\{(.*)\}$/.exec(text);
  if (fraction && balanced(fraction[1]!) && balanced(fraction[2]!)) {
    const up = productOf(fraction[1]!);
    const down = productOf(fraction[2]!);
    if (!up || !down || up.name !== down.name) return undefined;
    return { name: up.name, up: up.factors, down: down.factors };
  }
  const product = productOf(text);
  return product && { name: product.name, up: product.factors, down: [] };
}

/** `p(z|x)p(x)`: the factors and their one distribution's name. */
function productOf(text: string): { name: string; factors: Factor[] } | undefined {
  const factors: Factor[] = [];
  let name: string | undefined;
  let rest = text;
  while (rest !== '') {
    const head = FACTOR.exec(rest);
    if (!head) return undefined;
    if (name !== undefined && head[1] !== name) return undefined;
    name = head[1]!;
    const close = rest.indexOf(')', head[0].length);
    if (close < 0) return undefined;
    const factor = factorOf(rest.slice(head[0].length, close));
    if (!factor) return undefined;
    factors.push(factor);
    rest = rest.slice(close + 1);
  }
  return name === undefined ? undefined : { name, factors };
}

/** `z|x,y` → of [z], given [x, y]; undefined when a part is not a plain letter or a letter is on both sides of `|`. */
function factorOf(inside: string): Factor | undefined {
  if (/[()[\];=]/.test(inside)) return undefined;
  const parts = inside.split('|');
  if (parts.length > 2) return undefined;
  const of = parts[0]!.split(',');
  const given = parts.length === 2 ? parts[1]!.split(',') : [];
  if (![...of, ...given].every((l) => LETTER.test(l))) return undefined;
  if (new Set([...of, ...given]).size !== of.length + given.length) return undefined;
  return { of, given };
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    depth += c === '{' ? 1 : c === '}' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

function lettersOf(side: Side): string[] {
  return [...new Set([...side.up, ...side.down].flatMap((f) => [...f.of, ...f.given]))].sort();
}

/**
 * The first pair of values far apart when the sides differ on at least half of DRAWS random joints of
 * this structure, each at a random cell of positive mass; undefined otherwise.
 */
function farApart(seedText: string, structure: Structure, letters: readonly string[], left: Side, right: Side): [number, number] | undefined {
  const random = seeded(seedText);
  let far = 0;
  let first: [number, number] | undefined;
  for (let k = 0; k < DRAWS; k++) {
    const joint = drawJoint(structure, letters.length, random);
    const cell = joint.cells[pick(joint.weights, random)]!;
    const at = (side: Side) => valueOf(side, letters, joint, cell);
    const [a, b] = [at(left), at(right)];
    if (!Number.isFinite(a) || !Number.isFinite(b)) return undefined;
    if (Math.abs(a - b) > FAR * Math.max(Math.abs(a), Math.abs(b))) {
      far++;
      first ??= [a, b];
    }
  }
  return far * 2 >= DRAWS ? first : undefined;
}

interface Joint {
  readonly cells: readonly (readonly number[])[];
  readonly weights: readonly number[];
}

/** A joint distribution of n letters of 2–3 values each: free, a product of marginals, or each letter a function of the one before. */
function drawJoint(structure: Structure, n: number, random: () => number): Joint {
  const sizes = Array.from({ length: n }, () => 2 + Math.floor(random() * 2));
  let cells: number[][] = [[]];
  for (const size of sizes) cells = cells.flatMap((c) => Array.from({ length: size }, (_, v) => [...c, v]));
  const mass = () => 0.05 + random();
  const marginals = sizes.map((size) => Array.from({ length: size }, mass));
  // A function that merges the first two values of the letter before (a relabelling of one letter as another is no reading of a joint of two).
  const maps = sizes.map((size, i) => Array.from({ length: i === 0 ? 0 : sizes[i - 1]! }, () => Math.floor(random() * size)).map((v, j, all) => (j === 1 ? all[0]! : v)));
  const weights = cells.map((c) => {
    if (structure === 'free') return mass();
    if (structure === 'independent') return c.reduce((w, v, i) => w * marginals[i]![v]!, 1);
    return c.every((v, i) => i === 0 || maps[i]![c[i - 1]!] === v) ? marginals[0]![c[0]!]! : 0;
  });
  return { cells, weights };
}

function pick(weights: readonly number[], random: () => number): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let u = random() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i]!;
    if (u <= 0 && weights[i]! > 0) return i;
  }
  let last = weights.length - 1;
  while (last > 0 && !(weights[last]! > 0)) last--;
  return last;
}

/** The side's value at `cell`: each factor P(of, given)/P(given), the letters fixed at the cell's values. */
function valueOf(side: Side, letters: readonly string[], joint: Joint, cell: readonly number[]): number {
  const mass = (names: readonly string[]): number => {
    const fixed = names.map((n) => letters.indexOf(n));
    return joint.cells.reduce((s, c, i) => (fixed.every((j) => c[j] === cell[j]) ? s + joint.weights[i]! : s), 0);
  };
  const factor = (f: Factor): number => mass([...f.of, ...f.given]) / mass(f.given);
  return side.up.reduce((v, f) => v * factor(f), 1) / side.down.reduce((v, f) => v * factor(f), 1);
}
