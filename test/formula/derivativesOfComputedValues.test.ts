/**
 * A value the note computed from a variable, differentiated by that variable (identity.ts, `computedFrom` and the
 * definitions' `expression`). The real formulas: akkefa/ml-notes, docs/deep_learning/back_propagation.ipynb, which
 * first works the forward pass with numbers (`z_a = -0.1215`, then `a = \sigma(z_a)`), then writes the gradient of
 * the sigmoid as `\frac{\partial a}{\partial z_a} = a(1 - a)`. And a function defined with data or coefficients
 * besides its parameters (`open` definitions, identity.ts and interpret.ts), in the least-squares form study notes
 * use for a one-parameter model.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const NOTE = (gradient: string) => String.raw`For $ z_a = -0.1215 $:

$$
a = \sigma(z_a) = \frac{1}{1 + e^{-z_a}}
$$

Where $ z_a $ is the weighted sum of the hidden layer outputs:

$$
z_a = W^h_1 h_1 + W^h_2 h_2 + W^h_3 h_3
$$

The gradient of the sigmoid function with respect to its input is:

$$
\frac{\partial a}{\partial z_a} = ${gradient}
$$
`;

const gradientVerdict = async (gradient: string) => {
  const reports = await judgeNote(NOTE(gradient));
  return reports.find((r) => r.source.includes('\\partial a'))!.claims[0]!;
};

describe('a number computed from the variable differentiated by varies with it', () => {
  it('akkefa/ml-notes: ∂a/∂z_a = a(1 - a) after a = σ(z_a) was computed at z_a = -0.1215', async () => {
    const claim = await gradientVerdict('a(1 - a)');
    expect(claim.verdict).toBe('holds');
    // Checked as a function of z_a, not only at the note's number.
    expect(claim.identity!.points).toBeGreaterThan(30);
  });

  it('the derivative written wrong does not hold, and is not called an error (σ may be another function)', async () => {
    expect((await gradientVerdict('a(1 + a)')).verdict).toBe('none');
    expect((await gradientVerdict('1 - a')).verdict).toBe('none');
  });

  it('the same with z_a bound to a number only', async () => {
    const note = 'For $z_a = -0.1215$:\n\n$$\na = \\sigma(z_a)\n$$\n\n$$\n\\frac{\\partial a}{\\partial z_a} = a(1 - a)\n$$\n\n$$\n\\frac{\\partial a}{\\partial z_a} = a^2\n$$\n';
    const verdicts = (await judgeNote(note)).filter((r) => r.source.includes('\\partial')).map((r) => r.verdict);
    expect(verdicts).toEqual(['holds', 'none']);
  });
});

describe('a function defined with other letters besides its parameters', () => {
  const LOSS = '$$J(\\theta) = \\frac{1}{2}(\\theta x - y)^2$$\n\n';
  const last = async (note: string) => (await judgeNote(note)).at(-1)!.verdict;

  it('its derivative and its values hold with those letters free', async () => {
    expect(await last(LOSS + '$$\\frac{\\partial J}{\\partial \\theta} = (\\theta x - y)x$$\n')).toBe('holds');
    expect(await last('$f(x) = ax + b$\n\n$f(2) = 2a + b$\n')).toBe('holds');
  });

  it('a slip does not hold, and is not called an error: the letters may mean other things where it is used', async () => {
    expect(await last(LOSS + '$$\\frac{\\partial J}{\\partial \\theta} = (\\theta x + y)x$$\n')).toBe('none');
    expect(await last(LOSS + '$$\\frac{\\partial J}{\\partial \\theta} = \\theta x - y$$\n')).toBe('none');
    expect(await last('$f(x) = ax + b$\n\n$f(2) = 2a - b$\n')).toBe('none');
  });
});
