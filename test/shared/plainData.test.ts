import { describe, expect, it } from 'vitest';
import { isCount, isObject } from '../../src/shared/plainData';

describe('checks on data that crossed a message boundary', () => {
  it('isObject: a plain object, not null, an array or a primitive', () => {
    expect(isObject({})).toBe(true);
    expect(isObject({ id: 1 })).toBe(true);
    expect(isObject(structuredClone({ a: [1] }))).toBe(true);
    for (const x of [null, undefined, [], [1, 2], 'x', 3, true]) expect(isObject(x), String(x)).toBe(false);
  });

  it('isCount: a whole number from 0 to 2^53 - 1', () => {
    for (const x of [0, 1, 42, Number.MAX_SAFE_INTEGER]) expect(isCount(x), String(x)).toBe(true);
    for (const x of [-1, 0.5, Number.MAX_SAFE_INTEGER + 1, Infinity, NaN, '3', null]) expect(isCount(x), String(x)).toBe(false);
  });
});
