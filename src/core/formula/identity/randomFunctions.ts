/**
 * Claims about a function the note leaves open, written with its derivatives at points: a Taylor expansion
 * `f(x) \approx f(x_0) + f'(x_0)(x - x_0) + \frac{1}{2}f''(x_0)(x - x_0)^2` (caojiahao-dl-notes, 数学基础), the
 * chain rule `(g(h(x)))' = g'(h(x)) h'(x)` written out at points, a mean-value step. Read as values,
 * f(x), f'(x₀) and f''(x₀) are unrelated numbers and nothing holds; a careful reader checks the claim on
 * functions instead.
 *
 * - An `=` holds when it holds for several random functions, each `α sin(βt + γ) + δ e^{εt} + c₀ + c₁t + c₂t²`
 *   with random coefficients, whose derivatives of every order are known in closed form: what holds for
 *   every such function at random points is no coincidence of one function (no relation among a few
 *   derivatives at a point holds across the family).
 * - An `\approx` is a Taylor-type approximation of the order of the highest derivative it writes, k ≥ 1: it
 *   holds when it is exact for random polynomials of degree k (a first-order formula is exact for lines,
 *   a second-order one for parabolas); a wrong coefficient or sign fails on them.
 *
 * - An `=` that applies such a function under a sum or an integral (`\int_a^b f(x)\,dx = -\int_b^a f(x)\,dx`,
 *   linearity) is checked the same way; the identity check evaluates the sums and integrals.
 *
 * - An `=` that differentiates with an operator, `\frac{d}{dx} f(g(x)) = f'(g(x))\,g'(x)` (the chain rule),
 *   `\frac{\partial}{\partial w} L(\sigma(wx))`, the product and quotient rules: each function the claim
 *   applies is given a random body as a definition, and the identity check differentiates it as it does the
 *   note's own functions (a call right after the operator is what it differentiates).
 *
 * The reading only confirms: a claim that fails on these functions may use properties the note assumes.
 */
import type { MathJson } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import { derivativeNotation } from '../read/derivativeNotation';
import type { ClaimReadingOfPieces } from './claimReading';
import { checkIdentity, seeded } from './identity';
import { readForIdentity } from '../evaluate/partials';

