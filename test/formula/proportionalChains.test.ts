/**
 * The `=` rows of a proportionality chain (split.ts cuts at `\propto`; identity/proportionalChains.ts withholds a fail
 * a dropped constant could explain). Verbatim excerpts of real notes: ActuarialNotes/Actuarial-Notes-Wiki
 * (questions/exam-mas-ii/masii-2019s-036.md, masii-2019s-023.md, masii-2019s-028.md), ermongroup/cs228-notes
 * (learning/bayesian/index.md); the planted slip whose ratio varies, and the sloppy row that stays undecided.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const claimsOf = async (note: string) => (await judgeNote(note)).flatMap((r) => r.claims.map((c) => ({ left: c.left.source, right: c.right.source, verdict: c.verdict, reason: c.reason })));

describe('rows of a proportionality chain', () => {
  it('Actuarial-Notes-Wiki: a Beta posterior kernel multiplied out', async () => {
    const note = 'With 1 orange in 5 picks the binomial likelihood is $\\propto x(1-x)^4$, so\n\n$$\n\\begin{align*}\n' +
      'p(x \\mid \\text{data}) &\\propto x(1-x)^{4} \\cdot x^{2}(1-x) \\\\\n                      &= x^{3}(1-x)^{5}\n\\end{align*}\n$$\n\nwhich is the $\\text{Beta}(4,6)$ kernel.\n';
    const claims = await claimsOf(note);
    expect(claims.map((c) => [c.left, c.right, c.verdict])).toEqual([['x(1-x)^{4} \\cdot x^{2}(1-x)', 'x^{3}(1-x)^{5}', 'holds']]);
  });

  it('Actuarial-Notes-Wiki: a Jeffreys-style prior times the likelihood', async () => {
    const note = 'Multiplying:\n\n$$\n\\begin{align*}\np(\\pi \\mid \\mathbf{y}) &\\propto \\pi^{10}(1-\\pi)^{0} \\cdot \\pi^{-1}(1-\\pi)^{-1} \\\\\n                       &= \\pi^{9}(1-\\pi)^{-1}\n\\end{align*}\n$$\n';
    expect((await claimsOf(note)).map((c) => c.verdict)).toEqual(['holds']);
  });

  it('Actuarial-Notes-Wiki: the beta-binomial Gibbs step with letters for the counts', async () => {
    const note = 'The Gibbs step for $\\theta$ is just the beta-binomial conjugate update. Keeping only the factors in $\\theta$:\n\n$$\n\\begin{align*}\n' +
      'f(\\theta \\mid \\phi_i) &\\propto f(\\phi_i \\mid \\theta)\\,\\pi(\\theta) \\\\\n                      &\\propto \\theta^{\\phi_i}(1-\\theta)^{n-\\phi_i} \\cdot \\theta^{a-1}(1-\\theta)^{b-1} \\\\\n' +
      '                      &= \\theta^{a + \\phi_i - 1}(1-\\theta)^{b + n - \\phi_i - 1}\n\\end{align*}\n$$\n';
    const claims = await claimsOf(note);
    expect(claims.find((c) => c.right.startsWith('\\theta^{a + \\phi_i'))?.verdict).toBe('holds');
  });

  it('cs228-notes: Bayes\' rule before the proportionality is a claim of its own', async () => {
    const note = 'we can update our beliefs using Bayes\' rule,\n\n$$\np(\\theta \\mid \\mathcal{D}) = \\frac{p(\\mathcal{D} \\mid \\theta) \\, p(\\theta)}{p(\\mathcal{D})} \\propto p(\\mathcal{D} \\mid \\theta) \\, p(\\theta)\n$$\n';
    const claims = await claimsOf(note);
    expect(claims.map((c) => [c.left, c.verdict])).toEqual([['p(\\theta \\mid \\mathcal{D})', 'holds']]);
  });

  it('a planted slip whose ratio varies in the letter fails', async () => {
    const note = '$$p(\\theta \\mid D) \\propto \\theta^2 (1-\\theta) \\cdot \\theta^3 = \\theta^6 (1-\\theta)$$\n';
    expect((await claimsOf(note)).map((c) => c.verdict)).toEqual(['fails']);
  });

  it('a row that drops a constant under `=` stays undecided', async () => {
    const note = '$$p(x) \\propto 2 e^{-x} = e^{-x}$$\n';
    const claims = await claimsOf(note);
    expect(claims.map((c) => c.verdict)).toEqual(['none']);
    expect(claims[0]!.reason).toContain('proportionality chain');
  });

  it('a proportionality alone makes no claim', async () => {
    expect(await claimsOf('$$p(\\theta|D) \\propto p(D|\\theta)p(\\theta)$$\n')).toEqual([]);
    expect(await claimsOf('$$\\text{softmax}(z)_i \\propto e^{z_i}$$\n')).toEqual([]);
  });
});
