/**
 * The rows of a `\begin{cases} … \end{cases}` body, as study notes write piecewise functions:
 * `x & x > 0 \\ 0 & x \le 0`, `1 & \text{if } x > 0 \\ 0 & \text{otherwise}`,
 * `\lambda e^{-\lambda x}, & x>0,\\ 0, & \text{其他}`, `x^2, \quad a < x \le b`, `\frac{1}{b-a} & x \in [a, b]`.
 * Each row is a value and a condition on one variable. The condition is read as the stretches of the
 * real line it keeps (a ray, an interval, the two rays outside `|x| \le \delta`), a single point
 * (`x = 0`), or "otherwise" (the rest of the line). Strict and non-strict comparisons are read alike:
 * a piecewise claim is only ever checked away from its boundaries (context/piecewiseCases.ts).
 * A condition this module cannot read (two variables, `x \in \mathbb{Q}`, words) leaves the whole
 * body unread.
 */

/** A stretch of the line: above `lo`, below `hi`, or between them (LaTeX of each bound). */
export interface Stretch {
  readonly lo?: string;
  readonly hi?: string;
}

export type RowCondition =
  | { readonly kind: 'stretches'; readonly stretches: readonly Stretch[] }
  | { readonly kind: 'point'; readonly at: string }
  | { readonly kind: 'otherwise' };

export interface CasesRow {
  /** The row's value, as written. */
  readonly value: string;
  /** The row's condition, as written (its "if", "for", commas stripped). */
  readonly conditionSource: string;
  readonly condition: RowCondition;
}

/** The body of a cases environment that makes up the whole side: `\begin{cases} … \end{cases}` and a trailing stop. */
const WHOLE_CASES = /^\s*\\begin\s*\{cases\*?\}([\s\S]*)\\end\s*\{cases\*?\}[\s.,;]*$/;

