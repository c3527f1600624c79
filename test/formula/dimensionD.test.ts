/**
 * `d` is a differential only where it is written before what it would differentiate
 * (identity/otherReadings.ts): `d(AB) = dA\,B + A\,dB` stays undecided, while a model's width
 * `d` in a parameter count is a variable like any other.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from './../support/judging';

const verdict = async (latex: string) => (await judgeFormula(latex)).verdict;

describe('d as a variable or a differential (otherReadings.ts)', () => {
  // CCODING04/diy-llm-notes, docs/chapter4/c/notes.md (lines 261 and 293): a SwiGLU block's parameters.
  it('the real 3 \\times d \\times \\frac{8}{3}d = 8d^2 and 3d \\times \\frac{8}{3}d = 8d^2 hold', async () => {
    expect(await verdict('3 \\times d \\times \\frac{8}{3}d = 8d^2')).toBe('holds');
    expect(await verdict('3d \\times \\frac{8}{3}d = 8d^2')).toBe('holds');
  });

  it('with a digit slipped (= 4d^2) they fail', async () => {
    expect(await verdict('3 \\times d \\times \\frac{8}{3}d = 4d^2')).toBe('fails');
    expect(await verdict('3d \\times \\frac{8}{3}d = 4d^2')).toBe('fails');
  });

  it('a determinant ad - bc is read with d a variable: ad - bc = (a+b)(c+d) fails', async () => {
    expect(await verdict('ad - bc = (a+b)(c+d)')).toBe('fails');
  });

  it('a d before what it differentiates keeps the differential reading: never failed', async () => {
    for (const latex of ['d(AB) = dA\\,B + A\\,dB', 'df = f(x + dx) - f(x)', 'd\\theta = 2\\theta', '\\mathrm{d}y = 2x\\,\\mathrm{d}x', 'd^2 f = f']) {
      expect(await verdict(latex), latex).not.toBe('fails');
    }
  });
});
