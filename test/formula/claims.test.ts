import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';

describe('claims', () => {
  it('judges the note’s two \\approx claims separated by \\quad as two claims that hold', async () => {
    const report = await judgeFormula('1.5^{100} \\approx 4 \\times 10^{17} \\quad 0.8^{100} \\approx 2 \\times 10^{-10}');
    expect(report.claims.map((c) => [c.relation, c.verdict])).toEqual([['\\approx', 'holds'], ['\\approx', 'holds']]);
    expect(report.claims[0].relativeError).toBeCloseTo(1.5 ** 100 / 4e17 - 1, 12);
    expect(report.claims[1].relativeError).toBeCloseTo(0.8 ** 100 / 2e-10 - 1, 12);
    expect(report.claims[0].right.writtenDigits).toBe(1);
    expect(report.verdict).toBe('holds');
    expect(report.value).toBe(1.5 ** 100);
  });

  it('holds 2^{-24} ≈ 6e(-8) by the author’s one significant digit', async () => {
    const report = await judgeFormula('2^{-24}\\approx 6e(-8)');
    expect(report.verdict).toBe('holds');
    expect(report.readAs).toBe('2^(−24) ≈ 6 × 10^(-8)');
    expect(report.relativeError).toBeCloseTo(Math.abs(2 ** -24 - 6e-8) / 6e-8, 12);
  });

  it('fails 0.9^{50} ≈ 0.05 and proposes the computed value in the author’s precision', async () => {
    const report = await judgeFormula('0.9^{50} \\approx 0.05');
    expect(report.verdict).toBe('fails');
    expect(report.relativeError).toBeCloseTo(Math.abs(0.9 ** 50 - 0.05) / 0.05, 12);
    expect(report.claims[0].fix).toEqual({ start: 17, end: 21, text: '0.005' });
  });

  it('writes a fix in the style the author used', async () => {
    const times = await judgeFormula('2^{60} \\approx 2 \\times 10^{17}');
    expect(times.claims[0].fix?.text).toBe('1 \\times 10^{18}');
    const eParen = await judgeFormula('2^{-20} \\approx 6e(-8)');
    expect(eParen.claims[0].fix?.text).toBe('1e(-6)');
  });

  it('counts digits as written: 3.14 has three, 1000 has one, 0.050 has two', async () => {
    expect((await judgeFormula('\\pi \\approx 3.14')).verdict).toBe('holds');
    expect((await judgeFormula('\\pi \\approx 3.15')).verdict).toBe('fails');
    expect((await judgeFormula('2^{10} \\approx 1000')).verdict).toBe('holds');
    expect((await judgeFormula('0.9^{28} \\approx 0.050')).verdict).toBe('fails'); // 0.0523
    expect((await judgeFormula('0.9^{28} \\approx 0.05')).verdict).toBe('holds');
  });

  it('reads the written number on the left when the right side is a computation', async () => {
    const report = await judgeFormula('4 \\times 10^{17} \\approx 1.5^{100}');
    expect(report.claims[0].claimedSide).toBe('left');
    expect(report.verdict).toBe('holds');
  });

  it('holds = to 1e-12 relative and fails beyond', async () => {
    expect((await judgeFormula('0.1 + 0.2 = 0.3')).verdict).toBe('holds');
    expect((await judgeFormula('2^{10} = 1024')).verdict).toBe('holds');
    expect((await judgeFormula('2^{10} = 1025')).verdict).toBe('fails');
    // A decimal written to fewer digits than the value is a rounded value: e² = 7.389056… = 7.389 holds.
    expect((await judgeFormula('e^{2} = 7.389')).verdict).toBe('holds');
    expect((await judgeFormula('e^{2} = 7.388')).verdict).toBe('fails');
  });

  it('judges \\neq, <, >, \\le, \\ge and their Unicode forms', async () => {
    const verdicts = await Promise.all(
      ['1 \\neq 2', '1 \\ne 1', '\\ln 2 < 1', '2 > 3', '2 \\le 2', '3 \\geq 4', '1 ≤ 2', '2^{-25} \\lt 2^{-24}'].map(
        async (s) => (await judgeFormula(s)).verdict,
      ),
    );
    expect(verdicts).toEqual(['holds', 'fails', 'holds', 'fails', 'holds', 'fails', 'holds', 'holds']);
  });

  it('judges each link of a chain a = b ≈ c', async () => {
    const report = await judgeFormula('x = 2^{10} = 1024 \\approx 1000');
    expect(report.claims.map((c) => c.verdict)).toEqual(['none', 'holds', 'holds']);
    expect(report.verdict).toBe('holds');
    expect(report.symbols).toEqual(['x']);
  });

  it('does not split at relations inside braces or environments', async () => {
    const report = await judgeFormula('\\sum_{i=1}^{4} i = 10');
    expect(report.claims.length).toBe(1);
    expect(report.verdict).toBe('holds');
  });

  it('does not split at a name in text applied to a group: \\textrm{erf}(z) is a function', async () => {
    const report = await judgeFormula('\\textrm{erf}(z) = \\frac{2}{\\sqrt{\\pi}} z');
    expect(report.sides.map((s) => s.source)).toEqual(['\\textrm{erf}(z)', '\\frac{2}{\\sqrt{\\pi}} z']);
    expect((await judgeFormula('a = 1 \\text{ and } b = 2')).claims).toHaveLength(2);
  });

  it('says none, with no error, for a claim with free symbols', async () => {
    const report = await judgeFormula('\\sigma(x) = \\max(0, x)');
    expect(report.verdict).toBe('none');
    expect(report.relativeError).toBeNull();
  });
});
