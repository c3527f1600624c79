/**
 * A chain step that writes a rounded value in place of an exact one
 * (docs/readings/rounding.md): the forward pass of a backpropagation example in
 * public study notes (akkefa/ml-notes, test/corpus), values from mpmath.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';
import { ROUNDED_SUBSTITUTION_READING } from '../../src/core/formula/rounding/roundedLiterals';

beforeAll(async () => {
  await judgeFormula('1 + 1 = 2');
});

describe('a step that substitutes a rounded decimal', () => {
  it.each([
    // σ(−1) = 1/(1+e) = 0.268941…; with e written 2.718 it is 0.268962
    ['\\frac{1}{1 + e^{1}} = \\frac{1}{1 + 2.718}'],
    ['h_2 = \\sigma(-1) = \\frac{1}{1 + e^{1}} = \\frac{1}{1 + 2.718} = \\frac{1}{3.718} \\approx 0.269'],
    // e^{0.1215} = 1.12919…, written 1.129
    ['a = \\frac{1}{1 + e^{0.1215}} = \\frac{1}{1 + 1.129} = \\frac{1}{2.129} \\approx 0.470'],
    // e^{-1} = 0.367879…, written 0.368 (rounded up: the interval covers rounding and cutting)
    ['\\frac{1}{1 + e^{-1}} = \\frac{1}{1 + 0.368}'],
    // docs/machine_learning/pca.ipynb: √(8/3) = 1.63299, √(800/3) = 16.3299; √267 = 16.3401 rounds the exact value's 266.67
    ['\\sigma_1 = \\sqrt{\\frac{4 + 0 + 4}{3}} = \\sqrt{2.67} \\approx 1.63'],
    ['\\sigma_2 = \\sqrt{\\frac{400 + 0 + 400}{3}} = \\sqrt{267} \\approx 16.33'],
  ])('%s holds', async (latex) => {
    const report = await judgeFormula(latex);
    expect(report.verdict).toBe('holds');
  });

  it('names the reading', async () => {
    const report = await judgeFormula('\\frac{1}{1 + e^{1}} = \\frac{1}{1 + 2.718}');
    expect(report.claims[0]!.reading).toBe(ROUNDED_SUBSTITUTION_READING);
  });

  it.each([
    // a wrong substitution: 2.178 is no rounding of e = 2.71828…
    ['\\frac{1}{1 + e^{1}} = \\frac{1}{1 + 2.178}'],
    // 1/1.368 = 0.73099…: the substituted step holds, the rounded result 0.732 does not
    ['h_3 = \\sigma(1) = \\frac{1}{1 + e^{-1}} = \\frac{1}{1 + 0.368} = \\frac{1}{1.368} \\approx 0.732'],
    // two-digit decimals are exact parameters: 1/(1 + 2.7) = 0.2703 is not 1/(1+e)
    ['\\frac{1}{1 + e^{1}} = \\frac{1}{1 + 2.7}'],
    // an integer is rounded at most by a half, and only against a value that is no integer
    ['\\sqrt{800/3} = \\sqrt{276}'],
    ['2^{10} = 2 \\times 511'],
  ])('%s fails', async (latex) => {
    expect((await judgeFormula(latex)).verdict).toBe('fails');
  });
});
