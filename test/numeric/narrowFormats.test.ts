import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roundArrayInPlace, roundArrayInto, roundToDtype } from '../../src/core/numeric/dtype';
import { matmul } from '../../src/core/numeric/dtypeOps';
import { FORMATS } from '../../src/core/numeric/formats';
import { makeSpec } from './specs';
import { multiplyInPlace } from '../../src/core/numeric/kernels/elementwise';
import { matmulChainSteps } from '../../src/core/numeric/matmulChain';
import { decodeMini, E2M1, E2M3, E3M2, E4M3, E5M2, encodeMini, roundMini, type MiniFloat } from '../../src/core/numeric/minifloat';

/** Expected values from test/reference/narrow_formats.py (exact fractions, written from the OCP definitions). */
interface FormatRows {
  readonly codes: readonly (readonly [number, string])[];
  readonly rounding: readonly (readonly [string, string])[];
}
const fixture = JSON.parse(readFileSync(join(__dirname, '../fixtures/numeric/narrow_formats.json'), 'utf8')) as {
  formats: Record<string, FormatRows>;
};

function fromHex(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

const same = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

const FORMATS_UNDER_TEST: readonly MiniFloat[] = [E4M3, E5M2, E3M2, E2M3, E2M1];

describe('narrow float codes against the independent reference', () => {
  for (const f of FORMATS_UNDER_TEST) {
    const rows = fixture.formats[f.name]!;
    const width = 1 + f.exponentBits + f.mantissaBits;
    it(`${f.name}: all ${2 ** width} codes decode to the reference value`, () => {
      expect(rows.codes).toHaveLength(2 ** width);
      const wrong = rows.codes.filter(([code, hex]) => !same(decodeMini(code, f), fromHex(hex)));
      expect(wrong).toEqual([]);
    });
    it(`${f.name}: every code's value rounds to itself and encodes back to the same code (NaNs to a NaN code)`, () => {
      for (const [code, hex] of rows.codes) {
        const v = fromHex(hex);
        if (Number.isNaN(v)) {
          expect(decodeMini(encodeMini(v, f), f)).toBeNaN();
          continue;
        }
        expect(Object.is(roundMini(v, f), v)).toBe(true);
        expect(encodeMini(v, f)).toBe(code);
      }
    });
    it(`${f.name}: every tie, overflow edge and ${rows.rounding.length} inputs round as the reference`, () => {
      const rule = f === E4M3 ? 'nan' : f === E5M2 ? 'infinity' : 'saturate';
      const wrong = rows.rounding
        .map(([x, r]) => [fromHex(x), fromHex(r)] as const)
        .filter(([x, r]) => !same(roundMini(x, f, rule), r));
      expect(wrong.slice(0, 5)).toEqual([]);
    });
  }
});

describe('fp8 as dtypes', () => {
  const cases = [
    ['fp8-e4m3', fixture.formats.e4m3!],
    ['fp8-e5m2', fixture.formats.e5m2!],
  ] as const;
  for (const [dtype, rows] of cases) {
    const xs = rows.rounding.map(([x]) => fromHex(x));
    const want = rows.rounding.map(([, r]) => fromHex(r));
    it(`${dtype}: roundToDtype and float64 array rounding match the reference`, () => {
      expect(xs.filter((x, i) => !same(roundToDtype(x, dtype), want[i]!))).toEqual([]);
      const out = new Float32Array(xs.length);
      roundArrayInto(Float64Array.from(xs), out, dtype);
      expect(xs.filter((_, i) => !same(out[i]!, want[i]!))).toEqual([]);
    });
    it(`${dtype}: the float32 bulk routine gives the scalar's value for every float32 input`, () => {
      const f32 = Float32Array.from(xs);
      const expected = Array.from(f32, (v) => roundToDtype(v, dtype));
      roundArrayInPlace(f32, dtype);
      expect(Array.from(f32).filter((v, i) => !same(v, expected[i]!))).toEqual([]);
    });
    it(`${dtype}: ⊙ and matmul round each result once (same as rounding the exact product)`, () => {
      const g = Float32Array.from([3, -3.5, 448, 0.015625, 7, 2 ** -9, -0, 20]);
      const s = Float32Array.from([1.25, 1.125, 1.0625, 1.5, 1.75, 0.5, 3, 24]);
      const want = Array.from(g, (v, i) => roundToDtype(v * s[i]!, dtype));
      multiplyInPlace(g, s, dtype);
      expect(Array.from(g).every((v, i) => same(v, want[i]!))).toBe(true);
      // [1 2; 3 4]·[1.125 0; 0 448]: 4·448 = 1792 overflows e4m3 (NaN), fits e5m2.
      const a = Float32Array.from([1, 2, 3, 4]);
      const b = Float32Array.from([1.125, 0, 0, 448]);
      const c = new Float32Array(4);
      matmul(dtype, false, false, 2, 2, 2, a, b, c);
      expect(Array.from(c).map((v) => (Number.isNaN(v) ? 'NaN' : v))).toEqual([1.125, 896, 3.375, 1792].map((v) => {
        const r = roundToDtype(v, dtype);
        return Number.isNaN(r) ? 'NaN' : r;
      }));
    });
  }

  it('pins the spec edges: e4m3 464 → 448, above → NaN, no infinities; e5m2 61440 → Infinity; subnormals kept', () => {
    expect(roundToDtype(464, 'fp8-e4m3')).toBe(448);
    expect(roundToDtype(-464, 'fp8-e4m3')).toBe(-448);
    expect(roundToDtype(464.00000001, 'fp8-e4m3')).toBeNaN();
    expect(roundToDtype(Infinity, 'fp8-e4m3')).toBeNaN();
    expect(roundToDtype(2 ** -9, 'fp8-e4m3')).toBe(2 ** -9);
    expect(roundToDtype(2 ** -10, 'fp8-e4m3')).toBe(0); // tie with 0 goes to even 0
    expect(roundToDtype(61440, 'fp8-e5m2')).toBe(Infinity);
    expect(roundToDtype(61439.99, 'fp8-e5m2')).toBe(57344);
    expect(roundToDtype(-Infinity, 'fp8-e5m2')).toBe(-Infinity);
    expect(roundToDtype(2 ** -16, 'fp8-e5m2')).toBe(2 ** -16);
    expect(roundToDtype(3 * 2 ** -18, 'fp8-e5m2')).toBe(2 ** -16);
  });

  it('FORMATS quotes the same limits the rounding keeps', () => {
    expect(FORMATS['fp8-e4m3']).toMatchObject({ bits: 8, maxFinite: 448, minNormal: 2 ** -6, minPositive: 2 ** -9, epsilon: 2 ** -3 });
    expect(FORMATS['fp8-e5m2']).toMatchObject({ bits: 8, maxFinite: 57344, minNormal: 2 ** -14, minPositive: 2 ** -16, epsilon: 2 ** -2 });
  });
});

describe('fp8 in the other experiments', () => {
  it('matmul-chain: each k×k product accumulated in fp32 and rounded once to fp8; e4m3 overflows to NaN, e5m2 to Infinity', () => {
    for (const dtype of ['fp8-e4m3', 'fp8-e5m2'] as const) {
      const spec = makeSpec({ experiment: 'matmul-chain', dtype, size: 4, count: 40, init: { kind: 'normal', mean: 0, std: 3 } });
      const steps = matmulChainSteps(spec);
      let next = steps.next();
      while (!next.done) next = steps.next();
      const norms = next.value.map((p) => p.norm!);
      // Growth ×~6 per step: the chain leaves fp8's range within a few steps, each format its own way.
      const firstBad = norms.findIndex((n) => !Number.isFinite(n));
      expect(firstBad).toBeGreaterThan(0);
      expect(norms[firstBad]).toBe(dtype === 'fp8-e4m3' ? NaN : Infinity);
      // Every finite norm comes from stored fp8 values: at most 4·448 (or 4·57344) in size.
      for (const n of norms.slice(0, firstBad)) expect(n).toBeLessThanOrEqual(4 * FORMATS[dtype].maxFinite);
    }
  });
});
