/**
 * The backward pass in layer notation, checked on a small random network of the note's forward
 * pass (src/core/formula/matrices/layerBackprop.ts). The excerpts are verbatim from
 * newfacade/machine-learning-notes, 09_neural_network.ipynb (MIT); the slips and near misses are
 * planted in them; the last case is the common δ-recursion in `(l)` indices, written here.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

/** The verdicts of the note's last formula, claim by claim. */
async function lastVerdicts(note: string): Promise<string[]> {
  const reports = await judgeNote(note);
  return reports.at(-1)!.claims.map((c) => c.verdict);
}

// newfacade/machine-learning-notes, 09_neural_network.ipynb: step 2 of the three-step recipe.
const STEP_2 = [
  '2.for $l=N-1,...,1$, we have:',
  '',
  '$$z^{[l + 1]} = W^{[l + 1]}a^{[l]} + b^{[l + 1]}$$',
  '',
  'so by our prerequesities:',
  '',
  '',
].join('\n');
const ACTIVATION = 'we also have:\n\n$$a^{[l]} = g^{[l]}z^{[l]}$$\n\nwe do not use softmax activation in hidden layers, so the dependent is direct:\n\n';
const STEP_3 = '3.final step, because:\n\n$$z^{[l]} = W^{[l]}a^{[l - 1]} + b^{[l]}$$\n\nso:\n\n';

