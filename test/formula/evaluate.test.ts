import { describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import { analyzeFormula } from '../../src/core/formula';

async function valueOf(latex: string): Promise<number | null> {
  return (await analyzeFormula(latex)).value;
}

describe('analyzeFormula: values', () => {
  const cases: ReadonlyArray<readonly [string, number]> = [
    ['65504', 65504],
    ['0.25', 0.25],
    ['4 \\times 10^{17}', 4e17],
    ['2 \\cdot 10^{-10}', 2e-10],
    ['6e(-8)', 6e-8],
    ['6e{-8}', 6e-8],
    ['1.5e3', 1500],
    ['2^{-24}', 2 ** -24],
    ['1.5^{100}', 1.5 ** 100],
    ['0.9^{50}', 0.9 ** 50],
    ['3 \\times 4', 12],
    ['2 \\cdot 3', 6],
    ['7/2', 3.5],
    ['\\frac{1}{3}', 1 / 3],
    ['\\dfrac{\\sqrt{5}+1}{2}', (Math.sqrt(5) + 1) / 2],
    ['\\sqrt{2}', Math.SQRT2],
    ['\\sqrt[3]{-8}', -2],
    ['\\exp(1)', Math.E],
    ['\\exp\\left(-2\\right)', Math.exp(-2)],
    ['e^{2}', Math.exp(2)],
    ['\\mathrm{e}^{-1}', Math.exp(-1)],
    ['\\ln 2', Math.LN2],
    ['\\log 1000', Math.log(1000)], // \log is the natural logarithm (numpy.log, torch.log)
    ['\\log_{10} 1000', 3],
    ['\\lg 100', 2],
    ['\\log_2 8', 3],
    ['\\operatorname{exp}(0)', 1],
    ['\\sum_{i=1}^{10} i', 55],
    ['\\sum_{i=1}^{4} i^2', 30],
    ['\\prod_{k=1}^{5} k', 120],
    ['\\pi', Math.PI],
    ['2\\pi', 2 * Math.PI],
    ['\\left(2+3\\right)^2', 25],
    ['-2^2', -4],
    ['10!', 3628800],
    ['1{,}000', 1000],
    ['3 − 1', 2],
    ['\\tanh(1)', Math.tanh(1)],
  ];
  for (const [latex, expected] of cases) {
    it(`${latex} = ${expected}`, async () => {
      expect(await valueOf(latex)).toBe(expected);
    });
  }
});

describe('analyzeFormula: how it was read', () => {
  it('reads plain-text e-notation as a power of ten, not as Euler’s e', async () => {
    const report = await analyzeFormula('6e(-8)');
    expect(report.readAs).toBe('6 × 10^(-8)');
    expect(report.symbols).toEqual([]);
  });

  it('writes powers, sums and functions in a plain form', async () => {
    expect((await analyzeFormula('1.5^{100}')).readAs).toBe('1.5^100');
    expect((await analyzeFormula('2^{-24}')).readAs).toBe('2^(−24)');
    expect((await analyzeFormula('\\sum_{i=1}^{10} i^2')).readAs).toBe('sum(i = 1..10, i^2)');
    expect((await analyzeFormula("\\sigma'(x) = \\sigma(x)(1-\\sigma(x))")).readAs).toBe('σ′(x) = σ(x)(1 − σ(x))');
    expect((await analyzeFormula("f''(x) = 0")).readAs).toBe('f′′(x) = 0');
    expect((await analyzeFormula('\\exp(1)')).readAs).toBe('exp(1)');
  });

  it('lists the free symbols of a symbolic formula and gives it no value', async () => {
    const report = await analyzeFormula('\\mathbf{h}^{t}=f_{t}\\left(\\mathbf{h}^{t-1}\\right)');
    expect(report.value).toBeNull();
    expect(report.symbolic).toBe(true);
    expect(report.symbols).toEqual(['f', 'h', 't']);
    expect(report.verdict).toBe('none');
    expect(report.error).toBeUndefined();
  });

  it('does not count a summation index as free, but does count a symbolic bound', async () => {
    expect((await analyzeFormula('\\sum_{i=1}^{10} i')).symbols).toEqual([]);
    expect((await analyzeFormula('\\sum_{i=1}^{n} i')).symbols).toEqual(['n']);
  });

  it('reads `\\mathrm{d}` and `\\operatorname{diag}` as plain names', async () => {
    expect((await analyzeFormula('\\mathrm{d}')).symbols).toEqual(['d']);
    expect((await analyzeFormula('\\operatorname{diag}(x)')).symbols).toEqual(['diag', 'x']);
  });
});

describe('analyzeFormula: refusals are clear and bounded', () => {
  const refusals: ReadonlyArray<readonly [string, RegExp]> = [
    ['10^{10^{10}}', /cannot evaluate: .*infinite/],
    ['1e309', /cannot evaluate: .*infinite/],
    ['\\sum_{i=1}^{10^{12}} (-1)^i', /cannot evaluate: a sum of 1e12 terms exceeds the limit of 100000 added one by one, and its terms are not a smooth function of the index/],
    ['\\prod_{i=1}^{10^{9}} 2', /cannot evaluate: product of 1e9 terms/],
    ['\\frac{1}{2', /cannot evaluate: unbalanced braces/],
    ['', /cannot evaluate: the formula is empty/],
    ['   ', /cannot evaluate: the formula is empty/],
    ['{'.repeat(500) + '1' + '}'.repeat(500), /cannot evaluate: the formula nests deeper than/],
    ['('.repeat(500) + '1' + ')'.repeat(500), /cannot evaluate: the formula nests deeper than/],
    ['\\sqrt{-1}', /cannot evaluate: the value is undefined \(NaN\)/],
    ['\\frac{1}{0}', /cannot evaluate: .*division by zero/],
    ['1+'.repeat(3000) + '1', /cannot evaluate: the formula is longer than/],
    // HTML a note wrote inside math: its < and > are markup, not relations (a false "fails: + 1 = 1, not = 2").
    ['<u>1</u> + 1 = 2', /cannot evaluate: the formula holds HTML tags/],
  ];
  for (const [latex, message] of refusals) {
    it(`${latex.slice(0, 40)} → ${message.source.slice(0, 50)}`, async () => {
      const started = performance.now();
      const report = await analyzeFormula(latex);
      expect(report.value).toBeNull();
      expect(report.error).toMatch(message);
      expectDuration(`refusal of ${latex.slice(0, 30)}`, performance.now() - started, 5_000);
    });
  }

  it('shares one time budget between the sides of a formula', async () => {
    const heavy = '\\sum_{i=1}^{100000} \\sum_{j=1}^{100000} 1';
    const started = performance.now();
    const report = await analyzeFormula(`${heavy} = ${heavy}`, { timeLimitMs: 100 });
    // Unbounded, the two 10^10-term sums would run for hours.
    expectDuration('two sides sharing a 100 ms budget', performance.now() - started, 10_000);
    expect(report.sides.map((s) => s.error)).toEqual(['cannot evaluate: evaluation took too long', 'cannot evaluate: evaluation took too long']);
    expect(report.verdict).toBe('none');
  });

  it('does not count an integration variable as free; refuses an indefinite integral clearly', async () => {
    const report = await analyzeFormula('\\int_0^1 x\\,dx');
    expect(report.symbols).toEqual([]);
    expect(report.value).toBeCloseTo(0.5, 14);
    expect((await analyzeFormula('\\int x\\,dx')).error).toBe('cannot evaluate: an indefinite integral (without bounds) has no value');
  });

  it('sums a smooth term past the term limit by Euler–Maclaurin, with its bound', async () => {
    const report = await analyzeFormula('\\sum_{i=1}^{10^{12}} i');
    const side = report.sides[0]!;
    expect(Math.abs(side.value! - 5.000000000005e23)).toBeLessThanOrEqual(2 * side.roundingError!);
    expect(side.roundingError!).toBeLessThan(1e-12 * 5e23);
  });

  it('keeps a written infinity instead of calling it an overflow', async () => {
    const report = await analyzeFormula('\\infty');
    expect(report.value).toBe(Infinity);
    expect(report.error).toBeUndefined();
  });
});
