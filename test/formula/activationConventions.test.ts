import { describe, expect, it } from 'vitest';
import { firstClaimOf } from '../support/judging';

const verdictOf = firstClaimOf;

/** bapixiaobb/ai-learning-notes, Artificial Intelligence/Transformer/SiLU.md (verbatim opening). */
const BAPIXIAOBB_SILU = [
  '一种 elementwise [Activation Function](<../Neural%20Networks/Activation%20Function.md>)',
  '```math',
  '\\mathrm{SiLU}(x) = x \\cdot \\sigma(x)',
  '```',
  '其中 $\\sigma(x)$ 是 Sigmoid：',
  '',
].join('\n');

/** CaoJiahao2/deep-learning-notes, docs/architectures/transformer.md line 182 (verbatim). */
const CAOJIAHAO_SWISH = '其中 $\\text{Swish}(x) = x\\sigma(x)$，$\\odot$ 为逐元素乘。相比 ReLU FFN，GLU 变体在相近参数量下通常在语言建模上更优。\n';

/** DuskNgai/Paper-Notes, "2024 Scaling Rectified Flow Transformers…" (verbatim). */
const DUSKNGAI_LOGIT = ['因此 SD3 选择使用 Logit-Normal 分布：', '其中：', '$$', '\\text{logit}(t) = \\log\\frac{t}{1 - t}', '$$', ''].join('\n');

/** kk-engineer/robosathi, content/en/docs/deep_learning/activation_function.md (verbatim prose; the formula as written, then planted). */
const ROBOSATHI_TANH = (formula: string) => [
  'A mathematical function with a S-shaped curve that maps any real-valued number into a range between -1 and 1. <br>',
  'It is zero-centered, making it more effective than the sigmoid function for hidden layers in neural networks.',
  '',
  `$$${formula}$$`,
  '',
].join('\n');

/** SherryS997/BS-Degree-Course-Notes, pages/DL_Week07.md, "Derivative of Sigmoid Function" (verbatim; then planted). */
const SHERRY_SIGMOID = (formula: string) => [
  '**Derivative of Sigmoid Function**',
  '',
  'The derivative of the sigmoid function is given by:',
  '',
  `$$${formula}$$`,
  '',
  'The derivative of the sigmoid function is used in backpropagation to compute the gradients of the loss function with respect to the model parameters.',
  '',
].join('\n');

/** SherryS997/BS-Degree-Course-Notes, pages/DL_Week07.md, "Leaky ReLU Function" (verbatim but the slope). */
const SHERRY_LEAKY = (formula: string) => [
  '### Leaky ReLU Function',
  '',
  'The Leaky ReLU function, denoted by $\\text{LeakyReLU}(x)$, is a variant of the ReLU function that allows a small fraction of the input to pass through even when the input is negative. It is defined as:',
  '',
  `$$${formula}$$`,
  '',
].join('\n');

describe('named activations and their equivalent forms', () => {
  it('holds for SiLU, Swish and the logit as the notes define them', async () => {
    expect((await verdictOf(BAPIXIAOBB_SILU, 'SiLU')).verdict).toBe('holds');
    expect((await verdictOf(CAOJIAHAO_SWISH, 'Swish')).verdict).toBe('holds');
    expect((await verdictOf(DUSKNGAI_LOGIT, 'logit')).verdict).toBe('holds');
  });

  it('holds for tanh = 2σ(2x) − 1 and fails the planted 2σ(x) − 1 where the note speaks of the sigmoid', async () => {
    expect((await verdictOf(ROBOSATHI_TANH('\\tanh(x) = 2\\sigma(2x) - 1'), 'tanh')).verdict).toBe('holds');
    const planted = await verdictOf(ROBOSATHI_TANH('\\tanh(x) = 2\\sigma(x) - 1'), 'tanh');
    expect(planted.verdict).toBe('fails');
    expect(planted.reading).toContain('logistic sigmoid');
  });

  it("fails σ' = σ(1 + σ) and holds σ' = σ(1 − σ) under the sigmoid's heading", async () => {
    expect((await verdictOf(SHERRY_SIGMOID("\\sigma'(x) = \\sigma(x) (1 - \\sigma(x))"), 'sigma')).verdict).toBe('holds');
    expect((await verdictOf(SHERRY_SIGMOID("\\sigma'(x) = \\sigma(x) (1 + \\sigma(x))"), 'sigma')).verdict).toBe('fails');
  });

  it("holds LeakyReLU with Keras's slope 0.2 as well as PyTorch's 0.01", async () => {
    const keras = await verdictOf(SHERRY_LEAKY('\\text{LeakyReLU}(x) = \\max(0.2x, x)'), 'max');
    expect(keras.verdict).toBe('holds');
    expect(keras.reading).toContain('slope 0.2');
    expect((await verdictOf(SHERRY_LEAKY('\\text{LeakyReLU}(x) = \\max(0.01x, x)'), 'max')).verdict).toBe('holds');
  });

  it('fails a value of ReLU off by far and holds the right one', async () => {
    expect((await verdictOf('ReLU clips negatives: $\\mathrm{ReLU}(-3) = -3$.\n', 'ReLU')).verdict).toBe('fails');
    expect((await verdictOf('ReLU clips negatives: $\\mathrm{ReLU}(-3) = 0$.\n', 'ReLU')).verdict).toBe('holds');
  });

  it('keeps a note’s own definition of a named function (no fail)', async () => {
    expect((await verdictOf(BAPIXIAOBB_SILU.replace('x \\cdot \\sigma(x)', 'x \\cdot \\sigma(2x)'), 'SiLU')).verdict).toBe('none');
  });

  it('never fails σ where the note does not say sigmoid, nor an inverse written as a power −1', async () => {
    // Without the word "sigmoid", σ may be a noise schedule or a spectrum: the planted slip stays undecided.
    expect((await verdictOf('A relation:\n\n$$\\tanh(x) = 2\\sigma(x) - 1$$\n', 'tanh')).verdict).toBe('none');
    // DuskNgai/Paper-Notes, "2020 Score-based Generative Modeling Through SDEs": σ is the noise scale.
    expect((await verdictOf('The noise scale starts at zero, $\\sigma(0) = 0$.\n', 'sigma(0)')).verdict).not.toBe('fails');
    // phlippe/uvadlc_notebooks, normalizing flows (verbatim): the inverse of the sigmoid, written σ(z)^{-1}.
    const uvadlc = 'This is done by scaling $x+u$ between $0$ and $1$, and applying the invert of the sigmoid function $\\sigma(z)^{-1} = \\log z - \\log 1-z$. If we would not do this, we would face two problems: \n';
    expect((await verdictOf(uvadlc, 'log z')).verdict).not.toBe('fails');
  });
});
