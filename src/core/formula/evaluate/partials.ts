/**
 * Derivatives in Leibniz notation — `\frac{\partial f}{\partial x}`,
 * `\frac{\partial^2 f}{\partial x \partial y}`, `\frac{\partial (2xy)}{\partial x}`,
 * `\frac{dy}{dx}`, evaluated at a point `\frac{\partial f}{\partial x}(3,4)` —
 * and the primes of symbols bound to an expression (`y = x^2 + 3x` then `y'`).
 *
 * The engine cannot read these (`\partial x \partial y` is a parse error), so
 * each derivative fraction is found in the LaTeX, replaced by a placeholder
 * symbol, and put back into the tree as a `Leibniz` node; identity.ts then
 * resolves it with the note's definitions into a `Partial` node, which the
 * interpreter evaluates here by central differences with Richardson steps.
 * The difference error is estimated from the steps and carried as the value's
 * rounding bound, so an identity is never judged on it (identity.ts skips a
 * point where the sides differ by no more than rounding explains).
 *
 * What is not read as a derivative (an unknown name, a variable the function
 * does not take, a total derivative `d` of something with other variables) makes
 * the claim undecided, never failed: resolveDerivatives throws NotADerivative.
 */
import { derivativeNotation, uprightDifferentials } from '../read/derivativeNotation';
import type { MathJson } from '../read/engine';
import { CannotEvaluate, type Budget, type Evaluated } from './interpret';
import type { ClaimReport, FunctionDefinition } from '../types';
import { boldLettersAsPlain } from '../read/boldLetters';
import { textWordsAsVariables } from '../read/textNames';
import { bracedGroup } from '../read/bracedGroup';
import { Refusal } from '../refusal';
import { primedGroup, resolvePrimedGroup } from './primedGroups';

/** A derivative fraction found in a side's LaTeX. */
interface Leibniz {
  /** The LaTeX of what is differentiated: a name (`f`, `s_1`) or an expression (`(2xy)`, `x^2`). */
  readonly of: string;
  /** The variables, in the order written in the denominator (a variable of order 2 appears twice). */
  readonly wrt: readonly string[];
  /** `\partial` (partial) or `d` (total). */
  readonly partial: boolean;
}

/** Placeholders are letters only, so the scalar-notation check reads them as one upright name. */
const PLACEHOLDER = 'Leibniz';
const MAX_DERIVATIVES = 26;

/** A side's LaTeX with each derivative fraction replaced by a placeholder, and what they were. */
export interface FoundDerivatives {
  readonly latex: string;
  readonly found: readonly Leibniz[];
}

/** Whether a side may need readForIdentity even when its plain reading failed: a derivative, or a word in `\\text`. */
export function needsIdentityReading(latex: string): boolean {
  return mentionsLeibniz(latex) || textWordsAsVariables(latex) !== undefined;
}

