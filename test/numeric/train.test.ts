import { describe, expect, it } from 'vitest';
import { Rng } from '../../src/core/numeric/rng';
import { TrainPass } from '../../src/core/numeric/train/pass';
import { typicalUpdateRatio } from '../../src/core/numeric/train/summary';
import { nothingLearnedLoss, taskData } from '../../src/core/numeric/train/task';
import { buildTrainNetwork, runTrain } from '../../src/core/numeric/train/train';
import type { Activation, Head } from '../../src/core/types';
import { makeSpec } from './specs';

/** A small fp64 network with random weights, input and target. */
function network(widths: number[], batch: number, seed: number) {
  const rng = new Rng(seed, 1);
  const weights = widths.slice(1).map((out, i) => {
    const w = new Float64Array(out * widths[i]!);
    rng.fillNormal(w);
    return w.map((v) => v / Math.sqrt(widths[i]!));
  });
  const input = new Float64Array(batch * widths[0]!);
  const target = new Float64Array(batch * widths[widths.length - 1]!);
  rng.fillNormal(input);
  rng.fillNormal(target);
  return { weights, input, target };
}

describe('train: gradients against central differences (fp64)', () => {
  const cases: [string, Activation, Head][] = [
    ['tanh, linear head', { name: 'tanh' }, 'linear'],
    ['sigmoid, linear head', { name: 'sigmoid' }, 'linear'],
    ['tanh, activation head', { name: 'tanh' }, 'activation'],
  ];
  for (const [name, activation, head] of cases) {
    it(`${name}: every ∂ℓ/∂Wᵗ entry matches (ℓ(W+h) − ℓ(W−h))/2h to 1e-6`, () => {
      const widths = [5, 6, 4, 3];
      const batch = 7;
      const { weights, input, target } = network(widths, batch, 3);
      const pass = new TrainPass(widths, batch, 'fp64', activation, head);
      pass.run(weights, input, target);
      const analytic = pass.gradients.map((g) => Float64Array.from(g));
      const probe = new TrainPass(widths, batch, 'fp64', activation, head);
      const h = 1e-6;
      let worst = 0;
      weights.forEach((w, t) => {
        for (let i = 0; i < w.length; i++) {
          const saved = w[i]!;
          w[i] = saved + h;
          const up = probe.run(weights, input, target);
          w[i] = saved - h;
          const down = probe.run(weights, input, target);
          w[i] = saved;
          const numeric = (up - down) / (2 * h);
          worst = Math.max(worst, Math.abs(numeric - analytic[t]![i]!) / Math.max(1e-3, Math.abs(analytic[t]![i]!)));
        }
      });
      expect(worst).toBeLessThan(1e-6);
    });
  }

  it('the linear head leaves the last layer without σ: a one-layer net with a linear head is least squares', () => {
    // ℓ = 1/(2B)‖XWᵀ − Y‖², so ∂ℓ/∂W = (XWᵀ − Y)ᵀX / B whatever the activation.
    const { weights, input, target } = network([3, 2], 4, 9);
    const pass = new TrainPass([3, 2], 4, 'fp64', { name: 'sigmoid' }, 'linear');
    pass.run(weights, input, target);
    const w = weights[0]!;
    for (let j = 0; j < 2; j++) {
      for (let i = 0; i < 3; i++) {
        let expected = 0;
        for (let b = 0; b < 4; b++) {
          const z = input[b * 3]! * w[j * 3]! + input[b * 3 + 1]! * w[j * 3 + 1]! + input[b * 3 + 2]! * w[j * 3 + 2]!;
          expected += ((z - target[b * 2 + j]!) * input[b * 3 + i]!) / 4;
        }
        expect(pass.gradients[0]![j * 3 + i]!).toBeCloseTo(expected, 14);
      }
    }
  });
});

