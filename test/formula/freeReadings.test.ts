/**
 * A symbol bound to an expression earlier may only confirm (identity/freeReadings.ts): a claim that
 * fails with it is left undecided, never held, whether it is a slip or an equation a worked
 * solution writes in letters it bound before.
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

  it('e^x e^y = e^{x-y} (a sign) is not held', async () => {
    expect(await lastVerdict('e^x e^y = e^{x-y}')).toBe('none');
  });

  it('the real \\sin(x + h) - \\sin(x) = 2 \\sin(h/2) \\cos(x + h/2) holds; with \\cos(x - h/2) it is not held', async () => {
    expect(await lastVerdict('\\sin(x + h) - \\sin(x) = 2 \\sin(h/2) \\cos(x + h/2)')).toBe('holds');
    expect(await lastVerdict('\\sin(x + h) - \\sin(x) = 2 \\sin(h/2) \\cos(x - h/2)')).toBe('none');
  });

  // Myyura/the_kai_project, docs/tokyo-university/engineering/kyotsu/2026/kyotsu_202508_phys_1.md: solved for v.
  it('an equation in letters bound earlier to expressions is not failed', async () => {
    const solution = 'The impulse gives $v = \\frac{J}{m}$ before the collision.\n\nAfter it, $-\\frac{1}{2}v-\\frac{J}{m} = -v+\\frac{J}{2m}$.\n';
    expect((await judgeNote(solution)).map((r) => r.verdict)).not.toContain('fails');
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
