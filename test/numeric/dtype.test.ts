import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roundArrayInPlace, roundArrayInto, roundBf16, roundFp16, roundToDtype } from '../../src/core/numeric/dtype';

interface Table {
  readonly rows: readonly (readonly [string, string, string, string])[];
}

function fromHex(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

const table = JSON.parse(
  readFileSync(join(__dirname, '../fixtures/numeric/dtype_table.json'), 'utf8'),
) as Table;
const rows = table.rows.map((r) => r.map(fromHex) as [number, number, number, number]);

describe('roundToDtype against the numpy / exact-fraction table', () => {
  it('has thousands of rows', () => {
    expect(rows.length).toBeGreaterThan(5000);
  });
  for (const [column, dtype] of [
    [1, 'fp32'],
    [2, 'bf16'],
    [3, 'fp16'],
  ] as const) {
    it(`matches every ${dtype} row bit for bit (Object.is keeps -0 and NaN)`, () => {
      const mismatches = rows.filter((r) => !Object.is(roundToDtype(r[0], dtype), r[column]));
      expect(mismatches.slice(0, 5)).toEqual([]);
    });
    it(`array rounding of float64 and float32 storage agrees with the scalar (${dtype})`, () => {
      const f64 = Float64Array.from(rows.map((r) => r[0]));
      roundArrayInPlace(f64, dtype);
      rows.forEach((r, i) => expect(Object.is(f64[i], r[column])).toBe(true));
      // Float32 storage holds fp32-rounded inputs: compare with rounding fround(x) directly.
      const f32 = Float32Array.from(rows.map((r) => r[0]));
      const expected = Array.from(f32, (v) => roundToDtype(v, dtype));
      roundArrayInPlace(f32, dtype);
      f32.forEach((v, i) => expect(Object.is(v, Math.fround(expected[i]!))).toBe(true));
    });
  }
});

describe('pinned edge cases', () => {
  it('fp16 range ends', () => {
    expect(roundFp16(65504)).toBe(65504);
    expect(roundFp16(65519.99999999999)).toBe(65504);
    expect(roundFp16(65520)).toBe(Infinity);
    expect(roundFp16(-65520)).toBe(-Infinity);
    expect(roundFp16(2 ** -24)).toBe(2 ** -24);
    expect(Object.is(roundFp16(2 ** -25), 0)).toBe(true);
    expect(Object.is(roundFp16(-(2 ** -25)), -0)).toBe(true);
    expect(roundFp16(3 * 2 ** -25)).toBe(2 ** -23);
    expect(roundFp16(2 ** -25 + 2 ** -60)).toBe(2 ** -24);
  });
  it('bf16 ties round to even', () => {
    expect(roundBf16(1 + 2 ** -8)).toBe(1);
    // The original brief pinned 1 + 3·2⁻⁸ → 1 + 2⁻⁷ (docs/decisions.md), but that value is the midpoint between 1 + 2⁻⁷ (odd
    // mantissa 0000001) and 1 + 2⁻⁶ (even mantissa 0000010): ties-to-even gives 1 + 2⁻⁶.
    expect(roundBf16(1 + 3 * 2 ** -8)).toBe(1 + 2 ** -6);
    expect(roundBf16(1 + 3 * 2 ** -8 - 2 ** -40)).toBe(1 + 2 ** -7);
    expect(roundBf16(2 ** -134)).toBe(0);
    expect(roundBf16(3 * 2 ** -134)).toBe(2 ** -132);
    expect(roundBf16((2 - 2 ** -8) * 2 ** 127)).toBe(Infinity);
  });
  it('rounds directly, not through fp32', () => {
    // Just above an fp16 tie: fp32 first would produce the tie and then round to even (down).
    const x = 1 + 2 ** -11 + 2 ** -40;
    expect(roundFp16(Math.fround(x))).toBe(1);
    expect(roundFp16(x)).toBe(1 + 2 ** -10);
    const y = 1 + 2 ** -8 + 2 ** -40;
    expect(roundBf16(Math.fround(y))).toBe(1);
    expect(roundBf16(y)).toBe(1 + 2 ** -7);
  });
  it('keeps NaN, infinities and -0', () => {
    for (const dtype of ['fp64', 'fp32', 'bf16', 'fp16'] as const) {
      expect(roundToDtype(NaN, dtype)).toBeNaN();
      expect(roundToDtype(-Infinity, dtype)).toBe(-Infinity);
      expect(Object.is(roundToDtype(-0, dtype), -0)).toBe(true);
    }
    const nanWithLowBits = new Float32Array(new Uint32Array([0x7f800001]).buffer);
    roundArrayInPlace(nanWithLowBits, 'bf16');
    expect(nanWithLowBits[0]).toBeNaN();
  });
});

describe('roundArrayInto (the bulk routine that builds networks)', () => {
  /** 200,000 doubles from random bit patterns (every binade, subnormals, NaNs, infinities) plus the format edges. */
  function awkwardDoubles(): Float64Array {
    const words = new Uint32Array(400_000);
    let s = 12345;
    for (let i = 0; i < words.length; i++) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      words[i] = s;
    }
    const values = new Float64Array(words.buffer);
    // Bias half of them into the formats' interesting ranges: |x| in [2^-140, 2^130).
    for (let i = 0; i < values.length; i += 2) values[i] = (values[i]! % 1) * 2 ** ((words[2 * i]! % 270) - 140);
    const edges = [0, -0, NaN, Infinity, -Infinity, 65504, 65519.99999999999, 65520, -65520, 2 ** -24, 2 ** -25,
      3 * 2 ** -26, 1 + 3 * 2 ** -8, 1 + 2 ** -11, 1 + 2 ** -11 + 2 ** -40, 2 ** -133, 2 ** -134, (2 - 2 ** -8) * 2 ** 127, 5e-324];
    values.set(edges, 0);
    return values;
  }

  for (const dtype of ['fp16', 'bf16', 'fp32', 'fp64'] as const) {
    it(`${dtype}: the same bits as roundToDtype, into float32/float64 storage and in place`, () => {
      const src = awkwardDoubles();
      const want = Array.from(src, (x) => roundToDtype(x, dtype));
      const into = dtype === 'fp64' ? new Float64Array(src.length) : new Float32Array(src.length);
      roundArrayInto(src, into, dtype);
      const inPlace = src.slice();
      roundArrayInto(inPlace, inPlace, dtype);
      const firstBad = want.findIndex((w, i) => !Object.is(into[i], w) || !Object.is(inPlace[i], w));
      expect(firstBad === -1 ? 'all equal' : `index ${firstBad}: ${src[firstBad]} → ${into[firstBad]}, ${inPlace[firstBad]}, want ${want[firstBad]}`).toBe('all equal');
    });
  }

  it('refuses a destination of another length', () => {
    expect(() => roundArrayInto(new Float64Array(3), new Float32Array(2), 'fp16')).toThrow(RangeError);
  });
});
