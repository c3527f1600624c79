import { describe, expect, it } from 'vitest';
import type { Activation, ExperimentSpec } from '../../src/core/types';
import { mlpLoss, runMlp } from '../../src/core/numeric/mlp';
import { buildMlpNetwork } from '../../src/core/numeric/mlpSetup';
import { Rng } from '../../src/core/numeric/rng';
import { makeSpec } from './specs';

const ACTIVATIONS: Activation[] = [
  { name: 'identity' },
  { name: 'relu' },
  { name: 'leaky-relu', alpha: 0.1 },
  { name: 'sigmoid' },
  { name: 'tanh' },
  { name: 'gelu' },
  { name: 'silu' },
  { name: 'elu', alpha: 1.3 },
  { name: 'softplus' },
];

/** Explicit weights so that widths differ per layer (catches transposed shapes). */
function explicitWeights(seed: number): NonNullable<ExperimentSpec['weights']> {
  const rng = new Rng(seed);
  const widths = [4, 6, 3, 5];
  const matrix = (rows: number, cols: number, scale: number) =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, () => scale * rng.normal()));
  const weights = widths.slice(1).map((out, i) => matrix(out, widths[i]!, 0.8));
  return { weights, input: matrix(3, 4, 1), target: matrix(3, 5, 1) };
}

/** Max over entries of |backprop − central difference|, relative to the layer's gradient norm. */
function finiteDifferenceError(spec: ExperimentSpec): number {
  const net = buildMlpNetwork(spec);
  const grads: Float64Array[] = [];
  const stats = runMlp(spec, { network: net, onWeightGradient: (t, g) => (grads[t - 1] = Float64Array.from(g)) });
  let worst = 0;
  net.weights.forEach((w, layer) => {
    const norm = stats[layer]!.gradW;
    for (let i = 0; i < w.length; i++) {
      const saved = w[i]!;
      const h = 1e-6 * Math.max(1, Math.abs(saved));
      w[i] = saved + h;
      const up = mlpLoss(spec, net);
      w[i] = saved - h;
      const down = mlpLoss(spec, net);
      w[i] = saved;
      const fd = (up - down) / (2 * h);
      worst = Math.max(worst, Math.abs(fd - grads[layer]![i]!) / norm);
    }
    let sq = 0;
    for (const v of grads[layer]!) sq += v * v;
    expect(Math.sqrt(sq)).toBeCloseTo(norm, 12);
  });
  return worst;
}

describe('mlp gradients against central finite differences (fp64)', () => {
  for (const activation of ACTIVATIONS) {
    for (const [loss, bias] of [
      ['mse', false],
      ['sum', true],
    ] as const) {
      it(`${activation.name}, loss ${loss}, bias ${bias}`, () => {
        const spec = makeSpec({ dtype: 'fp64', activation, loss, bias, weights: explicitWeights(11), weightsPath: 'w.json' });
        expect(finiteDifferenceError(spec)).toBeLessThan(1e-6);
      });
    }
  }

  for (const activation of [{ name: 'tanh' }, { name: 'gelu' }] as const) {
    it(`drawn networks with drawn biases also match (${activation.name})`, () => {
      const spec = makeSpec({ dtype: 'fp64', activation, depth: 3, width: 5, batch: 3, bias: true, init: { kind: 'xavier' } });
      const error = finiteDifferenceError(spec);
      expect(error).toBeLessThan(1e-6);
      expect(error).toBeGreaterThan(0); // a real comparison, not two identical zeros
    });
  }
});

describe('mlp gradients with remedies against central finite differences (fp64)', () => {
  for (const [residual, norm] of [
    [true, 'none'],
    [false, 'layernorm'],
    [false, 'rmsnorm'],
    [true, 'layernorm'],
    [true, 'rmsnorm'],
  ] as const) {
    for (const activation of [{ name: 'tanh' }, { name: 'sigmoid' }, { name: 'gelu' }] as const) {
      it(`residual ${residual}, norm ${norm}, ${activation.name}, with biases`, () => {
        const spec = makeSpec({ dtype: 'fp64', activation, depth: 4, width: 5, batch: 3, bias: true, init: { kind: 'xavier' }, gain: 1.5, residual, norm });
        const error = finiteDifferenceError(spec);
        expect(error).toBeLessThan(1e-6);
        expect(error).toBeGreaterThan(0);
      });
    }
  }
});
