/**
 * The derivative rules as calculus notes state them over abstract functions u, v of x
 * (高数 notes: 设 $u=u(x), v=v(x)$ 都可导, 则 $(uv)' = u'v + uv'$, $(Cu)' = Cu'$,
 * $\left(\frac{u}{v}\right)' = \frac{u'v-uv'}{v^2}$, $(uvw)' = u'vw+uv'w+uvw'$): each letter the
 * claim primes somewhere is a function of x, drawn as a random smooth function with its
 * derivatives in closed form (randomFunctions.ts); the primed groups are then derivatives by x
 * (primedGroups.ts) and the identity check compares the sides at random points.
 *
 * - It holds when it holds at the sample points for a drawn function (what holds for a generic
 *   smooth function at random points is no coincidence).
 * - It fails only when it fails for two independent draws and every letter is a primed function (a slip
 *   in the quotient rule's sign, a dropped term): a letter never primed may be a constant the
 *   note means (`(uv)' = u'v` with v constant), so such a claim is not read at all; the usual
 *   constant letters (C, c, k, a, b) are held constant, which may confirm and never refute.
 * - A letter the note defined, any other name, or no primed group: not read here.
 */
import type { LatexReader, MathJson } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import type { ClaimReport, FunctionDefinition } from '../types';
import { checkIdentity, seeded } from './identity';
import { smooth } from './randomFunctions';
import { primedGroup } from '../evaluate/primedGroups';

/** Letters notes use for abstract functions in the derivative rules. */
const FUNCTION_LETTERS = new Set(['u', 'v', 'w', 'f', 'g', 'h']);
/** Letters notes use for constants beside them (`(Cu)' = Cu'`). */
const CONSTANT_LETTERS = new Set(['C', 'c', 'k', 'a', 'b']);
const NUMBERS = new Set(['e', 'ExponentialE', 'Pi']);
const VARIABLE = 'x';
/** A failure is confirmed on this many independent draws (a failing check stops at its first counterexample: cheap). */
const FAIL_DRAWS = 2;
const MAX_ORDER = 3;

export const PRIMED_RULES_READING = 'for functions u, v of x drawn at random';

/** A quick test on the text: a prime right after a closing bracket. */
const PRIMED_BRACKET = /(?:\)|\\right\s*\)|\])\s*'/;

/**
 * What would be misread with the letters as values: a function applied (`(f(g(x)))'`, the chain rule),
 * an inverse `f^{-1}`, an order `u^{(n)}`, a composition, subscripts, operators over a variable.
 */
const NOT_PRODUCTS = /(?<![A-Za-z\\])[uvwfgh]'*\s*(?:\\left\s*)?[([]|\^\s*\{?\s*(?:-|\()|\\(?:circ|int|sum|prod|lim|partial|frac\s*\{\s*d)|_/;

export function withPrimedRules(
  claim: ClaimReport,
  pieces: readonly [{ text: string }, { text: string }],
  reader: LatexReader,
  definitions: ReadonlyMap<string, FunctionDefinition>,
  deadline: number,
): ClaimReport {
  if (claim.verdict !== 'none' || claim.relation !== '=' || claim.left.error || claim.right.error) return claim;
  const text = `${pieces[0].text} = ${pieces[1].text}`;
  if (!PRIMED_BRACKET.test(text) || NOT_PRODUCTS.test(text)) return claim;
  let sides: MathJson[];
  try {
    sides = pieces.map((p) => reader.read(normalizeLatex(p.text)));
  } catch {
    return claim;
  }
  if (!sides.some(hasPrimedGroup)) return claim;
  const primed = new Set<string>();
  const letters = new Set<string>();
  for (const side of sides) collect(side, primed, letters);
  if (primed.size === 0 || [...primed].some((f) => !FUNCTION_LETTERS.has(f) || (definitions.has(f) && !namesFunctionOfX(f, definitions.get(f)!)))) return claim;
  const constants = [...letters].filter((l) => !primed.has(l) && l !== VARIABLE && !NUMBERS.has(l));
  if (constants.some((c) => !CONSTANT_LETTERS.has(c) || definitions.has(c))) return claim;
  const { reason: _reason, ...rest } = claim;
  const random = seeded(`${text}\u0000primed rules`);
  const between = (lo: number, hi: number): number => lo + (hi - lo) * random();
  let points = 0;
  let failed = 0;
  for (let draw = 0; draw < FAIL_DRAWS; draw++) {
    const coefficients = new Map([...primed].map((f) => [f, [between(0.5, 2), between(0.5, 1.5), between(0, 3), between(0.5, 2), between(0.2, 0.7), between(-1, 1), between(-1, 1), between(-0.5, 0.5)]] as const));
    const drawn = sides.map((s) => replace(s, (name, order) => ['Delimiter', smooth(coefficients.get(name)!, order, [VARIABLE])]));
    if (drawn.some((s) => s === undefined)) return claim;
    let outcome: ReturnType<typeof checkIdentity>;
    try {
      outcome = checkIdentity(text, drawn[0]!, drawn[1]!, new Map(), deadline, constants.length > 0);
    } catch {
      return claim;
    }
    if (outcome.kind !== 'judged' || outcome.verdict === 'none') return claim;
    points += outcome.check.points;
    // Holding at every point for one generic function is no coincidence; a holding check is slow, so one draw it is.
    if (outcome.verdict === 'holds') return failed === 0 ? { ...rest, verdict: 'holds', identity: { points }, reading: PRIMED_RULES_READING } : claim;
    failed++;
  }
  if (failed === FAIL_DRAWS && constants.length === 0) return { ...rest, verdict: 'fails', identity: { points }, reading: PRIMED_RULES_READING };
  return claim;
}

/** `设 $u=u(x), v=v(x)$ 都可导`: the note binds u to nothing but u of x, which is what this reading takes it for. */
function namesFunctionOfX(name: string, definition: FunctionDefinition): boolean {
  return new RegExp(String.raw`(?<![A-Za-z\\])${name}\s*=\s*${name}\s*\(\s*${VARIABLE}\s*\)`).test(definition.source);
}

function hasPrimedGroup(json: MathJson): boolean {
  if (!Array.isArray(json)) return false;
  return primedGroup(json) !== undefined || json.some((j) => hasPrimedGroup(j as MathJson));
}

/** Letters primed (`u'`, `u''`) and every symbol, heads excluded. */
function collect(json: MathJson, primed: Set<string>, letters: Set<string>): void {
  if (typeof json === 'string') {
    letters.add(json);
    return;
  }
  if (!Array.isArray(json)) return;
  if (json[0] === 'Prime' && typeof json[1] === 'string') {
    primed.add(json[1]);
    letters.add(json[1]);
    return;
  }
  for (const item of json.slice(1)) collect(item as MathJson, primed, letters);
}

/** Each function letter and its primes replaced by `make(name, order)`; undefined for an order not read or an application `u(x)`. */
function replace(json: MathJson, make: (name: string, order: number) => MathJson): MathJson | undefined {
  if (typeof json === 'string') return FUNCTION_LETTERS.has(json) ? make(json, 0) : json;
  if (!Array.isArray(json)) return json;
  if (json[0] === 'Prime' && typeof json[1] === 'string') {
    const order = json.length === 2 ? 1 : json[2];
    return typeof order === 'number' && order >= 1 && order <= MAX_ORDER ? make(json[1], order) : undefined;
  }
  const out: MathJson[] = [json[0] as MathJson];
  for (const item of json.slice(1)) {
    const r = replace(item as MathJson, make);
    if (r === undefined) return undefined;
    out.push(r);
  }
  return out;
}
