/**
 * A derivative a lab measured by a finite difference and states with `\approx`
 * (approximateIdentity.ts): read as `=`, it is the derivative at the number the note
 * bound (boundNumbers.ts). The real formula: ml-specialization-labs
 * (C2_W2_Derivatives.ipynb), "the derivative of the function $J(w) = w^2$ at the point
 * $w=3$ … so $\frac{\partial J(w)}{\partial w} \approx 6$" (d(w²)/dw = 2w = 6 at w = 3).
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const LAB = "Let's look at the derivative of the function $J(w) = w^2$ at the point $w=3$ and $\\epsilon = 0.001$\n\n" +
  'We have increased the input value a little bit (0.001), causing the output to change from 9 to 9.006001, an increase of 6 times the input increase. ' +
  'Referencing (1) above, this says that $k=6$, so ';
const verdictOf = async (claim: string) => {
  const reports = await judgeNote(`${LAB}$${claim}$.\n`);
  return reports.find((r) => r.span.source === claim)!;
};

describe('a derivative stated approximately at a bound number', () => {
  it('holds when the exact derivative there is the stated value (the lab\'s formula)', async () => {
    const report = await verdictOf('\\frac{\\partial J(w)}{\\partial w} \\approx 6');
    expect(report.verdict).toBe('holds');
    expect(report.claims[0]!.reading).toContain('as the exact derivative');
  });

  it('holds in Leibniz notation without the argument too', async () => {
    expect((await verdictOf('\\frac{\\partial J}{\\partial w} \\approx 6')).verdict).toBe('holds');
  });

  it('a wrong value does not hold (and is not refuted: the number may be another example\'s)', async () => {
    expect((await verdictOf('\\frac{\\partial J(w)}{\\partial w} \\approx 9')).verdict).toBe('none');
  });

  it('the finite difference itself (6.001) is not called wrong', async () => {
    expect((await verdictOf('\\frac{\\partial J(w)}{\\partial w} \\approx 6.001')).verdict).not.toBe('fails');
  });

  it('a derivative at a point the note never bound stays undecided', async () => {
    const reports = await judgeNote('Take $J(w) = w^2$. Then $\\frac{\\partial J}{\\partial w} \\approx 6$.\n');
    expect(reports.at(-1)!.verdict).toBe('none');
  });
});
