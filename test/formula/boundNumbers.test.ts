/**
 * A derivative claimed at the number the note bound to its variable (boundNumbers.ts):
 * the ML Specialization's backprop lab (test/corpus), "the first node to consider is
 * $J = a^2$ … When $a=11$, $\frac{\partial J}{\partial a} = 22$".
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';
import { boundNumbersOf } from '../../src/core/formula/identity/boundNumbers';
import type { FunctionDefinition } from '../../src/core/formula/types';

const LAB = 'The first node to consider is $J = a^2 $ and the first step is to find $\\frac{\\partial J}{\\partial a}$.\n\nSo, $\\frac{\\partial J}{\\partial a} = 2a$. When $a=11$, ';
const lastVerdict = async (note: string) => (await judgeNote(note)).at(-1)?.verdict;

describe('a derivative at the number the note bound', () => {
  it('holds at a = 11 (2a = 22)', async () => {
    expect(await lastVerdict(`${LAB}$\\frac{\\partial J}{\\partial a} = 22$.\n`)).toBe('holds');
  });

  it('a wrong value does not hold, and does not fail either (the number may be another example\'s)', async () => {
    expect(await lastVerdict(`${LAB}$\\frac{\\partial J}{\\partial a} = 23$.\n`)).toBe('none');
  });

  it('a wrong derivative for every a still fails, before any number is tried', async () => {
    expect(await lastVerdict('Take $J = a^2$ and $a = 0$. Then $\\frac{\\partial J}{\\partial a} = 3a^2$.\n')).toBe('fails');
  });
});

describe('the point the note\'s numbers give', () => {
  const number = (name: string, body: number, extra: Partial<FunctionDefinition> = {}): [string, FunctionDefinition] => [name, { name, params: [], body, source: `${name} = ${body}`, ...extra }];

  it('is there when every variable is bound once to a number', () => {
    expect(boundNumbersOf(['a'], new Map([number('a', 11)]))).toEqual(new Map([['a', 11]]));
  });

  it('is not when a variable is free, bound to an expression, or bound twice', () => {
    expect(boundNumbersOf(['a', 'b'], new Map([number('a', 11)]))).toBeUndefined();
    expect(boundNumbersOf(['a'], new Map([['a', { name: 'a', params: [], body: ['Add', 'w', 1], source: 'a = w + 1' }]]))).toBeUndefined();
    expect(boundNumbersOf(['a'], new Map([number('a', 11, { redefined: true })]))).toBeUndefined();
    expect(boundNumbersOf([], new Map([number('a', 11)]))).toBeUndefined();
  });
});
