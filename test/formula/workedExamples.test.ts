/**
 * Worked examples that carry numbers from formula to formula (docs/readings/worked-examples.md):
 * decorated names bound to their values (decoratedNames.ts, chainBinding.ts) and
 * results of earlier formulas read as rounded where they recur (carriedResults.ts).
 * Formulas from akkefa-ml-notes (test/corpus); values checked with python3:
 * σ(1.105) = 0.75120, ½·0.751² = 0.28200, 0.751·σ′(1.105) = 0.14040,
 * −1/1.367879² = −0.53444, 0.367879·(−0.53) = −0.19498, 0.367879·(−0.535) = −0.19682.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';
import { CARRIED_RESULT_READING } from '../../src/core/formula/worked/carriedResults';

const reports = (formulas: string[]) => judgeNote(formulas.map((f) => `$${f}$`).join('\n\n'));
const verdicts = async (formulas: string[]) => (await reports(formulas)).map((r) => r.verdict);

const FORWARD_PASS = ['y = 0', 'z^{(2)} = W^{(2)} \\cdot a^{(1)} + b^{(2)} = 1.105'];

describe('decorated names bound to their values', () => {
  it('a chain ending in a written number binds its first name to that number', async () => {
    const r = await reports([...FORWARD_PASS, '\\hat{y} = \\sigma(z^{(2)}) = 0.751']);
    expect(r.map((x) => x.verdict)).toEqual(['none', 'none', 'holds']);
    expect(r[2]!.claims[1]!.reading).toContain('z^{(2)} = W^{(2)} \\cdot a^{(1)} + b^{(2)} = 1.105 from earlier');
  });

  it('a hatted name bound by one formula is used by the next', async () => {
    expect(await verdicts([...FORWARD_PASS, '\\hat{y} = \\sigma(z^{(2)}) = 0.751', '\\mathcal{L} = \\frac{1}{2} (\\hat{y} - y)^2 = 0.282']))
      .toEqual(['none', 'none', 'holds', 'holds']);
  });

  it('a claim that fails with bound numbers stays undecided: names get reused', async () => {
    const r = await reports([...FORWARD_PASS, '\\hat{y} = \\sigma(z^{(2)}) = 0.751', "\\delta^{(2)} = (\\hat{y} - y) \\cdot \\sigma'(z^{(2)}) = 0.139"]);
    expect(r[3]!.verdict).toBe('none');
    expect(r[3]!.claims[1]!.reason).toBe('cannot evaluate: it does not hold with the meanings assumed for its names');
  });

  it('a value written after ≈ binds a subscripted name', async () => {
    expect(await verdicts(['h_1 \\approx 0.622', 'h_2 \\approx 0.269', '(-1) \\cdot h_{1} + \\frac{1}{2} \\cdot h_{2} = -0.4875']))
      .toEqual(['none', 'none', 'holds']);
  });

  it('a bar and a star name one quantity each', async () => {
    expect(await verdicts(['\\bar{x} = \\frac{2 + 4}{2} = 3', '\\bar{x}^2 = 9'])).toEqual(['holds', 'holds']);
    expect(await verdicts(['x^* = 0.25', '4 x^* = 1'])).toEqual(['none', 'holds']);
  });

  it('a decorated name no formula bound is not a power of the plain one', async () => {
    expect(await verdicts(['x = 3', '\\sqrt{x^{(2)}} = 3'])).toEqual(['none', 'none']);
    expect(await verdicts(['\\sigma(z^{(3)}) = 0.751'])).toEqual(['none']);
  });

  it('e with a parenthesised exponent is still e raised to it', async () => {
    expect(await verdicts(['e^{(2)} = 7.389'])).toEqual(['holds']);
  });
});

describe('results of earlier formulas read as rounded where they recur', () => {
  const UPSTREAM = '\\frac{\\partial f}{\\partial (\\text{inv})} = -\\frac{1}{1.367879^2} = -0.53';

  it('a two-digit result of an earlier line is a rounded value in the next', async () => {
    const r = await reports([UPSTREAM, '\\frac{\\partial f}{\\partial (-z)} = e^{-z} = 0.367879 \\times (-0.53) = -0.20']);
    expect(r.map((x) => x.verdict)).toEqual(['holds', 'holds']);
    expect(r[1]!.claims.at(-1)!.reading).toContain(CARRIED_RESULT_READING);
  });

  it('without the earlier line the two-digit decimal is an exact parameter', async () => {
    expect(await verdicts(['0.367879 \\times (-0.53) = -0.20'])).toEqual(['fails']);
  });

  it('a step wrong for every value the carried result stands for still fails', async () => {
    expect(await verdicts([UPSTREAM, '0.367879 \\times (-0.53) = -0.25'])).toEqual(['holds', 'fails']);
  });

  it('a one-digit result is not carried as rounded', async () => {
    expect(await verdicts(['\\frac{1}{2} = 0.5', '2 \\times 0.5 = 1.05'])).toEqual(['holds', 'fails']);
  });
});
