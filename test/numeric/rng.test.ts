import { describe, expect, it } from 'vitest';
import { deterministicLog, Rng } from '../../src/core/numeric/rng';

// Golden values from test/reference/rng_golden.py, an independent Python transcription.
describe('Rng (xoshiro128** seeded by splitmix64)', () => {
  it('matches the xoshiro128** reference sequence from state 1,2,3,4', () => {
    const rng = Rng.fromState(1, 2, 3, 4);
    expect(Array.from({ length: 6 }, () => rng.nextUint32())).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492,
    ]);
  });

  const golden: [number, number, number[], number][] = [
    [0, 0, [3181167552, 1283855328, 4130861716, 2050630702], 0.7868748585450183],
    [42, 0, [4060438108, 4041785447, 2772042904, 767016767], 0.3080261321205593],
    [42, 1, [275288904, 1321141017, 3100838557, 3931779653], 0.93855016839918],
    [-7, 3, [1553787637, 3638803480, 471425048, 1509283761], 0.6357560514251939],
    [2 ** 53 - 1, 0, [1589485538, 1092586917, 1483456881, 3937766970], 0.17020520275593154],
  ];
  for (const [seed, stream, ints, uniform] of golden) {
    it(`pins seed ${seed} stream ${stream}`, () => {
      const rng = new Rng(seed, stream);
      expect(Array.from({ length: 4 }, () => rng.nextUint32())).toEqual(ints);
      expect(rng.uniform()).toBe(uniform);
    });
  }

  it('pins the first normals of seed 42 (and they agree with Python math.log to 1e-15)', () => {
    const rng = new Rng(42);
    const normals = Array.from({ length: 6 }, () => rng.normal());
    const python = [
      0.48473593869180986, 0.15826111617303093, -0.5437746069930834, -0.916898555777428,
      0.540797100816747, -0.5690431870762617,
    ];
    normals.forEach((z, i) => expect(Math.abs(z - python[i]!)).toBeLessThan(1e-15));
    expect(normals).toMatchInlineSnapshot(`
      [
        0.48473593869180986,
        0.15826111617303093,
        -0.5437746069930834,
        -0.916898555777428,
        0.540797100816747,
        -0.5690431870762617,
      ]
    `);
  });

  it('draws normals with mean 0 and variance 1', () => {
    const rng = new Rng(7);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      sum += z;
      sumSq += z * z;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.01);
    expect(Math.abs(sumSq / n - 1)).toBeLessThan(0.02);
  });

  it('rejects non-integer seeds with a clear error', () => {
    expect(() => new Rng(1.5)).toThrow(/seed must be an integer/);
    expect(() => new Rng(NaN)).toThrow(/seed must be an integer/);
  });
});

describe('deterministicLog', () => {
  it('agrees with Math.log to within 2 ulp over many magnitudes', () => {
    for (const x of [1e-300, 2 ** -53, 1e-10, 0.1, 0.5, 0.7071, 0.99999, 1, 1.5, Math.E, 10, 1e300]) {
      const expected = Math.log(x);
      expect(Math.abs(deterministicLog(x) - expected)).toBeLessThanOrEqual(Math.abs(expected) * 4.5e-16 + 1e-300);
    }
    expect(deterministicLog(0)).toBe(-Infinity);
    expect(deterministicLog(-1)).toBeNaN();
  });
});

describe('fillNormal', () => {
  it('draws the same sequence as repeated normal() calls, across odd lengths', () => {
    const a = new Rng(9);
    const b = new Rng(9);
    for (const length of [1, 4, 7, 0, 3]) {
      const filled = new Float64Array(length);
      a.fillNormal(filled, 0.5, 2);
      expect(Array.from(filled)).toEqual(Array.from({ length }, () => 0.5 + 2 * b.normal()));
    }
  });
});
