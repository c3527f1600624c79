/**
 * Identities with free variables: `\tanh(x) = 2\sigma(2x) - 1`,
 * `\sigma'(x) = \sigma(x)(1-\sigma(x))`, `\log(ab) = \log a + \log b`.
 * Both sides are evaluated at random points of their domain (seeded by the
 * formula, so a verdict never changes between runs) and compared with the
 * float64 error bounds the interpreter carries.
 *
 * A false "fails" is the worst thing this module can say, so it judges only
 * what it can read as a careful reader would:
 * - only `=` (an `\approx` between expressions is a regime, `e^x \approx 1+x`);
 * - only scalar notation: a side with vectors, transposes, norms, sets,
 *   expectations, partial derivatives or a name it does not know is not judged
 *   (ACCEPTED_COMMANDS, NAME_RUN);
 * - `f(x) = …` with f unknown is a definition: it binds f for later formulas
 *   and gets no verdict; so is `y = …` with y a bare symbol;
 * - an equation with a constant side (`x^2 - 5x + 6 = 0`) or sides in
 *   different variables is a condition to solve, unless it holds everywhere;
 * - σ, ReLU, softplus used but never defined in the note are taken as the
 *   usual activations, and a claim about them may then hold, never fail;
 * - a point where a side is undefined, or where the sides differ by an amount
 *   rounding could explain, is skipped; "fails" needs at least MIN_POINTS
 *   points of which nearly all clearly disagree.
 */
import { definedLetterCommandsAsLetters } from './definedLetterNames';
import type { MathJson } from '../read/engine';
import { CannotEvaluate, evaluate, isBuiltInFunction, type Budget, type Evaluated, type FunctionBody } from '../evaluate/interpret';
import type { FunctionDefinition, IdentityCheck } from '../types';
import { readAs, symbolName } from '../read/readAs';
import { Rng } from '../../numeric/rng';
import { partialVariables, resolveDerivatives } from '../evaluate/partials';
import { identityDoubt, isMatrixDoubt, PROPERTY_REASON } from './identityDoubts';
import { notationDoubt } from './notationDoubts';
import { decoratedName } from '../read/decoratedNames';
import { DUAL_REASON, otherReading } from './otherReadings';
import { failsAsDual } from './dualReading';
import { FUNCTION_SYMBOLS } from '../read/functionCalls';
import { rewriteBracketPowers } from '../read/preprocess';
import { rewriteBracketGroups } from '../read/bracketGroups';
import { pastDeadline } from '../deadline';
import { graphMayRefute } from './graphDerivatives';
import { boundNumbersOf } from './boundNumbers';
import { valuesUsing, withApplicationsAsValues } from './unknownApplications';
import { isSigmaName, sigmaIsNumber } from './sigmaAsVariable';
import { mayRestate } from './restatedSymbol';
import { ACTIVATION_NAMES, NAMED_ACTIVATIONS } from './namedActivations';


/** What a statement with free variables turned out to be. */
export type IdentityOutcome =
  | { readonly kind: 'definition'; readonly definition?: FunctionDefinition }
  | {
      readonly kind: 'judged';
      readonly verdict: 'holds' | 'fails' | 'none';
      readonly check: IdentityCheck;
      readonly reason?: string;
      /** The sides differ by the same factor at every point compared (`2 \\cdot 4096 \\cdot 16384 \\cdot B = 1.3e8 \\cdot B`): left / right. */
      readonly ratio?: number;
      /** The ratio may confirm the claim but not refute it (plain sides: `2x = 3x` is an equation too). */
      readonly ratioConfirmOnly?: boolean;
      /** The note's own definition of an assumed name (`\\sigma(x) = …`), checked against the assumption and kept. */
      readonly definition?: FunctionDefinition;
      /** The sides clearly disagreed at nearly every point compared (a "fails" had nothing else withheld it). */
      readonly disagreesNearlyEverywhere?: boolean;
      /**
       * Both sides are functions of the same variables and disagree nearly everywhere once the
       * note's earlier definitions are put in: it fails as written, and only the doubt that those
       * names still mean the same keeps it from failing (`2 + e^{-z} = \\frac{1}{p}` after
       * `z = \\log\\frac{p}{1-p}`). Such a claim keeps its formula from "holds" (analyze.ts).
       */
      readonly failsWithAssumedMeanings?: boolean;
    }
  /** No variables left once functions are applied: two numbers, judged as any claim. */
  | {
      readonly kind: 'values';
      readonly left: Evaluated;
      readonly right: Evaluated;
      readonly assumed: boolean;
      readonly using?: readonly string[];
      /** A side is a derivative computed by differences (partials.ts): its bound is the difference error. */
      readonly differentiated?: boolean;
    }
  | { readonly kind: 'skip' };

/** The activations a deep-learning note means when it uses these names without defining them. */
export const ASSUMED: ReadonlyMap<string, FunctionBody> = new Map<string, FunctionBody>(
  // The first convention of each named activation (namedActivations.ts): σ, ReLU, softplus, SiLU, softsign, Mish, logit, ELU, …
  NAMED_ACTIVATIONS.flatMap((a) => a.names.map((n) => [n, { params: ['x'], body: a.conventions[0]!.body }] as const)),
);

/** LaTeX commands of scalar notation; a side with any other command is not judged as an identity. */
const ACCEPTED_COMMANDS = new Set([
  'frac', 'dfrac', 'tfrac', 'sqrt', 'exp', 'log', 'ln', 'lg', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'arcsin', 'arccos',
  'arctan', 'sec', 'csc', 'cot', 'cdot', 'times', 'left', 'right', 'big', 'Big', 'bigg', 'Bigg', 'bigl', 'bigr', 'Bigl', 'Bigr', 'biggl', 'biggr', 'Biggl', 'Biggr', 'pi', 'prime', 'max', 'min', 'binom', 'choose', 'mathrm',
  'operatorname', 'quad', 'qquad', 'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'kappa',
  'lambda', 'mu', 'nu', 'xi', 'rho', 'sigma', 'tau', 'phi', 'varphi', 'chi', 'psi', 'omega', 'mathrm', 'text',
  // Sums, products and integrals over a scalar index (one over indexed terms, x_i, is not judged: boundIndexed).
  'sum', 'prod', 'int', 'infty', 'limits',
  // Limits of a scalar variable (limits.ts).
  'lim', 'to', 'rightarrow',
  // Accents of one name (`\\hat{y}`), read as one symbol (decoratedNames.ts).
  'hat', 'bar', 'tilde',
]);
/** Three letters in a row are a name (`Var`, `softmax`), not a product: not judged unless it is a known function. */
const NAME_RUN = /(?<![\\A-Za-z])[A-Za-z]{3,}/;
const KNOWN_NAMES = new Set(['exp', 'log', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'max', 'min', 'erf', 'erfc', ...ACTIVATION_NAMES]);

