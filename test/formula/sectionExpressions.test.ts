/**
 * A section's own expression, evaluated at another section's numbers, is still its expression for a
 * derivative (sectionFunctions.ts): ml-foundations (test/corpus) finds a critical point at `x = 1.5`
 * in one section, then defines `y = x^3 + 6` in the next and states `y' = 3x^2`.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from './../support/judging';

// The shape of ml-foundations' "Calculus" sections (jonkrohn/ML-foundations, notebooks/calculus-i):
// the maximum's x = 1.5 is bound before the saddle point's y is defined.
const note = (claim: string) =>
  `#### Maximum\n\nIf $y = -x^2 + 3x + 4$...\n\n...then $y' = -2x + 3$.\n\n$$x = \\frac{-3}{-2} = 1.5$$\n\n` +
  `At which point, $y = -x^2 + 3x + 4 = -(1.5)^2 + 3(1.5) + 4 = 6.25$\n\n#### Saddle point\n\nIf $y = x^3 + 6$...\n\n...then ${claim}.\n`;

const lastVerdict = async (claim: string) => (await judgeNote(note(`$${claim}$`))).at(-1)?.verdict;

describe("a derivative of the section's own expression, after another section's numbers (sectionFunctions.ts)", () => {
  it("the real y' = 3x^2 holds", async () => {
    expect(await lastVerdict("y' = 3x^2")).toBe('holds');
  });

  it("y' = 3x^3 (an exponent off by one) and y' = 3x (a dropped power) fail", async () => {
    expect(await lastVerdict("y' = 3x^3")).toBe('fails');
    expect(await lastVerdict("y' = 3x")).toBe('fails');
  });

  it("y' = 0, where the text looks for the critical point, stays an equation to solve", async () => {
    const reports = await judgeNote(note("$y' = 3x^2$. Critical point is located where $y' = 0$"));
    expect(reports.at(-1)?.verdict).not.toBe('fails');
  });

  it("in one section only, the number the section bound may confirm a value: y = 9.375 at x = 1.5 is not failed", async () => {
    const one = `#### Saddle point\n\nLet $x = 1.5$. If $y = x^3 + 6$, then $y = 9.375$ and $y' = 6.75$.\n`;
    const verdicts = (await judgeNote(one)).map((r) => r.verdict);
    expect(verdicts).not.toContain('fails');
  });
});
