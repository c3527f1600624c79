/**
 * gcd, lcm and remainders of whole numbers, as number-theory notes write them:
 * `\gcd(1386,322) = \gcd(322,98) = … = 14` (LucasHJin/obsidian-notes, the
 * Euclidean algorithm worked step by step). Only exact integers are judged: a
 * fraction, a rounded value or one past 2^53 is no divisor question we can
 * answer, so the claim stays undecided. `(42 + 45 + 207) \mod 97 = 294 \mod 97 = 3`
 * (djeada/Numerical-Methods, a Lagrange evaluation over a prime field) is judged
 * for a number ≥ 0 and a modulus > 0 only: for a negative one, notes and
 * programming languages disagree on the remainder's sign.
 */
import { CannotEvaluate, type Evaluated } from './interpret';

const EXACT_INTEGERS = 2 ** 53;

function wholeNumber(x: Evaluated, name: string): number {
  if (x.noise !== 0 || x.under !== 0 || !Number.isInteger(x.value) || Math.abs(x.value) > EXACT_INTEGERS) {
    throw new CannotEvaluate(`${name} is taken of whole numbers only`);
  }
  return Math.abs(x.value);
}

function gcdOfTwo(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** gcd (`'GCD'`) or lcm (`'LCM'`) of `args`, exact; gcd(0, 0) = 0 and lcm with a 0 is 0, as number theory defines them. */
export function divisorFunction(head: 'GCD' | 'LCM', args: readonly Evaluated[]): Evaluated {
  if (args.length < 2) throw new CannotEvaluate(`${head.toLowerCase()} takes two numbers or more`);
  const values = args.map((a) => wholeNumber(a, head.toLowerCase()));
  let value = values[0]!;
  for (const v of values.slice(1)) value = head === 'GCD' ? gcdOfTwo(value, v) : value === 0 || v === 0 ? 0 : (value / gcdOfTwo(value, v)) * v;
  if (value > EXACT_INTEGERS) throw new CannotEvaluate('the lcm is past the integers float64 holds exactly');
  return { value, noise: 0, under: 0 };
}

/** `a mod n` for a whole a ≥ 0 and a whole modulus n > 0, exact. */
export function remainder(a: Evaluated, n: Evaluated): Evaluated {
  const [value, modulus] = [wholeNumber(a, 'mod'), wholeNumber(n, 'mod')];
  if (a.value < 0 || n.value <= 0) throw new CannotEvaluate('a remainder is judged for a number ≥ 0 and a modulus > 0 only');
  return { value: value % modulus, noise: 0, under: 0 };
}
