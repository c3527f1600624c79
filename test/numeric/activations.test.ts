import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activationDerivative, activationValue, applyActivation } from '../../src/core/numeric/activations';
import { roundFp16 } from '../../src/core/numeric/dtype';
import { erf, erfc } from '../../src/core/numeric/erf';
import type { Activation, ActivationName } from '../../src/core/types';

interface Fixture {
  readonly x: number[];
  readonly erf: number[];
  readonly erfc: number[];
  readonly activations: { name: ActivationName; alpha: number | null; f: number[]; df: number[] }[];
}
const fixture = JSON.parse(
  readFileSync(join(__dirname, '../fixtures/numeric/special_functions.json'), 'utf8'),
) as Fixture;

function relativeError(actual: number, expected: number): number {
  if (expected === 0) return Math.abs(actual) < 1e-300 ? 0 : Math.abs(actual);
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('erf and erfc against Python math', () => {
  it('agree to 1e-14 relative, including the far tail of erfc', () => {
    fixture.x.forEach((x, i) => {
      expect(relativeError(erf(x), fixture.erf[i]!), `erf(${x})`).toBeLessThan(1e-14);
      expect(relativeError(erfc(x), fixture.erfc[i]!), `erfc(${x})`).toBeLessThan(1e-13);
    });
    expect(erfc(26)).toBeGreaterThan(0);
    expect(erf(Infinity)).toBe(1);
    expect(erfc(-Infinity)).toBe(2);
  });
});

describe('activations against the numpy reference', () => {
  for (const entry of fixture.activations) {
    const act: Activation = entry.alpha === null ? { name: entry.name } : { name: entry.name, alpha: entry.alpha };
    it(`${entry.name}: f and f′ within 1e-13`, () => {
      fixture.x.forEach((x, i) => {
        expect(relativeError(activationValue(act, x), entry.f[i]!), `f(${x})`).toBeLessThan(1e-13);
        expect(relativeError(activationDerivative(act, x), entry.df[i]!), `f′(${x})`).toBeLessThan(1e-13);
      });
    });
  }

  it('applyActivation rounds values and derivatives once to the dtype', () => {
    const z = new Float32Array([-3, -0.5, 0, 0.7, 2]);
    const h = new Float32Array(5);
    const d = new Float32Array(5);
    applyActivation({ name: 'gelu' }, 'fp16', z, h, d);
    z.forEach((x, i) => {
      expect(h[i]).toBe(roundFp16(activationValue({ name: 'gelu' }, x)));
      expect(d[i]).toBe(roundFp16(activationDerivative({ name: 'gelu' }, x)));
    });
  });

  it('keeps NaN visible and handles ±Infinity', () => {
    for (const entry of fixture.activations) {
      expect(activationValue({ name: entry.name }, NaN)).toBeNaN();
      expect(activationDerivative({ name: entry.name }, NaN)).toBeNaN();
    }
    expect(activationValue({ name: 'gelu' }, -Infinity)).toBe(-0);
    expect(activationDerivative({ name: 'gelu' }, Infinity)).toBe(1);
    expect(activationValue({ name: 'sigmoid' }, -Infinity)).toBe(0);
  });
});
