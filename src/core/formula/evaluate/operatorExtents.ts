/**
 * Derivative operators whose operand the note does not delimit:
 * `\frac{d}{dx}x^2`, `\nabla_{\theta} (y - \theta x)^2/2`. partials.ts reads
 * an operator applied to the parenthesised group right after it; here each
 * plausible extent of the operand is written out as such a group:
 *
 * - after a bracket: the group with the power written after it, or the rest
 *   of its term (up to the next `+` or `-` outside any brackets);
 * - without a bracket: the rest of the term, or the rest of the side.
 *
 * `\nabla_{\theta}` of one scalar name is the partial derivative ∂/∂θ (a
 * gradient with respect to a scalar; a claim that fails for a scalar θ fails
 * for the vector case it generalises too).
 *
 * analyze.ts judges the claim under every combination of extents and keeps a
 * verdict only when all of them agree.
 */
import { bracedGroup } from '../read/bracedGroup';
import { derivativeNotation } from '../read/derivativeNotation';
import { ARGUMENT_IN_DOUBT, argumentReadings } from './functionArgumentExtent';
import type { Piece } from '../split';
import type { ClaimReport } from '../types';

/** At most this many readings of one side (two operators with two extents each). */
const MAX_READINGS = 4;
const NAME = String.raw`(?:[A-Za-z]|\\(?:alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|vartheta|kappa|lambda|mu|nu|xi|rho|sigma|tau|phi|varphi|chi|psi|omega))`;
const NABLA = new RegExp(String.raw`\\nabla\s*_\s*(?:\{\s*(${NAME})\s*\}|(${NAME}))`, 'g');
/** `\frac{d}{dx}`, `\frac{\partial}{\partial x}`, `\frac{d^2}{dx^2}`: the operator alone. */
const OPERATOR_NUMERATOR = /^\s*(?:d|\\partial)\s*(?:\^\s*(?:\{\s*\d\s*\}|\d))?\s*$/;

/** Whether a side writes an operator whose operand may need its extent read (a quick test). */
export function writesOperator(latex: string): boolean {
  return /\\nabla\s*_|\\[dt]?frac\s*\{\s*(?:d|\\partial)\s*(?:\^\s*\{?\s*\d\s*\}?)?\s*\}/.test(latex);
}

/**
 * The side's readings with every operator's operand put in parentheses, one
 * per combination of plausible extents; undefined when the side has no
 * operator whose operand is in doubt (partials.ts then reads it as it is).
 */
export function operandReadings(latex: string): string[] | undefined {
  // `\\frac{d}{dx}[ax^2 + bx + c]`: a bracket around the operand is a group (derivativeNotation.ts).
  const rewritten = derivativeNotation(latex).replace(NABLA, (_m, braced: string | undefined, bare: string | undefined) => `\\frac{\\partial}{\\partial ${braced ?? bare}}`);
  const readings = expand(rewritten, 0);
  if (readings === undefined || readings.length > MAX_READINGS) return undefined;
  return readings.length === 1 && readings[0] === latex ? undefined : readings;
}

