/**
 * Piecewise statements of known functions: `\text{ReLU}(x) = \begin{cases} x & x > 0 \\ 0 & x \le 0 \end{cases}`,
 * `|x| = \begin{cases} x & x \ge 0 \\ -x & x < 0 \end{cases}`, `\text{ReLU}'(x) = \begin{cases} 1 & \text{if } x > 0 \\ 0 & \text{otherwise} \end{cases}`,
 * `\text{sign}(x)`, `\max(0, x)`, ELU, LeakyReLU with the slope written. The engine reads the cases body as a
 * list of relations, which has no value. A careful reader checks the statement branch by branch: on each row's
 * stretch of the line the left side must equal the row's value.
 *
 * Each row is checked as its own identity (the identity check, with its rules for assumed and defined names),
 * the variable written as a point strictly inside the row's stretch: above a bound `lo` it is
 * `lo + 1/4 + t²`, below `hi` it is `hi − 1/4 − t²`, between numbers it is `lo + (hi − lo)(1 + 8/(1 + e^{−t}))/10`,
 * t a fresh variable. Points never come near a boundary, so `x \ge 0` beside `x > 0` never matters. A row
 * `x = c` is checked at c; "otherwise" is what the other rows leave of the line (numeric bounds, or one row).
 *
 * Holds when every row holds (with the named activations' conventions, as activationConventions.ts, the first
 * that makes every row hold). Fails only when, under every convention, a stretch row clearly fails (the identity
 * check's own "fails": nearly every point off) and no row's value has a letter the left side lacks; a row at a
 * point, or between bounds that are letters (`|x| \le \delta`: δ may be drawn negative), may confirm, never fail.
 * A row whose condition is not readable leaves the claim undecided.
 */
import { analyzeFormula } from '../analyze';
import { casesBody, casesRows, numericBound, conditionVariable, rowConditions, variablePattern, type CasesRow, type Stretch } from '../read/casesRows';
import { namedActivation, type ActivationConvention, type NamedActivation } from '../identity/namedActivations';
import type { AnalyzeOptions, ClaimReport, FunctionDefinition, MathSpan } from '../types';

/** Fresh names for the point inside a stretch (the first the formula does not write). */
const FRESH = ['t', 'u', 's', 'w', 'r', 'q', 'p'];
const MAX_COMBINATIONS = 8;
const MAX_ROWS = 6;

/** The variable written as a point strictly inside `stretch`, or undefined (bounds in the wrong order). */
function insidePoint(stretch: Stretch, fresh: string): string | undefined {
  const { lo, hi } = stretch;
  if (lo !== undefined && hi !== undefined) {
    const [a, b] = [numericBound(lo), numericBound(hi)];
    if (a !== undefined && b !== undefined && !(a < b)) return undefined;
    return `\\left(${lo} + \\frac{(${hi}) - (${lo})}{10}\\left(1 + \\frac{8}{1 + e^{-${fresh}}}\\right)\\right)`;
  }
  if (lo !== undefined) return `\\left(${lo} + \\frac{1}{4} + ${fresh}^{2}\\right)`;
  if (hi !== undefined) return `\\left(${hi} - \\frac{1}{4} - ${fresh}^{2}\\right)`;
  return undefined;
}

/** Whether a stretch's bounds are letters, not numbers: the stretch may be empty for some values of them. */
function symbolicBetween(stretch: Stretch): boolean {
  return stretch.lo !== undefined && stretch.hi !== undefined && (numericBound(stretch.lo) === undefined || numericBound(stretch.hi) === undefined);
}

/** What the other rows leave of the line, as stretches; undefined when their bounds are not all numbers (and not one row). */
function otherwiseStretches(rows: readonly CasesRow[]): Stretch[] | undefined {
  const others = rows.filter((r) => r.condition.kind !== 'otherwise');
  const stretches = others.flatMap((r) => (r.condition.kind === 'stretches' ? r.condition.stretches : []));
  if (others.length === 1 && others[0]!.condition.kind === 'stretches' && stretches.length === 1) {
    const s = stretches[0]!;
    if (s.lo !== undefined && s.hi !== undefined) return [{ hi: s.lo }, { lo: s.hi }];
    return s.lo !== undefined ? [{ hi: s.lo }] : [{ lo: s.hi! }];
  }
  const bounds: number[] = [];
  for (const r of others) {
    if (r.condition.kind === 'point') {
      const at = numericBound(r.condition.at);
      if (at === undefined) return undefined;
      bounds.push(at);
    }
  }
  const numeric = stretches.map((s) => ({ lo: s.lo === undefined ? -Infinity : numericBound(s.lo), hi: s.hi === undefined ? Infinity : numericBound(s.hi) }));
  if (numeric.some((s) => s.lo === undefined || s.hi === undefined)) return undefined;
  for (const s of numeric) bounds.push(s.lo!, s.hi!);
  const edges = [...new Set(bounds.filter((b) => Number.isFinite(b)))].sort((a, b) => a - b);
  if (edges.length === 0) return undefined;
  const covered = (x: number) => numeric.some((s) => s.lo! < x && x < s.hi!);
  const out: Stretch[] = [];
  if (!covered(edges[0]! - 1)) out.push({ hi: String(edges[0]) });
  for (let k = 0; k + 1 < edges.length; k++) if (!covered((edges[k]! + edges[k + 1]!) / 2)) out.push({ lo: String(edges[k]), hi: String(edges[k + 1]) });
  if (!covered(edges[edges.length - 1]! + 1)) out.push({ lo: String(edges[edges.length - 1]) });
  return out;
}

