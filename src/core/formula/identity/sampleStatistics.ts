/**
 * `Var(aX) = a^2 Var(X)`, `Cov(X_1, X_2) = Cov(X_2, X_1)`, `Var(aX_1 + bX_2) = a^2Var(X_1) +
 * b^2Var(X_2) + 2abCov(X_1, X_2)` (VectorPosse/sem_book): rules of the sample statistics of data
 * columns. The identity check reads `Var` as three letters and skips such a claim. A careful reader
 * checks a rule on a column of numbers: so does this reading. Capital letters (X, X_1, Y) are data
 * columns drawn at random, lower-case letters are numbers, and Var, Cov, SD, Corr and \overline
 * are the sample variance (n − 1), covariance, standard deviation, correlation and mean. A rule
 * that holds on every draw holds. The reading only confirms: `Var(X_1 + X_2) = Var(X_1) +
 * Var(X_2)` holds for independent variables, not for two random columns, and stays undecided.
 */
import { seeded } from './identity';
import type { ClaimReport } from '../types';
import { withSigns } from './plusMinusSigns';
import { type Arithmetic, ArithmeticReader } from './arithmeticReader';
import type { StatisticAssumptions } from '../context/statisticAssumptions';

/** A claim a side of which calls a statistic: the prefilter before any parse. */
export const CALLS_STATISTIC = /(?:^|[^A-Za-z\\])(?:Var|Cov|SD|Corr)\s*(?:\\left\s*)?\(|\\(?:operatorname|mathrm|text)\s*\{\s*(?:Var|Cov|SD|Corr)\s*\}/;

const READING = 'Var, Cov, SD and Corr read as sample statistics of data columns, checked on random columns';
const LENGTH = 7;
const DRAWS = 6;

type Value = number | readonly number[];

const NO_ASSUMPTIONS: StatisticAssumptions = { constants: new Set(), independent: new Set() };

/**
 * The claim judged "holds" when both sides agree on every draw of random columns and numbers, else as it was.
 * Letters the prose calls constant are constant columns; letters it calls independent are uncorrelated columns.
 */
export function withSampleStatistics(claim: ClaimReport, assumptions: StatisticAssumptions = NO_ASSUMPTIONS): ClaimReport {
  if (claim.verdict !== 'none' || claim.relation !== '=') return claim;
  const left = claim.left.source;
  const right = claim.right.source;
  if (!CALLS_STATISTIC.test(left) && !CALLS_STATISTIC.test(right)) return claim;
  const random = seeded(`${left}\u0000${right}`);
  for (let draw = 0; draw < DRAWS; draw++) {
    const env = assumedColumns(assumptions, random);
    const value = (name: string): Value => {
      let v = env.get(name);
      if (v === undefined) {
        v = /^[A-Z]/.test(name) ? Array.from({ length: LENGTH }, () => randomEntry(random)) : Math.round((0.5 + 2.5 * random()) * 1e4) / 1e4 * (random() < 0.5 ? -1 : 1);
        env.set(name, v);
      }
      return v;
    };
    // `Cov(X_1, X_2 \pm X_3) = Cov(X_1, X_2) \pm Cov(X_1, X_3)`: both sign choices must agree (plusMinusSigns.ts).
    for (const upper of [true, false]) {
      const l = evaluateSide(withSigns(left, upper), value);
      const r = evaluateSide(withSigns(right, upper), value);
      if (l === undefined || r === undefined || !agree(l, r)) return claim;
    }
  }
  const { reason: _reason, ...rest } = claim;
  const assumed = assumptions.constants.size + assumptions.independent.size > 0;
  return { ...rest, verdict: 'holds', reading: assumed ? `${READING}, under the assumptions the prose states (constant or independent letters)` : READING };
}

const randomEntry = (random: () => number): number => Math.round((-3 + 6 * random()) * 1e4) / 1e4;

/**
 * Constant letters as columns of one value; independent capital letters as columns whose sample
 * covariances are zero (centred random columns made orthogonal, each shifted by a random mean),
 * so a rule for independent variables holds on them exactly.
 */
function assumedColumns(assumptions: StatisticAssumptions, random: () => number): Map<string, Value> {
  const env = new Map<string, Value>();
  // A lower-case constant is a number already; a capital one would otherwise be a random column.
  for (const name of assumptions.constants) {
    if (!/^[A-Z]/.test(name)) continue;
    const c = randomEntry(random);
    env.set(name, Array.from({ length: LENGTH }, () => c));
  }
  const centred: number[][] = [];
  for (const name of assumptions.independent) {
    if (env.has(name) || !/^[A-Z]/.test(name) || centred.length >= LENGTH - 2) continue;
    let xs = Array.from({ length: LENGTH }, () => randomEntry(random));
    xs = minus(xs, mean(xs));
    for (const q of centred) {
      const along = dot(xs, q) / dot(q, q);
      xs = xs.map((x, i) => x - along * q[i]!);
    }
    centred.push(xs);
    const shift = randomEntry(random);
    env.set(name, xs.map((x) => x + shift));
  }
  return env;
}

const minus = (xs: readonly number[], c: number): number[] => xs.map((x) => x - c);
const dot = (xs: readonly number[], ys: readonly number[]): number => xs.reduce((s, x, i) => s + x * ys[i]!, 0);

function agree(a: Value, b: Value): boolean {
  const as = typeof a === 'number' ? [a] : a;
  const bs = typeof b === 'number' ? [b] : b;
  if (as.length !== bs.length) return false;
  return as.every((x, i) => Number.isFinite(x) && Number.isFinite(bs[i]!) && Math.abs(x - bs[i]!) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(bs[i]!)));
}

