import { describe, expect, it } from 'vitest';
import { firstClaimOf, judgeNote } from '../support/judging';

const verdictOf = firstClaimOf;

/** tensorflow/docs, site/en/guide/core/optimizers_core.ipynb, "Adaptive moment estimation (Adam)" (verbatim). */
const TENSORFLOW_ADAM = [
  '## Adaptive moment estimation (Adam)',
  '',
  '$\\;\\;\\;\\;\\;\\;\\;\\; V_{dv\\_i} = \\beta_1V_{dv\\_i} + (1 - \\beta_1)\\frac{dL}{dv} \\; \\triangleright \\text{momentum update}$',
  '',
  '$\\;\\;\\;\\;\\;\\;\\;\\; S_{dv\\_i} = \\beta_2V_{dv\\_i} + (1 - \\beta_2)(\\frac{dL}{dv})^2 \\; \\triangleright \\text{RMSP update}$',
  '',
].join('\n');

/** google-research/tuning_playbook, README.md, the optimizer pseudo-code (verbatim). */
const TUNING_PLAYBOOK = [
  '#### RMSProp',
  '',
  '$$v_{t+1} = \\rho v_{t} + (1 - \\rho) \\nabla \\mathcal{l}(\\theta_t)^2$$',
  '',
  '$$m_{t+1} = \\gamma m_{t} + \\frac{\\eta_t}{\\sqrt{v_{t+1} + \\epsilon}}\\nabla \\mathcal{l}(\\theta_t)$$',
  '',
  '#### ADAM',
  '',
  '$$m_{t+1} = \\beta_1 m_{t} + (1 - \\beta_1) \\nabla \\mathcal{l} (\\theta_t)$$',
  '',
  '$$v_{t+1} = \\beta_2 v_{t} + (1 - \\beta_2) \\nabla \\mathcal{l}(\\theta_t)^2$$',
  '',
  '$$b_{t+1} = \\frac{\\sqrt{1 - \\beta_2^{t+1}}}{1 - \\beta_1^{t+1}}$$',
  '',
].join('\n');

/** labmlai/annotated_deep_learning_paper_implementations, labml_nn/optimizers/adam.py (verbatim). */
const LABML_ADAM = [
  '# Adam Optimizer',
  '',
  'Effective step taken assuming $\\epsilon = 0$ is,',
  '$$\\Delta t = \\alpha \\cdot \\frac{\\hat{m}_t}{\\hat{v}_t}$$',
  'This is bounded by,',
].join('\n');

/** yandexdataschool/Practical_RL, week06 (the GAE task, verbatim). */
const PRACTICAL_RL_GAE = [
  'The first is `GAE` that implements [Generalized Advantage Estimator](https://arxiv.org/abs/1506.02438).',
  'In it you should add two keys to the trajectory: `"advantages"` and `"value_targets"`. In GAE the advantages',
  '$A_t^{\\mathrm{GAE}(\\gamma,\\lambda)}$ are essentially defined as the exponential ',
  'moving average with parameter $\\lambda$ of the regular advantages ',
  '$\\hat{A}^{(T)}(s_t) = \\sum_{l=0}^{T-1-t} \\gamma^l r_{t+l} + \\gamma^{T} V^\\pi(s_{T}) - V^\\pi(s_t)$. ',
].join('\n');

/** yandexdataschool/Practical_DL, week10_rl/a2c-optional.ipynb (verbatim). */
const PRACTICAL_DL_TARGETS = [
  'To train the part of the model that predicts state values you will need to compute the value targets.',
  'The formula for the value targets is simple:',
  '',
  '$$',
  '\\hat v(s_t) = \\left( \\sum_{t\'=0}^{T - 1} \\gamma^{t\'}r_{t+t\'} \\right) + \\gamma^T \\hat{v}(s_{t+T}),',
  '$$',
].join('\n');

/** phlippe/uvadlc_notebooks, tutorial 6 (Transformers), verbatim. */
const UVADLC_ATTENTION = [
  '### Scaled Dot Product Attention',
  '',
  'In math, we calculate the dot product attention as follows:',
  '',
  '$$\\text{Attention}(Q,K,V)=\\text{softmax}\\left(\\frac{QK^T}{\\sqrt{d_k}}\\right)V$$',
].join('\n');