/** The left side of the claim whose right side is the cases body: the formula's text between the previous `=` and the one before `\begin{cases}`. */
function leftOfCases(source: string): string | undefined {
  const at = source.search(/=\s*\\begin\s*\{cases/);
  if (at < 0) return undefined;
  const before = source.slice(0, at);
  let depth = 0;
  let from = 0;
  for (let k = 0; k < before.length; k++) {
    const ch = before[k]!;
    if (ch === '{' || ch === '(' || ch === '[') depth++;
    else if (ch === '}' || ch === ')' || ch === ']') depth--;
    else if (depth === 0 && (ch === '=' || ch === '&')) from = k + 1;
  }
  const left = before.slice(from).trim();
  return left.length > 0 ? left : undefined;
}

/** The left side as the identity check reads it: `\text{ReLU}'` as `\operatorname{ReLU}'`, `|x|` as max(x, −x). */
function readableLeft(left: string, v: string): string {
  const t = left
    .replace(/\\(?:text|textrm|mathrm)\s*\{\s*([A-Za-z]+)\s*\}\s*'/g, '\\operatorname{$1}\'')
    .replace(/\\mbox\s*\{\s*([A-Za-z]+)\s*\}/g, '\\operatorname{$1}');
  const bars = /^\s*(?:\\left\s*)?(?:\||\\lvert|\\vert)\s*([\s\S]*?)\s*(?:\\right\s*)?(?:\||\\rvert|\\vert)\s*$/.exec(t);
  if (bars && bars[1]!.replace(/\s+/g, '') === v.replace(/\s+/g, '')) return `\\max\\left(${v}, -${v}\\right)`;
  return t;
}

/** Candidate variables: the letters (with a subscript) the left side applies a function to. */
function candidateVariables(left: string): string[] {
  const out = new Set<string>();
  for (const m of left.matchAll(/(?:\\[A-Za-z]+|[A-Za-z])(?:_\{?[A-Za-z0-9]+\}?)?/g)) {
    const token = m[0];
    if (/^\\(?:text|textrm|mathrm|mbox|operatorname|max|min|left|right|lvert|rvert|vert|sigma|exp|log|ln|tanh|mathcal|mathbf|prime|sgn|abs)/.test(token)) continue;
    out.add(token);
  }
  return [...out];
}

/** Names of the table of activations the left side applies (their conventions are tried in turn). */
function appliedActivations(left: string): Array<[string, NamedActivation]> {
  const out = new Map<string, NamedActivation>();
  for (const m of left.matchAll(/(?:\\(?:text|textrm|mathrm|mbox|operatorname)\s*\{\s*)?([A-Za-z][A-Za-z0-9]*)/g)) {
    const a = m[1] === 'sigma' ? undefined : namedActivation(m[1]!);
    if (a) out.set(m[1]!, a);
  }
  return [...out];
}

function combinations(names: ReadonlyArray<[string, NamedActivation]>): Array<Array<[string, NamedActivation, ActivationConvention]>> {
  let out: Array<Array<[string, NamedActivation, ActivationConvention]>> = [[]];
  for (const [name, a] of names) out = out.flatMap((combo) => a.conventions.map((c) => [...combo, [name, a, c] as [string, NamedActivation, ActivationConvention]]));
  return out.slice(0, MAX_COMBINATIONS);
}

/** One row to check: the identity's LaTeX, and whether a fail of it may fail the claim. */
interface RowCheck {
  readonly latex: string;
  readonly row: CasesRow;
  readonly mayFail: boolean;
}

/** Replace every token of `v` in `text` with `point`. */
function substitute(text: string, v: string, point: string): string {
  // Braced, so that a power or a subscript (`e^x`) takes the whole point.
  return text.replace(variablePattern(v, 'g'), `{${point}}`);
}

function freshName(source: string): string | undefined {
  const letters = source.replace(/\\[A-Za-z]+/g, ' ');
  return FRESH.find((f) => !new RegExp(`(?<![A-Za-z])${f}(?![A-Za-z])`).test(letters));
}

/** The identities that check each row of `rows` on its stretch. */
function rowChecks(left: string, rows: readonly CasesRow[], v: string, fresh: string): RowCheck[] | undefined {
  const checks: RowCheck[] = [];
  for (const row of rows) {
    if (/\\(?:begin|end)\b|\\\\/.test(row.value)) return undefined;
    const c = row.condition;
    if (c.kind === 'point') {
      checks.push({ latex: `${substitute(left, v, `\\left(${c.at}\\right)`)} = ${substitute(row.value, v, `\\left(${c.at}\\right)`)}`, row, mayFail: false });
      continue;
    }
    const stretches = c.kind === 'otherwise' ? otherwiseStretches(rows) : c.stretches;
    if (!stretches || stretches.length === 0) return undefined;
    for (const s of stretches) {
      const point = insidePoint(s, fresh);
      if (!point) return undefined;
      checks.push({ latex: `${substitute(left, v, point)} = ${substitute(row.value, v, point)}`, row, mayFail: !symbolicBetween(s) });
    }
  }
  return checks;
}

/** Letters of a claim side, as the report lists them. */
function symbolsOf(claim: ClaimReport, side: 'left' | 'right'): readonly string[] {
  return claim[side].symbols ?? [];
}

/** The claims of the formula at `span`, with a known function stated piecewise judged row by row. */
export async function withPiecewiseCases(_note: string, span: MathSpan, claims: readonly ClaimReport[], options: AnalyzeOptions): Promise<readonly ClaimReport[]> {
  const k = claims.findIndex((c) => c.verdict === 'none' && c.relation === '=' && casesBody(c.right.source) !== undefined);
  if (k < 0) return claims;
  const claim = claims[k]!;
  const body = casesBody(claim.right.source)!;
  const written = leftOfCases(span.source);
  if (!written) return claims;
  const conditions = rowConditions(body);
  if (!conditions || conditions.length < 2 || conditions.length > MAX_ROWS) return claims;
  const v = conditionVariable(conditions, candidateVariables(written));
  if (!v || !variablePattern(v).test(written)) return claims;
  const rows = casesRows(body, v);
  const fresh = freshName(span.source);
  if (!rows || !fresh) return claims;
  const left = readableLeft(written, v);
  const checks = rowChecks(left, rows, v, fresh);
  if (!checks) return claims;
  const applied = appliedActivations(written);
  // A name with several conventions (LeakyReLU's slope, ELU's α, GELU's forms) may be the note's own variant: confirm only.
  const variants = applied.some(([name, a]) => a.conventions.length > 1 || /^(?:ELU|elu|Elu)$/.test(name));
  const combos = combinations(applied);
  const tried: Array<{ combo: Array<[string, NamedActivation, ActivationConvention]>; claims: Array<ClaimReport | undefined> }> = [];
  for (const combo of combos) {
    const definitions = new Map<string, FunctionDefinition>(options.definitions ?? []);
    for (const [name, a, c] of combo) if (!options.definitions?.has(name)) definitions.set(name, { name, params: ['x'], body: c.body, source: `${name} as ${a.title} (${c.label})`, trusted: true });
    const judged: Array<ClaimReport | undefined> = [];
    for (const check of checks) {
      const report = await analyzeFormula(check.latex, { ...options, definitions });
      judged.push(report.claims.length === 1 ? report.claims[0] : undefined);
    }
    tried.push({ combo, claims: judged });
  }
  const described = (combo: ReadonlyArray<[string, NamedActivation, ActivationConvention]>) =>
    combo.length === 0 ? '' : ` with ${combo.map(([n, a, c]) => `${n} as ${a.title}${a.conventions.length > 1 ? ` (${c.label})` : ''}`).join(', ')}`;
  const rowsRead = `read as a piecewise function of ${v}: each of its ${rows.length} rows checked at points inside its condition`;
  const held = tried.find((t) => t.claims.every((c) => c?.verdict === 'holds'));
  if (held) {
    const out = [...claims];
    const { reason: _reason, fix: _fix, ...rest } = claim;
    out[k] = { ...rest, verdict: 'holds', reading: `${rowsRead}${described(held.combo)}` };
    return out;
  }
  const failingRow = (t: (typeof tried)[number]): number =>
    t.claims.findIndex((c, j) => {
      if (!c || c.verdict !== 'fails' || !checks[j]!.mayFail) return false;
      const own = new Set([...symbolsOf(c, 'left'), fresh]);
      return symbolsOf(c, 'right').every((s) => own.has(s));
    });
  const allDecided = tried.every((t) => t.claims.every((c) => c !== undefined && c.verdict !== 'none'));
  if (!variants && allDecided && tried.every((t) => failingRow(t) >= 0)) {
    const first = tried[0]!;
    const failing = failingRow(first);
    const row = first.claims[failing]!;
    const written = checks[failing]!.row;
    const { fix: _fix, reason: _reason, ...rest } = claim;
    const every = tried.length > 1 ? ' under every convention of the name' : '';
    return claims.map((c, j) =>
      j === k
        ? { ...rest, verdict: 'fails' as const, ...(row.identity ? { identity: row.identity } : {}), reading: `${rowsRead}${described(first.combo)}: the row ${written.value} for ${written.conditionSource} fails${every}` }
        : c,
    );
  }
  return claims;
}
