/**
 * Derivative tables written with square brackets, an upright d, `D_x`, or a prime on a point-free
 * combination of functions (derivativeNotation.ts): read as the usual notations, decided by the
 * derivative readings already there (partials.ts, primedGroups.ts, randomFunctions.ts).
 */
import { describe, expect, it } from 'vitest';
import { derivativeNotation } from '../../src/core/formula/read/derivativeNotation';
import { judgeFormula } from '../support/judging';

const verdicts = async (latex: string) => (await judgeFormula(latex, { timeLimitMs: 2000 })).claims.map((c) => c.verdict);

describe('derivativeNotation rewrites', () => {
  it.each([
    [String.raw`\frac{d}{dx}[ax^2 + bx + c]`, String.raw`\frac{d}{dx}\left(ax^2 + bx + c\right)`],
    [String.raw`\frac{\mathrm d}{\mathrm dx}\bigl(a^x\bigr)`, String.raw`\frac{d}{dx}(a^x)`],
    [String.raw`\frac{\mathrm{d} [\sin x]}{\mathrm{d} x}`, String.raw`\frac{d (\sin x)}{d x}`],
    [String.raw`D_x[\tan x]`, String.raw`\frac{d}{dx}\left(\tan x\right)`],
    [String.raw`[f(x)g(x)]'`, String.raw`\left(f(x)g(x)\right)'`],
    [String.raw`(f \circ g)'(x)`, String.raw`\frac{d}{dx}\left(f(g(x))\right)`],
    [String.raw`\left(\frac{f}{g}\right)'(x)`, String.raw`\frac{d}{dx}\left(\frac{f(x)}{g(x)}\right)`],
  ])('%s → %s', (written, read) => {
    expect(derivativeNotation(written)).toBe(read);
  });

  it.each([
    // A vector's transpose, an interval, a bracket not before a prime nor after an operator: left as written.
    String.raw`[x_1, x_2]'`,
    String.raw`x \in [a, b]`,
    String.raw`\mathbb{E}[X] = \mu`,
    // A prime on a group that is no combination of function letters: an ordinary primed group.
    String.raw`(x^2 + 1)'(x)`,
  ])('%s stays as written', (written) => {
    expect(derivativeNotation(written)).toBe(written);
  });
});

describe('derivative tables in these notations are decided', () => {
  it.each([
    // ffejhog/SchoolNotes, CalcNotes.md (a derivative table with an upright d and brackets).
    String.raw`\frac{\mathrm{d} [\sin x]}{\mathrm{d} x} = \cos x`,
    String.raw`\frac{\mathrm{d} [\log_{a} x]}{\mathrm{d} x} = \frac{1}{x\ln a}`,
    String.raw`\frac{\mathrm{d} [a^{x}]}{\mathrm{d} x} = a^{x}\ln a`,
    // A physics notes' "Common derivatives" (found by find_string; the index does not name the repository).
    String.raw`\frac{d}{dx}[ax^2 + bx + c] = 2ax + b`,
    String.raw`\frac{d}{dx}[tan(x)] = sec^2(x)`,
    // A 微积分 table (found by find_string): 指數與對數函數 with \mathrm d and \bigl( \bigr).
    String.raw`\frac{\mathrm d}{\mathrm dx}\bigl(a^x\bigr)=a^x\ln a`,
    String.raw`D_x[\tan x]=\sec^2 x`,
    String.raw`\frac{d}{dx}\left[\frac{1}{1+e^{-x}}\right] = \frac{e^{-x}}{(1+e^{-x})^2}`,
  ])('%s holds', async (latex) => {
    expect(await verdicts(latex)).toEqual(['holds']);
  });

  it.each([
    // ffejhog/SchoolNotes, CalcNotes.md: a real slip, (arctan x)' is 1/(1+x²).
    String.raw`\frac{\mathrm{d} [\arctan x]}{\mathrm{d} x} =  \frac{1}{{1-x^{2}}}`,
    // Planted: a sign, a missing inner derivative.
    String.raw`\frac{d}{dx}[\sin x] = -\cos x`,
    String.raw`\frac{d}{dx}[\sin(x^2)] = \cos(x^2)`,
  ])('%s fails', async (latex) => {
    expect(await verdicts(latex)).toEqual(['fails']);
  });
});

describe('rules over abstract functions in these notations hold for every function', () => {
  it.each([
    // Key formulae of a calculus note (found by find_string): brackets primed.
    String.raw`[f(x) + g(x)]' = f'(x) + g'(x)`,
    String.raw`[f(g(x))]' = f'(g(x))g'(x)`,
    String.raw`[f(x)g(x)]'=f(x)g'(x) + f'(x)g(x)`,
    String.raw`\frac{d}{dx}[f(x)g(x)] = f'(x)g(x) + f(x)g'(x)`,
    // A lemma of real-analysis notes (found by find_string): a prime on a point-free sum and product.
    String.raw`(f + g)'(x) = f'(x) + g'(x)`,
    String.raw`(fg)'(x) = f'(x)g(x) + f(x)g'(x)`,
    // A 链式法则（核心） line of an appendix (found by find_string).
    String.raw`(f \circ g)'(x) = f'(g(x)) \cdot g'(x)`,
  ])('%s holds', async (latex) => {
    expect(await verdicts(latex)).toEqual(['holds']);
  });

  it.each([
    // Planted: the inner derivative dropped, the product rule's terms multiplied. Abstract rules only confirm: undecided.
    String.raw`(f \circ g)'(x) = f'(g(x))`,
    String.raw`(fg)'(x) = f'(x)g'(x)`,
    // A key formulae table's quotient rule with its sign reversed (found by find_string): not called holds.
    String.raw`[\frac{f(x)}{g(x)}]' = \frac{f(x)g'(x) - f'(x)g(x)}{g^2(x)}`,
  ])('%s is not called holds', async (latex) => {
    expect(await verdicts(latex)).not.toContain('holds');
  });
});
