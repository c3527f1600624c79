import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const reportOf = async (latex: string) => (await judgeNote(`Some prose.\n\n$$\n${latex}\n$$\n`)).at(-1)!;
const verdictOf = async (latex: string) => (await reportOf(latex)).verdict;

describe('a factorisation of a joint distribution written wrong is refuted (productRule.ts)', () => {
  it('refutes the product rule with the marginals swapped (google-deepmind/educational, inference notebook)', async () => {
    // The note's own formula; on the joint [[0.1, 0.3], [0.2, 0.4]] p(z=0|x=0)p(z=0) = 0.075, p(x=0, z=0) = 0.1.
    const report = await reportOf('p(x, z) = p(z|x)p(z) = p(x|z)p(x)');
    expect(report.verdict).toBe('fails');
    expect(report.claims[0]!.verdict).toBe('fails');
    expect(report.claims[0]!.reading).toMatch(/factorisation of the joint distribution of x, z/);
    // Its right form holds.
    expect(await verdictOf('p(x, z) = p(z|x)p(x) = p(x|z)p(z)')).toBe('holds');
  });

  it.each([
    'P(A, B) = P(A \\mid B) P(A)',
    'p(\\mathbf{x}, \\mathbf{z}) = p(\\mathbf{z}|\\mathbf{x})p(\\mathbf{z})',
    'p_\\theta(x, z) = p_\\theta(z \\mid x) p_\\theta(z)',
    'p(x, y, z) = p(x)p(y|x)p(z|y, x)p(x)',
    'p(a, b \\mid c) = p(a \\mid b, c) p(a \\mid c)',
  ])('%s fails', async (latex) => {
    expect(await verdictOf(latex)).toBe('fails');
  });

  it.each([
    // True under an independence the prose may assume (every one holds when all letters are independent).
    'p(x, y) = p(x)p(y)',
    'p(x_1, x_2, x_3) = p(x_1)p(x_2|x_1)p(x_3|x_2)',
    'p(x, y, z) = p(x)p(y \\mid x)p(z \\mid x)',
    'p(x_t \\mid x_{t-1}, x_0) = p(x_t \\mid x_{t-1}, x_{t-2})',
    // Two distributions, a marginal left out, an integral, a value: not a factorisation of one joint.
    'p(x, z) = q(z|x)p(x)',
    'p(y \\mid x) = p(y \\mid x, \\theta) p(\\theta)',
    'p(x) = \\int p(x \\mid z) p(z) dz',
    'p(y = 1 \\mid x) = p(x \\mid y = 1) p(y = 1)',
    // Not the product rule's shape: conditions and warnings of real notes (probe repositories).
    'p(x|y) = p(y|x).', // TianpeiLuke/SelfStudyNotes, Metropolis-Hastings: "a symmetric proposal function, where"
    'P(A \\mid B) = P(B \\mid A)', // RiazML/machine-learning-notes, naive Bayes: "a common logical fallacy"
    'P(x | A) = \\frac{P(x)}{P(A)}', // CrumpLab/statistics, 04-SamplesPopulations: "if x ∈ A"
    'p(z|y) = p(z|y)p(y)', // PrideLee/Machine-Learning-Notes, probability graph model: a reductio
    'p(z \\mid x) = \\frac{p(x \\mid z)p(x)}{p(z)}',
  ])('%s is not refuted', async (latex) => {
    expect(await verdictOf(latex)).not.toBe('fails');
  });

  it('reads display formulas only: inline, p(y,z) = p(z|y) may be a step of a reductio', async () => {
    const [report] = await judgeNote('故 $p(x, z) = p(z|x)p(z)$，这显然不符合事实。\n');
    expect(report!.verdict).not.toBe('fails');
  });
});
