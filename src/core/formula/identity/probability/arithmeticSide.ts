/**
 * The arithmetic under a side in probability notation: the shared reader of + − × / and powers
 * (arithmeticReader.ts) over the values of probabilityValues.ts, with the functions a side may call
 * — logarithms in any base, `\max` and `\min`, bracketed lists of arguments. What an atom is (an operator, a letter) is the
 * subclasses' (eventSide.ts, probabilitySides.ts).
 */
import { CLOSER, GREEK, NAME, type SideSetting, type SideUse } from './probabilityNotation';
import { combine, map, OnOutcomes, refuse, type Value } from './probabilityValues';
import { type Arithmetic, ArithmeticReader } from '../arithmeticReader';

/**
 * a·b, with information theory's convention 0·log 0 = 0 (the limit of p log p): a joint cell of
 * mass 0 adds nothing to `\sum_{x,y} P(x,y) \log \frac{P(x,y)}{P(x)P(y)}`, as every reader takes it.
 */
const product = (a: number, b: number): number => ((a === 0 && Math.abs(b) === Infinity) || (b === 0 && Math.abs(a) === Infinity) ? 0 : a * b);

/** Numbers, random variables and alphabet functions combine entry by entry; an exponent is a number. */
const PROBABILITY_ARITHMETIC: Arithmetic<Value> = {
  add: (a, b) => combine(a, b, (x, y) => x + y),
  subtract: (a, b) => combine(a, b, (x, y) => x - y),
  multiply: (a, b) => combine(a, b, product),
  divide: (a, b) => combine(a, b, (x, y) => x / y),
  negate: (a) => map(a, (x) => -x),
  power: (base, exponent) => (typeof exponent === 'number' ? map(base, (x) => x ** exponent) : refuse()),
};

export abstract class ArithmeticSide extends ArithmeticReader<Value> {
  /** How deep in the arguments of E, Var, Cov the reader is. */
  protected insideMoments = 0;
  constructor(
    tokens: readonly string[],
    protected readonly setting: SideSetting,
    protected readonly kinds: Map<string, string>,
    protected readonly use: SideUse,
  ) {
    super(tokens, PROBABILITY_ARITHMETIC);
  }

  /** The side's values: one, or a list (`H(X), H(Y)`). */
  values(): Value[] {
    const values = [this.expression()];
    while (this.peek() === ',') {
      this.next();
      values.push(this.expression());
    }
    if (!this.done()) refuse();
    return values;
  }
  protected refuse(): never {
    return refuse();
  }

  protected abstract atom(): Value;

  /** A lower-case or Greek letter: a number, or a random variable when only an operator's argument writes it. */
  protected letter(name: string): Value {
    if (this.insideMoments > 0 && !this.setting.outside.has(name)) return this.kind(name, 'variable', new OnOutcomes(this.setting.model.variable(name)));
    return this.constant(name);
  }
  protected constant(name: string): number {
    return this.kind(name, 'constant', this.setting.model.constant(name));
  }
  /** The value of `name`, refused when the same claim used it as another kind. */
  protected kind<T>(name: string, kind: string, v: T): T {
    this.use.letters++;
    const before = this.kinds.get(name);
    if (before !== undefined && before !== kind) refuse();
    this.kinds.set(name, kind);
    return v;
  }
  /** `\log_2 x`, `\log_{a}(b)`, `\log x` (in the information unit, as H is). */
  protected logarithm(): Value {
    let baseLog = this.setting.unitLog;
    if (this.peek() === '_') {
      this.next();
      baseLog = Math.log(this.base());
    }
    return map(this.argument(), (x) => Math.log(x) / baseLog);
  }
  /** The base in `\log_2`, `\log_{10}`, `\log_a(b)`, `\log_{\alpha}`: a number or a constant, never a call. */
  protected base(): number {
    const t = this.peek() === '{' ? undefined : this.next();
    const base = t === undefined ? this.group() : /^\d+$/.test(t) ? Number(t) : NAME.test(t) || GREEK.test(t) ? this.constant(t) : refuse();
    return typeof base === 'number' ? base : refuse();
  }
  /** `\max(H(X), H(Y))`, `\min\{H(X), H(Y)\}`: the larger (smaller) of numbers; a subscript (`\max_{p(x)}`) is an optimisation, refused. */
  protected extremum(larger: boolean): number {
    if (this.peek() !== '(' && this.peek() !== '{') refuse();
    const { items, separators } = this.list();
    if (separators.some((s) => s !== ',') || items.some((v) => typeof v !== 'number')) refuse();
    return (larger ? Math.max : Math.min)(...(items as number[]));
  }
  /** A function's argument: a parenthesised expression, or the next power (`\log Q(x)`, `\log x^2`). */
  protected argument(): Value {
    if (this.peek() === '(') {
      this.next();
      return this.closedBy(')', this.expression());
    }
    return this.power();
  }
  /** `[X | Y, Z]`, `(X, Y)`, `(X; Y)`: the values before a bar, and the conditions after it. */
  protected arguments(): { main: Value[]; given: Value[] } {
    const { items, separators } = this.list();
    const bar = separators.indexOf('|');
    if (bar >= 0 && separators.lastIndexOf('|') !== bar) refuse();
    return bar < 0 ? { main: items, given: [] } : { main: items.slice(0, bar + 1), given: items.slice(bar + 1) };
  }
  /** A bracketed list of expressions and the separators between them (`,`, `;`, `|`). */
  protected list(): { items: Value[]; separators: string[] } {
    const close = CLOSER[this.next() ?? ''] ?? refuse();
    const items: Value[] = [];
    const separators: string[] = [];
    for (;;) {
      items.push(this.expression());
      const sep = this.next() ?? refuse();
      if (sep === close) return { items, separators };
      if (sep !== ',' && sep !== ';' && sep !== '|') refuse();
      separators.push(sep);
    }
  }
}