describe('train: the built-in task', () => {
  for (const task of ['teacher', 'linear'] as const) {
    it(`${task}: centred columns, and the best constant prediction has loss 0.5`, () => {
      const { target } = taskData(task, 8, 32, 5);
      for (let j = 0; j < 8; j++) {
        let mean = 0;
        for (let b = 0; b < 32; b++) mean += target[b * 8 + j]!;
        expect(Math.abs(mean / 32)).toBeLessThan(1e-15);
      }
      expect(nothingLearnedLoss(target, 32)).toBeCloseTo(0.5, 14);
    });
  }

  it('reports the learned-nothing level from the stored (rounded) targets', () => {
    const out = runTrain(makeSpec({ experiment: 'train', dtype: 'bf16', depth: 3, width: 8, batch: 16, steps: 2 }));
    expect(out.nothingLearned).not.toBe(0.5);
    expect(Math.abs(out.nothingLearned - 0.5)).toBeLessThan(0.5 * 2 ** -7);
  });

  it('same spec and seed, same numbers; another seed, other data', () => {
    const spec = makeSpec({ experiment: 'train', depth: 3, width: 8, batch: 16, steps: 5, init: { kind: 'kaiming' } });
    expect(runTrain(spec)).toEqual(runTrain(spec));
    expect(runTrain({ ...spec, seed: 43 }).points[0]!.loss).not.toBe(runTrain(spec).points[0]!.loss);
  });
});

describe('train: series shape', () => {
  const spec = makeSpec({ experiment: 'train', depth: 4, width: 8, batch: 16, init: { kind: 'kaiming' }, steps: 30 });

  it('a healthy run has steps + 1 losses, one update ratio per step and layer, and learns', () => {
    const out = runTrain({ ...spec, lr: 0.05 });
    expect(out.diverged).toBeNull();
    expect(out.points.map((p) => p.step)).toEqual(Array.from({ length: 31 }, (_, k) => k));
    expect(out.layers.map((l) => l.layer)).toEqual([1, 2, 3, 4]);
    for (const l of out.layers) expect(l.updateRatio.length).toBe(30);
    expect(out.points[30]!.loss).toBeLessThan(out.points[0]!.loss);
  });

  it('a diverging run stops at the first non-finite loss and invents no points', () => {
    const out = runTrain({ ...spec, lr: 1e3 });
    expect(out.diverged).not.toBeNull();
    const k = out.diverged!;
    expect(out.points.length).toBe(k);
    expect(out.points.every((p) => Number.isFinite(p.loss))).toBe(true);
    for (const l of out.layers) expect(l.updateRatio.length).toBe(k);
  });

  it('the network given is left untouched, so a learning-rate sweep can share it', () => {
    const net = buildTrainNetwork(spec);
    const before = net.weights.map((w) => Array.from(w));
    runTrain({ ...spec, lr: 0.1 }, net);
    expect(net.weights.map((w) => Array.from(w))).toEqual(before);
  });

  it('fp16 and bf16 train from fp32 master weights: tiny updates still accumulate', () => {
    // An update far below half an fp16 ulp of the weights would be lost if the weights were kept in fp16.
    const out = runTrain({ ...spec, dtype: 'fp16', lr: 1e-5, steps: 3 });
    for (const l of out.layers) for (const r of l.updateRatio) expect(r).toBeGreaterThan(0);
  });
});

describe('train: who learns', () => {
  it('a typical update ratio is the geometric mean of the moves; a layer whose updates all round away has ratio 0', () => {
    expect(typicalUpdateRatio({ layer: 1, updateRatio: [1e-2, 1e-4] })).toBeCloseTo(1e-3, 15);
    expect(typicalUpdateRatio({ layer: 1, updateRatio: [0, 0] })).toBe(0);
    expect(typicalUpdateRatio({ layer: 1, updateRatio: [] })).toBeNaN();
  });

  it('fp32 sigmoid/Xavier at depth 12: the first layer moves many decades less than the last', () => {
    const out = runTrain(makeSpec({ experiment: 'train', depth: 12, width: 16, batch: 64, activation: { name: 'sigmoid' }, init: { kind: 'xavier' }, lr: 0.1, steps: 20, optimizer: 'momentum' }));
    const first = typicalUpdateRatio(out.layers[0]!);
    const last = typicalUpdateRatio(out.layers[11]!);
    expect(last / first).toBeGreaterThan(1e4);
  });
});
