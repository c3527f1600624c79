import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

// The CDF and its inverse checked against the density (or CDF) the note states before them
// (worked/statedDensityCdf.ts): F(x) = 1 − ∫_x^∞ f, F(F^{-1}(u)) = u, at random points.
const verdicts = async (note: string) => (await judgeNote(note)).flatMap((f) => f.claims.map((c) => `${c.left.source.trim()}: ${c.verdict}`));

describe('a CDF and its inverse from the density the note states (statedDensityCdf.ts)', () => {
  it('the exponential of unpingco/Python-for-Probability-Statistics-and-Machine-Learning (inverse CDF sampling) holds', async () => {
    // Verbatim: chapter Probability, "Inverse CDF Method".
    const note = "Let's try this to generate samples from the\nexponential distribution,\n\n$$\nf_{\\alpha}(x) = \\alpha e^{ -\\alpha x }\n$$\n\n which has the following CDF,\n\n$$\nF(x) = 1-e^{ -\\alpha x  }\n$$\n\n and corresponding inverse,\n\n$$\nF^{-1}(u)  = \\frac{1}{\\alpha}\\ln \\frac{1}{(1-u)}\n$$\n";
    expect(await verdicts(note)).toEqual(['f_{\\alpha}(x): none', 'F(x): holds', 'F^{-1}(u): holds']);
  });

  it('a planted rate/scale slip in the CDF fails; its inverse, consistent with it, holds', async () => {
    const note = 'The density is\n\n$$\nf(x) = \\lambda e^{-\\lambda x}\n$$\n\nso the CDF is\n\n$$\nF(x) = 1-e^{-x/\\lambda}\n$$\n\nand the inverse\n\n$$\nF^{-1}(u) = -\\lambda \\ln(1-u)\n$$\n';
    expect(await verdicts(note)).toEqual(['f(x): none', 'F(x): fails', 'F^{-1}(u): holds']);
  });

  it('an inverse only confirms: a wrong one stays undecided, a right one holds', async () => {
    const wrong = 'The CDF is $F(x) = 1-e^{-\\lambda x}$, and its inverse is $F^{-1}(u) = -\\lambda \\ln(1-u)$.\n';
    expect(await verdicts(wrong)).toEqual(['F(x): none', 'F^{-1}(u): none']);
    const right = 'The CDF is $F(x) = 1-e^{-\\lambda x}$, and its inverse is $F^{-1}(u) = -\\frac{1}{\\lambda} \\ln(1-u)$.\n';
    expect(await verdicts(right)).toEqual(['F(x): none', 'F^{-1}(u): holds']);
  });

  it.each([
    // Other letters than the density's: the note's renaming, not a decided error.
    'The density is $f(x) = \\lambda e^{-\\lambda x}$ and its CDF is $F(x) = 1 - e^{-\\beta x}$.\n',
    // The CDF of another variable (Y = 2X) after the density of X.
    'The density of $X$ is $f(x) = \\lambda e^{-\\lambda x}$, so $Y = 2X$ has the CDF $F_Y(y) = 1 - e^{-\\lambda y/2}$.\n',
    // No word naming the CDF between them.
    'The density is $f(x) = \\lambda e^{-\\lambda x}$ and $F(x) = 1 - e^{-x/\\lambda}$.\n',
    // A density in cases (its support written out) is not read.
    'The density is $f(x) = \\begin{cases} \\lambda e^{-\\lambda x} & x \\ge 0 \\\\ 0 & x < 0 \\end{cases}$ and its CDF is $F(x) = 1 - e^{-x/\\lambda}$.\n',
  ])('%s leaves the CDF undecided', async (note) => {
    expect((await verdicts(note)).filter((v) => v.startsWith('F')).every((v) => v.endsWith(': none'))).toBe(true);
    expect((await verdicts(note)).some((v) => v.startsWith('F'))).toBe(true);
  });
});
