/**
 * Gradients, Hessians and Jacobian entries of a function the note defines, checked as a
 * careful reader checks them: at random points, by finite differences.
 *
 * - `\nabla f(x) = Ax + b` and `\nabla^2 f(x) = A` after `f(x) = \tfrac{1}{2}x^TAx + b^Tx`
 *   (samppii-cs229-notes, CS229 PS0), `\nabla^2 f(x) = g''(a^Tx)\,aa^T` after `f(x) = g(a^Tx)`;
 * - `\dfrac{\partial L}{\partial \mathbf{x}} = 2\mathbf{A}\mathbf{x}` after
 *   `L = \mathbf{x}^\top \mathbf{A} \mathbf{x}` (caojiahao-dl-notes), `\nabla_\theta J(\theta)`;
 * - `\frac{\partial p_i}{\partial z_j} = p_i(\delta_{ij} - p_j)` after
 *   `p_i = \dfrac{e^{z_i}}{\sum_j e^{z_j}}` (caojiahao-dl-notes, the softmax): every entry i, j.
 *
 * The definition is the last `f(x) = …` (`L = …`, `p_i = …`) written before the claim (at most
 * LOOK_BACK characters back), in the note or earlier in the same formula; `\frac{d}{d\mathbf{x}}(…)`,
 * `\partial/\partial x\,[…]`, `\nabla_{\mathbf{x}} …`, `\nabla{…}` and `\frac{\partial Mx}{\partial x}`
 * differentiate the expression they write (a number before them scales it). A derivation's row
 * between two gradients (`\nabla\tfrac{1}{2}(X\theta - y)^T(X\theta - y) = \tfrac{1}{2}\nabla(…)`,
 * newfacade-ml-notes) compares the two; a definition whose first row is unreadable (a sum over
 * examples) is taken at the first row of its derivation that is read. The body and the claimed side are read by the
 * matrix reading (matrixValues.ts: capitals matrices, lowercase letters vectors, Greek letters
 * numbers unless bold or transposed) with random entries, at sizes 3 and 4; the variable is a
 * random vector, and an unknown function of a number (`g`, `g'`, `g''`) a random smooth one
 * with its derivatives (vectorNotation.ts). The gradient (finiteDifferences.ts) is the central
 * difference in each coordinate (step 1e-4, error ~1e-9), the Hessian the central difference
 * of that (step 1e-3, error ~2e-7); a claimed gradient must agree to 1e-6 of the values' size,
 * a Hessian to 1e-5. A gradient written as a row or a column, a Jacobian in numerator or
 * denominator layout, is the same claim (the two conventions).
 *
 * Confirm-only: a claim that differs may be about a matrix with a property the text states
 * elsewhere, another function of the same name, or another convention; it stays undecided.
 * Properties the prose states (matrixProperties.ts) near the claim or the definition are
 * tried when the claim does not hold for general matrices, and named in the reading.
 */
import type { MathJson } from '../read/engine';
import { readerIfLoaded, type LatexReader } from '../read/engine';
import type { ClaimReport, FormulaReport, MathSpan } from '../types';
import { seeded } from '../identity/identity';
import { statedMatrixProperties, type MatrixProperty } from './matrixProperties';
import { shapeOf, Trial, valueOf } from './matrixValues';
import { isScalar, NotMatrixNotation } from './smallMatrices';
import { gradientAt, hessianAt, jacobianAt, randomVector, type Layout } from './finiteDifferences';
import { greekVectors, sizeNames, vectorNotationLatex } from './vectorNotation';

/** Cheap test before any parse: the formula writes a gradient or a partial derivative. */
export const WRITES_GRADIENT = /\\nabla|\\partial|\\[dt]?frac\s*\{\s*d\s*\}/;

