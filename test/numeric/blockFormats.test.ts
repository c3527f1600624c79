import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quantizeRows } from '../../src/core/numeric/blockFormats';
import { roundArrayInPlace, roundArrayInto, roundToDtype } from '../../src/core/numeric/dtype';
import { BLOCK_DTYPES, type BlockDtype } from '../../src/core/types';

/** Expected quantizations from test/reference/narrow_formats.py (exact fractions, OCP MX v1.0 §6.3 and NVIDIA's NVFP4). */
interface Case {
  readonly name: string;
  readonly row: number;
  readonly values: readonly string[];
  readonly expected: Record<BlockDtype, readonly string[]>;
}
const cases = (JSON.parse(readFileSync(join(__dirname, '../fixtures/numeric/block_formats.json'), 'utf8')) as { cases: Case[] }).cases;

function fromHex(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

const same = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

describe('block-scaled quantization against the independent reference', () => {
  it('covers saturation, all-zero blocks, short blocks, tiny and poisoned blocks', () => {
    const names = cases.map((c) => c.name).join(' | ');
    for (const word of ['saturating', 'all-zero', 'short', 'tiny', 'NaN']) expect(names).toContain(word);
  });
  for (const c of cases) {
    for (const dtype of BLOCK_DTYPES) {
      it(`${dtype}: ${c.name}`, () => {
        const values = Float32Array.from(c.values.map(fromHex));
        quantizeRows(values, c.row, dtype);
        const want = c.expected[dtype].map(fromHex);
        const wrong = Array.from(values)
          .map((v, i) => [i, fromHex(c.values[i]!), v, want[i]!] as const)
          .filter(([, , v, w]) => !same(v, w));
        expect(wrong.slice(0, 4)).toEqual([]);
      });
    }
  }
});

describe('block-scaled dtypes in the engine', () => {
  it('saturates instead of overflowing: a block whose largest value exceeds the element grid clamps to max·X', () => {
    // amax = 1.9·2^8 → X = 2^(8−8) = 1 for mxfp8-e4m3: 486.4 / 1 clamps to 448.
    const v = new Float32Array(32).fill(1);
    v[0] = 486.4;
    quantizeRows(v, 32, 'mxfp8-e4m3');
    expect(v[0]).toBe(448);
    expect(v[1]).toBe(1);
  });
  it('keeps an all-zero block zero (signs kept) and quantizes its neighbours independently', () => {
    const v = new Float32Array(64);
    v[1] = -0;
    v[40] = 3.3;
    quantizeRows(v, 64, 'mxfp4');
    expect(Object.is(v[1], -0)).toBe(true);
    expect(Array.from(v.subarray(0, 32)).every((x) => x === 0)).toBe(true);
    expect(v[40]).toBe(3);
  });
  it('blocks run along rows: a row shorter than a block is its own block', () => {
    // Two rows of 4: row 0's large value does not flush row 1's small ones.
    const v = Float32Array.from([1000, 1, 1, 1, 0.01, 0.02, 0.03, 0.04]);
    quantizeRows(v, 4, 'mxfp4');
    // X = 2^(floor(log2 1000) − 2) = 128; 1000/128 = 7.8 clamps to E2M1's 6 (768); 1/128 flushes to 0.
    expect(Array.from(v.subarray(0, 4))).toEqual([768, 0, 0, 0]);
    expect(v[7]).toBeGreaterThan(0);
  });
  it('roundArrayInto / roundArrayInPlace quantize through float32 with the row length, and insist on it', () => {
    const src = Float64Array.from({ length: 64 }, (_, i) => Math.sin(i + 0.1) * 10);
    const viaInto = new Float32Array(64);
    roundArrayInto(src, viaInto, 'nvfp4', 32);
    const direct = Float32Array.from(src);
    quantizeRows(direct, 32, 'nvfp4');
    expect(Array.from(viaInto)).toEqual(Array.from(direct));
    const inPlace = Float32Array.from(src);
    roundArrayInPlace(inPlace, 'nvfp4', 32);
    expect(Array.from(inPlace)).toEqual(Array.from(direct));
    expect(() => roundArrayInPlace(new Float32Array(4), 'mxfp4')).toThrow(/row length/);
    expect(() => quantizeRows(new Float32Array(5), 2, 'mxfp4')).toThrow(/rows of 2/);
    expect(() => roundToDtype(1, 'mxfp4')).toThrow(/block-scaled/);
  });
});
