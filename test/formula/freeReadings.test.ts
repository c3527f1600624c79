/**
 * A claim that fails with a symbol bound to an expression earlier, and fails with that symbol
 * free too, fails in every reading (identity/freeReadings.ts).
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from './../support/judging';

// gavinkao98/Calculus_handout, CONTENT_ROADMAP.md: the substitution `$x = a + h$` (line 220) comes
// long before the exponent law `$e^x e^y = e^{x+y}$` (line 292) and the identity of line 251.
const note = (claim: string) =>
  `The handout uses $h$ after the substitution $x = a + h$.\n\n## Chapter 4\n\nThe exponent law ${claim} follows from the series.\n`;

const lastVerdict = async (claim: string) => (await judgeNote(note(`$${claim}$`))).at(-1)?.verdict;

describe('a claim read with an earlier expression binding and with it free (freeReadings.ts)', () => {
  it('the real e^x e^y = e^{x+y} holds', async () => {
    expect(await lastVerdict('e^x e^y = e^{x+y}')).toBe('holds');
  });

  it('e^x e^y = e^{x-y} (a sign) fails: with x = a + h and with x free', async () => {
    expect(await lastVerdict('e^x e^y = e^{x-y}')).toBe('fails');
  });

  it('the real \\sin(x + h) - \\sin(x) = 2 \\sin(h/2) \\cos(x + h/2) holds; with \\cos(x - h/2) it fails', async () => {
    expect(await lastVerdict('\\sin(x + h) - \\sin(x) = 2 \\sin(h/2) \\cos(x + h/2)')).toBe('holds');
    expect(await lastVerdict('\\sin(x + h) - \\sin(x) = 2 \\sin(h/2) \\cos(x - h/2)')).toBe('fails');
  });

  it('a claim about the bound x (x - a = h) holds; an equation in x (2x = 3) is not failed', async () => {
    expect(await lastVerdict('x - a = h')).toBe('holds');
    expect(await lastVerdict('2x = 3')).not.toBe('fails');
  });

  it('a derivative of a symbol bound to an expression is not refuted with the symbol free', async () => {
    // `y = x^2 + z` may mean a z that depends on x: dy/dx = 2x + 1 is not failed (graphDerivatives.ts).
    const verdicts = (await judgeNote('Let $y = x^2 + z$.\n\nThen $\\frac{dy}{dx} = 2x + 1$.\n')).map((r) => r.verdict);
    expect(verdicts).not.toContain('fails');
  });
});