/** A function's name as notes write it: a letter, `\ell`, `\mathcal{L}`, `J(\theta)`'s J. */
const NAME = String.raw`(?:\\mathcal\s*\{\s*[A-Z]\s*\}|\\ell|[A-Za-z])`;
/** A variable, bold or not: `x`, `\mathbf{x}`, `\boldsymbol{\theta}`, `\theta`; a matrix `X`, `\mathbf{W}`. */
const VARIABLE = String.raw`(?:\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*(?:\\[a-z]+|[a-zA-Z])\s*\}|\\(?:theta|beta|mu|phi|omega)|[a-zA-Z])`;

const NABLA = new RegExp(String.raw`^\\nabla\s*(?:_\s*(?:\{\s*(${VARIABLE})\s*\}|(${VARIABLE})))?\s*(\^\s*\{?\s*2\s*\}?)?\s*(${NAME})\s*(?:\(\s*(${VARIABLE})\s*\))?$`);
const PARTIAL = new RegExp(String.raw`^\\[dt]?frac\s*\{\s*\\partial\s*(${NAME})\s*(?:\(\s*${VARIABLE}\s*\))?\s*\}\s*\{\s*\\partial\s*(${VARIABLE})\s*\}$`);
/** `\frac{d}{d\mathbf{x}}(\mathbf{x}^\top A \mathbf{x})`, `\nabla_{\mathbf{x}} (…)`: the derivative of the expression written after it. */
const INLINE = new RegExp(String.raw`^(?:\\[dt]?frac\s*\{\s*(?:d|\\partial)\s*\}\s*\{\s*(?:d|\\partial)\s*(${VARIABLE})\s*\}|\\partial\s*/\s*\\partial\s*(${VARIABLE})(?![A-Za-z_])\s*(?:\\[,;!]\s*)?|\\nabla\s*_\s*(?:\{\s*(${VARIABLE})\s*\}|(${VARIABLE})))\s*([^]+)$`);
/** `\\nabla{x^{T}Ax}`: the gradient of the expression after it, by the variable such notes mean (IMPLICIT_VARIABLES). */
const NABLA_OF_EXPRESSION = /^\\nabla(?!\s*[_^])\s*([^]+)$/;
/** `\\frac{\\partial Mx}{\\partial x}`, `\\frac{\\partial \\mathbf{a}^T \\mathbf{b}}{\\partial \\mathbf{a}}`: the derivative of the expression in the numerator (a Jacobian when it is a vector). */
const NUMERATOR_EXPRESSION = new RegExp(String.raw`^\\[dt]?frac\s*\{\s*\\partial\s*((?:[^{}]|\{[^{}]*\})+?)\s*\}\s*\{\s*\\partial\s*(${VARIABLE})\s*\}$`);
/** The variable `\\nabla` without a subscript differentiates by: the first of these letters the expression writes. */
const IMPLICIT_VARIABLES = ['x', 'theta', 'w'] as const;
/** One index, `_i` or `_{i}`. */
const INDEX = String.raw`_\s*(?:\{\s*([a-z])\s*\}|([a-z]))`;
/** `\frac{\partial p_i}{\partial z_j}`: an entry of a vector function by an entry of its variable (a Jacobian's entry). */
const ENTRY_PARTIAL = new RegExp(String.raw`^\\[dt]?frac\s*\{\s*\\partial\s*([A-Za-z])\s*${INDEX}\s*\}\s*\{\s*\\partial\s*([a-z])\s*${INDEX}\s*\}$`);

const SIZES = [3, 4] as const;
const TRIALS = 3;
/** Agreement asked of a claimed gradient, and of a claimed Hessian, relative to the values' size. */
const TOLERANCE = { 1: 1e-6, 2: 1e-5 } as const;

interface Derivative {
  readonly name: string;
  /** The variable's letter as the matrix reading names it (`x`, `theta`), or undefined when the claim leaves it to the definition. */
  readonly variable: string | undefined;
  readonly order: 1 | 2;
  /** The expression differentiated, when the claim writes it instead of a name. */
  readonly inline?: string;
  /** For an entry of a Jacobian: the function's index and the variable's (`p_i`, `z_j`). */
  readonly indices?: readonly [string, string];
}

