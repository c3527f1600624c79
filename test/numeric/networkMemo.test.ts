import { describe, expect, it } from 'vitest';
import { forgetSharedNetwork, networkKey, sharedNetwork } from '../../src/core/numeric/networkMemo';
import { runSeriesSync } from '../../src/core/numeric/run';
import { makeSpec } from './specs';

describe('series that would draw the same network share it', () => {
  it('an activation sweep gives the same numbers as drawing each network afresh', () => {
    const base = { depth: 30, width: 24, batch: 6, init: { kind: 'kaiming' } as const, dtype: 'bf16' as const, bias: true };
    const sigmoid = makeSpec({ ...base, activation: { name: 'sigmoid' } });
    const relu = makeSpec({ ...base, activation: { name: 'relu' }, loss: 'sum' });
    forgetSharedNetwork();
    runSeriesSync(sigmoid);
    const shared = runSeriesSync(relu); // reuses sigmoid's network
    forgetSharedNetwork();
    const fresh = runSeriesSync(relu);
    expect(shared).toEqual(fresh);
    // And the shared network was not changed by the series that used it first.
    forgetSharedNetwork();
    const sigmoidFresh = runSeriesSync(sigmoid);
    runSeriesSync(relu);
    expect(runSeriesSync(sigmoid)).toEqual(sigmoidFresh);
  });

  it('hands out one network per key', () => {
    const a = makeSpec({ activation: { name: 'tanh' } });
    const b = makeSpec({ activation: { name: 'gelu' }, plot: 'act-norm' });
    expect(sharedNetwork(a)).toBe(sharedNetwork(b));
    expect(sharedNetwork(makeSpec({ seed: 43 }))).not.toBe(sharedNetwork(a));
  });

  it('keys on every field the network is drawn from, and nothing else', () => {
    const key = networkKey(makeSpec())!;
    const changes = [{ seed: 1 }, { dtype: 'fp16' as const }, { depth: 5 }, { width: 9 }, { batch: 5 }, { gain: 2 }, { bias: true },
      { init: { kind: 'normal' as const, mean: 0, std: 2 } }, { init: { kind: 'xavier' as const } }];
    for (const change of changes) expect(networkKey(makeSpec(change))).not.toBe(key);
    for (const same of [{ activation: { name: 'sigmoid' as const } }, { loss: 'sum' as const }, { plot: 'act-norm' as const }, { title: 'x' }])
      expect(networkKey(makeSpec(same))).toBe(key);
  });

  it('never shares networks read from a weights file', () => {
    const weights = { weights: [[[1, 0], [0, 1]]] };
    expect(networkKey(makeSpec({ weightsPath: 'w.json', weights }))).toBeUndefined();
  });
});
