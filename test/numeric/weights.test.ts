import { describe, expect, it } from 'vitest';
import { runSeriesSync } from '../../src/core/numeric/run';
import { validateWeights } from '../../src/core/numeric/weights';
import { makeSpec } from './specs';

const W1 = [
  [1, 2, 3],
  [4, 5, 6],
]; // 2 × 3
const W2 = [[1, -1]]; // 1 × 2

describe('validateWeights', () => {
  it('accepts a consistent file', () => {
    expect(validateWeights({ weights: [W1, W2], input: [[1, 2, 3]], target: [[0]] })).toEqual([]);
  });

  it('explains each shape problem', () => {
    expect(validateWeights(null)[0]).toMatch(/JSON object/);
    expect(validateWeights({})[0]).toMatch(/"weights" must be a non-empty list/);
    expect(validateWeights({ weights: [W1, [[1, 2, 3]]] })).toEqual([
      'W2 is 1×3 but W1 has 2 rows: W2 needs 2 columns',
    ]);
    expect(validateWeights({ weights: [[[1, 2], [3]]] })[0]).toBe('W1 row 2 has 1 entries, but row 1 has 2');
    expect(validateWeights({ weights: [[[1, 'x']]] })[0]).toBe('W1 row 1 entry 2 is not a number ("x")');
    expect(validateWeights({ weights: [W1], input: [[1, 2]] })).toEqual(['input rows have 2 entries but W1 has 3 columns']);
    expect(validateWeights({ weights: [W1, W2], input: [[1, 2, 3]], target: [[0], [1]] })[0]).toMatch(
      /target has 2 rows but the batch has 1/,
    );
    expect(validateWeights({ weights: [W1], target: [[0]] }, 1)[0]).toMatch(/target rows have 1 entries but the last layer W1 has 2 outputs/);
    expect(validateWeights({ weights: [W1], extra: 1 })[0]).toMatch(/unknown key\(s\) extra/);
  });
});

describe('mlp with explicit weights', () => {
  it('takes depth and widths from the file and draws a missing target', () => {
    const spec = makeSpec({ dtype: 'fp64', activation: { name: 'identity' }, weights: { weights: [W1, W2], input: [[1, 0, 0]] }, weightsPath: 'w.json' });
    const { layers } = runSeriesSync(spec);
    expect(layers!.map((l) => l.layer)).toEqual([1, 2]);
    // H¹ = X·W1ᵀ = [1, 4], H² = [1 − 4] = [−3].
    expect(layers![0]!.act).toBeCloseTo(Math.hypot(1, 4), 14);
    expect(layers![1]!.act).toBe(3);
  });

  it('reports fp16 overflow with Infinity norms, never 0, and a summary naming the layer', () => {
    const big = [[300, 300], [300, 300]];
    const spec = makeSpec({
      dtype: 'fp16',
      activation: { name: 'identity' },
      loss: 'sum',
      weights: { weights: [big, big, big], input: [[1, 1]] },
      weightsPath: 'w.json',
    });
    const { layers, summary } = runSeriesSync({ ...spec, plot: 'act' });
    // act: 600·√2, 3.6e5 → Infinity in fp16 at layer 2.
    expect(layers![0]!.act).toBeCloseTo(600 * Math.SQRT2, 10);
    expect(layers![1]!.act).toBe(Infinity);
    expect(summary.overflowAt).toBe(2);
    expect(summary.text).toContain('fp16 overflow at layer 2');
  });
});

describe('count plots', () => {
  it('plot nonfinite names the first layer with inf/NaN gradient entries', () => {
    const big = [[300, 300], [300, 300]];
    const spec = makeSpec({
      dtype: 'fp16',
      plot: 'nonfinite',
      activation: { name: 'identity' },
      loss: 'sum',
      weights: { weights: [big, big, big], input: [[1, 1]] },
      weightsPath: 'w.json',
    });
    const { layers, summary } = runSeriesSync(spec);
    const first = layers!.find((l) => l.nonfinite > 0)!.layer;
    expect(summary.overflowAt).toBe(first);
    expect(summary.text).toContain(`non-finite (inf/NaN) entries of ∂ℓ/∂W in fp16 from layer ${first}`);
    const clean = runSeriesSync({ ...spec, dtype: 'fp32' });
    expect(clean.summary.text).toBe('no non-finite (inf/NaN) entries of ∂ℓ/∂W in fp32');
  });
});