/** The side's value, or undefined when it is not plain arithmetic of columns, numbers and the statistics. */
function evaluateSide(latex: string, value: (name: string) => Value): Value | undefined {
  const tokens = tokenize(latex);
  if (!tokens) return undefined;
  const parser = new Parser(tokens, value);
  try {
    const v = parser.expression();
    return parser.done() ? v : undefined;
  } catch (error) {
    if (error instanceof NotStatistics) return undefined;
    throw error;
  }
}

class NotStatistics extends Error {}

const STATISTICS = new Set(['Var', 'Cov', 'SD', 'Corr']);

function tokenize(latex: string): string[] | undefined {
  const text = latex
    .replace(/\\(?:operatorname|mathrm|text)\s*\{\s*(Var|Cov|SD|Corr)\s*\}/g, '$1')
    .replace(/\\(?:left|right|bigl|bigr|Bigl|Bigr|big|Big)\b/g, '')
    .replace(/\\[,;:! ]|\\q?quad\b/g, ' ');
  const out: string[] = [];
  const pattern = /\s+|(Var|Cov|SD|Corr)(?=\s*\()|\\(?:frac|dfrac|sqrt|overline|cdot|times)\b|\d+(?:\.\d+)?|[A-Za-z](?:_\{[A-Za-z0-9]+\}|_[A-Za-z0-9])?|[-+*/(),^{}|]/y;
  let at = 0;
  while (at < text.length) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m) return undefined;
    if (m[0].trim() !== '') out.push(m[0] === '\\dfrac' ? '\\frac' : m[0] === '\\cdot' || m[0] === '\\times' ? '*' : m[0]);
    at = pattern.lastIndex;
  }
  return out;
}

/** Numbers and columns combine entry by entry; a column neither multiplies nor divides a column, nor is raised to a power. */
const STATISTICS_ARITHMETIC: Arithmetic<Value> = {
  add: (a, b) => combine(a, b, (x, y) => x + y),
  subtract: (a, b) => combine(a, b, (x, y) => x - y),
  multiply: (a, b) => product(a, b),
  divide: (a, b) => quotient(a, b),
  negate: (a) => combine(0, a, (x, y) => x - y),
  power: (base, exponent) => {
    if (typeof exponent !== 'number' || typeof base !== 'number') throw new NotStatistics();
    return base ** exponent;
  },
};

class Parser extends ArithmeticReader<Value> {
  constructor(tokens: readonly string[], private readonly value: (name: string) => Value) {
    super(tokens, STATISTICS_ARITHMETIC);
  }

  protected refuse(): never {
    throw new NotStatistics();
  }

  protected atom(): Value {
    const t = this.next();
    if (t === undefined) throw new NotStatistics();
    if (/^\d/.test(t)) return Number(t);
    if (STATISTICS.has(t)) return this.statistic(t);
    if (t === '(') return this.closedBy(')', this.expression());
    if (t === '{') return this.closedBy('}', this.expression());
    if (t === '|') {
      const v = this.closedBy('|', this.expression());
      if (typeof v !== 'number') throw new NotStatistics();
      return Math.abs(v);
    }
    if (t === '\\frac') return quotient(this.group(), this.group());
    if (t === '\\sqrt') {
      const v = this.group();
      if (typeof v !== 'number' || v < 0) throw new NotStatistics();
      return Math.sqrt(v);
    }
    if (t === '\\overline') return mean(column(this.group()));
    if (/^[A-Za-z]/.test(t)) return this.value(t.replace(/_\{([A-Za-z0-9]+)\}/, '_$1'));
    throw new NotStatistics();
  }

  private statistic(name: string): number {
    if (this.next() !== '(') throw new NotStatistics();
    const first = column(this.expression());
    let second: readonly number[] | undefined;
    if (this.peek() === ',') {
      this.next();
      second = column(this.expression());
    }
    if (this.next() !== ')') throw new NotStatistics();
    if ((name === 'Cov' || name === 'Corr') !== (second !== undefined)) throw new NotStatistics();
    if (name === 'Var') return covariance(first, first);
    if (name === 'SD') return Math.sqrt(covariance(first, first));
    if (name === 'Cov') return covariance(first, second!);
    return covariance(first, second!) / Math.sqrt(covariance(first, first) * covariance(second!, second!));
  }
}

function column(v: Value): readonly number[] {
  if (typeof v === 'number') throw new NotStatistics();
  return v;
}

function combine(a: Value, b: Value, op: (x: number, y: number) => number): Value {
  if (typeof a === 'number' && typeof b === 'number') return op(a, b);
  const n = typeof a === 'number' ? (b as readonly number[]).length : a.length;
  if (typeof a !== 'number' && typeof b !== 'number' && a.length !== b.length) throw new NotStatistics();
  return Array.from({ length: n }, (_, i) => op(typeof a === 'number' ? a : a[i]!, typeof b === 'number' ? b : b[i]!));
}

/** A number times a column scales it; two columns do not multiply. */
function product(a: Value, b: Value): Value {
  if (typeof a !== 'number' && typeof b !== 'number') throw new NotStatistics();
  return combine(a, b, (x, y) => x * y);
}

function quotient(a: Value, b: Value): Value {
  if (typeof b !== 'number') throw new NotStatistics();
  return combine(a, b, (x, y) => x / y);
}

function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}

function covariance(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length) throw new NotStatistics();
  const mx = mean(xs);
  const my = mean(ys);
  return xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / (xs.length - 1);
}