/** A derivative of a one-letter function applied to a group: `f'(`, `f''(x_0)`, `f^{(3)}(`. */
const DERIVATIVE_APPLIED = /(?<![\\A-Za-z])[A-Za-z](?:'+|\^\{\(\d\)\})\s*(?:\\left\s*)?\(/;
/** A one-letter function applied under a sum or an integral: `\int_a^b f(x)\,dx`. */
const APPLIED_UNDER_SUM = /\\(?:sum|prod|int)(?![A-Za-z])[\s\S]*(?<![\\A-Za-z])[A-Za-z]\s*(?:\\left\s*)?\(/;
/** What this reading does not take: limits, partial derivatives, expectations, big-O terms, vectors, elided terms. */
const OUT_OF_SCOPE = /\\(?:lim|partial|nabla|mathbb|mathcal\s*\{\s*O|mathbf|boldsymbol|vec|iint|oint)|\\cdots|\\ldots|\\frac\s*\{\s*d|\|/;
/** A derivative operator alone over its variable: `\frac{d}{dx}`, `\frac{\partial}{\partial w}`, `\dfrac{d}{dt}`. */
const DERIVATIVE_OPERATOR = /\\[dt]?frac\s*\{\s*(?:d|\\partial)\s*\}\s*\{\s*(?:d|\\partial)\s*(?:[A-Za-z]|\\[A-Za-z]+)(?:_\{[^{}]*\}|_[A-Za-z0-9])?\s*\}/;
/** What the operator branch does not take: the out-of-scope constructs other than derivatives. */
const OUT_OF_OPERATOR_SCOPE = /\\(?:lim|nabla|mathbb|mathcal\s*\{\s*O|mathbf|boldsymbol|vec|iint|oint|int|sum|prod)|\\cdots|\\ldots|\|/;

const DRAWS = 3;
/** Derivatives beyond this order are not read (nor written in study notes). */
const MAX_ORDER = 4;
/** Functions of more arguments are not read. */
const MAX_ARGUMENTS = 3;

/** The reading named in the hover and `check --json`. */
export const FUNCTIONS_READING = 'for every function it applies';
export const TAYLOR_READING = (order: number): string => `as an approximation of order ${order}, exact for polynomials of degree ${order}`;

/** `f` → 0, `["Prime", "f"]` → 1, `["Prime", "f", 2]` → 2, `["Power", "f", ["Delimiter", 3]]` → 3: a function name and the order of its derivative. */
function applied(item: MathJson): { name: string; order: number } | undefined {
  if (typeof item === 'string') return /^[A-Za-z]$/.test(item) ? { name: item, order: 0 } : undefined;
  if (!Array.isArray(item) || typeof item[1] !== 'string' || !/^[A-Za-z]$/.test(item[1])) return undefined;
  if (item[0] === 'Prime') return { name: item[1], order: item.length === 2 ? 1 : typeof item[2] === 'number' ? item[2] : -1 };
  if (item[0] === 'Power' && Array.isArray(item[2]) && item[2][0] === 'Delimiter' && typeof item[2][1] === 'number') return { name: item[1], order: item[2][1] };
  return undefined;
}

interface Application {
  readonly name: string;
  readonly order: number;
  readonly args: readonly MathJson[];
}

/** An argument that is an event or a condition (`P(X=i)`, `p(x \in A)`), not a number: probability notation, not read here. */
const NOT_A_NUMBER = /"(?:Equal|NotEqual|Less|Greater|LessEqual|GreaterEqual|Element|NotElement|Subset|SubsetEqual|Condition|Divides|Set|Interval|Range|Tuple|List)"/;

/** The arguments of a group `(x)` or `(x, y)`. */
function argumentsOf(group: MathJson): readonly MathJson[] {
  const inner = (group as readonly MathJson[])[1]!;
  return Array.isArray(inner) && inner[0] === 'Sequence' ? (inner as readonly MathJson[]).slice(1) : [inner];
}

/** The sides with each application `f⁽ⁿ⁾(a)` replaced by `make(f, n, a)`, or undefined when a name is also used otherwise. */
function replaceApplications(json: MathJson, functions: ReadonlySet<string>, make: (a: Application) => MathJson | undefined): MathJson | undefined {
  if (!Array.isArray(json)) return typeof json === 'string' && functions.has(json) ? undefined : json;
  const items = json as readonly MathJson[];
  const product = items[0] === 'Multiply' || items[0] === 'InvisibleOperator';
  const out: MathJson[] = [items[0]!];
  for (let k = 1; k < items.length; k++) {
    const item = items[k]!;
    const next = items[k + 1];
    const f = product ? applied(item) : undefined;
    if (f && functions.has(f.name) && Array.isArray(next) && next[0] === 'Delimiter' && next.length >= 2) {
      const args = argumentsOf(next).map((a) => replaceApplications(a, functions, make));
      if (args.some((a) => a === undefined || NOT_A_NUMBER.test(JSON.stringify(a))) || f.order < 0 || f.order > MAX_ORDER || args.length > MAX_ARGUMENTS || (f.order > 0 && args.length > 1)) return undefined;
      const value = make({ name: f.name, order: f.order, args: args as MathJson[] });
      if (value === undefined) return undefined;
      out.push(['Delimiter', value]);
      k++;
      continue;
    }
    const inner = replaceApplications(item, functions, make);
    if (inner === undefined) return undefined;
    out.push(inner);
  }
  return product && out.length === 2 ? out[1]! : out;
}

/** The one-letter names applied (or differentiated and applied) somewhere in `json`, with the highest order seen. */
export function appliedNames(json: MathJson, seen: Map<string, number>): Map<string, number> {
  if (!Array.isArray(json)) return seen;
  const product = json[0] === 'Multiply' || json[0] === 'InvisibleOperator';
  json.forEach((item, k) => {
    const f = product && k > 0 ? applied(item as MathJson) : undefined;
    const next = json[k + 1] as MathJson | undefined;
    if (f && Array.isArray(next) && next[0] === 'Delimiter') seen.set(f.name, Math.max(seen.get(f.name) ?? 0, f.order));
    appliedNames(item as MathJson, seen);
  });
  return seen;
}

/**
 * The n-th derivative of `α sin(βt + γ) + δ e^{εt} + c₀ + c₁t + c₂t²` at `t`, as an expression; of several
 * arguments (no derivative), `α sin(Σβⱼtⱼ + γ) + δ e^{Σεⱼtⱼ} + c₀ + Σcⱼtⱼ`.
 */
export function smooth(c: readonly number[], order: number, args: readonly MathJson[]): MathJson {
  if (args.length > 1) {
    const weighted = (offset: number): MathJson => ['Add', ...args.map((t, j) => ['Multiply', c[offset + 3 * j]!, t] as MathJson)];
    return ['Add', ['Multiply', c[0]!, ['Sin', ['Add', weighted(8), c[2]!]]], ['Multiply', c[3]!, ['Exp', ['Multiply', 0.5, weighted(9)]]], c[5]!, weighted(10)];
  }
  const t = args[0]!;
  const [alpha, beta, gamma, delta, epsilon, c0, c1, c2] = c as [number, number, number, number, number, number, number, number];
  const poly = [c0, c1, c2].map((ck, k) => (k < order ? 0 : (ck * factorial(k)) / factorial(k - order)));
  const terms: MathJson[] = [
    ['Multiply', alpha * beta ** order, ['Sin', ['Add', ['Multiply', beta, t], gamma + (order * Math.PI) / 2]]],
    ['Multiply', delta * epsilon ** order, ['Exp', ['Multiply', epsilon, t]]],
  ];
  poly.forEach((p, k) => p !== 0 && terms.push(['Multiply', p, ['Power', t, k - order]]));
  return ['Add', ...terms];
}

/** The n-th derivative of the polynomial `Σ cₖ tᵏ` at `t`. */
function polynomial(c: readonly number[], order: number, args: readonly MathJson[]): MathJson {
  const t = args[0]!;
  const terms: MathJson[] = c.flatMap((ck, k) => (k < order ? [] : [['Multiply', (ck * factorial(k)) / factorial(k - order), ['Power', t, k - order]] as MathJson]));
  return terms.length === 0 ? 0 : ['Add', 0, ...terms];
}

function factorial(n: number): number {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

/** An undecided `=` or `\approx` about functions written with their derivatives, checked on random functions. */
export const withRandomFunctions: ClaimReadingOfPieces = (claim, pieces, reader, definitions, deadline) => {
  if (claim.verdict !== 'none' || (claim.relation !== '=' && claim.relation !== '\\approx') || claim.left.error || claim.right.error) return claim;
  // `\\frac{d}{dx}[f(x)g(x)]`, `[f(g(x))]'`, `(f \\circ g)'(x)`: derivative tables' notations, read as the usual ones.
  const rewritten = pieces.map((p) => derivativeNotation(p.text));
  if (rewritten.some((t, k) => t !== pieces[k].text)) pieces = [{ ...pieces[0], text: rewritten[0]! }, { ...pieces[1], text: rewritten[1]! }];
  const text = `${pieces[0].text} ${pieces[1].text}`;
  const approximate = claim.relation === '\\approx';
  const differentiates = DERIVATIVE_APPLIED.test(text);
  if (!approximate && DERIVATIVE_OPERATOR.test(text)) return withOperatorDerivatives(claim, pieces, reader, definitions, deadline);
  if (!(differentiates || (!approximate && APPLIED_UNDER_SUM.test(text))) || OUT_OF_SCOPE.test(text)) return claim;
  let sides: MathJson[];
  try {
    sides = pieces.map((p) => reader.read(normalizeLatex(p.text)));
  } catch {
    return claim;
  }
  const orders = appliedNames(sides[1]!, appliedNames(sides[0]!, new Map()));
  const functions = new Set(orders.keys());
  const order = Math.max(0, ...orders.values());
  if (functions.size === 0 || (approximate && order < 1)) return claim;
  // `f(1) \approx f(0) + f'(0)` after `f(x) = e^x` is about the note's f, whose values may be far apart: what holds
  // for every function holds for it too (an `=`), but an approximation's order says nothing of its error there.
  if (approximate && [...functions].some((f) => definitions.has(f))) return claim;
  const random = seeded(`${text}\u0000functions`);
  const between = (lo: number, hi: number): number => lo + (hi - lo) * random();
  let points = 0;
  for (let draw = 0; draw < DRAWS; draw++) {
    const coefficients = new Map([...functions].map((f) => [f, approximate
      ? Array.from({ length: order + 1 }, () => between(-2, 2))
      : [between(0.5, 2), between(0.5, 1.5), between(0, 3), between(0.5, 2), between(0.2, 0.7), between(-1, 1), between(-1, 1), between(-0.5, 0.5),
        ...Array.from({ length: 3 * MAX_ARGUMENTS }, () => between(-1, 1))]] as const));
    // A polynomial of several arguments is not drawn: an approximation in them is left undecided.
    const make = (a: Application): MathJson | undefined => (!approximate ? smooth(coefficients.get(a.name)!, a.order, a.args) : a.args.length === 1 ? polynomial(coefficients.get(a.name)!, a.order, a.args) : undefined);
    const [left, right] = sides.map((s) => replaceApplications(s, functions, make));
    if (left === undefined || right === undefined) return claim;
    try {
      // The notation check reads the claim as written: the functions drawn are ordinary expressions.
      const outcome = checkIdentity(`${pieces[0].text} = ${pieces[1].text}`, left, right, new Map(), deadline, true);
      if (outcome.kind !== 'judged' || outcome.verdict !== 'holds') return claim;
      points += outcome.check.points;
    } catch {
      return claim;
    }
  }
  const { reason: _reason, ...rest } = claim;
  return { ...rest, verdict: 'holds', identity: { points }, reading: approximate ? TAYLOR_READING(order) : FUNCTIONS_READING };
};

/**
 * `\frac{d}{dx} f(g(x))` → `\frac{d}{dx}(f(g(x)))`: a one-letter call right after the operator, with its power
 * (`f(x)^2`), is its operand. A side that is the operator and one term, `\frac{d}{dx} e^{f(x)}`,
 * `\frac{d}{dx}\frac{f(x)}{g(x)}`, differentiates the whole term.
 */
function callsAsOperands(latex: string): string {
  const whole = DERIVATIVE_OPERATOR.exec(latex);
  if (whole && latex.slice(0, whole.index).trim() === '') {
    const rest = latex.slice(whole.index + whole[0].length);
    if (rest.trim() !== '' && !/^\s*\(/.test(rest) && oneTerm(rest)) return `${latex.slice(0, whole.index + whole[0].length)}(${rest})`;
  }
  let out = '';
  let from = 0;
  for (const operator of latex.matchAll(new RegExp(DERIVATIVE_OPERATOR.source, 'g'))) {
    const end = operator.index + operator[0].length;
    const call = /^\s*[A-Za-z]\s*\(/.exec(latex.slice(end));
    if (!call || end < from) continue;
    let depth = 0;
    for (let i = end + call[0].length - 1; i < latex.length; i++) {
      if (latex[i] === '(') depth++;
      else if (latex[i] === ')' && --depth === 0) {
        const power = /^\s*\^\s*(?:\{[^{}]*\}|[A-Za-z0-9])/.exec(latex.slice(i + 1))?.[0] ?? '';
        out += `${latex.slice(from, end)}(${latex.slice(end, i + 1)}${power})`;
        from = i + 1 + power.length;
        break;
      }
    }
  }
  return out + latex.slice(from);
}

/** No `+` or `-` outside brackets, braces or `\left…\right`: one term. */
function oneTerm(latex: string): boolean {
  let depth = 0;
  for (let i = 0; i < latex.length; i++) {
    const c = latex[i]!;
    if (c === '\\') {
      const word = /^\\[A-Za-z]+/.exec(latex.slice(i))?.[0] ?? '\\x';
      i += word.length - 1;
      continue;
    }
    if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
    else if ((c === '+' || c === '-') && depth === 0) return false;
  }
  return depth === 0;
}

/**
 * An `=` with derivative operators, checked with each one-letter function it applies defined by a random
 * smooth body: the identity check reads the operators (partials.ts) and differentiates the bodies.
 */
const withOperatorDerivatives: ClaimReadingOfPieces = (claim, pieces, reader, definitions, deadline) => {
  const texts = pieces.map((p) => callsAsOperands(p.text)) as [string, string];
  const text = `${texts[0]} = ${texts[1]}`;
  if (OUT_OF_OPERATOR_SCOPE.test(text)) return claim;
  const read = (latex: string): MathJson => reader.read(normalizeLatex(latex));
  let special: ReturnType<typeof readForIdentity>[];
  let functions: string[];
  try {
    special = texts.map((t) => readForIdentity(t, read));
    functions = [...appliedNames(read(pieces[1].text), appliedNames(read(pieces[0].text), new Map())).keys()];
  } catch {
    return claim;
  }
  if (functions.length === 0) return claim;
  const random = seeded(`${text}\u0000operators`);
  const between = (lo: number, hi: number): number => lo + (hi - lo) * random();
  let points = 0;
  for (let draw = 0; draw < DRAWS; draw++) {
    const drawn = new Map(definitions);
    for (const f of functions) {
      const c = [between(0.5, 2), between(0.5, 1.5), between(0, 3), between(0.5, 2), between(0.2, 0.7), between(-1, 1), between(-1, 1), between(-0.5, 0.5)];
      drawn.set(f, { name: f, params: [PARAMETER], body: smooth(c, 0, [PARAMETER]), source: `${f}(${PARAMETER}) = …` });
    }
    try {
      const [left, right] = texts.map((t, k) => special[k]?.json ?? read(t));
      const latex = `${special[0]?.checked ?? texts[0]} = ${special[1]?.checked ?? texts[1]}`;
      const outcome = checkIdentity(latex, left!, right!, drawn, deadline, true);
      if (outcome.kind !== 'judged' || outcome.verdict !== 'holds') return claim;
      points += outcome.check.points;
    } catch {
      return claim;
    }
  }
  const { reason: _reason, ...rest } = claim;
  return { ...rest, verdict: 'holds', identity: { points }, reading: FUNCTIONS_READING };
};

/** The parameter of a drawn function's body. */
const PARAMETER = 't';

/**
 * The sides with each application of the named functions (no derivatives) replaced by one random smooth function per
 * name, drawn from `random`: what a reading that holds for every function checks; undefined when a name is also used bare.
 */
export function withDrawnFunctions(sides: readonly MathJson[], functions: ReadonlySet<string>, random: () => number): MathJson[] | undefined {
  const between = (lo: number, hi: number): number => lo + (hi - lo) * random();
  const coefficients = new Map([...functions].map((f) => [f, [between(-2, 2), between(0.5, 1.5), between(0, 3), between(-2, 2), between(0.2, 0.7), between(-1, 1), between(-1, 1), between(-0.5, 0.5),
    ...Array.from({ length: 3 * MAX_ARGUMENTS }, () => between(-1, 1))]] as const));
  const make = (a: Application): MathJson | undefined => (a.order === 0 ? smooth(coefficients.get(a.name)!, 0, a.args) : undefined);
  const out = sides.map((side) => replaceApplications(side, functions, make));
  return out.every((side) => side !== undefined) ? (out as MathJson[]) : undefined;
}
