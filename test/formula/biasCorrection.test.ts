import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

/** The tensorflow/docs Adam pseudo-code (site/en/guide/core/optimizers_core.ipynb), its bias corrections as written. */
const ALGORITHM = [
  '$\\;\\;\\;\\;\\;\\;\\;\\; V_{dv\\_i} = \\beta_1V_{dv\\_i} + (1 - \\beta_1)\\frac{dL}{dv} \\; \\triangleright \\text{momentum update}$',
  '',
  '$\\;\\;\\;\\;\\;\\;\\;\\; v_{dv}^{bc} = \\frac{V_{dv\\_i}}{(1-\\beta_1)^t} \\; \\triangleright \\text{momentum bias correction}$',
  '',
  '$\\;\\;\\;\\;\\;\\;\\;\\; s_{dv}^{bc} = \\frac{S_{dv\\_i}}{(1-\\beta_2)^t} \\; \\triangleright \\text{RMSP bias correction}$',
  '',
].join('\n');

describe("Adam's bias correction with the wrong power fails (biasCorrection.ts)", () => {
  it('refutes V / (1 − β₁)^t and S / (1 − β₂)^t called bias corrections (tensorflow/docs, optimizers_core.ipynb)', async () => {
    const reports = await judgeNote(ALGORITHM);
    // The momentum update holds as an exponential moving average (namedMlFormulas.ts).
    expect(reports.map((r) => r.verdict)).toEqual(['holds', 'fails', 'fails']);
    expect(reports[1]!.claims[0]!.reading).toMatch(/1 − β\^t/);
  });

  it('leaves the right correction, 1 − β^t, and an unnamed division alone', async () => {
    const right = ALGORITHM.replace('(1-\\beta_1)^t', '1-\\beta_1^t').replace('(1-\\beta_2)^t', '1-\\beta_2^t');
    expect((await judgeNote(right)).map((r) => r.verdict)).not.toContain('fails');
    const prose = 'The bias-corrected estimates are\n\n$$\\hat m_t = \\frac{m_t}{1 - \\beta_1^t}, \\quad \\hat v_t = \\frac{v_t}{1-\\beta_2^t}$$\n';
    expect((await judgeNote(prose)).map((r) => r.verdict)).not.toContain('fails');
    const unnamed = 'The weight left after t steps:\n\n$$w_t = \\frac{w_0}{(1-\\beta)^t}$$\n';
    expect((await judgeNote(unnamed)).map((r) => r.verdict)).not.toContain('fails');
  });

  it('refutes the bias-corrected estimate of prose with the wrong power', async () => {
    const prose = 'Adam computes bias-corrected first moment estimates:\n\n$$\\hat{m}_t = \\frac{m_t}{(1 - \\beta_1)^{t}}$$\n';
    expect((await judgeNote(prose)).at(-1)!.verdict).toBe('fails');
  });
});
