/**
 * One recursive-descent reader of + − × / and powers over tokens, computing as it reads: the readings
 * that evaluate a side on their own values (sampleStatistics.ts over numbers and data columns,
 * probability/arithmeticSide.ts over numbers, random variables and alphabet functions) share it and
 * say only how their values combine (an Arithmetic) and what an atom is. A factor after a factor is
 * a product (`2ab`, `a^2 Var(X)`); a power's exponent is an atom or a braced group.
 */

/** How a reading's values combine; each may throw the reading's own refusal (a column times a column). */
export interface Arithmetic<V> {
  add(a: V, b: V): V;
  subtract(a: V, b: V): V;
  multiply(a: V, b: V): V;
  divide(a: V, b: V): V;
  negate(a: V): V;
  power(base: V, exponent: V): V;
}

/** A token that may begin the next factor of an implicit product: a digit, a letter, a bracket, a command. */
const STARTS_FACTOR = /^[\dA-Za-z({\\]/;

export abstract class ArithmeticReader<V> {
  protected at = 0;
  constructor(
    protected readonly tokens: readonly string[],
    private readonly arithmetic: Arithmetic<V>,
  ) {}

  /** Terms joined by + and −. */
  expression(): V {
    let v = this.term();
    while (this.peek() === '+' || this.peek() === '-') {
      const plus = this.next() === '+';
      const w = this.term();
      v = plus ? this.arithmetic.add(v, w) : this.arithmetic.subtract(v, w);
    }
    return v;
  }
  /** True when every token has been read. */
  done(): boolean {
    return this.at === this.tokens.length;
  }
  protected term(): V {
    let v = this.factor();
    for (;;) {
      const t = this.peek();
      if (t === '*' || t === '/') {
        this.next();
        const w = this.factor();
        v = t === '*' ? this.arithmetic.multiply(v, w) : this.arithmetic.divide(v, w);
      } else if (t !== undefined && STARTS_FACTOR.test(t)) v = this.arithmetic.multiply(v, this.factor());
      else return v;
    }
  }
  protected factor(): V {
    if (this.peek() === '-') {
      this.next();
      return this.arithmetic.negate(this.factor());
    }
    if (this.peek() === '+') this.next();
    return this.power();
  }
  protected power(): V {
    const base = this.atom();
    if (this.peek() !== '^') return base;
    this.next();
    const exponent = this.peek() === '{' ? this.group() : this.atom();
    return this.arithmetic.power(base, exponent);
  }

  protected abstract atom(): V;
  /** The reading's refusal: the side is not what it can evaluate. */
  protected abstract refuse(): never;

  /** `{…}`: a braced expression. */
  protected group(): V {
    if (this.next() !== '{') this.refuse();
    return this.closedBy('}', this.expression());
  }
  /** `v` when the next token is `close`, else refused. */
  protected closedBy<T>(close: string, v: T): T {
    if (this.next() !== close) this.refuse();
    return v;
  }
  protected peek(): string | undefined {
    return this.tokens[this.at];
  }
  protected next(): string | undefined {
    return this.tokens[this.at++];
  }
}
