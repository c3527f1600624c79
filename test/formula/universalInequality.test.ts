/**
 * Non-strict inequalities true for every value of their letters, confirmed at random points of every scale
 * (identity/universalInequality.ts). The real formula: anranandytan/ml-dl-notes, file 09_Ensembles.md in its docs folder
 * ("Using $1+x\leq e^x$:", the AdaBoost training-error bound).
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const claimsOf = async (latex: string) => (await judgeNote(`$$\n${latex}\n$$\n`))[0]!.claims;

describe('an inequality true for every value of its letters holds', () => {
  it.each([
    String.raw`1+x\leq e^x`,
    String.raw`\log x \le x - 1`,
    String.raw`ab \le \frac{a^2+b^2}{2}`,
    String.raw`(a+b)^2 \le 2a^2 + 2b^2`,
    String.raw`x(1-x) \le \frac14`,
    // Both rows of a chain, with σ the logistic sigmoid.
    String.raw`0 \le \sigma(x)(1-\sigma(x)) \le \frac14`,
  ])('%s holds', async (latex) => {
    const claims = await claimsOf(latex);
    expect(claims.map((c) => c.verdict)).toEqual(claims.map(() => 'holds'));
    expect(claims[0]!.reading).toMatch(/^for every value of its letters/);
  });

  it.each([
    // Really wrong: a bound off by one, the triangle inequality reversed, a bound only near zero, a wrong constant.
    String.raw`\log x \le x - 2`,
    String.raw`1 + 2x \le e^x`,
    String.raw`x^2 \le 10`,
    String.raw`x^3 \le e^x`,
    String.raw`x(1-x) \le \frac15`,
    // A bound on a letter (Galaxy1108/obsidian-informatics: a problem's constraint), no universal truth.
    String.raw`k \le 10^6`,
    String.raw`S \le 10^{12}`,
    // True only for the note's letters (a, b ≥ 0; f convex): never read as an error, left undecided.
    String.raw`\sqrt{ab} \le \frac{a+b}{2}`,
    String.raw`f\left(\frac{a+b}{2}\right) \le \frac{f(a)+f(b)}{2}`,
  ])('%s is not called holds, nor fails', async (latex) => {
    const claims = await claimsOf(latex);
    expect(claims.every((c) => c.verdict === 'none')).toBe(true);
  });

  it('a confirmed row does not make a chain with an undecided row hold', async () => {
    const claims = await claimsOf(String.raw`0 \le \sigma(x)(1-\sigma(x)) \le \frac15`);
    expect(claims.map((c) => c.verdict)).toEqual(['none', 'none']);
  });

  it('strict inequalities are not read (random points never meet the equality)', async () => {
    expect((await claimsOf(String.raw`\log x < x - 1`))[0]!.verdict).toBe('none');
  });
});
