/**
 * A name defined again with the same expression still means one function, so a slip in its
 * derivative may fail (find/restatedDefinition.ts).
 */
import { describe, expect, it } from 'vitest';
import { restatesDefinition } from '../../src/core/formula/find/restatedDefinition';
import { judgeNote } from './../support/judging';

// djeada/Calculus-And-Analysis, notes/differentiation/single_variable/quotient_rule/tasks/task_01.md.
const note = (claim: string) =>
  `Find derviative of the following function:\n\n$$y = \\ln{\\frac{x}{3x-4}}$$\n\nRule 2:\n\n$$ \\ln{\\frac{x}{y}} = \\ln{x} - \\ln{y}$$\n\n` +
  `Solution:\n\n$$y =  \\ln{x} -  \\ln{(3x-4)}$$\n\n$$${claim}$$\n`;

const lastVerdict = async (text: string) => (await judgeNote(text)).at(-1)?.verdict;

describe('a definition restated with the same expression (restatedDefinition.ts)', () => {
  it("the real y' = \\frac{1}{x} - \\frac{3}{3x-4} holds", async () => {
    expect(await lastVerdict(note("y' = \\frac{1}{x} - \\frac{3}{3x-4}"))).toBe('holds');
  });

  it("y' = \\frac{1}{x} - \\frac{3}{3x-5} (a digit) and y' = \\frac{-4}{x(3x+4)} (a sign) fail", async () => {
    expect(await lastVerdict(note("y' = \\frac{1}{x} - \\frac{3}{3x-5}"))).toBe('fails');
    expect(await lastVerdict(note("y' = \\frac{-4}{x(3x+4)}"))).toBe('fails');
  });

  it('a name defined again with another expression still only confirms', async () => {
    const text = "Let $$y = x^2$$ and later $$y = x^3$$ so that $$y' = 2x$$\n";
    expect(await lastVerdict(text)).not.toBe('fails');
  });

  it('restatesDefinition: equal expressions of the same parameters, not different ones', () => {
    const d = (body: unknown, source: string) => ({ name: 'y', params: [], body: body as never, source });
    const ln = d(['Ln', ['Divide', 'x', ['Subtract', ['Multiply', 3, 'x'], 4]]], 'y = \\ln\\frac{x}{3x-4}');
    const split = d(['Subtract', ['Ln', 'x'], ['Ln', ['Subtract', ['Multiply', 3, 'x'], 4]]], 'y = \\ln x - \\ln(3x-4)');
    const other = d(['Subtract', ['Ln', 'x'], ['Ln', ['Subtract', ['Multiply', 3, 'x'], 5]]], 'y = \\ln x - \\ln(3x-5)');
    expect(restatesDefinition(ln, split)).toBe(true);
    expect(restatesDefinition(ln, other)).toBe(false);
    expect(restatesDefinition({ ...ln, redefined: true }, split)).toBe(false);
    expect(restatesDefinition(d(5, 'y = 5'), d(5, 'y = 5'))).toBe(false);
  });

  // djeada/Numerical-Methods, notes/6_regression/thin_plate_spline_interpolation.md: φ defined twice, then used at 0.
  it('a value with no value at the point (\\phi(0) = 0 for \\phi(r) = r^2 \\ln r, its limit) is not failed; \\phi(1) = 2 fails', async () => {
    const text = (claim: string) => `The kernel $\\phi(r)=r^2\\ln r$.\n\nCompute $\\phi(r)=r^2\\ln r$:\n\n* $${claim}$.\n`;
    expect(await lastVerdict(text('\\phi(0)=0'))).not.toBe('fails');
    expect(await lastVerdict(text('\\phi(1)=2'))).toBe('fails');
  });
});