export function casesBody(side: string): string | undefined {
  const m = WHOLE_CASES.exec(side);
  return m && !/\\begin\s*\{cases/.test(m[1]!) ? m[1] : undefined;
}

/** Split `text` at `separator` where no brace, bracket or parenthesis is open. */
function splitTopLevel(text: string, separator: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (ch === '\\' && (text[k + 1] === '{' || text[k + 1] === '}')) {
      k++;
      continue;
    }
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    if (depth !== 0) continue;
    separator.lastIndex = k;
    const m = separator.exec(text);
    if (m && m.index === k && m[0].length > 0) {
      out.push(text.slice(from, k));
      from = k + m[0].length;
      k = from - 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/** Words that only introduce a condition: "if", "for", "when", "where" (in `\text{}` or bare). */
const LEAD_WORDS = /^(?:\\(?:text|textrm|mathrm|mbox|textit|operatorname)\s*\{\s*(?:if|for|when|where|for all|若|当)\s*\}|\b(?:if|for|when)\b|\\(?:q?quad|,|;|:|\s))\s*/i;
/** A lead word after the value when the row has no `&`: `1 \text{ if } x > 0`, `x, \quad x \ge 0`. */
const INLINE_LEAD = /\\(?:text|textrm|mathrm|mbox)\s*\{\s*(?:if|for|when)\s*\}|\\q?quad(?![A-Za-z])|,(?=\s*(?:\\q?quad|\\text|[A-Za-z\\]\S*\s*(?:<|>|\\[lg]e|\\in\b)))/;
/** "Otherwise", in the words of English and Chinese notes. */
const OTHERWISE = /^(?:otherwise|else|elsewhere|o\.\s?w\.|other\s*cases?|其他|其它|否则|其余|其他情况|其它情况|else where)[.,;。，]*$/i;

function stripEnds(text: string): string {
  let t = text.trim();
  for (;;) {
    const before = t;
    t = t.replace(/^[&,;]+\s*/, '').replace(/[&,;.。，]+\s*$/, '').replace(/\\q?quad\s*$/, '').trim();
    const lead = LEAD_WORDS.exec(t);
    if (lead && lead[0].length > 0) t = t.slice(lead[0].length).trim();
    if (t === before) return t;
  }
}

/** The words of a `\text{…}` condition, braces and commands removed. */
function plainWords(text: string): string {
  return text.replace(/\\(?:text|textrm|mathrm|mbox|textit)\s*\{([^{}]*)\}/g, '$1').replace(/[{}]/g, '').trim();
}

const RELATION = /(<|>|\\leq?slant(?![A-Za-z])|\\geq?slant(?![A-Za-z])|\\leq?(?![A-Za-z])|\\geq?(?![A-Za-z])|\\lt(?![A-Za-z])|\\gt(?![A-Za-z])|\\neq?(?![A-Za-z])|(?<![<>!:\\])=)/;

type Direction = 'less' | 'greater' | 'equal' | 'unequal';

function directionOf(op: string): Direction {
  if (op === '<' || /^\\l/.test(op)) return 'less';
  if (op === '>' || /^\\g/.test(op)) return 'greater';
  if (op === '=') return 'equal';
  return 'unequal';
}

/** Whether `text` is the variable `v` as written (spaces aside). */
function isVariable(text: string, v: string): boolean {
  return text.replace(/\s+/g, '') === v.replace(/\s+/g, '');
}

/** `|v|`, `\left|v\right|`, `\lvert v\rvert`, `\vert v\vert`, `\abs{v}` around the variable. */
function isAbsoluteOf(text: string, v: string): boolean {
  const t = text.replace(/\s+/g, '');
  const inner = /^(?:\\left)?(?:\||\\lvert|\\vert)(.*?)(?:\\right)?(?:\||\\rvert|\\vert)$/.exec(t) ?? /^\\abs\{(.*)\}$/.exec(t);
  return inner !== null && isVariable(inner[1]!, v);
}

/** Whether `text` mentions the variable (then it cannot be a bound). */
export function mentionsVariable(text: string, v: string): boolean {
  return variablePattern(v).test(text);
}

/** The variable as a token of LaTeX: `x` not inside a word or a command, `\theta` whole, `z_i` whole. */
export function variablePattern(v: string, flags = ''): RegExp {
  const parts = v.replace(/\s+/g, '').split('').map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const body = parts.join('\\s*');
  return new RegExp(`(?<![\\\\A-Za-z])${body}(?![A-Za-z0-9])`, flags);
}

/** A bound: no relation, no variable, something written. */
function isBound(text: string, v: string): boolean {
  return text.trim().length > 0 && !RELATION.test(text) && !mentionsVariable(text, v) && !/\\(?:text|mathrm|mbox)\s*\{\s*[A-Za-z]{3,}/.test(text);
}

/** `v \in [a, b]`, `(a, b)`, `[a, b)`, `]a, b[`, with or without `\left`/`\right`. */
function readInterval(text: string, v: string): Stretch | undefined {
  const m = /^(.*?)\\in(?![A-Za-z])\s*(?:\\left\s*)?[[(\]]([\s\S]*)(?:\\right\s*)?[\])[]\s*$/.exec(text);
  if (!m || !isVariable(m[1]!, v)) return undefined;
  const bounds = splitTopLevel(m[2]!.replace(/\\right\s*$/, ''), /,/g);
  if (bounds.length !== 2) return undefined;
  const [lo, hi] = bounds.map((b) => b.trim());
  const loOpen = /^-?\s*\\infty$/.test(lo!);
  const hiOpen = /^\+?\s*\\infty$/.test(hi!);
  if ((!loOpen && !isBound(lo!, v)) || (!hiOpen && !isBound(hi!, v))) return undefined;
  if (loOpen && hiOpen) return undefined;
  return { ...(loOpen ? {} : { lo }), ...(hiOpen ? {} : { hi }) };
}

/** The condition of one row, on the variable `v`, or undefined when it is not readable. */
export function readCondition(conditionSource: string, v: string): RowCondition | undefined {
  const text = conditionSource.trim();
  if (text.length === 0) return undefined;
  if (OTHERWISE.test(plainWords(text))) return { kind: 'otherwise' };
  const interval = readInterval(text, v);
  if (interval) return { kind: 'stretches', stretches: [interval] };
  const parts = text.split(RELATION);
  // [e0, op1, e1] or [e0, op1, e1, op2, e2]
  if (parts.length === 3) {
    const [a, op, b] = [parts[0]!.trim(), directionOf(parts[1]!), parts[2]!.trim()];
    const flipped: Direction = op === 'less' ? 'greater' : op === 'greater' ? 'less' : op;
    let dir: Direction;
    let bound: string;
    let absolute = false;
    if (isVariable(a, v) && isBound(b, v)) [dir, bound] = [op, b];
    else if (isVariable(b, v) && isBound(a, v)) [dir, bound] = [flipped, a];
    else if (isAbsoluteOf(a, v) && isBound(b, v)) [dir, bound, absolute] = [op, b, true];
    else if (isAbsoluteOf(b, v) && isBound(a, v)) [dir, bound, absolute] = [flipped, a, true];
    else return undefined;
    if (absolute) {
      if (dir === 'less') return { kind: 'stretches', stretches: [{ lo: `-\\left(${bound}\\right)`, hi: bound }] };
      if (dir === 'greater') return { kind: 'stretches', stretches: [{ hi: `-\\left(${bound}\\right)` }, { lo: bound }] };
      return undefined;
    }
    if (dir === 'less') return { kind: 'stretches', stretches: [{ hi: bound }] };
    if (dir === 'greater') return { kind: 'stretches', stretches: [{ lo: bound }] };
    if (dir === 'equal') return { kind: 'point', at: bound };
    return { kind: 'stretches', stretches: [{ hi: bound }, { lo: bound }] };
  }
  if (parts.length === 5) {
    const [a, op1, m, op2, b] = [parts[0]!.trim(), directionOf(parts[1]!), parts[2]!.trim(), directionOf(parts[3]!), parts[4]!.trim()];
    if (!isVariable(m, v) || !isBound(a, v) || !isBound(b, v) || op1 !== op2) return undefined;
    if (op1 === 'less') return { kind: 'stretches', stretches: [{ lo: a, hi: b }] };
    if (op1 === 'greater') return { kind: 'stretches', stretches: [{ lo: b, hi: a }] };
  }
  return undefined;
}

/** Split one row into its value and its condition. */
function splitRow(row: string): { value: string; condition: string } | undefined {
  const cells = splitTopLevel(row, /&/g).map((c) => c.trim()).filter((c) => c.length > 0);
  if (cells.length === 2) return { value: cells[0]!, condition: cells[1]! };
  if (cells.length !== 1) return undefined;
  const m = INLINE_LEAD.exec(cells[0]!);
  if (!m || m.index === 0) return undefined;
  return { value: cells[0]!.slice(0, m.index), condition: cells[0]!.slice(m.index) };
}

/**
 * The variable the rows' conditions are about: the one token (a letter, a Greek letter, a letter with a
 * subscript) that stands alone beside a relation in the first condition that has one.
 */
export function conditionVariable(conditions: readonly string[], candidates: readonly string[]): string | undefined {
  for (const v of candidates) if (conditions.every((c) => OTHERWISE.test(plainWords(stripEnds(c))) || readCondition(stripEnds(c), v) !== undefined)) return v;
  return undefined;
}

/** The rows of a cases body, each with its condition read on `variable`; undefined when a row is not readable. */
export function casesRows(body: string, variable: string): CasesRow[] | undefined {
  const rows = splitTopLevel(body, /\\\\(?:\s*\[[^\]]*\])?/g).map((r) => r.trim()).filter((r) => r.length > 0);
  if (rows.length < 2) return undefined;
  const out: CasesRow[] = [];
  for (const row of rows) {
    const split = splitRow(row);
    if (!split) return undefined;
    const value = stripEnds(split.value);
    const conditionSource = stripEnds(split.condition);
    if (value.length === 0) return undefined;
    const condition = readCondition(conditionSource, variable);
    if (!condition) return undefined;
    out.push({ value, conditionSource, condition });
  }
  if (out.filter((r) => r.condition.kind === 'otherwise').length > 1) return undefined;
  return out;
}

/** Each row's raw condition text (to find the variable before reading them). */
export function rowConditions(body: string): string[] | undefined {
  const rows = splitTopLevel(body, /\\\\(?:\s*\[[^\]]*\])?/g).map((r) => r.trim()).filter((r) => r.length > 0);
  const out: string[] = [];
  for (const row of rows) {
    const split = splitRow(row);
    if (!split) return undefined;
    out.push(split.condition);
  }
  return out;
}

/** A bound written as a plain number (`0`, `-1`, `2.5`, `\frac{1}{2}`), with its value. */
export function numericBound(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.replace(/\s+/g, '').replace(/^\\left\((.*)\\right\)$/, '$1');
  let m = /^(-?)\d+(?:\.\d+)?$/.exec(t);
  if (m) return Number(t);
  m = /^(-?)\\[dt]?frac\{(\d+)\}\{(\d+)\}$/.exec(t);
  if (m) return (m[1] ? -1 : 1) * (Number(m[2]) / Number(m[3]));
  return undefined;
}

/** The cheap text test: the text writes a cases environment. */
export function writesCases(source: string): boolean {
  return source.includes('{cases');
}
