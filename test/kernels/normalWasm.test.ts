import { afterEach, describe, expect, it } from 'vitest';
import { JS_KERNELS, kernelName, setKernels, WASM_KERNELS, type KernelPair } from '../../src/core/numeric/kernels';
import { Rng } from '../../src/core/numeric/rng';
import { firstDifference } from './helpers';

/** fillNormal's output under the given kernels, followed by a few normal() calls (to check the state left behind). */
function draws(kernels: KernelPair, seed: number, stream: number, length: number, mean: number, std: number, spareFirst: boolean) {
  const previous = setKernels(kernels);
  try {
    const rng = new Rng(seed, stream);
    if (spareFirst) rng.normal(); // leaves the polar method's second value cached
    const out = new Float64Array(length);
    rng.fillNormal(out, mean, std);
    const after = [rng.normal(), rng.normal(), rng.normal(), rng.uniform()];
    return { out, after };
  } finally {
    setKernels(previous);
  }
}

describe('normal.wat draws the same normals as rng.ts, bit for bit', () => {
  const wasm = WASM_KERNELS;
  afterEach(() => expect(kernelName()).toBe(wasm?.name ?? 'typescript'));

  it('is available here (Node 20 has WebAssembly SIMD)', () => {
    expect(wasm?.normalPairs).toBeTypeOf('function');
  });

  // Lengths around the kernel threshold (64 pairs), odd and even, one chunk (32,768 pairs) and several.
  const cases: [seed: number, stream: number, length: number, mean: number, std: number, spareFirst: boolean][] = [
    [42, 1, 127, 0, 1, false],
    [42, 1, 128, 0, 1, true],
    [42, 1, 129, 0, 1, false],
    [0, 0, 1000, 0.5, 0.02, true],
    [-7, 3, 65_535, -3, 1e-3, false],
    [2 ** 53 - 1, 6, 65_536 + 65_537, 0, 1, true],
    [123, 2, 300_001, 1e30, -7, false],
    [9, 4, 2_000_000, 0, 1 / Math.sqrt(256), false],
  ];
  for (const [seed, stream, length, mean, std, spareFirst] of cases) {
    it(`seed ${seed}, stream ${stream}, ${length} values, mean ${mean}, std ${std}${spareFirst ? ', after a cached spare' : ''}`, () => {
      const want = draws(JS_KERNELS, seed, stream, length, mean, std, spareFirst);
      const got = draws(wasm!, seed, stream, length, mean, std, spareFirst);
      expect(firstDifference(got.out, want.out)).toBe(-1);
      expect(got.after).toEqual(want.after);
    });
  }

  it('keeps the distribution: mean 0, variance 1, tails as a normal has them', () => {
    const { out } = draws(wasm!, 2026, 1, 1_000_000, 0, 1, false);
    let sum = 0;
    let sumSq = 0;
    let beyond3 = 0;
    for (const z of out) {
      sum += z;
      sumSq += z * z;
      if (Math.abs(z) > 3) beyond3++;
    }
    expect(Math.abs(sum / out.length)).toBeLessThan(0.005);
    expect(Math.abs(sumSq / out.length - 1)).toBeLessThan(0.005);
    // P(|Z| > 3) = 0.0027; 2,700 expected, standard deviation about 52.
    expect(beyond3).toBeGreaterThan(2_450);
    expect(beyond3).toBeLessThan(2_950);
  });
});