/**
 * `\frac{dF}{du}`, `\frac{d^{n}f}{dx^{n}}`, `\frac{d}{dx}`: a derivative in Leibniz
 * notation, which the engine reads as the quotient (d·F)/(d·u). Only `\frac{d}{dx} f(x)` is read (applyCalls); a
 * statement with an integral and such a fraction (the substitution rule) is not judged.
 */
const LEIBNIZ_FRACTION = /\\frac\s*\{\s*d\s*[A-Za-z\\{]|\\frac\s*\{\s*d\s*(?:\^\s*(?:\{[^{}]*\}|\w))?[^{}]*\}\s*\{\s*d/;

/**
 * An integral at one sample point: 64 points share the formula's time, and a
 * point is judged against 100 times its carried bounds, so a looser
 * quadrature bound (carried like the others) only skips a few more points.
 */
const POINT_QUADRATURE = { maxIntervals: 8, tolerance: 1e-10 };
/** A series at one sample point stops once its tail is below this share of its sum (carried the same way). */
const POINT_TAIL = 1e-10;

/** Random points tried, points needed for a verdict, and the share that must clearly disagree for "fails". */
const TRIALS = 64;
const MIN_POINTS = 16;
const FAIL_SHARE = 0.9;

/**
 * `\\Phi(x)`: Φ applied to a group is a function (the normal CDF where the note says so, an unknown one
 * elsewhere: a name the check does not know is not judged); a bare Φ is a matrix or a set.
 */
const APPLIED_NAME = /^\s*(?:\\left\s*)?\(/;

/** Whether a statement's LaTeX is plain scalar notation this module may judge. */
export function readableAsScalars(latex: string, isName: (word: string) => boolean = () => false): boolean {
  for (const m of latex.matchAll(/\\([A-Za-z]+)/g)) if (!ACCEPTED_COMMANDS.has(m[1]!) && !(m[1] === 'Phi' && APPLIED_NAME.test(latex.slice(m.index! + 4)))) return false;
  const withoutCommands = latex.replace(/\\[A-Za-z]+(\s*\{\s*[A-Za-z]+\s*\})?/g, ' ');
  for (const m of withoutCommands.matchAll(new RegExp(NAME_RUN, 'g'))) if (!KNOWN_NAMES.has(m[0]) && !isName(m[0])) return false;
  // Brackets and bars: expectations E[X], sets, norms, absolute values, conditionals p(y|x).
  return !/[[\]|]|\^\s*\{?\s*(T|\\top)\b/.test(latex);
}

/**
 * Rewrites function application as the engine leaves it — `sigma` next to a
 * group, `sigma'` next to a group, `\frac{d}{dx} f(x)` — into `Apply`,
 * `Derivative` and `Binomial` for the interpreter.
 */
export function applyCalls(json: MathJson, callable: (name: string) => boolean): MathJson {
  if (!Array.isArray(json)) return json;
  const [head, ...rest] = json as readonly MathJson[];
  const args = rest.map((a) => applyCalls(a, callable));
  if (head !== 'InvisibleOperator') return [head, ...args];
  const out: MathJson[] = [];
  for (let k = 0; k < args.length; k++) {
    const item = args[k]!;
    const next = args[k + 1];
    if (typeof item === 'string' && APPLIED_BY_ENGINE.has(item) && isGroup(next) && groupItems(next).length === 1) {
      // `\\exp(x)` as the engine leaves it, "Exp" beside a group: the function applied to the group (functionCalls.ts).
      out.push([item, groupItems(next)[0]!]);
      k++;
    } else if (typeof item === 'string' && (callable(item) || item === 'Binomial') && isGroup(next)) {
      out.push(item === 'Binomial' ? ['Binomial', ...groupItems(next)] : ['Apply', item, ...groupItems(next)]);
      k++;
    } else if (isPrime(item) && callable(item[1] as string) && isGroup(next)) {
      out.push(['Derivative', item[1] as string, (item[2] as number | undefined) ?? 1, ...groupItems(next)]);
      k++;
    } else if (typeof item === 'string' && callable(item) && Array.isArray(next) && next[0] === 'Power' && next.length === 3 && isGroup(next[1])) {
      // `g(x)^2` reads as g·(x)²: the call takes the group, the power applies to the call.
      out.push(['Power', ['Apply', item, ...groupItems(next[1])], next[2]!]);
      k++;
    } else if (callsFirstFactor(item, next, callable)) {
      // `\\sigma(z) \\times (1 - \\sigma(z))` reads as σ·((z)×(…)): the call takes the group, then the product goes on.
      const [, group, ...factors] = next as readonly MathJson[];
      out.push(['Multiply', applyCalls(['InvisibleOperator', item, group!], callable), ...factors]);
      k++;
    } else if (isDdx(item) && typeof next === 'string' && callable(next) && isGroup(args[k + 2])) {
      const variable = ((item as MathJson[])[2] as MathJson[])[2];
      const [arg] = groupItems(args[k + 2]);
      if (arg !== variable) return ['InvisibleOperator', ...args];
      out.push(['Derivative', next, 1, arg]);
      k += 2;
    } else out.push(item);
  }
  return out.length === 1 ? out[0]! : ['InvisibleOperator', ...out];
}

/** The engine's function symbols whose one-argument head the interpreter evaluates as the note means (not `Log`: its base is the note's). */
const APPLIED_BY_ENGINE = new Set([...FUNCTION_SYMBOLS].filter((f) => f !== 'Log'));

/** A callable name (or its prime) followed by a product whose first factor is a group: the engine's reading of `f(x) \\times y`. */
function callsFirstFactor(item: MathJson, next: MathJson | undefined, callable: (name: string) => boolean): boolean {
  const named = (typeof item === 'string' && callable(item)) || (isPrime(item) && callable(item[1] as string));
  return named && Array.isArray(next) && next[0] === 'Multiply' && isGroup(next[1]);
}

function isGroup(json: MathJson | undefined): json is readonly MathJson[] {
  return Array.isArray(json) && json[0] === 'Delimiter';
}

function groupItems(group: MathJson | undefined): MathJson[] {
  const body = (group as readonly MathJson[])[1];
  if (body === undefined) return [];
  return Array.isArray(body) && body[0] === 'Sequence' ? (body.slice(1) as MathJson[]) : [body];
}

function isPrime(json: MathJson): json is readonly MathJson[] {
  // `f_1'(x)`, `\\hat{f}'(x)`: the engine reads a prime on a subscripted or decorated name as ["Derivative", name], the name
  // flattened to `f_1`, `hat(f)` (flattenSubscripts) — the same first derivative as `f'(x)`'s ["Prime", "f"].
  return Array.isArray(json) && (json[0] === 'Prime' || (json[0] === 'Derivative' && json.length === 2)) && typeof json[1] === 'string';
}

/** `\frac{d}{dx}` as the engine reads it: ["Divide", "d", ["InvisibleOperator", "d", "x"]]. */
function isDdx(json: MathJson): boolean {
  return (
    Array.isArray(json) && json[0] === 'Divide' && json[1] === 'd' && Array.isArray(json[2]) &&
    json[2][0] === 'InvisibleOperator' && json[2][1] === 'd' && typeof json[2][2] === 'string' && json[2].length === 3
  );
}

const CONSTANTS = new Set(['Pi', 'ExponentialE', 'e', 'PositiveInfinity', 'NegativeInfinity', 'NaN', 'Nothing']);

/** Free variables after calls are applied (function names and bound indices excluded). */
export function variablesOf(json: MathJson, out = new Set<string>(), bound: ReadonlySet<string> = new Set()): Set<string> {
  if (typeof json === 'string') {
    if (!CONSTANTS.has(json) && !json.startsWith("'") && !bound.has(json)) out.add(json);
    return out;
  }
  if (!Array.isArray(json) || json.length === 0) return out;
  const [head, ...args] = json as readonly MathJson[];
  if (head === 'Apply' || head === 'Derivative') {
    for (const a of args.slice(head === 'Apply' ? 1 : 2)) variablesOf(a, out, bound);
    return out;
  }
  if (head === 'Partial') return partialVariables(args, (j, o) => variablesOf(j, o, bound), out);
  // `["Function", body, n]` (the body of a limit) binds n.
  if (head === 'Function') return variablesOf(args[0]!, out, new Set([...bound, ...args.slice(1).filter((a): a is string => typeof a === 'string')]));
  const index = boundIndex(json);
  if (index !== undefined) {
    const inner = new Set(bound).add(index);
    for (const b of (args[1] as readonly MathJson[]).slice(2)) variablesOf(b, out, bound);
    variablesOf(args[0]!, out, inner);
    return out;
  }
  if (typeof head !== 'string') variablesOf(head!, out, bound);
  for (const a of args) variablesOf(a, out, bound);
  return out;
}

/** The index a sum, product or integral binds: `k` of ["Tuple", "k", 1, "n"], `x` of ["Tuple", ["Hold", "x"], 0, 1]. */
function boundIndex(json: MathJson): string | undefined {
  if (!Array.isArray(json) || !['Sum', 'Product', 'Integrate'].includes(json[0] as string) || !Array.isArray(json[2])) return undefined;
  const index = json[2][1];
  const name = Array.isArray(index) && index[0] === 'Hold' ? index[1] : index;
  return typeof name === 'string' ? name : undefined;
}

/**
 * A sum over indexed terms (`\sum_{i=1}^n x_i`) is vector notation, and a
 * subscript mentioning an index outside its sum leaves it unbound: either way
 * the statement is not read as scalars.
 */
function boundIndexed(json: MathJson): boolean {
  if (!Array.isArray(json)) return false;
  const index = boundIndex(json);
  if (index !== undefined && mentionsInSubscript(json[1] as MathJson, index)) return true;
  return json.some((item) => boundIndexed(item as MathJson));
}

function mentionsInSubscript(json: MathJson, name: string, inSubscript = false): boolean {
  if (typeof json === 'string') return inSubscript && json === name;
  if (!Array.isArray(json)) return false;
  const subscripted = json[0] === 'At' || json[0] === 'Subscript';
  return json.some((item, k) => k > 0 && mentionsInSubscript(item as MathJson, name, inSubscript || (subscripted && k >= 2)));
}

/** Variables that bound a sum or product (`n` in `\sum_{k=1}^{n}`): they are counts, sampled at natural numbers. */
function countVariables(json: MathJson, out = new Set<string>()): Set<string> {
  if (!Array.isArray(json)) return out;
  if ((json[0] === 'Sum' || json[0] === 'Product') && Array.isArray(json[2])) {
    for (const b of json[2].slice(2)) variablesOf(b as MathJson, out);
  }
  for (const item of json) countVariables(item as MathJson, out);
  return out;
}

/**
 * Names applied as functions in `json` (after applyCalls). A built-in function differentiated (`\\tanh'(x)`, read
 * `["Derivative", "Tanh"]`) is no name: it means tanh in every note, and the interpreter knows it.
 */
function calledNames(json: MathJson, out = new Set<string>()): Set<string> {
  if (!Array.isArray(json)) return out;
  if ((json[0] === 'Apply' || json[0] === 'Derivative') && typeof json[1] === 'string' && !isBuiltInFunction(json[1])) out.add(json[1]);
  for (const a of json) calledNames(a as MathJson, out);
  return out;
}

/** A function definition `f(x, y) = body` when `left` is an unknown name applied to distinct plain variables. */
function definitionForm(left: MathJson): { name: string; params: string[] } | undefined {
  if (!Array.isArray(left) || left[0] !== 'InvisibleOperator' || left.length !== 3) return undefined;
  const [, name, group] = left as readonly MathJson[];
  if (typeof name !== 'string' || name === 'Binomial' || !isGroup(group)) return undefined;
  const params = groupItems(group);
  if (params.length === 0 || !params.every((p) => typeof p === 'string') || new Set(params).size !== params.length) return undefined;
  return { name, params: params as string[] };
}

function differentialAsVariable(left: MathJson, right: MathJson, latex: string): boolean {
  return LEIBNIZ_FRACTION.test(latex) && (variablesOf(left).has('d') || variablesOf(right).has('d'));
}

/** Whether a reading leaves the symbols bound to numbers earlier as free variables. */
export type FreeReading = boolean;

/** Judge `left = right` (MathJSON of both sides) with the note's definitions. */
export function checkIdentity(
  latex: string,
  leftJson: MathJson,
  rightJson: MathJson,
  definitions: ReadonlyMap<string, FunctionDefinition>,
  deadline: number,
  /** The notation allows other readings (bare `tan(z)`): the claim may hold, never fail. */
  confirmOnly = false,
  /**
   * Read symbols bound to numbers earlier as variables (a reading that may only confirm, analyze.ts).
   */
  freeNumbers: FreeReading = false,
  /** `f(x) = …` checked against the note's earlier f rather than read as a new definition. */
  restating = false,
): IdentityOutcome {
  const known = (name: string): boolean => (definitions.get(name)?.params.length ?? 1) > 0 && (definitions.has(name) || ASSUMED.has(name));
  const form = definitionForm(flattenSubscripts(leftJson));
  // A definition we cannot use still hides the name's earlier one (NoteScope).
  // A word the note gave a value (`sum`, wordNames.ts) is a name like a letter.
  // `\\ell`, `\\mathcal{L}` the note defines (or this statement does) are letters like any other (definedLetterNames.ts).
  const lettersRead = definedLetterCommandsAsLetters(latex, (name) => definitions.has(name) || name === (form?.name ?? leftJson));
  if (!readableAsScalars(rewriteBracketGroups(rewriteBracketPowers(lettersRead)), (w) => definitions.get(w)?.params.length === 0)) return form ? { kind: 'definition', definition: { ...form, source: latex } } : { kind: 'skip' };
  if (boundIndexed(leftJson) || boundIndexed(rightJson) || (LEIBNIZ_FRACTION.test(latex) && latex.includes('\\int'))) return form ? { kind: 'definition', definition: { ...form, source: latex } } : { kind: 'skip' };
  const uses: Uses = { differentiated: new Set(), substituted: new Set(), heldConstant: new Set(), by: new Set() };
  let right = prepare(rightJson, known, definitions, uses, freeNumbers);
  if (!restating && (typeof leftJson === 'string' || isSubscripted(leftJson) || decoratedName(leftJson, flattenSubscripts) !== undefined)) {
    // Names bound to expressions stay names in the body (`L = -\\ln(a)` after `a = \\sigma(z)`): bound again where it is
    // used, and a variable where it is differentiated by (`\\frac{\\partial L}{\\partial a}`).
    const expressions = new Set([...definitions.values()].filter((d) => d.params.length === 0 && d.body !== undefined && typeof d.body !== 'number').map((d) => d.name));
    const expression = prepare(rightJson, known, definitions, undefined, true, expressions);
    const defined = symbolDefinition(leftJson, right, expression, latex, definitions, deadline);
    if (defined.kind !== 'definition' || defined.definition?.body === undefined) return defined;
    // `t = a^2 + 2ab + b^2` after `t = s^2`, `s = a + b`: it restates the note, and holds where they agree (restatedSymbol.ts).
    if (!mayRestate(defined.definition.name, defined.definition.body, latex, definitions)) return defined;
    const again = checkIdentity(latex, leftJson, rightJson, definitions, deadline, true, freeNumbers, true);
    return again.kind === 'judged' && again.verdict === 'holds' ? { ...again, definition: defined.definition } : defined;
  }
  if (form && !ASSUMED.has(form.name) && !restating) {
    // `f(x) = x^2` after `x = 1`: the parameter is the function's own, not the note's number.
    const body = prepare(rightJson, known, withoutNames(definitions, form.params));
    // `P(S) = 1`: a body without its parameters is a value at one argument, not a constant function.
    const bodyVariables = [...variablesOf(body)];
    const usable = bodyVariables.every((v) => form.params.includes(v)) && bodyVariables.length > 0;
    // `J(\\theta) = \\frac{1}{2}(\\theta x - y)^2`: data or coefficients besides the parameters, the same letters wherever
    // J is used (`\\frac{\\partial J}{\\partial \\theta} = (\\theta x - y)x`). Such a body may confirm, never refute: the
    // letters may mean other things where J is used.
    const open = !usable && bodyVariables.some((v) => form.params.includes(v)) && bodyVariables.every(isScalarName);
    const definition = { ...form, ...(usable || open ? { body } : {}), ...(open ? { open: true } : {}), source: latex };
    // `S(\\beta_0, \\beta_1) = [\\beta_0 + \\beta_1 - 6]^2 + …` and then `S(\\beta_0, \\beta_1) = 4\\beta_0^2 + …`: the second
    // expands the first, a step a reader checks. It may confirm; where it differs it is a new definition (names get reused).
    const earlier = definitions.get(form.name);
    if (usable && earlier?.body !== undefined && earlier.named === undefined && earlier.params.length === form.params.length) {
      const again = checkIdentity(latex, leftJson, rightJson, definitions, deadline, true, freeNumbers, true);
      if (again.kind === 'judged' && again.verdict === 'holds') return { ...again, definition };
    }
    return { kind: 'definition', definition };
  }
  const left = prepare(leftJson, known, definitions, uses, freeNumbers);
  // `\\frac{\\partial L}{\\partial a} = -\\frac{1}{a}` after `a = \\sigma(z_a)`: the variable differentiated by is a variable on both sides.
  const byBound = [...(uses.by ?? [])].filter((v) => definitions.get(v)?.params.length === 0);
  // `\\frac{\\partial a}{\\partial z_a} = a(1 - a)` after `z_a = -0.1215` and `a = \\sigma(z_a)`: a number computed from
  // the variable differentiated by varies with it, so on the other side it is the expression it was computed from.
  const varying = computedFrom(definitions, uses.by ?? new Set());
  if (byBound.length > 0 || varying !== definitions) right = prepare(rightJson, known, varying, uses, freeNumbers, new Set(byBound));
  const called = new Set([...calledNames(left), ...calledNames(right)]);
  const names = new Set([...called, ...uses.differentiated, ...uses.substituted]);
  // Assumed functions and numbers bound to symbols earlier may confirm a claim, never refute it: names get reused.
  // A symbol bound to an expression and used as it is (not differentiated) may too: its variables were not the sides' own.
  // So may a reading with `d` as a variable beside a Leibniz fraction: fractions of differentials
  // cancel as the reader expects (dy/du·du/dx), but `\\frac{d}{dx_k} x_i a_{ij} x_j` is an operator we did not read.
  // Variables held constant under a total derivative may depend on it in the note: such a claim may hold, never fail.
  // Along a computation graph the note writes out, substitutions and constants are the graph's own (graphDerivatives.ts).
  const graph = graphMayRefute(uses, definitions, { left: variablesOf(left), right: variablesOf(right) });
  const leaning = !graph && (uses.substituted.size > 0 || (uses.heldConstant?.size ?? 0) > 0);
  let assumed = confirmOnly || leaning || [...names].some((n) => !refutes(definitions.get(n))) || differentialAsVariable(left, right, latex);
  const functions = new Map<string, FunctionBody>();
  for (const n of called) functions.set(n, bodyOf(n, definitions));
  const leftVars = variablesOf(left);
  const rightVars = variablesOf(right);
  const variables = [...new Set([...leftVars, ...rightVars])].sort();
  // σ never applied is the standard deviation, a number (sigmaAsVariable.ts): a reading that may confirm, never refute.
  const sigmaNumber = variables.some(isSigmaName) && sigmaIsNumber(latex);
  if (!variables.every((v) => isScalarName(v) || (sigmaNumber && isSigmaName(v)))) return { kind: 'skip' };
  if (sigmaNumber) assumed = true;
  // `O(4w) = O(w)`, `P(A) = …`: a name only ever followed by a group is a function we do not know.
  const applied = appliedOnly(left, appliedOnly(right, { applied: new Set(), bare: new Set() }));
  const budget = (): Budget => ({ deadline, maxTerms: 10_000, quadrature: POINT_QUADRATURE, tailTolerance: POINT_TAIL, steps: 0, functions });
  const unknown = new Set([...applied.applied].filter((n) => !applied.bare.has(n)));
  if (unknown.size > 0) return opaqueIdentity(latex, left, right, unknown, budget) ?? { kind: 'skip' };
  if (variables.length === 0) {
    try {
      // Two values judged as any claim: integrals and series at full precision, not the looser one of a sample point.
      const full = (): Budget => ({ deadline, maxTerms: 10_000, steps: 0, functions });
      const differentiated = hasHead(left, 'Partial') || hasHead(right, 'Partial') ? { differentiated: true } : {};
      return { kind: 'values', left: evaluate(left, full()), right: evaluate(right, full()), assumed, ...differentiated, ...(names.size ? { using: [...names].map(usingText(definitions)) } : {}) };
    } catch {
      return { kind: 'skip' };
    }
  }
  // A definition of an assumed name (`\sigma(x) = \frac{1}{1+e^{-x}}`) is checked against the assumption: it may hold.
  // A derivative of the note's f(x, y) is a function of x and y: `\\frac{\\partial f}{\\partial x} = 2y` claims it for all of them.
  const within = (a: Set<string>, b: Set<string>, side: MathJson): boolean => hasHead(side, 'Partial') && a.size > 0 && [...a].every((v) => b.has(v));
  const sameVariables = (leftVars.size === rightVars.size && [...leftVars].every((v) => rightVars.has(v))) ||
    within(rightVars, leftVars, left) || within(leftVars, rightVars, right);
  // A rounded constant (`1.3e8 \\cdot B`) makes both sides differ by its rounding: such a statement may only hold.
  // `LL(\\theta)` after `L(\\theta) = …` is a name of its own, not L times L(θ): a name both called and free may only hold.
  const nameAlsoVariable = variables.some((v) => called.has(v));
  const doubt = identityDoubt(left, right, variables) ?? notationDoubt(left, right, latex);
  const mayFail = !assumed && !nameAlsoVariable && doubt === undefined && !form && sameVariables && !/\d\.\d|\d[eE][+-]?\d/.test(latex);
  const using = [...[...names].map(usingText(definitions)), ...[...(uses.heldConstant ?? [])].map((v) => `${symbolName(v)} held constant`)];
  const counts = countVariables(right, countVariables(left));
  const sample = samplePoints(latex, left, right, variables, budget, counts);
  const usable = form && [...rightVars].every((v) => form.params.includes(v));
  const own = usable ? { definition: { ...form, body: right, source: latex } } : {};
  const check: IdentityCheck = { points: sample.agree + sample.disagree, ...(using.length ? { using } : {}) };
  if (sample.agree + sample.disagree < MIN_POINTS) return { kind: 'judged', verdict: 'none', check, reason: 'cannot evaluate: too few points of the domain gave both sides a value' };
  if (sample.disagree === 0) return { kind: 'judged', verdict: 'holds', check, ...own };
  const counterexample = sample.first!;
  const otherFound = mayFail ? otherReading(latex, left, right, new Set(variables)) : undefined;
  // ε as a dual unit is a reading the check can take: a claim failing in it too fails in every reading (dualReading.ts).
  const other = otherFound === DUAL_REASON && failsAsDual(left, right, variables, (l, r, env) => compareAt(l, r, env, budget), seeded(`${latex}\u0000dual`)) ? undefined : otherFound;
  if (mayFail && !other && sample.disagree >= FAIL_SHARE * (sample.agree + sample.disagree)) {
    return { kind: 'judged', verdict: 'fails', check: { ...check, counterexample } };
  }
  // `\\frac{\\partial J}{\\partial a} = 22` after `J = a^2` and `a = 11`: it holds at the numbers the note bound (boundNumbers.ts).
  // Only a variable kept for its derivative is still free here; the reading with every number free is analyze.ts's own.
  // A named activation's definition (`\\text{LeakyReLU}(x) = \\max(\\alpha x, x)`) is about every x, not the note's x = 0.
  const bound = freeNumbers || (form && ASSUMED.has(form.name)) ? undefined : boundNumbersOf(variables, definitions);
  if (bound && compareAt(left, right, bound, budget) === 'agree') {
    return { kind: 'judged', verdict: 'holds', check: { points: 1, using: [...using, ...[...bound].map(([v, x]) => `${symbolName(v)} = ${x} from earlier`)] } };
  }
  const held = [...(uses.heldConstant ?? [])].map(symbolName);
  const why = other ?? (mayFail ? 'it holds at some points and not at others'
    : assumed ? (held.length > 0 ? `it does not hold with ${held.join(', ')} held constant (and ${held.length > 1 ? 'they' : 'it'} may vary)` : 'it does not hold for the usual meaning of the functions it uses')
    : nameAlsoVariable ? `${symbolName(variables.find((v) => called.has(v))!)} is both a function and a variable in it`
    : doubt !== undefined ? doubt
    : 'it is an equation to solve, not an identity');
  // Plain sides are a claim about their constant only when they compute one (`2 \\cdot 4096 \\cdot 16384 \\cdot B`), not `2x = 3x`.
  // Capitals that may be matrices (`\frac{\sqrt{128} BD}{\sqrt{N}} = \frac{11.3 BD}{\sqrt{N}}`) leave a scalar factor a scalar factor: it may confirm, not refute.
  const ratioConfirmOnly = (doubt === PROPERTY_REASON && (latex.match(/\d+(?:\.\d+)?/g)?.length ?? 0) < 3) || isMatrixDoubt(doubt);
  // A side with no variables against one constant at every point (`e^{-\\lambda} \\cdot e^{\\lambda} = 2`) is no equation to solve: nothing solves it.
  const againstConstant = leftVars.size === 0 || rightVars.size === 0;
  const ratio = !assumed && !nameAlsoVariable && other === undefined && (doubt === undefined || doubt === PROPERTY_REASON || isMatrixDoubt(doubt)) && !form && (sameVariables || againstConstant) && sample.agree === 0 ? constantRatio(sample) : undefined;
  // Only a statement nothing speaks for may count as failing nearly everywhere (analyze.ts reads it with bound numbers too).
  const unexcused = other === undefined && doubt === undefined && !nameAlsoVariable;
  const disagreesNearlyEverywhere = unexcused && sample.disagree >= FAIL_SHARE * (sample.agree + sample.disagree);
  const nearlyEverywhere = disagreesNearlyEverywhere ? { disagreesNearlyEverywhere: true } : {};
  // A substitution (`\\frac{\\alpha}{m} = \\frac{.05}{10}`) has variables on one side only, and a relation between
  // different variables (`e^{b + wx} = e^z`) is an equation: neither is refuted by its counterexample.
  const refuted = assumed && sameVariables && leftVars.size > 0 && rightVars.size > 0 && !form && disagreesNearlyEverywhere ? { failsWithAssumedMeanings: true } : {};
  return { kind: 'judged', verdict: 'none', check: { ...check, counterexample }, reason: `cannot evaluate: ${why}`, ...own, ...(ratio === undefined ? {} : { ratio, ratioConfirmOnly }), ...nearlyEverywhere, ...refuted };
}

/** `(M - H(S))/M = 1 - H(S)/M` with H unknown: holds when it holds for every value of each application (unknownApplications.ts); never fails. */
function opaqueIdentity(latex: string, left: MathJson, right: MathJson, unknown: ReadonlySet<string>, budget: () => Budget): IdentityOutcome | undefined {
  const opaque = withApplicationsAsValues(latex, left, right, (item) => typeof item === 'string' && unknown.has(item));
  if (!opaque) return undefined;
  const variables = [...new Set([...variablesOf(opaque.left), ...variablesOf(opaque.right)])].sort();
  if (!variables.every(isScalarName)) return undefined;
  // Most such claims are no identity in the values (`P(A) = 1 - P(A^c)`): four points rule them out before the full sample.
  const screen = seeded(`${latex}\u0000opaque`);
  for (let k = 0; k < 4; k++) {
    const env = new Map(variables.map((v) => [v, round4(0.05 + 2.95 * screen())] as const));
    if (typeof compareAt(opaque.left, opaque.right, env, budget) === 'object') return undefined;
  }
  const counts = countVariables(opaque.right, countVariables(opaque.left));
  const sample = samplePoints(latex, opaque.left, opaque.right, variables, budget, counts);
  if (sample.disagree > 0 || sample.agree < MIN_POINTS) return undefined;
  return { kind: 'judged', verdict: 'holds', check: { points: sample.agree, using: valuesUsing(opaque.terms) } };
}

/** The definitions with each number computed from an expression in `by` bound to that expression instead. */
function computedFrom(definitions: ReadonlyMap<string, FunctionDefinition>, by: ReadonlySet<string>): ReadonlyMap<string, FunctionDefinition> {
  const computed = [...definitions.values()].filter((d) => typeof d.body === 'number' && d.expression !== undefined && [...variablesOf(d.expression)].some((v) => by.has(v)));
  if (computed.length === 0) return definitions;
  return new Map([...definitions, ...computed.map((d) => [d.name, { ...d, body: d.expression }] as const)]);
}

/** The definitions without those of `names`. */
function withoutNames(definitions: ReadonlyMap<string, FunctionDefinition>, names: readonly string[]): ReadonlyMap<string, FunctionDefinition> {
  if (!names.some((n) => definitions.has(n))) return definitions;
  return new Map([...definitions].filter(([name]) => !names.includes(name)));
}

/** What a call of `name` evaluates: the note's definition, else the assumed meaning (applyCalls only applies names that have one). */
function bodyOf(name: string, definitions: ReadonlyMap<string, FunctionDefinition>): FunctionBody {
  const own = definitions.get(name);
  if (own?.body !== undefined) return { params: own.params, body: own.body, ...(own.open === true ? { open: true } : {}) };
  return ASSUMED.get(name) ?? { params: [], body: 'NaN' };
}

/**
 * Only a function the note defined once, and in full, may refute a claim: names get reused (f, g, h, a piecewise h).
 * So may a symbol bound once to an expression (`y = x^2 + 3x + 4`), in its derivatives (`y'`).
 */
function refutes(definition: FunctionDefinition | undefined): boolean {
  return definition !== undefined && (definition.params.length > 0 || boundToExpression(definition) || definition.trusted === true) && definition.redefined !== true && definition.open !== true;
}

/** `y = x^2 + 3x + 4`: a symbol (no parameters) bound to an expression in other variables, not to a number. */
function boundToExpression(definition: FunctionDefinition | undefined): boolean {
  return definition !== undefined && definition.params.length === 0 && definition.body !== undefined && typeof definition.body !== 'number';
}

/** "σ as the usual logistic sigmoid", "f as defined earlier", "F = 22500 from earlier". */
function usingText(definitions: ReadonlyMap<string, FunctionDefinition>): (name: string) => string {
  return (n) => {
    const d = definitions.get(n);
    if (!d) return `${symbolName(n)} as the usual ${n === 'sigma' ? 'logistic sigmoid' : n}`;
    if (d.named) return `${symbolName(n)} as ${d.named} the text before it names`;
    return d.params.length === 0 ? `${d.source} from earlier` : `${symbolName(n)} as defined earlier`;
  };
}

/** The names of earlier definitions a side used other than by calling them. */
interface Uses {
  /** Differentiated (`\\frac{\\partial f}{\\partial x}`, `y'`). */
  readonly differentiated: Set<string>;
  /** Symbols bound to an expression, replaced by it. */
  readonly substituted: Set<string>;
  /** Other variables of an expression differentiated totally (`n` in `\\frac{d}{dx}(x^n)`), taken as constants. */
  readonly heldConstant?: Set<string>;
  /** The variables a definition was differentiated by. */
  readonly by?: Set<string>;
}

/** Subscripted symbols as single variables, then function calls, derivatives (partials.ts) and earlier bindings applied. */
function prepare(
  json: MathJson,
  known: (name: string) => boolean,
  definitions: ReadonlyMap<string, FunctionDefinition>,
  uses?: Uses,
  freeNumbers: FreeReading = false,
  /** Names left as variables, not replaced by what they are bound to. */
  keep: ReadonlySet<string> = new Set(),
): MathJson {
  const numbers = (name: string): boolean => {
    const d = definitions.get(name);
    if (freeNumbers === false || d === undefined || d.params.length > 0) return false;
    return typeof d.body === 'number';
  };
  const bind = (j: MathJson, keep: ReadonlySet<string>): MathJson =>
    bindSymbols(j, definitions, freeNumbers ? new Set([...keep, ...[...definitions.keys()].filter(numbers)]) : keep, uses?.substituted);
  const called = applyCalls(flattenSubscripts(json), known);
  const resolved = resolveDerivatives(called, { definitions, prepare: bind, variablesOf: (j) => variablesOf(j), used: uses?.differentiated ?? new Set(), ...(uses?.by ? { by: uses.by } : {}), ...(uses?.heldConstant ? { constants: uses.heldConstant } : {}) });
  return bind(resolved, keep);
}

function isSubscripted(json: MathJson): boolean {
  return Array.isArray(json) && (json[0] === 'At' || json[0] === 'Subscript') && typeof json[1] === 'string' && json.length === 3;
}

/** `\\alpha_{t-1}` (["At", "alpha", …]) as one variable named `alpha_(t − 1)`, and a decorated name as one name. */
export function flattenSubscripts(json: MathJson): MathJson {
  if (!Array.isArray(json)) return json;
  // `z^{(2)}`, `\\hat{y}`: one name (decoratedNames.ts).
  const decorated = decoratedName(json, flattenSubscripts);
  if (decorated !== undefined) return decorated;
  // `\\beta_0^2`, which the engine reads as β subscripted by 0², is (β₀)² in LaTeX.
  if (isSubscripted(json) && Array.isArray(json[2]) && json[2][0] === 'Power' && json[2].length === 3 && /^([0-9]|[A-Za-z])$/.test(String(json[2][1]))) {
    return ['Power', `${json[1] as string}_${String(json[2][1])}`, flattenSubscripts(json[2][2] as MathJson)];
  }
  if (isSubscripted(json)) return `${json[1] as string}_${readAs(json[2] as MathJson).replace(/\s+/g, '')}`;
  return json.map((item) => flattenSubscripts(item as MathJson));
}

/**
 * A symbol bound to a number earlier in the note becomes a call of that binding; one
 * bound to an expression becomes the expression, itself bound (recorded in `substituted`). Names in
 * `keep` (variables being differentiated) stay variables; a `Partial` body is final.
 */
function bindSymbols(json: MathJson, definitions: ReadonlyMap<string, FunctionDefinition>, keep: ReadonlySet<string>, substituted?: Set<string>): MathJson {
  if (typeof json === 'string') {
    const d = definitions.get(json);
    if (d === undefined || d.params.length > 0 || keep.has(json)) return json;
    if (boundToExpression(d)) {
      substituted?.add(json);
      // The body may use names bound earlier still (`p_q = p_k` after `p_k = p_v`);
      // keeping this name stops a loop of bindings (`a = b`, `b = a`).
      return ['Delimiter', bindSymbols(d.body!, definitions, new Set([...keep, json]), substituted)];
    }
    return ['Apply', json];
  }
  if (!Array.isArray(json)) return json;
  const [head, ...args] = json as readonly MathJson[];
  if (head === 'Partial') return json;
  const inner = (a: MathJson): MathJson => bindSymbols(a, definitions, keep, substituted);
  if (head === 'Apply' || head === 'Derivative') return [head, args[0]!, ...args.slice(1).map(inner)];
  return [head!, ...args.map(inner)];
}

/** `F = 2 \\cdot 2550^2` binds F to its value for later formulas; any other `y = …` only defines y. */
function symbolDefinition(
  leftJson: MathJson,
  right: MathJson,
  freeRight: MathJson,
  latex: string,
  definitions: ReadonlyMap<string, FunctionDefinition>,
  deadline: number,
): IdentityOutcome {
  const name = flattenSubscripts(leftJson);
  if (typeof name !== 'string') return { kind: 'definition' };
  const variables = variablesOf(right);
  // `a = \\sigma(z_a)`: a body may call the usual activations and the note's functions, which are known where it is used.
  const callable = (f: string): boolean => ASSUMED.has(f) || (definitions.get(f)?.params.length ?? 0) > 0;
  if (variables.size > 0) {
    // `y = x^2 + 3x + 4` binds y to the expression; `b = y - mx` (b on both sides) or notation we cannot evaluate does not.
    const usable = (side: MathJson, names: Set<string>): boolean =>
      !names.has(name) && [...names].every(isScalarName) && [...calledNames(side)].every(callable) && !NOT_SCALAR.some((h) => hasHead(side, h));
    // `f = qz` after `q = 3` is still q times z: the body keeps q, which is bound to 3 where f is used and
    // stays a variable where it is differentiated (`\\frac{\\partial f}{\\partial q} = z`).
    const body = usable(freeRight, variablesOf(freeRight)) ? freeRight : usable(right, variables) ? right : undefined;
    return { kind: 'definition', definition: { name, params: [], ...(body !== undefined ? { body } : {}), source: latex } };
  }
  const functions = new Map<string, FunctionBody>();
  for (const n of calledNames(right)) functions.set(n, bodyOf(n, definitions));
  const freeVariables = variablesOf(freeRight);
  const expression = freeVariables.size > 0 && !freeVariables.has(name) && [...freeVariables].every(isScalarName) && [...calledNames(freeRight)].every(callable) &&
    !NOT_SCALAR.some((h) => hasHead(freeRight, h)) ? { expression: freeRight } : {};
  try {
    const value = evaluate(right, { deadline, maxTerms: 10_000, steps: 0, functions }).value;
    return { kind: 'definition', definition: { name, params: [], ...(Number.isFinite(value) ? { body: value, ...expression } : {}), source: latex } };
  } catch {
    return { kind: 'definition', definition: { name, params: [], source: latex } };
  }
}

/** A right side with these is not one scalar expression: `x = -2, y = 5` is a list, `y'` notation. */
const NOT_SCALAR = ['Prime', 'Sequence', 'Tuple', 'List', 'Pair', 'Error'];

function hasHead(json: MathJson, head: string): boolean {
  return Array.isArray(json) && (json[0] === head || json.some((a) => hasHead(a as MathJson, head)));
}

/** Which symbols stand right before a parenthesised group (`O` in `O(w)`) and which appear anywhere else. */
function appliedOnly(json: MathJson, seen: { applied: Set<string>; bare: Set<string> }): { applied: Set<string>; bare: Set<string> } {
  if (typeof json === 'string') {
    seen.bare.add(json);
    return seen;
  }
  if (!Array.isArray(json)) return seen;
  const items = json as readonly MathJson[];
  items.forEach((item, k) => {
    // `f(g_1) \\cdot f(g_2)` is read as f·((g₁)·f(g₂)): a name right before a group, or before a product that opens with one, is applied.
    if (k > 0 && (items[0] === 'InvisibleOperator' || items[0] === 'Multiply') && typeof item === 'string' && opensWithGroup(items[k + 1])) seen.applied.add(item);
    else if (k > 0 || typeof item !== 'string') appliedOnly(item, seen);
  });
  return seen;
}

function opensWithGroup(json: MathJson | undefined): boolean {
  if (isGroup(json)) return true;
  return Array.isArray(json) && (json[0] === 'Multiply' || json[0] === 'InvisibleOperator') && isGroup(json[1] as MathJson);
}

/** Plain scalar variable names: one letter or a Greek letter, optionally subscripted (`x_1`). */
function isScalarName(name: string): boolean {
  return /^([A-Za-z]|alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|kappa|lambda|mu|nu|xi|rho|tau|phi|varphi|chi|psi|omega)(_\S+)?$/.test(name);
}

interface Sample {
  agree: number;
  disagree: number;
  first?: { at: Record<string, number>; left: number; right: number };
  /** The least and greatest left / right over the points that disagree. */
  ratios?: { min: number; max: number };
}

/** left / right when it is the same at every point that disagreed (to 1e-9), else undefined. */
function constantRatio(sample: Sample): number | undefined {
  const r = sample.ratios;
  if (!r || !Number.isFinite(r.min) || !Number.isFinite(r.max) || r.min * r.max <= 0) return undefined;
  return Math.abs(r.max - r.min) <= 1e-9 * Math.abs(r.min) ? r.min : undefined;
}

/** Evaluate both sides at random points: from a symmetric range, then positive values, then small integers. */
function samplePoints(latex: string, left: MathJson, right: MathJson, variables: readonly string[], budget: () => Budget, counts: ReadonlySet<string>): Sample {
  const random = seeded(latex);
  const domains: Array<() => number> = [
    () => round4(-3 + 6 * random()),
    () => round4(0.05 + 2.95 * random()),
    () => 1 + Math.floor(8 * random()),
    // Probabilities and sigmoid outputs: `(1 - h_1)^{1 - y_1}` with two such letters is defined almost nowhere above.
    () => round4(0.02 + 0.96 * random()),
  ];
  let best: Sample = { agree: 0, disagree: 0 };
  for (const draw of domains) {
    const sample: Sample = { agree: 0, disagree: 0 };
    for (let t = 0; t < TRIALS; t++) {
      // Points past the formula's deadline would each stop early as "too long" and be skipped: stop instead.
      if (pastDeadline(budget().deadline)) return sample.agree + sample.disagree > best.agree + best.disagree ? sample : best;
      const env = new Map(variables.map((v) => [v, counts.has(v) ? Math.floor(COUNT_LIMIT * random()) : draw()] as const));
      const outcome = compareAt(left, right, env, budget);
      if (outcome === 'agree') sample.agree++;
      else if (outcome !== 'skip') {
        sample.disagree++;
        sample.first ??= { at: Object.fromEntries(env), left: outcome.left, right: outcome.right };
        const ratio = outcome.left / outcome.right;
        sample.ratios = { min: Math.min(sample.ratios?.min ?? ratio, ratio), max: Math.max(sample.ratios?.max ?? ratio, ratio) };
      }
    }
    if (sample.agree + sample.disagree >= MIN_POINTS) return sample;
    if (sample.agree + sample.disagree > best.agree + best.disagree) best = sample;
  }
  return best;
}

/** A count (the bound of a sum) is drawn from 0 … COUNT_LIMIT − 1. */
const COUNT_LIMIT = 12;

/** Four decimals: a counter-example reads "x = 0.37", and the point is still random enough. */
function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** Agreement within rounding, a clear disagreement, or a point to skip (undefined, or too close to call). */
function compareAt(left: MathJson, right: MathJson, env: ReadonlyMap<string, number>, budget: () => Budget): 'agree' | 'skip' | { left: number; right: number } {
  let l: Evaluated;
  let r: Evaluated;
  try {
    l = evaluate(left, budget(), env);
    r = evaluate(right, budget(), env);
  } catch (error) {
    if (error instanceof CannotEvaluate || error instanceof RangeError) return 'skip';
    throw error;
  }
  if (!Number.isFinite(l.value) || !Number.isFinite(r.value) || !Number.isFinite(l.noise + r.noise) || l.under + r.under > 0) return 'skip';
  const diff = Math.abs(l.value - r.value);
  const scale = Math.max(Math.abs(l.value), Math.abs(r.value));
  const rounding = 2 * (l.noise + r.noise);
  if (diff <= rounding + 1e-12 * scale) return 'agree';
  // Clearly apart: beyond a hundred times what rounding explains, and by a visible relative amount.
  if (diff > 100 * rounding && diff > 1e-6 * scale) return { left: l.value, right: r.value };
  return 'skip';
}

/** The project's seeded generator (xoshiro128**), seeded by a hash (FNV-1a) of the formula's text. */
export function seeded(text: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  const rng = new Rng(h >>> 0);
  return () => rng.uniform();
}