/** `\mathbf{x}` → `x`, `\boldsymbol{\theta}` → `theta`, `\theta` → `theta`. */
function letterOf(variable: string | undefined): string | undefined {
  return variable?.replace(/\\(?:mathbf|boldsymbol|bm|vec)\s*\{\s*([^{}]*?)\s*\}/, '$1').replace(/^\\/, '');
}

/** A side without the halves of a `\\boxed{…}` the split cut through (`\\boxed{\\nabla f(x)`, `Ax + b}`). */
function unboxed(side: string): string {
  const text = side.trim().replace(/^\\boxed\s*\{/, '');
  const open = (text.match(/(?<!\\)\{/g) ?? []).length - (text.match(/(?<!\\)\}/g) ?? []).length;
  return open < 0 && text.endsWith('}') ? text.slice(0, -1).trim() : text;
}

/** `(…)`, `[…]` or `\left(…\right)` around the whole text taken off. */
function withoutOuterParentheses(text: string): string {
  const m = /^(?:\\left\s*)?([([])([^]*?)(?:\\right\s*)?([)\]])$/.exec(text.trim());
  if (!m || (m[1] === '(') !== (m[3] === ')')) return text.trim();
  let depth = 0;
  for (const ch of m[2]!) {
    depth += ch === m[1] ? 1 : ch === m[3] ? -1 : 0;
    if (depth < 0) return text.trim();
  }
  return depth === 0 ? m[2]!.trim() : text.trim();
}

/** A number before a derivative of an expression, `\\frac{1}{2}\\nabla(…)`, `2\\nabla(…)`: it scales the expression. */
const COEFFICIENT = /^(\\[dt]?frac\s*\{\s*\d+\s*\}\s*\{\s*\d+\s*\}|\d+(?:\.\d+)?)\s*(?=\\nabla|\\[dt]?frac\s*\{\s*(?:d|\\partial)\s*\})/;

/** The derivative a side writes, if it is one this reading takes (a number before a derivative of an expression scales the expression). */
function derivativeOf(side: string): Derivative | undefined {
  const coefficient = COEFFICIENT.exec(unboxed(side));
  if (!coefficient) return derivativeWritten(side);
  const derivative = derivativeWritten(unboxed(side).slice(coefficient[0].length));
  return derivative?.inline !== undefined ? { ...derivative, inline: `${coefficient[1]}\\left(${derivative.inline}\\right)` } : undefined;
}

function derivativeWritten(side: string): Derivative | undefined {
  const text = unboxed(side);
  // `\\nabla{J(\\theta)}`: braces around a function's name and argument.
  const nabla = NABLA.exec(text) ?? NABLA.exec(text.replace(/^\\nabla\s*\{([^{}]*)\}$/, '\\nabla $1'));
  if (nabla) return { name: nabla[4]!, variable: letterOf(nabla[1] ?? nabla[2] ?? nabla[5]), order: nabla[3] ? 2 : 1 };
  const partial = PARTIAL.exec(text);
  if (partial) return { name: partial[1]!, variable: letterOf(partial[2]), order: 1 };
  const inline = INLINE.exec(text);
  if (inline) return { name: '', variable: letterOf(inline[1] ?? inline[2] ?? inline[3] ?? inline[4]), order: 1, inline: withoutOuterParentheses(inline[5]!) };
  const numerator = NUMERATOR_EXPRESSION.exec(text);
  if (numerator) return { name: '', variable: letterOf(numerator[2]), order: 1, inline: numerator[1]!.trim() };
  const ofExpression = NABLA_OF_EXPRESSION.exec(text);
  if (ofExpression) {
    const expression = withoutOuterParentheses(ofExpression[1]!.trim().replace(/^\{([^]*)\}$/, '$1'));
    const variable = IMPLICIT_VARIABLES.find((v) => new RegExp(String.raw`(?<![A-Za-z])\\?${v}(?![A-Za-z])`).test(expression));
    if (variable) return { name: '', variable, order: 1, inline: expression };
  }
  const entry = ENTRY_PARTIAL.exec(text);
  if (entry) return { name: entry[1]!, variable: entry[4], order: 1, indices: [entry[2] ?? entry[3]!, entry[5] ?? entry[6]!] };
  return undefined;
}

const escape = (s: string): string => s.replace(/[\\{}()[\]^$.*+?|]/g, '\\$&');

/** A definition found: its body, its variable, its index (`p_i = …`), and where it and each earlier one with the same body end. */
interface Definition {
  readonly body: string;
  readonly variable: string | undefined;
  readonly index: string | undefined;
  readonly ends: readonly number[];
  /** The claimed side is a gradient of an expression too: its gradient is compared. */
  readonly claimedIsGradient?: boolean;
  /** The body and the rows of the derivation that continues it, for a body the reading cannot read. */
  readonly rows?: readonly string[];
}

/**
 * The last definition of `name` in `text` (of its entries, `p_i = …`, when `indexed`): its body
 * up to `$`, a further `=`, a comma or a `\\quad`. The prose after each definition with the same
 * body states its assumptions (", with $A$ symmetric").
 */
function lastDefinition(text: string, name: string, indexed: boolean): Definition | undefined {
  const index = indexed ? `\\s*${INDEX}` : '';
  const pattern = new RegExp(String.raw`(?<![\\A-Za-z])${escape(name).replace(/\s+/g, '\\s*')}${index}\s*(?:\(\s*(${VARIABLE})\s*\))?\s*&?\s*(?::=|=)(${BODY})${BODY_END}`, 'g');
  const found: (Definition & { end: number })[] = [];
  for (const m of text.matchAll(pattern)) {
    const body = m.at(-1)!.trim();
    const derived = /\\(?:nabla|partial)(?:_\{[^{}]*\}|_\\?[A-Za-z]+)?(?:\^\{?2\}?)?\s*$/.test(text.slice(Math.max(0, m.index - 30), m.index));
    const variable = letterOf(m.at(-2));
    if (body !== '' && !derived && !/\\(?:nabla|partial)/.test(body)) found.push({ body, variable, index: indexed ? (m[1] ?? m[2]) : undefined, ends: [], end: m.index + m[0].length });
  }
  const last = found.at(-1);
  const same = (body: string) => body.replace(/\s+/g, '') === last!.body.replace(/\s+/g, '');
  return last && { body: last.body, variable: last.variable, index: last.index, ends: found.filter((d) => same(d.body)).map((d) => d.end), rows: [last.body, ...continuedRows(text, last.end)] };
}

/** What a definition's body is made of: no `$`, no further `=`; and where it ends. */
const BODY = String.raw`[^$=]{1,300}?`;
const BODY_END = String.raw`(?=\$|=|,\s|\\q?quad|\\text|\\\\|\\right|\}\s*$|$)`;
/** The rest of a definition's row (its body may stop at the `=` of a `\sum_{i=1}`), up to the row break before `&=`. */
const ROW_REST = /[^$]{0,300}?(?=\\\\\s*&?\s*=)/y;
/** `\\ &= …`: the next row of a derivation that continues a definition, braces two deep kept whole (`\sum_{i=1}^{n}`). */
const CONTINUED_ROW = new RegExp(String.raw`\s*\\\\\s*&?\s*=((?:[^$={}]|\{(?:[^{}]|\{[^{}]*\})*\}){1,300}?)(?=\\end\b|${BODY_END.slice(3)}`, 'y');

/** The rows after a definition in its derivation (`J(\theta) &= \tfrac{1}{2}\sum_i … \\ &= \tfrac{1}{2}(X\theta - y)^T(X\theta - y)`): equal forms of its body. */
function continuedRows(text: string, end: number): string[] {
  const rows: string[] = [];
  ROW_REST.lastIndex = end;
  if (!ROW_REST.exec(text)) return rows;
  CONTINUED_ROW.lastIndex = ROW_REST.lastIndex;
  for (let m = CONTINUED_ROW.exec(text); m && rows.length < 8; m = CONTINUED_ROW.exec(text)) rows.push(m[1]!.trim());
  return rows;
}

/** The derivative at x and the claimed side there, entry by entry; undefined where the claimed side's shape does not fit. */
function bothAt(body: MathJson, claimed: MathJson, derivative: Derivative, definition: Definition, trial: Trial, variable: string, x: readonly number[], layout: Layout): { exact: number[]; side: readonly number[]; vectorValued?: boolean } | undefined {
  const n = x.length;
  if (derivative.indices) {
    // ∂p_i/∂z_j for every i and j: the definition at index i, the claim at (i, j).
    const [fi, vj] = derivative.indices;
    const exact: number[] = [];
    const side: number[] = [];
    for (let i = 1; i <= n; i++) {
      const gradient = gradientAt(body, trial, variable, x, new Map([[definition.index!, i]]));
      trial.set(variable, { rows: n, cols: 1, data: x });
      for (let j = 1; j <= n; j++) {
        const v = valueOf(claimed, trial, new Map([[fi, i], [vj, j]]));
        if (!isScalar(v)) return undefined;
        exact.push(gradient[j - 1]!);
        side.push(v.data[0]!);
      }
    }
    return { exact, side };
  }
  if (definition.claimedIsGradient) {
    const cols = shapeOf(variable) === 'matrix' ? Math.round(Math.sqrt(n)) : 1;
    return { exact: gradientAt(body, trial, variable, x, undefined, cols), side: gradientAt(claimed, trial, variable, x, undefined, cols) };
  }
  if (shapeOf(variable) === 'matrix') return matrixGradientAt(body, claimed, derivative, trial, variable, x, layout);
  trial.set(variable, { rows: n, cols: 1, data: x });
  const vectorValued = derivative.order === 1 && valueOf(body, trial, new Map()).rows === n;
  const exact = vectorValued ? jacobianAt(body, trial, variable, x, layout) : derivative.order === 1 ? gradientAt(body, trial, variable, x) : hessianAt(body, trial, variable, x);
  trial.set(variable, { rows: n, cols: 1, data: x });
  const value = valueOf(claimed, trial, new Map());
  const fits = derivative.order === 1 && !vectorValued ? (value.cols === 1 || value.rows === 1) && value.data.length === n : value.rows === n && value.cols === n;
  return fits ? { exact, side: value.data, vectorValued } : undefined;
}

/**
 * The gradient by a matrix `\\nabla_X \\operatorname{tr}(AX)`, `\\frac{\\partial \\|X\\|_F^2}{\\partial X}`: entry by entry,
 * as the matrix's shape (denominator layout) or its transpose (numerator layout), both conventions in use.
 */
function matrixGradientAt(body: MathJson, claimed: MathJson, derivative: Derivative, trial: Trial, variable: string, x: readonly number[], layout: Layout): { exact: number[]; side: readonly number[]; vectorValued: boolean } | undefined {
  const n = Math.round(Math.sqrt(x.length));
  if (derivative.order !== 1) return undefined;
  const gradient = gradientAt(body, trial, variable, x, undefined, n);
  const exact = layout === 'denominator' ? gradient : gradient.map((_, k) => gradient[(k % n) * n + Math.floor(k / n)]!);
  trial.set(variable, { rows: n, cols: n, data: x });
  const value = valueOf(claimed, trial, new Map());
  return value.rows === n && value.cols === n ? { exact, side: value.data, vectorValued: true } : undefined;
}

/** Whether the claimed side equals the derivative at every trial, a Jacobian in either layout; undefined where the notation is not read. */
function agrees(trees: readonly MathJson[], derivative: Derivative, definition: Definition, variable: string, seed: string, properties: ReadonlyMap<string, MatrixProperty>): boolean | undefined {
  const outcome = agreesIn('numerator', trees, derivative, definition, variable, seed, properties);
  return outcome === 'jacobian differs' ? agreesIn('denominator', trees, derivative, definition, variable, seed, properties) === true : outcome;
}

function agreesIn(layout: Layout, trees: readonly MathJson[], derivative: Derivative, definition: Definition, variable: string, seed: string, properties: ReadonlyMap<string, MatrixProperty>): boolean | 'jacobian differs' | undefined {
  const [body, claimed] = trees as [MathJson, MathJson];
  const random = seeded(seed);
  const sizes = sizeNames([body, claimed]);
  // In the claim, p_j is the definition's entry j (`p_i(\delta_{ij} - p_j)`).
  const entries = definition.index !== undefined ? new Map([[derivative.name, { index: definition.index, body }]]) : undefined;
  try {
    for (const n of SIZES) {
      for (let t = 0; t < TRIALS; t++) {
        const trial = new Trial(n, random, properties, new Map(), { applications: 'smooth', sizeNames: sizes, greekVectors: greekVectors(seed), ...(entries ? { entries } : {}) });
        const point = randomVector(shapeOf(variable) === 'matrix' ? n * n : n, random).data;
        const both = bothAt(body, claimed, derivative, definition, trial, variable, point, layout);
        if (!both) return undefined;
        const { exact, side } = both;
        const scale = Math.max(1, ...exact.map(Math.abs), ...side.map(Math.abs));
        if (side.some((v, k) => !(Math.abs(v - exact[k]!) <= TOLERANCE[derivative.order] * scale))) return both.vectorValued ? 'jacobian differs' : false;
      }
    }
    return true;
  } catch (error) {
    if (error instanceof NotMatrixNotation) return undefined;
    throw error;
  }
}

/** The readings named in the hover and `check --json`. */
export const GRADIENT_READING = 'as the derivative of the function defined earlier, by finite differences at random points with random matrices and vectors';
export const INLINE_READING = 'by finite differences at random points with random matrices and vectors';

/** One undecided `=` whose side is a gradient or Hessian of a function defined before it, checked (see the file comment). */
function judgeGradient(claim: ClaimReport, before: () => string, note: string, at: number, from: number): ClaimReport {
  if (claim.verdict !== 'none' || claim.relation !== '=') return claim;
  const reader = readerIfLoaded();
  const leftDerivative = derivativeOf(claim.left.source);
  const derivative = leftDerivative ?? derivativeOf(claim.right.source);
  if (!reader || !derivative) return claim;
  // `\\nabla\\tfrac{1}{2}(X\\theta - y)^T(X\\theta - y) = \\tfrac{1}{2}\\nabla(\\theta^TX^TX\\theta - …)`: a derivation's row between two gradients of expressions.
  const other = leftDerivative ? derivativeOf(claim.right.source) : undefined;
  const twoGradients = other?.inline !== undefined && other.order === 1 && derivative.order === 1 && derivative.indices === undefined;
  const claimedText = twoGradients ? other.inline! : unboxed(leftDerivative ? claim.right.source : claim.left.source);
  const written = derivative.inline !== undefined
    ? { body: derivative.inline, variable: derivative.variable, index: undefined, ends: [] }
    : lastDefinition(before(), derivative.name, derivative.indices !== undefined);
  if (!written) return claim;
  const definition = readableRow(twoGradients ? { ...written, claimedIsGradient: true } : written, claimedText, reader);
  if (!definition) return claim;
  if (derivative.variable && definition.variable && derivative.variable !== definition.variable) return claim;
  const variable = derivative.variable ?? definition.variable;
  if (twoGradients && other.variable !== variable) return claim;
  if (variable === undefined) return claim;
  let trees: MathJson[];
  try {
    trees = [definition.body, claimedText].map((t) => reader.read(vectorNotationLatex(t)));
  } catch {
    return claim;
  }
  const seed = `${definition.body} ${claimedText}`;
  const reading = derivative.inline !== undefined
    ? INLINE_READING
    : `${GRADIENT_READING} (${derivative.name}${definition.index ? `_${definition.index}` : ''} = ${definition.body})`;
  if (agrees(trees, derivative, definition, variable, seed, new Map()) === true) return holds(claim, reading);
  const stated = new Map([...definition.ends.flatMap((end) => [...statedMatrixProperties(note, Math.min(at, paragraphEnd(note, from + end)))]), ...statedMatrixProperties(note, at)]);
  const names = new Set<string>();
  const collect = (json: MathJson): void => void (typeof json === 'string' ? names.add(json) : Array.isArray(json) && json.forEach((a) => collect(a as MathJson)));
  trees.forEach(collect);
  const used = new Map([...stated].filter(([letter]) => names.has(letter)));
  if (used.size === 0 || agrees(trees, derivative, definition, variable, seed, used) !== true) return claim;
  return holds(claim, `${reading}, with ${[...used].map(([l, p]) => `${l} ${p}`).join(', ')} as the text says`);
}

/**
 * The definition with the first of its rows this reading can read as its body: a sum over
 * examples (`\\tfrac{1}{2}\\sum_i (h_\\theta(x^{(i)}) - y^{(i)})^2`) is not, its matrix form
 * in the derivation's last row is. The rows' equality is the derivation's own claim, checked there.
 */
function readableRow(definition: Definition, claimedText: string, reader: LatexReader): Definition | undefined {
  if (!definition.rows || definition.rows.length < 2) return definition;
  const variable = definition.variable;
  for (const row of definition.rows) {
    let tree: MathJson;
    try {
      tree = reader.read(vectorNotationLatex(row));
      reader.read(vectorNotationLatex(claimedText));
    } catch {
      continue;
    }
    if (variable === undefined || readsAt(tree, variable, `${row} ${claimedText}`)) return { ...definition, body: row };
  }
  return undefined;
}

/** Whether the matrix reading computes `body` as a number at a random point of the variable. */
function readsAt(body: MathJson, variable: string, seed: string): boolean {
  const random = seeded(seed);
  const trial = new Trial(SIZES[0], random, new Map(), new Map(), { applications: 'smooth', sizeNames: sizeNames([body]), greekVectors: greekVectors(seed) });
  try {
    trial.set(variable, randomVector(SIZES[0], random));
    return isScalar(valueOf(body, trial, new Map()));
  } catch (error) {
    if (error instanceof NotMatrixNotation) return false;
    throw error;
  }
}

/** Where the paragraph holding `at` ends: the prose after a definition (", with $A$ symmetric") belongs to it. */
function paragraphEnd(note: string, at: number): number {
  const end = note.indexOf('\n\n', at);
  return end < 0 ? note.length : end;
}

function holds(claim: ClaimReport, reading: string): ClaimReport {
  const { reason: _reason, identity: _identity, ...rest } = claim;
  return { ...rest, verdict: 'holds', reading };
}

/** How far back a definition is looked for: a long note's derivations define their functions nearby. */
const LOOK_BACK = 20_000;

/** The report's claims with its gradient and Hessian claims checked against the note's definitions. */
export function gradientClaims(note: string, span: MathSpan, report: FormulaReport): readonly ClaimReport[] {
  const from = Math.max(0, span.start - LOOK_BACK);
  return report.claims.map((claim) => {
    // Offsets in the text before are note offsets plus `from`; the properties are looked up in the note itself.
    const before = () => `${note.slice(from, span.start)}$ ${report.source.slice(0, Math.max(0, claim.left.offset))}`;
    return judgeGradient(claim, before, note, span.start, from);
  });
}
