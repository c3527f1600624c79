import { describe, expect, it } from 'vitest';

// The known results samplingLaws.ts reads (docs/readings/sampling-distributions.md), checked independently of the
// checker: closure rules by exact pmfs and numeric convolution of pdfs, sampling moments by Monte Carlo with a fixed
// seed, quantile symmetries on scipy 1.17 values committed below (stats.t.ppf, stats.f.ppf).

const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
const choose = (n: number, k: number) => factorial(n) / (factorial(k) * factorial(n - k));
const binomial = (n: number, p: number) => (k: number) => (k < 0 || k > n ? 0 : choose(n, k) * p ** k * (1 - p) ** (n - k));
const poisson = (l: number) => (k: number) => (k < 0 ? 0 : (Math.exp(-l) * l ** k) / factorial(k));
const normal = (m: number, v: number) => (x: number) => Math.exp(-((x - m) ** 2) / (2 * v)) / Math.sqrt(2 * Math.PI * v);
/** χ² pdf for an even number of degrees of freedom (Γ(k/2) a factorial). */
const chi2 = (k: number) => (x: number) => (x <= 0 ? 0 : (x ** (k / 2 - 1) * Math.exp(-x / 2)) / (2 ** (k / 2) * factorial(k / 2 - 1)));
const convolve = (f: (x: number) => number, g: (x: number) => number, x: number, lo: number, hi: number, steps = 20000) => {
  const h = (hi - lo) / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i++) sum += (i === 0 || i === steps ? 0.5 : 1) * f(lo + i * h) * g(x - lo - i * h);
  return sum * h;
};

describe('closure rules, exactly', () => {
  it('n − X ~ B(n, 1−p) for X ~ B(n, p)', () => {
    const [n, p] = [9, 0.3];
    for (let k = 0; k <= n; k++) expect(binomial(n, p)(n - k)).toBeCloseTo(binomial(n, 1 - p)(k), 14);
  });
  it('X + Y ~ B(n₁+n₂, p) and P(λ₁+λ₂) for independent X, Y', () => {
    for (let k = 0; k <= 12; k++) {
      let b = 0;
      let q = 0;
      for (let i = 0; i <= k; i++) {
        b += binomial(5, 0.4)(i) * binomial(7, 0.4)(k - i);
        q += poisson(1.3)(i) * poisson(2.6)(k - i);
      }
      expect(b).toBeCloseTo(binomial(12, 0.4)(k), 13);
      expect(q).toBeCloseTo(poisson(3.9)(k), 13);
    }
  });
  it('X + Y ~ N(μ₁+μ₂, σ₁²+σ₂²), aX + b ~ N(aμ+b, a²σ²), χ²(k₁) + χ²(k₂) ~ χ²(k₁+k₂)', () => {
    for (const x of [-3, 0.5, 2, 6]) {
      expect(convolve(normal(1, 4), normal(-2, 2.25), x, -40, 40)).toBeCloseTo(normal(-1, 6.25)(x), 8);
      // The density of aX + b is f((y − b)/a)/|a|.
      const [a, b] = [-1.5, 2];
      expect(normal(1, 4)((x - b) / a) / Math.abs(a)).toBeCloseTo(normal(a * 1 + b, a * a * 4)(x), 12);
    }
    for (const x of [0.7, 3, 8]) expect(convolve(chi2(2), chi2(4), x, 0, x)).toBeCloseTo(chi2(6)(x), 4);
  });
});

describe('sampling moments, by Monte Carlo with a fixed seed', () => {
  // mulberry32 and Box–Muller: a normal sample of size n from N(μ, σ²), many times.
  let state = 20261208;
  const uniform = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const gauss = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  const [mu, sigma, n, runs] = [3, 2, 6, 40000];
  const means: number[] = [];
  const scaled: number[] = [];
  const ts: number[] = [];
  for (let r = 0; r < runs; r++) {
    const xs = Array.from({ length: n }, () => mu + sigma * gauss());
    const mean = xs.reduce((s, x) => s + x, 0) / n;
    const s2 = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
    means.push(mean);
    scaled.push(((n - 1) * s2) / sigma ** 2);
    ts.push((mean - mu) / Math.sqrt(s2 / n));
  }
  const avg = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const variance = (v: number[]) => avg(v.map((x) => (x - avg(v)) ** 2));
  it('X̄ has mean μ and variance σ²/n (not σ²/n²)', () => {
    expect(Math.abs(avg(means) - mu)).toBeLessThan(0.02);
    expect(Math.abs(variance(means) - sigma ** 2 / n) / (sigma ** 2 / n)).toBeLessThan(0.03);
  });
  it('(n−1)S²/σ² has the χ²(n−1) mean n−1 and variance 2(n−1), not χ²(n)', () => {
    expect(Math.abs(avg(scaled) - (n - 1))).toBeLessThan(0.05);
    expect(Math.abs(variance(scaled) - 2 * (n - 1)) / (2 * (n - 1))).toBeLessThan(0.05);
  });
  it('the t statistic has the t(n−1) variance (n−1)/(n−3), not t(n)', () => {
    expect(Math.abs(variance(ts) - (n - 1) / (n - 3))).toBeLessThan(0.1);
    expect(Math.abs(variance(ts) - n / (n - 2))).toBeGreaterThan(0.1);
  });
});

describe('quantile symmetries on scipy values', () => {
  // [α, n, t.ppf(1−α, n), t.ppf(α, n)]
  const t: [number, number, number, number][] = [
    [0.05, 5, 2.0150483733330233, -2.015048373333024],
    [0.1, 12, 1.356217334023205, -1.356217334023205],
    [0.025, 12, 2.1788128296672284, -2.1788128296672293],
  ];
  // [α, n₁, n₂, f.ppf(1−α, n₁, n₂), f.ppf(α, n₂, n₁)]
  const f: [number, number, number, number, number][] = [
    [0.05, 3, 7, 4.346831399907814, 0.23005263098568923],
    [0.05, 10, 4, 5.964370552238031, 0.16766228577544803],
    [0.1, 3, 7, 3.0740719939090035, 0.3253014249443118],
  ];
  it('t_{1−α}(n) = −t_α(n)', () => {
    for (const [, , upper, lower] of t) expect(upper).toBeCloseTo(-lower, 12);
  });
  it('F_{1−α}(n₁, n₂) = 1/F_α(n₂, n₁), and not 1/F_α(n₁, n₂)', () => {
    for (const [, , , upper, swapped] of f) expect(upper).toBeCloseTo(1 / swapped, 10);
    expect(f[1]![3]).not.toBeCloseTo(1 / f[0]![4], 2);
  });
});
