/**
 * The derivative rules over abstract functions u, v of x (primedRules.ts), as a 高数 note
 * (导数与微分, 函数的和/差/积/商的求导法则, found by the code search) states them:
 * 设 $u=u(x), v=v(x)$ 都可导, 则 … — quoted line by line; planted slips beside them.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const PREMISE = '设 $u=u(x), v=v(x)$ 都可导, 则\n';

async function verdictOf(claim: string, before = PREMISE): Promise<string | undefined> {
  const reports = await judgeNote(`${before}${claim}\n`);
  return reports[reports.length - 1]?.verdict;
}

describe('derivative rules over abstract functions', () => {
  it('holds for the product, sum and quotient rules as the note writes them', async () => {
    expect(await verdictOf("* $(uv)' = u'v + uv'$")).toBe('holds');
    expect(await verdictOf("* $(u+v-w)' = u'+v'-w'$")).toBe('holds');
    expect(await verdictOf("$\\left(\\frac{u}{v}\\right)' = \\frac{u'v-uv'}{v^2}$")).toBe('holds');
    expect(await verdictOf("$(uv)'' = u''v + 2u'v' + uv''$", '')).toBe('holds');
  });

  it('fails on a wrong sign in the quotient rule and a product of derivatives', async () => {
    expect(await verdictOf("$\\left(\\frac{u}{v}\\right)' = \\frac{u'v+uv'}{v^2}$")).toBe('fails');
    expect(await verdictOf("$(uv)' = u'v'$")).toBe('fails');
  });

  it('leaves a letter never primed undecided: it may be a constant the note means', async () => {
    expect(await verdictOf("$(uv)' = u'v$")).toBe('none');
    expect(await verdictOf("$(u^2)' = 2u$", '')).toBe('none');
  });

  it('never fails with a constant letter beside the functions', async () => {
    expect(await verdictOf("$(Cu)' = Cu'$", '')).not.toBe('fails');
    expect(await verdictOf("$(Cu)' = C'u$", '')).toBe('none');
    expect(await verdictOf("$(Cu)' = u'$", '')).toBe('none');
  });
});

describe('what the rules reading does not take', () => {
  it('leaves the chain rule, the inverse-function rule and n-th orders to other readings, never failed as products', async () => {
    expect(await verdictOf("$(f(g(x)))' = f'(g(x))g'(x)$", '')).not.toBe('fails');
    expect(await verdictOf("$(f^{-1})' = \\frac{1}{f'}$", '')).not.toBe('fails');
    expect(await verdictOf("$(uv)^{(2)} = u^{(2)}v + 2u'v' + uv^{(2)}$", '')).not.toBe('fails');
    expect(await verdictOf("$(u_1 u_2)' = u_1' u_2 + u_1 u_2'$", '')).not.toBe('fails');
  });
});
