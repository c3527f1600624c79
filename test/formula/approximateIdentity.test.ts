/**
 * `\approx` between sides with free variables, read as an identity up to a constant the
 * author rounded (approximateIdentity.ts, constantRatio.ts). √128 = 11.3137… (python3:
 * math.sqrt(128)). The reading may confirm, never refute.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';

const verdict = async (latex: string) => (await judgeFormula(latex)).verdict;

describe('an approximation that differs only in a rounded constant', () => {
  it.each([
    ['\\sqrt{128} x \\approx 11.3 x'],
    ['\\frac{\\sqrt{128} BD}{\\sqrt{N} \\cdot W_\\text{ici}} \\approx \\frac{11.3 BD}{\\sqrt{N} \\cdot W_\\text{ici}}'], // scaling-book
  ])('%s holds', async (latex) => {
    expect(await verdict(latex)).toBe('holds');
  });

  it('the whole derivation of scaling-book holds in its last link', async () => {
    const report = await judgeFormula('T_\\text{2D comms} = \\frac{2B}{W_\\text{ici}} \\left(\\frac{D}{X} + \\frac{8D}{YZ}\\right) = \\frac{\\sqrt{128} BD}{\\sqrt{N} \\cdot W_\\text{ici}} \\approx \\frac{11.3 BD}{\\sqrt{N} \\cdot W_\\text{ici}}');
    expect(report.claims.at(-1)!.verdict).toBe('holds');
    expect(report.claims.at(-1)!.reading).toContain('as an identity');
  });

  it('a wrong constant, an asymptotic or a Taylor approximation is not refuted', async () => {
    expect(await verdict('\\sqrt{128} x \\approx 11.5 x')).toBe('none');
    expect(await verdict('\\frac{\\sqrt{128} BD}{\\sqrt{N}} \\approx \\frac{12.3 BD}{\\sqrt{N}}')).toBe('none');
    expect(await verdict('2BD + 2DF + 2BF \\approxeq 2DF')).toBe('none');
    expect(await verdict('\\sin x \\approx x')).toBe('none');
    expect(await verdict('e^x \\approx 1 + x')).toBe('none');
    // No decimal constant: a regime, not tried (a first-order expansion read by letters would agree).
    expect(await verdict('u(x+\\epsilon) \\approx u(x) + \\epsilon \\frac{du}{dx}(x)')).toBe('none');
    expect(await verdict('(x+1)^2 \\approx x^2 + 2x + 1')).toBe('none');
  });

  it('capitals that may be matrices let a constant factor confirm, never refute', async () => {
    expect(await verdict('\\frac{\\sqrt{128} BD}{\\sqrt{N}} = \\frac{11.3 BD}{\\sqrt{N}}')).toBe('holds');
    expect(await verdict('\\frac{\\sqrt{128} BD}{\\sqrt{N}} = \\frac{12.3 BD}{\\sqrt{N}}')).toBe('none');
  });

  it('a number opening a numerator that is a sum is no constant factor', async () => {
    expect(await verdict('\\frac{3 x + 1}{2} = \\frac{3x}{2}')).toBe('fails');
  });
});