describe('the standard formulas of deep learning named by a note (namedMlFormulas.ts)', () => {
  it("holds Adam's moving averages in the note's own letters (tensorflow/docs, tuning_playbook)", async () => {
    expect(await verdictOf(TENSORFLOW_ADAM, 'momentum update')).toMatchObject({ verdict: 'holds', reading: expect.stringMatching(/exponential moving average/) });
    expect((await verdictOf(TUNING_PLAYBOOK, 'm_{t+1} = \\beta_1')).verdict).toBe('holds');
    expect((await verdictOf(TUNING_PLAYBOOK, 'v_{t+1} = \\beta_2')).verdict).toBe('holds');
    // RMSProp's ρ with the squared gradient, in a section on RMSProp.
    expect((await verdictOf(TUNING_PLAYBOOK, 'v_{t+1} = \\rho')).verdict).toBe('holds');
  });

  it('fails a second moment that decays the first (tensorflow/docs, optimizers_core.ipynb)', async () => {
    const { verdict, reading } = await verdictOf(TENSORFLOW_ADAM, 'RMSP update');
    expect(verdict).toBe('fails');
    expect(reading).toMatch(/decays V_dv_i, the state of another average/);
  });

  it('leaves the playbook\'s own variants alone: momentum scaled by the step, the combined correction', async () => {
    expect((await verdictOf(TUNING_PLAYBOOK, 'm_{t+1} = \\gamma')).verdict).not.toBe('fails');
    expect((await verdictOf(TUNING_PLAYBOOK, 'b_{t+1}')).verdict).not.toBe('fails');
  });

  it("fails Adam's step without the root of v̂ (labml.ai, adam.py)", async () => {
    const { verdict, reading } = await verdictOf(LABML_ADAM, '\\Delta t');
    expect(verdict).toBe('fails');
    expect(reading).toMatch(/√v̂ \+ ε .*divides by v̂ without its square root/);
    const right = LABML_ADAM.replace('{\\hat{v}_t}$$', '{\\sqrt{\\hat{v}_t}}$$');
    expect((await verdictOf(right, '\\Delta t')).verdict).not.toBe('fails');
    const epsilonInside = LABML_ADAM.replace('{\\hat{v}_t}$$', '{\\sqrt{\\hat{v}_t + \\epsilon}}$$');
    expect((await verdictOf(epsilonInside, '\\Delta t')).verdict).not.toBe('fails');
  });

  it('fails the T-step advantage bootstrapped with γ^T after T − t rewards (Practical_RL, GAE)', async () => {
    const { verdict, reading } = await verdictOf(PRACTICAL_RL_GAE, 'T-1-t');
    expect(verdict).toBe('fails');
    expect(reading).toMatch(/n = T−t rewards.*γ\^\{T−t\}; this writes γ\^\{T\}/);
    const fixed = PRACTICAL_RL_GAE.replace('\\gamma^{T} V^\\pi', '\\gamma^{T-t} V^\\pi');
    expect((await verdictOf(fixed, 'T-1-t')).verdict).toBe('holds');
  });

  it('holds the T-step value target, and one with rewards indexed from t + 1 (Practical_DL, a2c)', async () => {
    expect((await verdictOf(PRACTICAL_DL_TARGETS, '\\sum')).verdict).toBe('holds');
    const shifted = 'The n-step return:\n\n$$G_t = \\sum_{k=0}^{n-1} \\gamma^k r_{t+k+1} + \\gamma^n V(s_{t+n})$$\n';
    expect((await verdictOf(shifted, '\\sum')).verdict).toBe('holds');
  });

  it('fails planted slips: β₁ against 1 − β₂, attention over d_k, a layer norm over the variance', async () => {
    const mixed = TENSORFLOW_ADAM.replace('(1 - \\beta_1)\\frac{dL}{dv}', '(1 - \\beta_2)\\frac{dL}{dv}');
    expect((await verdictOf(mixed, 'momentum update')).reading).toMatch(/β1 and 1 − β2/);
    const attention = UVADLC_ATTENTION.replace('\\sqrt{d_k}', 'd_k');
    expect(await verdictOf(attention, 'softmax')).toMatchObject({ verdict: 'fails', reading: expect.stringMatching(/√d_k/) });
    const layerNorm = 'Layer normalization computes\n\n$$\\hat{x}_i = \\frac{x_i - \\mu}{\\sigma^2 + \\epsilon}$$\n';
    expect((await verdictOf(layerNorm, 'hat{x}')).verdict).toBe('fails');
  });

  it('leaves the right forms and the unnamed look-alikes alone', async () => {
    expect((await verdictOf(UVADLC_ATTENTION, 'softmax')).verdict).not.toBe('fails');
    const layerNorm = 'Layer normalization computes\n\n$$\\hat{x}_i = \\frac{x_i - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}}$$\n';
    expect((await verdictOf(layerNorm, 'hat{x}')).verdict).not.toBe('fails');
    // The Gaussian's score under "normalization constant" is no layer norm.
    const score = 'The normalization constant cancels, and\n\n$$g(x) = \\frac{x - \\mu}{\\sigma^2}$$\n';
    expect((await verdictOf(score, 'g(x)')).verdict).not.toBe('fails');
    // Nadam's look-ahead momentum decays the other average on purpose.
    const nadam = '## Nadam\n\n$$m_t = \\beta_1 m_{t-1} + (1-\\beta_1) g_t$$\n\n$$\\bar{m}_t = \\beta_1 m_t + (1-\\beta_1) g_t$$\n';
    expect((await verdictOf(nadam, '\\bar{m}_t')).verdict).not.toBe('fails');
    // A second moment without the square is not confirmed.
    const unsquared = '## Adam\n\n$$v_t = \\beta_2 v_{t-1} + (1-\\beta_2) g_t$$\n';
    expect((await verdictOf(unsquared, 'v_t')).verdict).not.toBe('holds');
    // A note that shows the slip as someone else's mistake.
    const contrasted = '# Adam\n\nA common mistake is to write the step as\n\n$$\\Delta = \\alpha \\frac{\\hat{m}_t}{\\hat{v}_t}$$\n';
    expect((await verdictOf(contrasted, '\\Delta')).verdict).not.toBe('fails');
  });

  it("holds Adam's bias correction and fails the rate over v̂ without its root", async () => {
    // A public Chinese study note on optimizers (excerpt from the code index; its repository is not recorded there), verbatim.
    const note = [
      '### 4.1 基本思想',
      'Adam 结合了 Momentum（一阶矩）和 RMSProp 思路（二阶矩）：',
      '',
      '再做偏差修正：',
      '',
      '$$',
      '\\hat{m}_t = \\frac{m_t}{1-\\beta_1^t}, \\quad \\hat{v}_t = \\frac{v_t}{1-\\beta_2^t}',
      '$$',
      '',
      '参数更新：',
      '',
      '$$',
      '\\theta_{t+1} = \\theta_t - \\eta \\frac{\\hat{m}_t}{\\sqrt{\\hat{v}_t}+\\epsilon}',
      '$$',
    ].join('\n');
    const reports = await judgeNote(note);
    expect(reports[0]!.claims.map((c) => c.verdict)).toEqual(['holds', 'holds']);
    expect(reports[1]!.claims[0]!.verdict).not.toBe('fails');
    // Planted: the correction of m with β₂ is not confirmed; the rate over v̂ fails.
    expect((await verdictOf(note.replace('{1-\\beta_1^t}', '{1-\\beta_2^t}'), '\\hat{m}_t =')).verdict).not.toBe('holds');
    const planted = '# Adam\n\n$$\\theta_{t+1} = \\theta_t - \\frac{\\eta}{\\hat{v}_t + \\epsilon} \\hat{m}_t$$\n';
    expect((await verdictOf(planted, 'theta')).verdict).toBe('fails');
  });

  it('holds the initialisations their name means and fails a halved or unrooted one', async () => {
    // The variance line of a public deep-learning summary note (code index excerpt, repository not recorded), verbatim.
    const xavier = '### Xavier/Glorot\n\nMaintains variance: $\\text{Var}(W) = \\frac{2}{n_{in} + n_{out}}$\n';
    expect(await verdictOf(xavier, 'Var')).toMatchObject({ verdict: 'holds', reading: expect.stringMatching(/Xavier initialisation's variance/) });
    // Planted slips of the same line: He's 2/n written 1/n, Xavier's bound without its root.
    const he = '### He Initialization\n\nFor ReLU: $\\text{Var}(W) = \\frac{1}{n_{in}}$\n';
    expect(await verdictOf(he, 'Var')).toMatchObject({ verdict: 'fails', reading: expect.stringMatching(/He initialisation's variance is 2\/n_in; this is half of it/) });
    const bound = '### Xavier/Glorot\n\nUniform limit: $a = \\frac{6}{n_{in} + n_{out}}$\n';
    expect((await verdictOf(bound, 'a =')).reading).toMatch(/√\(6\/\(n_in \+ n_out\)\); this is it without its square root/);
    // Near misses: LeCun's 1/n where LeCun is named with He; He's fan-out mode; the pronoun "he".
    expect((await verdictOf('LeCun and He initialisation:\n\n$$\\sigma^2 = \\frac{1}{n_{in}}$$\n', 'sigma')).verdict).toBe('holds');
    expect((await verdictOf('He initialization, fan-out mode:\n\n$$\\sigma^2 = \\frac{2}{n_{out}}$$\n', 'sigma')).verdict).toBe('holds');
    expect((await verdictOf('Then he sets\n\n$$\\sigma^2 = \\frac{1}{n_{in}}$$\n', 'sigma')).verdict).not.toBe('fails');
  });
});

