/**
 * Softmax, cross-entropy and log-sum-exp over a vector of abstract length, read on drawn vectors
 * (indexedVectors.ts, indexedDefinitions.ts). Verbatim excerpts of D2L (d2l-ai/d2l-en,
 * chapter_linear-classification/softmax-regression.md, "Softmax and Cross-Entropy Loss"): the derivation
 * of the cross-entropy of a softmax, whose last link holds only because y is one-hot (as the prose says),
 * and the gradient `\partial_{o_j} l = \mathrm{softmax}(\mathbf{o})_j - y_j`. Checked independently with
 * mpmath: o = (0.3, -1.2, 2), y = (0, 1, 0): ∂l/∂o_1 = softmax(o)_1 = 0.1487…, ∂l/∂o_2 = 0.0332… − 1.
 * The planted errors are the slips the brief names: the gradient's sign, a missing log, a softmax without
 * its normaliser.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const D2L_LOSS = `Since $\\mathbf{y}$ is a one-hot vector of length $q$,
the sum over all its coordinates $j$ vanishes for all but one term.

$$
\\begin{aligned}
l(\\mathbf{y}, \\hat{\\mathbf{y}}) &=  - \\sum_{j=1}^q y_j \\log \\frac{\\exp(o_j)}{\\sum_{k=1}^q \\exp(o_k)} \\\\
&= \\sum_{j=1}^q y_j \\log \\sum_{k=1}^q \\exp(o_k) - \\sum_{j=1}^q y_j o_j \\\\
&= \\log \\sum_{k=1}^q \\exp(o_k) - \\sum_{j=1}^q y_j o_j.
\\end{aligned}
$$
`;

const claimsOf = async (note: string) => (await judgeNote(note)).flatMap((r) => r.claims.map((c) => ({ verdict: c.verdict, reading: c.reading, reason: c.reason })));

describe('softmax and cross-entropy on drawn vectors', () => {
  it('D2L: the cross-entropy of a softmax, its last link under the one-hot label the prose states', async () => {
    const claims = await claimsOf(D2L_LOSS);
    expect(claims.map((c) => c.verdict)).toEqual(['none', 'holds', 'holds']);
    expect(claims[2]!.reading).toContain('as the note says');
  });

  it('the same derivation with the one-hot sentence left out: the last link stays undecided, never fails', async () => {
    const claims = await claimsOf(D2L_LOSS.split('\n').slice(3).join('\n'));
    expect(claims.map((c) => c.verdict)).toEqual(['none', 'holds', 'none']);
    expect(claims[2]!.reason).toContain('which the note does not say');
  });

  it('D2L: the gradient by one logit, with the loss the note defined', async () => {
    const note = `${D2L_LOSS}\nconsider the derivative with respect to any logit $o_j$. We get\n\n$$\n\\partial_{o_j} l(\\mathbf{y}, \\hat{\\mathbf{y}}) = \\frac{\\exp(o_j)}{\\sum_{k=1}^q \\exp(o_k)} - y_j = \\mathrm{softmax}(\\mathbf{o})_j - y_j.\n$$\n`;
    const claims = await claimsOf(note);
    expect(claims.slice(3).map((c) => c.verdict)).toEqual(['holds', 'holds']);
  });

  it('planted: the gradient with its sign turned fails', async () => {
    const note = `${D2L_LOSS}\nWe get $\\partial_{o_j} l(\\mathbf{y}, \\hat{\\mathbf{y}}) = y_j - \\frac{\\exp(o_j)}{\\sum_{k=1}^q \\exp(o_k)}$.\n`;
    expect((await claimsOf(note)).at(-1)!.verdict).toBe('fails');
  });

  it('planted: a missing log and a missing normaliser fail; the right forms hold', async () => {
    const claims = await claimsOf(
      [
        '$\\frac{\\partial}{\\partial z_i} \\log\\sum_j e^{z_j} = \\log \\frac{e^{z_i}}{\\sum_j e^{z_j}}$',
        '$\\sum_i \\mathrm{softmax}(z)_i = \\sum_i e^{z_i}$',
        '$\\frac{\\partial}{\\partial z_i} \\log\\sum_j e^{z_j} = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$',
        '$\\sum_i \\mathrm{softmax}(z)_i = 1$',
        '$\\mathrm{softmax}(z + c)_i = \\mathrm{softmax}(z)_i$',
      ].join('\n\n'),
    );
    expect(claims.map((c) => c.verdict)).toEqual(['fails', 'fails', 'holds', 'holds', 'holds']);
  });

  it('the softmax Jacobian: the Kronecker form holds, the off-diagonal form alone (meant for i ≠ j) stays undecided', async () => {
    const note = 'Let $\\hat{y}_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$.\n\n$\\frac{\\partial \\hat{y}_i}{\\partial z_j} = \\hat{y}_i(\\delta_{ij} - \\hat{y}_j)$\n\n$\\frac{\\partial \\hat{y}_i}{\\partial z_j} = -\\hat{y}_i \\hat{y}_j$\n';
    expect((await claimsOf(note)).map((c) => c.verdict)).toEqual(['none', 'holds', 'none']);
  });
});
