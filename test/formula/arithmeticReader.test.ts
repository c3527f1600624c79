import { describe, expect, it } from 'vitest';
import { type Arithmetic, ArithmeticReader } from '../../src/core/formula/identity/arithmeticReader';

class Refused extends Error {}

/** Plain numbers; a negative exponent refused, to see that the arithmetic's refusal is the reading's. */
const NUMBERS: Arithmetic<number> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  negate: (a) => -a,
  power: (base, exponent) => {
    if (exponent < 0) throw new Refused();
    return base ** exponent;
  },
};

/** Digits, one-letter names (a = 2, b = 3, c = 5) and parentheses as atoms. */
class NumberReader extends ArithmeticReader<number> {
  protected atom(): number {
    const t = this.next();
    if (t === undefined) this.refuse();
    if (/^\d+$/.test(t)) return Number(t);
    if (t === '(') return this.closedBy(')', this.expression());
    const named = { a: 2, b: 3, c: 5 }[t];
    return named ?? this.refuse();
  }
  protected refuse(): never {
    throw new Refused();
  }
}

const read = (text: string): number => {
  const reader = new NumberReader(text.split(/\s+/).filter((t) => t !== ''), NUMBERS);
  const v = reader.expression();
  if (!reader.done()) throw new Refused();
  return v;
};

describe('the shared reader of + − × / and powers (arithmeticReader.ts)', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['2 a b', 12], // a factor after a factor is a product
    ['a ^ 2 b', 12], // the power binds tighter than the implicit product
    ['a ^ { 1 + 2 }', 8],
    ['- a ^ 2', -4], // a sign applies to the power
    ['12 / a / b', 2], // left to right
    ['c - b - a', 0],
    ['( a + b ) c', 25],
    ['+ 3', 3],
  ])('%s = %d', (text, value) => {
    expect(read(text)).toBe(value);
  });

  it.each(['1 +', '( a + b', 'a ^ - 1', 'z', 'a )'])('%s is refused with the reading\'s own error', (text) => {
    expect(() => read(text)).toThrow(Refused);
  });
});
