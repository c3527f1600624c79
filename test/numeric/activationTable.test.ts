/**
 * The activation table (src/core/numeric/activations.ts) is the one place an
 * activation is declared. These checks make its "how to add an activation"
 * list hold: every entry has numpy reference values and a gradient check, and
 * every fast array routine gives exactly its entry's f and f′.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES, activationDerivative, activationValue, applyActivation } from '../../src/core/numeric/activations';
import { allocTensor, roundToDtype } from '../../src/core/numeric/dtype';
import { SCALAR_DTYPES } from '../../src/core/types';

const fixture = JSON.parse(readFileSync(join(__dirname, '../fixtures/numeric/special_functions.json'), 'utf8')) as {
  readonly x: number[];
  readonly activations: { readonly name: string }[];
};

describe('the activation table', () => {
  it('has numpy reference values for every entry (test/reference/special_functions.py)', () => {
    expect(fixture.activations.map((a) => a.name)).toEqual([...ACTIVATION_NAMES]);
  });

  it('is gradient-checked entry by entry (test/numeric/mlpGradients.test.ts)', () => {
    const source = readFileSync(join(__dirname, 'mlpGradients.test.ts'), 'utf8');
    for (const name of ACTIVATION_NAMES) expect(source, name).toContain(`{ name: '${name}'`);
  });

  const xs = [...fixture.x, 0, -0, 1e-30, -1e-30, 70000, -70000, Infinity, -Infinity, NaN];
  for (const name of ACTIVATION_NAMES) {
    it(`${name}: applyActivation gives f and f′ rounded once to each dtype`, () => {
      // Value-by-value formats; a block-scaled dtype computes σ in fp32 and quantizes the tensor after (dtypeOps.roundRows).
      for (const dtype of SCALAR_DTYPES) {
        const z = allocTensor(dtype, xs.length);
        xs.forEach((x, i) => (z[i] = roundToDtype(x, dtype)));
        const out = allocTensor(dtype, xs.length);
        const deriv = allocTensor(dtype, xs.length);
        applyActivation({ name }, dtype, z, out, deriv);
        z.forEach((x, i) => {
          expect(out[i], `${dtype} f(${x})`).toBe(roundToDtype(activationValue({ name }, x), dtype));
          // Known difference, kept as it was: the identity's array routine fills f′ = 1 even where z is NaN.
          if (name === 'identity' && Number.isNaN(x)) expect(deriv[i]).toBe(1);
          else expect(deriv[i], `${dtype} f′(${x})`).toBe(roundToDtype(activationDerivative({ name }, x), dtype));
        });
      }
    });
  }
});