describe('backpropagation in layer notation (newfacade-ml-notes)', () => {
  it('∂L/∂a = (∂z/∂a)ᵀ ∂L/∂z = (W^{[l+1]})ᵀ ∂L/∂z^{[l+1]}: both rows hold', async () => {
    const claim = '$$\n\\frac{\\partial L}{\\partial a^{[l]}} = (\\frac{\\partial z^{[l+1]}}{\\partial a^{[l]}})^{T}\\frac{\\partial L}{\\partial z^{[l+1]}} = (W^{[l+1]})^{T}\\frac{\\partial L}{\\partial z^{[l+1]}}\n$$\n';
    expect(await lastVerdicts(`${STEP_2}${claim}`)).toEqual(['holds', 'holds']);
  });

  it('∂L/∂z = ∂L/∂a ⊙ g′(z) and the combined recursion hold with g abstract', async () => {
    const note = `${STEP_2}${ACTIVATION}`;
    expect(await lastVerdicts(`${note}$$\\frac{\\partial L}{\\partial z^{[l]}} = \\frac{\\partial L}{\\partial a^{[l]}} \\odot {g^{[l]}}'(z^{[l]})$$\n`)).toEqual(['holds']);
    expect(await lastVerdicts(`${note}$$\\frac{\\partial L}{\\partial z^{[l]}} = (W^{[l+1]})^{T}\\frac{\\partial L}{\\partial z^{[l+1]}} \\odot {g^{[l]}}'(z^{[l]})$$\n`)).toEqual(['holds']);
  });

  it('∂L/∂W = ∂L/∂z (a^{[l-1]})ᵀ and ∂L/∂b = ∂L/∂z hold', async () => {
    expect(await lastVerdicts(`${STEP_3}$$\\frac{\\partial L}{\\partial W^{[l]}} = \\frac{\\partial L}{\\partial z^{[l]}}(a^{[l - 1]})^{T}$$ \n`)).toEqual(['holds']);
    expect(await lastVerdicts(`${STEP_3}$$\\frac{\\partial L}{\\partial b^{[l]}} = \\frac{\\partial L}{\\partial z^{[l]}}$$\n`)).toEqual(['holds']);
  });

  it('the other conventions hold too: a row gradient (∂L/∂z W), the weight gradient transposed (a (∂L/∂z)ᵀ)', async () => {
    expect(await lastVerdicts(`${STEP_3}$$\\frac{\\partial L}{\\partial a^{[l-1]}} = \\frac{\\partial L}{\\partial z^{[l]}} W^{[l]}$$\n`)).toEqual(['holds']);
    expect(await lastVerdicts(`${STEP_3}$$\\frac{\\partial L}{\\partial W^{[l]}} = a^{[l-1]}(\\frac{\\partial L}{\\partial z^{[l]}})^{T}$$\n`)).toEqual(['holds']);
  });

  it.each([
    ['a missing transpose', `${STEP_2}$$\\frac{\\partial L}{\\partial a^{[l]}} = W^{[l+1]}\\frac{\\partial L}{\\partial z^{[l+1]}}$$\n`],
    ['a dropped ⊙ g′ factor', `${STEP_2}${ACTIVATION}$$\\frac{\\partial L}{\\partial z^{[l]}} = (W^{[l+1]})^{T}\\frac{\\partial L}{\\partial z^{[l+1]}}$$\n`],
    ['g for g′', `${STEP_2}${ACTIVATION}$$\\frac{\\partial L}{\\partial z^{[l]}} = (W^{[l+1]})^{T}\\frac{\\partial L}{\\partial z^{[l+1]}} \\odot g^{[l]}(z^{[l]})$$\n`],
    ['the wrong layer\u2019s activation', `${STEP_3}$$\\frac{\\partial L}{\\partial W^{[l]}} = \\frac{\\partial L}{\\partial z^{[l]}}(a^{[l]})^{T}$$\n`],
  ])('a planted slip fails: %s', async (_slip, note) => {
    expect(await lastVerdicts(note)).toEqual(['fails']);
  });

  it.each([
    ['σ′ where the note keeps g abstract', `${STEP_2}${ACTIVATION}$$\\frac{\\partial L}{\\partial z^{[l]}} = (W^{[l+1]})^{T}\\frac{\\partial L}{\\partial z^{[l+1]}} \\odot \\sigma'(z^{[l]})$$\n`],
    ['a batch factor 1/m', `${STEP_3}$$\\frac{\\partial L}{\\partial W^{[l]}} = \\frac{1}{m}\\frac{\\partial L}{\\partial z^{[l]}}(a^{[l-1]})^{T}$$\n`],
    ['the output layer [N] and ŷ', `${STEP_3}$$\\frac{\\partial L(\\hat{y}, y)}{\\partial z^{[N]}} = \\frac{\\partial L(\\hat{y}, y)}{\\partial \\hat{y}} \\odot {g^{[N]}}'(z^{[N]})$$\n`],
    ['δ the note never defines', `${STEP_3}$$\\frac{\\partial L}{\\partial W^{[l]}} = \\delta^{[l]}(a^{[l-1]})^{T}$$\n`],
    ['shapes that fit no convention', `${STEP_3}$$\\frac{\\partial L}{\\partial W^{[l]}} = \\frac{\\partial L}{\\partial z^{[l]}} a^{[l-1]}$$\n`],
    ['no forward pass in the note', '$$\\frac{\\partial L}{\\partial a^{[l]}} = W^{[l+1]}\\frac{\\partial L}{\\partial z^{[l+1]}}$$\n'],
  ])('a near miss stays undecided: %s', async (_case, note) => {
    expect(await lastVerdicts(note)).toEqual(['none']);
  });

  // Not from newfacade: the δ-recursion in parenthesised indices that many notes write, its setup inline.
  it('δ defined as ∂L/∂z in the claim\u2019s own chain, the activation σ (the common δ-recursion)', async () => {
    const setup = 'Let the loss be $\\mathcal{L}$, the activations $a^{(l)} = \\sigma(z^{(l)})$ where $z^{(l)} = W^{(l)} a^{(l-1)} + b^{(l)}$.\n\n';
    const chain = '$$\n\\delta^{(l)} = \\frac{\\partial \\mathcal{L}}{\\partial z^{(l)}} = (W^{(l+1)})^T \\delta^{(l+1)} \\odot \\sigma\'(z^{(l)})\n$$\n';
    expect(await lastVerdicts(`${setup}${chain}`)).toEqual(['none', 'holds']);
    expect(await lastVerdicts(`${setup}${chain}\n$$\n\\frac{\\partial \\mathcal{L}}{\\partial W^{(l)}} = \\delta^{(l)} (a^{(l-1)})^T\n$$\n`)).toEqual(['holds']);
    expect(await lastVerdicts(`${setup}${chain}\n$$\n\\frac{\\partial \\mathcal{L}}{\\partial W^{(l)}} = \\delta^{(l)} \\odot \\sigma'(z^{(l)})\n$$\n`)).toEqual(['none']);
  });
});