/** Whether `latex` writes a derivative in Leibniz notation (a quick test before the full search). */
export function mentionsLeibniz(latex: string): boolean {
  return /\\partial|\\[dt]?frac\s*\{\s*d/.test(latex);
}

/** A variable as written in a denominator: a letter or Greek letter, optionally subscripted. */
const VARIABLE = String.raw`(?:[A-Za-z]|\\[a-z]+)(?:_\{[^{}]*\}|_[A-Za-z0-9])?`;
const ORDER = String.raw`(?:\^\s*(?:\{\s*(\d)\s*\}|(\d)))?`;
const PARTIAL_NUMERATOR = new RegExp(String.raw`^\s*\\partial\s*${ORDER}\s*([\s\S]*?)\s*$`);
/** What a total derivative's numerator names: a variable, or a calligraphic letter (`\\frac{d\\mathcal{L}}{d\\mu}`, a loss or a Lagrangian). */
const NUMERATOR_NAME = String.raw`(?:${VARIABLE}|\\mathcal\s*\{\s*[A-Za-z]\s*\})`;
const TOTAL_NUMERATOR = new RegExp(String.raw`^\s*d\s*${ORDER}\s*(${NUMERATOR_NAME})?\s*$`);
const PARTIAL_FACTOR = new RegExp(String.raw`\\partial\s*(${VARIABLE})\s*${ORDER}\s*`, 'y');
const TOTAL_OF_GROUP = new RegExp(String.raw`^\s*d\s*${ORDER}\s*(\([\s\S]*\)|\\left\s*\([\s\S]*\\right\s*\))\s*$`);
const TOTAL_DENOMINATOR = new RegExp(String.raw`^\s*d\s*(${VARIABLE})\s*${ORDER}\s*$`);

/** Find the derivative fractions of one side; undefined when there are none (or too many to be notation we read). */
export function findDerivatives(latex: string, isFunctionName: (latexName: string) => boolean = () => false): FoundDerivatives | undefined {
  const found: Leibniz[] = [];
  let out = '';
  let at = 0;
  const pattern = /\\[dt]?frac\s*/g;
  for (let m = pattern.exec(latex); m; m = pattern.exec(latex)) {
    const numerator = bracedGroup(latex, m.index + m[0].length);
    const denominator = numerator && bracedGroup(latex, skipSpace(latex, numerator.end));
    if (!numerator || !denominator) continue;
    const after = skipSpace(latex, denominator.end);
    const operand = OPERATOR_NUMERATOR.test(numerator.content) ? withPower(latex, groupAfter(latex, after)) ?? functionCallAfter(latex, after) ?? definedCallAfter(latex, after, isFunctionName) : undefined;
    const derivative = operand ? readFraction(`${numerator.content} ${operand.content}`, denominator.content) : readFraction(numerator.content, denominator.content);
    if (!derivative) continue;
    if (found.length === MAX_DERIVATIVES) return undefined;
    out += `${latex.slice(at, m.index)} \\mathrm{${PLACEHOLDER}${String.fromCharCode(65 + found.length)}} `;
    found.push(derivative);
    at = operand?.end ?? denominator.end;
    pattern.lastIndex = at;
  }
  return found.length === 0 ? undefined : { latex: out + latex.slice(at), found };
}

/** `\\frac{d}{dx}`, `\\frac{\\partial}{\\partial x}`: the operator alone, applied to the group after it. */
const OPERATOR_NUMERATOR = /^\s*(?:d|\\partial)\s*(?:\^\s*(?:\{\s*\d\s*\}|\d))?\s*$/;

/**
 * The parenthesised group starting at `from` — `(x^3)` or `\\left( x^3 \\right)` —
 * with its parentheses, and the index past it; undefined when none starts there.
 */
function groupAfter(latex: string, from: number): { content: string; end: number } | undefined {
  const sized = latex.startsWith('\\left(', from);
  if (!sized && latex[from] !== '(') return undefined;
  let depth = 0;
  for (let i = from; i < latex.length; i++) {
    if (sized ? latex.startsWith('\\left', i) : latex[i] === '(') depth++;
    else if ((sized ? latex.startsWith('\\right', i) : latex[i] === ')') && --depth === 0) {
      const end = sized ? i + '\\right)'.length : i + 1;
      return sized && latex[i + '\\right'.length] !== ')' ? undefined : { content: latex.slice(from, end), end };
    }
  }
  return undefined;
}

/** A function applied to a bracket, `\\tanh(x)`, `\\sigma\\left(z\\right)`, `\\sin^2(x)`: what `\\frac{d}{dx}` before it differentiates. */
const FUNCTION_COMMAND = /^\\(?:sin|cos|tan|sinh|cosh|tanh|arcsin|arccos|arctan|exp|log|ln|sigma)(?![A-Za-z])\s*(?:\^\s*(?:\{\s*\d\s*\}|\d)\s*)?/;

/** `\\frac{d}{dx}\\tanh(x)`: the call after the operator, as a bracketed group to differentiate (not `d` times a fraction). */
function functionCallAfter(latex: string, from: number): { content: string; end: number } | undefined {
  const name = FUNCTION_COMMAND.exec(latex.slice(from));
  const call = name && groupAfter(latex, from + name[0].length);
  return call ? { content: `(${latex.slice(from, call.end)})`, end: call.end } : undefined;
}

/** A name applied to a bracket: a letter, a Greek letter, `\\ell` or `\\mathcal{L}`, subscripted or not (`J(\\theta)`, `L_{CE}(z)`). */
const CALLED_NAME = /^(?:\\mathcal\s*\{\s*[A-Za-z]\s*\}|[A-Za-z]|\\[A-Za-z]+)(?:_\{[^{}]*\}|_[A-Za-z0-9])?\s*/;

/**
 * `\\frac{\\partial}{\\partial \\theta} J(\\theta)`: the operator applied to a function the note defined, called on a bracket
 * (ML notes write the gradient of a cost so: newfacade-ml-notes, `\\frac{\\partial}{\\partial w}J(w, b)`). The call is what it
 * differentiates. A name the note did not define as a function (`u(x, t)`, `x(t)`) is left as written.
 */
function definedCallAfter(latex: string, from: number, isFunctionName: (latexName: string) => boolean): { content: string; end: number } | undefined {
  const name = CALLED_NAME.exec(latex.slice(from));
  if (!name || !isFunctionName(name[0].trim())) return undefined;
  const call = groupAfter(latex, from + name[0].length);
  return call ? { content: `(${latex.slice(from, call.end)})`, end: call.end } : undefined;
}

/** `\\frac{\\partial}{\\partial y}(t - y)^2` differentiates the power, as its readers take it, not the bracket squared afterwards. */
function withPower(latex: string, group: { content: string; end: number } | undefined): { content: string; end: number } | undefined {
  if (!group) return undefined;
  const at = skipSpace(latex, group.end);
  if (latex[at] !== '^') return group;
  const from = skipSpace(latex, at + 1);
  const braced = bracedGroup(latex, from);
  const end = braced ? braced.end : /[A-Za-z0-9]/.test(latex[from] ?? '') ? from + 1 : undefined;
  return end === undefined ? undefined : { content: latex.slice(group.end - group.content.length, end), end };
}

function readFraction(numerator: string, denominator: string): Leibniz | undefined {
  const partial = PARTIAL_NUMERATOR.exec(numerator);
  if (partial) {
    const order = Number(partial[1] ?? partial[2] ?? 1);
    const wrt = denominatorVariables(denominator);
    if (!wrt || wrt.length !== order || partial[3] === '') return undefined;
    return { of: partial[3]!, wrt, partial: true };
  }
  // `\\frac{d}{dx}(x^3)`: the group after the operator is what it differentiates.
  const total = TOTAL_NUMERATOR.exec(numerator) ?? TOTAL_OF_GROUP.exec(numerator);
  const by = TOTAL_DENOMINATOR.exec(denominator);
  if (!total || !by || total[3] === undefined) return undefined;
  const order = Number(total[1] ?? total[2] ?? 1);
  if (order !== Number(by[2] ?? by[3] ?? 1) || order > 2) return undefined;
  return { of: total[3], wrt: Array<string>(order).fill(by[1]!), partial: false };
}

/** `\partial x \partial y`, `\partial x^2`: the variables, each repeated by its order (at most 2 in all). */
function denominatorVariables(denominator: string): string[] | undefined {
  const wrt: string[] = [];
  const text = denominator.trim();
  PARTIAL_FACTOR.lastIndex = 0;
  while (PARTIAL_FACTOR.lastIndex < text.length) {
    const m = PARTIAL_FACTOR.exec(text);
    if (!m) return undefined;
    for (let k = 0; k < Number(m[2] ?? m[3] ?? 1); k++) wrt.push(m[1]!.trim());
  }
  return wrt.length > 0 && wrt.length <= 2 ? wrt : undefined;
}

function skipSpace(latex: string, from: number): number {
  // Spacing commands too: `\\tfrac{d}{dx}\\!\\left(…\\right)` applies the operator to the group (samppii-cs229-notes).
  return from + (/^(?:\s|\\[,;:!]|\\quad\b)*/.exec(latex.slice(from))?.[0].length ?? 0);
}

/**
 * The side's tree with each placeholder replaced by `["Leibniz", of, ["Tuple", …wrt], partial]`,
 * and a placeholder followed by a parenthesised group (`\frac{\partial f}{\partial x}(3,4)`)
 * by `["Leibniz", of, wrt, partial, ["Tuple", …point]]`.
 */
export function withDerivatives(json: MathJson, found: readonly Leibniz[], read: (latex: string) => MathJson): MathJson {
  const node = (symbol: MathJson): MathJson | undefined => {
    if (typeof symbol !== 'string' || !symbol.startsWith(PLACEHOLDER)) return undefined;
    const d = found[symbol.charCodeAt(PLACEHOLDER.length) - 65];
    if (!d || symbol.length !== PLACEHOLDER.length + 1) return undefined;
    return ['Leibniz', read(d.of), ['Tuple', ...d.wrt.map(read)], d.partial ? 1 : 0];
  };
  const walk = (item: MathJson): MathJson => {
    const direct = node(item);
    if (direct) return direct;
    if (!Array.isArray(item)) return item;
    const [head, ...args] = item as readonly MathJson[];
    const parts = args.map(walk);
    if (head !== 'InvisibleOperator') return [head!, ...parts];
    const out: MathJson[] = [];
    for (let k = 0; k < parts.length; k++) {
      const next = parts[k + 1];
      const part = parts[k]!;
      if (Array.isArray(part) && part[0] === 'Leibniz' && part.length === 4 && Array.isArray(next) && next[0] === 'Delimiter') {
        out.push([...part, ['Tuple', ...pointOf(next)]]);
        k++;
      } else out.push(part);
    }
    return out.length === 1 ? out[0]! : ['InvisibleOperator', ...out];
  };
  return walk(json);
}

function pointOf(group: readonly MathJson[]): MathJson[] {
  const body = group[1];
  if (body === undefined) return [];
  return Array.isArray(body) && body[0] === 'Sequence' ? (body.slice(1) as MathJson[]) : [body];
}

/** Function names written without their backslash (`tan(z)`, `sec^2(z)`, `cos^2(z)`) in calculus notes. */
// `log{\frac{e^{z_i - max(z)}}{…}}` (jyroy-llm-learning): max and min too, and an argument in braces as well as brackets.
const BARE_FUNCTION = /(?<![\\A-Za-z_^])(sin|cos|tan|sec|csc|cot|sinh|cosh|tanh|exp|ln|log|max|min)(?=\s*(?:\^\s*(?:\{[^{}]*\}|\d)\s*)?[({])/g;

/**
 * One side as the identity check reads it, when it writes derivatives in Leibniz
 * notation or bare function names; undefined otherwise (the plain reading stands).
 * `checked` is the text the scalar-notation check sees: placeholders for the
 * derivatives and the expressions they differentiate. A bare `tan(z)` may also be
 * t·a·n·z, or tan in degrees: a claim reading it as the function may hold, never fail.
 */
export function readForIdentity(
  text: string,
  read: (latex: string) => MathJson,
  /** Names the note bound as scalars: bold letters in a derivative that are all such names are read plain (boldLetters.ts). */
  isScalarName: (name: string) => boolean = () => false,
  /** Names, as written, the note defined as functions: `\\frac{\\partial}{\\partial \\theta} J(\\theta)` differentiates the call. */
  isFunctionName: (latexName: string) => boolean = () => false,
): { json: MathJson; checked: string; confirmOnly: boolean } | undefined {
  const written = text;
  text = derivativeNotation(text);
  const plain = mentionsLeibniz(text) ? boldLettersAsPlain(text, isScalarName) : text;
  const bare = plain.replace(BARE_FUNCTION, '\\$1 ');
  const words = textWordsAsVariables(bare);
  const named = words?.latex ?? bare;
  const found = mentionsLeibniz(named) ? findDerivatives(named, isFunctionName) : undefined;
  // An upright d alone changes nothing the plain reading does not take; a bracket or a point-free prime rewritten does.
  if (!found && named === text && text === uprightDifferentials(written)) return undefined;
  const latex = found?.latex ?? named;
  const json = found ? withDerivatives(read(latex), found.found, read) : read(latex);
  // The scalar-notation check sees each derivative's placeholder and what it differentiates, and a text word as one letter.
  const forCheck = words?.checked ?? bare;
  const foundForCheck = found ? findDerivatives(forCheck, isFunctionName) : undefined;
  const checked = foundForCheck ? [foundForCheck.latex, ...foundForCheck.found.map((d) => d.of)].join(' ') : forCheck;
  return { json, checked, confirmOnly: bare !== plain };
}

/** A derivative this module does not read as one: the claim is left undecided. */
export class NotADerivative extends Refusal {}

/** What resolving derivatives needs from identity.ts. */
export interface DerivativeContext {
  readonly definitions: ReadonlyMap<string, FunctionDefinition>;
  /** Prepare an expression being differentiated (calls applied, earlier symbols bound) except for the variables in `keep`. */
  readonly prepare: (json: MathJson, keep: ReadonlySet<string>) => MathJson;
  /** Free variables of a prepared expression. */
  readonly variablesOf: (json: MathJson) => Set<string>;
  /** Names of the note's definitions that were differentiated (for "may refute" and the "using" text). */
  readonly used: Set<string>;
  /** The variables differentiated by (`a` in `\\frac{\\partial L}{\\partial a}`), recorded when given. */
  readonly by?: Set<string>;
  /**
   * Where a total derivative of an expression may take its other variables as
   * constants (`n` in `\\frac{d}{dx}(x^n)`), recording them; without it such a
   * derivative is not read.
   */
  readonly constants?: Set<string>;
}

/**
 * `Leibniz` nodes and primes of bound symbols (`y'`) as `["Partial", body, ["Tuple", …wrt]]`,
 * or `["Partial", body, wrt, ["Tuple", …params], ["Tuple", …point]]` at a point.
 * A body is evaluated with its free variables taken from the point or, without one,
 * from the identity's own variables of the same names.
 */
export function resolveDerivatives(json: MathJson, context: DerivativeContext): MathJson {
  if (!Array.isArray(json)) return json;
  const [head, ...args] = json as readonly MathJson[];
  if (head === 'Leibniz') return resolveLeibniz(args, context);
  if (head === 'Prime' && typeof args[0] === 'string' && args.length <= 2) return resolvePrime(args[0], args[1], context);
  // `(\ln x)'`, `(\sin x)^{(n)}`: a prime on a parenthesised expression (primedGroups.ts).
  const primed = primedGroup(json);
  if (primed) return resolvePrimedGroup(primed.of, primed.order, context, (j) => resolveDerivatives(j, context));
  return [head!, ...args.map((a) => resolveDerivatives(a, context))];
}

function resolveLeibniz(args: readonly MathJson[], context: DerivativeContext): MathJson {
  const [of, wrtTuple, partial, point] = args;
  const wrt = (wrtTuple as readonly MathJson[]).slice(1);
  if (!wrt.every((v): v is string => typeof v === 'string')) throw new NotADerivative('a variable that is not a plain name');
  // ∂f/∂f = 1: a value's derivative with respect to itself.
  if (typeof of === 'string' && wrt.length === 1 && wrt[0] === of) return ['Partial', of, ['Tuple', of]];
  const definition = typeof of === 'string' ? context.definitions.get(of) : undefined;
  if (definition) {
    const written = expressionOf(definition);
    if (written === undefined) throw new NotADerivative(`${String(of)} has no expression to differentiate`);
    // `f = qz` after `q = x + y`: names bound in the body are bound now, all but the variables differentiated by.
    const body = definition.params.length > 0 ? written : context.prepare(written, new Set(wrt));
    context.used.add(definition.name);
    for (const v of wrt) context.by?.add(v);
    const params = definition.params.length > 0 ? [...definition.params] : [...context.variablesOf(body)].sort();
    if (!wrt.every((v) => params.includes(v))) throw new NotADerivative('a variable the function does not take');
    if (partial === 0 && params.length !== 1) {
      // `L = \\frac{(y - z_2)^2}{2}` then `\\frac{dL}{dz_2}`: `d` of a symbol bound to an expression holds its other
      // variables constant, as for an expression written out (identity.ts and graphDerivatives.ts judge what that allows).
      if (definition.params.length > 0 || !context.constants) throw new NotADerivative('a total derivative of a function of several variables');
      for (const v of params) if (!wrt.includes(v)) context.constants.add(v);
    }
    return atPoint(['Partial', body, ['Tuple', ...wrt]], params, point, definition.params.length > 0, context);
  }
  if (typeof of === 'string') throw new NotADerivative(`${of} is not defined in the note`);
  if (point !== undefined) throw new NotADerivative('a derivative of an expression at a point');
  const body = context.prepare(resolveDerivatives(of!, context), new Set(wrt));
  const variables = context.variablesOf(body);
  // d/dx of an expression with other variables: they might depend on x.
  const others = [...variables].filter((v) => !wrt.includes(v));
  // `\\frac{d}{dx} f`, `\\nabla_x f` with no x in sight: f is a function of x, not a constant
  // (a partial of an expression in other variables, `\\frac{\\partial (x^2 + 1)}{\\partial y}`, is 0).
  const without = !wrt.every((v) => variables.has(v));
  if (others.length > 0 && without && (partial === 0 || typeof unwrapped(body) === 'string')) throw new NotADerivative('a derivative of a name without its variable');
  if (partial === 0 && others.length > 0) {
    if (!context.constants) throw new NotADerivative('a total derivative of an expression with other variables');
    for (const v of others) context.constants.add(v);
  }
  return ['Partial', body, ['Tuple', ...wrt]];
}

/** An expression without the parentheses around it. */
function unwrapped(json: MathJson): MathJson {
  let inner = json;
  for (let k = 0; k < 8 && Array.isArray(inner) && inner[0] === 'Delimiter' && inner.length === 2; k++) inner = inner[1] as MathJson;
  return inner;
}

/** What a definition's derivative differentiates: its body, or for a symbol bound to a number, the expression it was computed from. */
function expressionOf(definition: FunctionDefinition): MathJson | undefined {
  if (definition.body !== undefined && typeof definition.body !== 'number') return definition.body;
  return definition.expression;
}

/** `\frac{\partial f}{\partial x}(3, 4)`: the parameters bound to the point; only a function defined with parameters takes one. */
function atPoint(partial: MathJson[], params: readonly string[], point: MathJson | undefined, takesPoint: boolean, context: DerivativeContext): MathJson {
  if (point === undefined) return partial;
  const values = (point as readonly MathJson[]).slice(1).map((p) => context.prepare(resolveDerivatives(p, context), new Set()));
  if (!takesPoint || values.length !== params.length) throw new NotADerivative('a point that does not match the parameters');
  return [...partial, ['Tuple', ...params], ['Tuple', ...values]];
}

/** `y'`, `y''` of a symbol bound to an expression in one variable (`y = x^2 + 3x + 4`). */
function resolvePrime(name: string, orderJson: MathJson | undefined, context: DerivativeContext): MathJson {
  const definition = context.definitions.get(name);
  const order = typeof orderJson === 'number' ? orderJson : 1;
  const body = definition && definition.params.length === 0 ? expressionOf(definition) : undefined;
  if (body === undefined || order > 2) return ['Prime', name, ...(orderJson === undefined ? [] : [orderJson])];
  const variables = [...context.variablesOf(body)];
  if (variables.length !== 1) throw new NotADerivative(`${name} depends on ${variables.length} variables`);
  context.used.add(name);
  return ['Partial', body, ['Tuple', ...Array<string>(order).fill(variables[0]!)]];
}

/** Free variables of a `Partial` node: its body's and the variables differentiated, or the point's. */
export function partialVariables(args: readonly MathJson[], variablesOf: (json: MathJson, out: Set<string>) => Set<string>, out: Set<string>): Set<string> {
  const [body, wrt, , point] = args;
  if (point !== undefined) {
    for (const p of (point as readonly MathJson[]).slice(1)) variablesOf(p, out);
    return out;
  }
  variablesOf(body!, out);
  for (const v of (wrt as readonly MathJson[]).slice(1)) variablesOf(v, out);
  return out;
}

type Evaluate = (json: MathJson, budget: Budget, env: ReadonlyMap<string, number>, depth: number) => Evaluated;

/** Below this share of max(|value|, 1) a difference quotient's error is never trusted to be smaller. */
const DIFFERENCE_FLOOR = 1e-7;

/**
 * `["Partial", body, ["Tuple", x, y], params?, point?]`: ∂/∂x ∂/∂y of body.
 * Each variable is differenced in turn (the innermost first); the result
 * carries a bound on its error (see differentiate).
 */
export function evaluatePartial(args: readonly MathJson[], budget: Budget, env: ReadonlyMap<string, number>, depth: number, evaluate: Evaluate): Evaluated {
  const [body, wrtTuple, paramsTuple, pointTuple] = args;
  const wrt = (wrtTuple as readonly MathJson[]).slice(1) as string[];
  let scope: ReadonlyMap<string, number> = env;
  let pointNoise = 0;
  if (pointTuple !== undefined) {
    const params = (paramsTuple as readonly MathJson[]).slice(1) as string[];
    const values = (pointTuple as readonly MathJson[]).slice(1).map((p) => evaluate(p, budget, env, depth + 1));
    pointNoise = values.reduce((sum, v) => sum + v.noise, 0);
    scope = new Map(params.map((p, k) => [p, values[k]!.value] as const));
  }
  const at = (k: number, point: ReadonlyMap<string, number>): Evaluated => {
    if (k < 0) return evaluate(body!, budget, point, depth + 1);
    return differentiate((t) => at(k - 1, new Map(point).set(wrt[k]!, t)), point.get(wrt[k]!));
  };
  const found = at(wrt.length - 1, scope);
  // The floor is applied once, to the result: carried through an outer difference it would swamp it.
  const result = { ...found, noise: Math.max(found.noise, DIFFERENCE_FLOOR * Math.max(Math.abs(found.value), 1)) };
  // A point known only to within rounding moves the derivative by an amount we do not bound: no verdict on it.
  return pointNoise > 0 ? { ...result, noise: Infinity } : result;
}

/**
 * g′(x) by central differences D(h) = (g(x+h) − g(x−h)) / 2h, with one
 * Richardson step R(h) = D(h/2) + (D(h/2) − D(h)) / 3, at h and h/2. The
 * value is R(h/2); its error bound is
 * - the truncation estimate |R(h) − R(h/2)| (R's error falls 16-fold per
 *   halving, so this is about 15 times R(h/2)'s own), plus
 * - the inputs' bounds carried through the quotients (each g value's bound,
 *   which includes its evaluation rounding, over the step).
 * evaluatePartial never lets the final bound fall below DIFFERENCE_FLOOR of
 * max(|value|, 1). At a kink or a pole
 * within the steps the estimates disagree and the bound is large, so the point
 * is skipped rather than judged.
 */
export function differentiate(g: (x: number) => Evaluated, x: number | undefined): Evaluated {
  if (x === undefined) throw new CannotEvaluate('a derivative with respect to a variable with no value');
  const h = 1e-3 * Math.max(1, Math.abs(x));
  const quotient = (step: number): { value: number; noise: number } => {
    const up = x + step;
    const down = x - step;
    const a = g(up);
    const b = g(down);
    const width = up - down; // exact: the two points are close
    const value = (a.value - b.value) / width;
    return { value, noise: (a.noise + b.noise) / width + Math.abs(value) * 2 ** -52 };
  };
  const [d1, d2, d4] = [quotient(h), quotient(h / 2), quotient(h / 4)];
  const richardson = (coarse: typeof d1, fine: typeof d1): { value: number; noise: number } => ({
    value: fine.value + (fine.value - coarse.value) / 3,
    noise: (4 * fine.noise + coarse.noise) / 3,
  });
  const r1 = richardson(d1, d2);
  const r2 = richardson(d2, d4);
  const value = r2.value;
  const noise = Math.abs(r1.value - r2.value) + r2.noise;
  return { value, noise: Number.isFinite(noise) ? noise : Infinity, under: 0 };
}

/**
 * `\frac{\partial f}{\partial x}(3,4) = 24`: a derivative's value is known only to within
 * its difference error. The claim holds when the sides agree within that error, and
 * fails only as identities do (identity.ts): clearly apart, by a hundred times the
 * error and a visible relative amount; in between it is undecided.
 */
export function judgeDerivativeValue(plain: ClaimReport, left: Evaluated, right: Evaluated): ClaimReport {
  if (plain.relation !== '=') return plain;
  const { fix: _fix, reason: _reason, reading: _reading, ...rest } = plain;
  const diff = Math.abs(left.value - right.value);
  const bound = 2 * (left.noise + right.noise);
  const scale = Math.max(Math.abs(left.value), Math.abs(right.value));
  if (diff <= bound) return { ...rest, verdict: 'holds', reading: 'within the error of the numerical derivative' };
  if (plain.verdict === 'fails' && diff > 100 * bound && diff > 1e-6 * scale) return { ...rest, verdict: 'fails' };
  if (plain.verdict === 'holds') return plain;
  return { ...rest, verdict: 'none', reason: `cannot evaluate: the sides differ by ${Number(diff.toPrecision(2))}, close to the error of the numerical derivative (±${Number(bound.toPrecision(2))})` };
}