/** `text` with the operators from `from` on given each extent of their operand; undefined when one is not read. */
function expand(text: string, from: number): string[] | undefined {
  const end = operatorEnds(text).find((e) => e >= from);
  if (end === undefined) return [text];
  const start = skipSpace(text, end);
  const extents = operandExtents(text, start);
  if (extents.length === 0) return undefined;
  // One extent that is already a parenthesised group, or a call (`\\frac{d}{dx} f(x)`): read as written.
  // A group with a power after it (`\\frac{\\partial}{\\partial y}(t - y)^2`) is not: the power belongs to the operand.
  const wholeGroup = /^(?:\\left\s*)?\(/.test(text.slice(start)) && closingEnd(text, start) === extents[0];
  if (extents.length === 1 && (wholeGroup || isCall(text.slice(start, extents[0])))) return expand(text, extents[0]!);
  const out: string[] = [];
  for (const extent of extents) {
    const operand = text.slice(start, extent);
    if (writesOperator(operand)) return undefined; // an operator inside another's operand: not read
    const rest = expand(`${text.slice(0, end)}(${operand})${text.slice(extent)}`, end + operand.length + 2);
    if (rest === undefined) return undefined;
    out.push(...rest);
    if (out.length > MAX_READINGS) return undefined;
  }
  return [...new Set(out)];
}

/** The index just past each derivative operator (`\frac{d}{dx}`) in `latex`. */
function operatorEnds(latex: string): number[] {
  const ends: number[] = [];
  const pattern = /\\[dt]?frac\s*/g;
  for (let m = pattern.exec(latex); m; m = pattern.exec(latex)) {
    const numerator = bracedGroup(latex, m.index + m[0].length);
    const denominator = numerator && bracedGroup(latex, skipSpace(latex, numerator.end));
    if (!numerator || !denominator || !OPERATOR_NUMERATOR.test(numerator.content)) continue;
    ends.push(denominator.end);
    pattern.lastIndex = denominator.end;
  }
  return ends;
}

/** Where each plausible operand starting at `from` ends: the next factor, with its power, and the rest of the term. */
function operandExtents(latex: string, start: number): number[] {
  const factor = factorEnd(latex, start);
  if (factor === undefined) return [];
  const withPower = powerEnd(latex, factor);
  const term = termEnd(latex, start);
  if (term === undefined || term < withPower) return [];
  // A bracketed operand is the group (with its power: `\\frac{d}{dx}x^2` is never (d/dx x)²), or its whole term.
  const bracketed = /^(?:\\left\s*)?[([]/.test(latex.slice(start));
  if (bracketed) return [...new Set([withPower, term])].sort((a, b) => a - b);
  // Without brackets it is at least its term (`\\frac{d}{d\\theta} \\theta^9(1-\\theta)^4`), and may be the rest of the side (`\\frac{d}{dx} x^2 + 3x`).
  const side = sideEnd(latex, start);
  return side === undefined ? [] : [...new Set([term, side])].sort((a, b) => a - b);
}

/** The end of one factor at `at`: a bracketed group, a number, a letter (with a subscript) or a command with its braced arguments. */
function factorEnd(latex: string, at: number): number | undefined {
  const sized = /^\\left\s*[([]/.exec(latex.slice(at));
  if (sized || latex[at] === '(' || latex[at] === '[') return closingEnd(latex, at);
  if (latex[at] === '{') return bracedGroup(latex, at)?.end;
  const token = /^(?:\d+(?:\.\d+)?|[A-Za-z](?:\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?|\\[A-Za-z]+)/.exec(latex.slice(at));
  if (!token) return undefined;
  let end = at + token[0].length;
  // A command's braced arguments (`\sqrt{x}`, `\frac{a}{b}`) belong to it.
  for (let group = bracedGroup(latex, end); token[0].startsWith('\\') && group; group = bracedGroup(latex, end)) end = group.end;
  // `f(x)`, `\\sigma(x)`: a name called on a group.
  return CALL_GROUP.test(latex.slice(end)) ? closingEnd(latex, skipSpace(latex, end)) : end;
}

/** A parenthesised group right after a name: the name is called on it. */
const CALL_GROUP = /^\s*(?:\\left\s*)?\(/;

/** Whether an operand is one name called on a group (`f(x)`, `\\sigma(z)`). */
function isCall(operand: string): boolean {
  const m = /^(?:[A-Za-z](?:\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?|\\[A-Za-z]+)/.exec(operand);
  return m !== null && CALL_GROUP.test(operand.slice(m[0].length)) && closingEnd(operand, skipSpace(operand, m[0].length)) === operand.length;
}

/** Past a power written right after `at` (`^2`, `^{n-1}`), else `at`. */
function powerEnd(latex: string, at: number): number {
  const m = /^\s*\^\s*/.exec(latex.slice(at));
  if (!m) return at;
  const from = at + m[0].length;
  if (latex[from] === '{') return bracedGroup(latex, from)?.end ?? at;
  return /^[A-Za-z0-9]/.test(latex[from] ?? '') ? from + 1 : at;
}

/** The end of the term starting at `at`: the next `+` or `-` outside brackets and scripts, or the end of the side. */
function termEnd(latex: string, at: number): number | undefined {
  let depth = 0;
  for (let i = at; i < latex.length; i++) {
    const ch = latex[i]!;
    if (ch === '\\') {
      const name = /^\\([A-Za-z]+|.)/.exec(latex.slice(i))?.[1] ?? '';
      if (name === 'left') depth++;
      else if (name === 'right') depth--;
      i += name.length;
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (depth === 0 && (ch === '+' || ch === '-') && i > at && !/[\^_]\s*$/.test(latex.slice(at, i))) return trimEnd(latex, at, i);
    if (depth < 0) return undefined;
  }
  return depth === 0 ? trimEnd(latex, at, latex.length) : undefined;
}

/** The end of the side from `at` when its brackets balance there. */
function sideEnd(latex: string, at: number): number | undefined {
  let depth = 0;
  for (let i = at; i < latex.length; i++) {
    if (latex.startsWith('\\left', i)) { depth++; i += 4; continue; }
    if (latex.startsWith('\\right', i)) { depth--; i += 5; continue; }
    if (latex[i] === '\\') { i++; continue; }
    const ch = latex[i]!;
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if ((ch === ')' || ch === ']' || ch === '}') && --depth < 0) return undefined;
  }
  return depth === 0 ? trimEnd(latex, at, latex.length) : undefined;
}

/** Past the bracket group opening at `at` (`(…)`, `[…]`, `\left( … \right)`). */
function closingEnd(latex: string, at: number): number | undefined {
  let depth = 0;
  for (let i = at; i < latex.length; i++) {
    if (latex.startsWith('\\left', i)) { depth++; i += 5; continue; }
    if (latex.startsWith('\\right', i)) {
      depth--;
      i += 6;
      if (depth === 0) return i + 1;
      continue;
    }
    const ch = latex[i]!;
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && --depth === 0) return i + 1;
  }
  return undefined;
}

function trimEnd(latex: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(latex[end - 1]!)) end--;
  return end;
}

function skipSpace(latex: string, from: number): number {
  return from + (/^\s*/.exec(latex.slice(from))?.[0].length ?? 0);
}

/** `x^{(t)}`, `z^{(2)}`: a step or layer index written as a parenthesised exponent. */
const INDEX_EXPONENT = /\^\s*\{\s*\(\s*([A-Za-z]|\d+)\s*\)\s*\}/g;

/**
 * A claim with an operator whose operand is in doubt, judged under each
 * combination of extents (`judge` is told how many readings are left, to
 * share the time): it holds or fails only when every reading says so;
 * undefined when no side has such an operator. A parenthesised exponent no
 * earlier formula bound as a name (`x^{(t)}`, decoratedNames.ts) is read both
 * as a name and as a power.
 */
export function judgeOverExtents(
  pieces: readonly [Piece, Piece],
  judge: (pieces: readonly [Piece, Piece], readingsLeft: number) => ClaimReport,
  /** Whether an earlier formula bound a name decorated with this exponent (`^(2)`). */
  bound: (exponent: string) => boolean,
): ClaimReport | undefined {
  const operands = pieces.map((p) => operandReadings(p.text));
  // Without a derivative operator, a function's bare argument before a product sign may be in doubt (functionArgumentExtent.ts).
  const byArguments = operands.every((r) => r === undefined);
  const [left, right] = byArguments ? pieces.map((p) => argumentReadings(p.text)) : operands;
  if (left === undefined && right === undefined) return undefined;
  const indices = pieces.flatMap((p) => [...p.text.matchAll(INDEX_EXPONENT)]);
  const asNames = indices.some((m) => bound(`^(${m[1]})`)) ? [] : [(t: string) => t.replace(INDEX_EXPONENT, '_{($1)}')];
  const asPowers = asNames.length > 0 && onlyDecorated(pieces.map((p) => p.text)) ? [] : [(t: string) => t.replace(INDEX_EXPONENT, '^{$1}')];
  const indexReadings = indices.length === 0 ? [(t: string) => t] : [...asNames, ...asPowers];
  const combinations = indexReadings.flatMap((index) =>
    (left ?? [pieces[0].text]).flatMap((l) => (right ?? [pieces[1].text]).map((r) => [{ ...pieces[0], text: index(l) }, { ...pieces[1], text: index(r) }] as const)),
  );
  if (combinations.length > 2 * MAX_READINGS) return undefined;
  const first = judge(combinations[0]!, combinations.length);
  // A claim that holds as the engine reads it holds in a reading the note allows: closing a bare argument only takes a "fails" away.
  if (byArguments && first.verdict === 'holds') return first;
  for (let k = 1; k < combinations.length && first.verdict !== 'none'; k++) {
    // The first reading that disagrees settles it: the time left goes to the claims after this one.
    if (judge(combinations[k]!, combinations.length - k).verdict !== first.verdict) return undecided(first, byArguments ? ARGUMENT_IN_DOUBT : OPERAND_IN_DOUBT);
  }
  return first;
}

/** A letter or Greek letter decorated with a parenthesised exponent: `x^{(t)}`, `\\theta^{(2)}`. */
const DECORATED = /(?<![A-Za-z\\])(\\?[A-Za-z]+)\s*\^\s*\{\s*\(\s*([A-Za-z]|\d+)\s*\)\s*\}/g;

/**
 * Whether every decorated base and every letter index appears only in its
 * decorated names (`y^{(t)}`, `x^{(t)}`, never a bare x or t). Then reading
 * x^{(t)} as the power x^t only gives one name the values x^t: a claim in the
 * names holds or fails alike for those (its sides are analytic in them), and
 * the power reading adds nothing.
 */
function onlyDecorated(texts: readonly string[]): boolean {
  const letters = new Set<string>();
  const rest = texts.map((t) => t.replace(DECORATED, (_m, base: string, index: string) => {
    letters.add(base);
    if (/^[A-Za-z]$/.test(index)) letters.add(index);
    return ' ';
  }));
  if ([...letters].some((l) => l.length > 1 && !l.startsWith('\\'))) return false;
  return rest.every((t) => {
    const commands = new Set(t.match(/\\[A-Za-z]+/g) ?? []);
    // Any other use of a letter counts, even glued to others (`dx` in `\\frac{d}{dx}`).
    const plain = t.replace(/\\[A-Za-z]+/g, ' ');
    return [...letters].every((l) => (l.startsWith('\\') ? !commands.has(l) : !plain.includes(l)));
  });
}

const OPERAND_IN_DOUBT = 'cannot evaluate: the verdict depends on how far the derivative operator reaches, or on what its names mean';

function undecided(claim: ClaimReport, reason: string): ClaimReport {
  const { fix: _fix, reading: _reading, ...rest } = claim;
  return { ...rest, verdict: 'none', reason };
}
