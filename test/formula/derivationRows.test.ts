/**
 * Rows of symbolic derivations in course notes: a log-likelihood's `\log\prod = \sum\log`, sums over samples
 * `y^{(i)}`, square brackets that only group, σ the standard deviation beside σ the sigmoid, and points drawn
 * in (0, 1) for probabilities (elidedSums.ts, sigmaAsVariable.ts, identity.ts, preprocess.ts). The real rows are
 * quoted from newfacade/machine-learning-notes (03_logistic_regression.ipynb, 02_linear_regression.ipynb) and
 * D2L (kaggle-house-price.md); each has a really wrong variant that must not hold. The wrong variants were
 * differ at a sample point (python3, n = 2, h = (0.3, 0.6), y = (1, 0): log 0.3 + log 0.4 = −2.1203, the
 * right side with its weight 1 − y also −2.1203, without the weight −2.4769).
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';
import { writtenOut } from '../../src/core/formula/identity/elidedSums';
import { rewriteBracketPowers } from '../../src/core/formula/read/preprocess';
import { innerProductsAsScalars } from '../../src/core/formula/identity/innerProducts';

const verdict = async (latex: string) => (await judgeFormula(latex)).verdict;

/** newfacade-ml-notes, 03_logistic_regression.ipynb: the log-likelihood of logistic regression. */
const LOGISTIC_LIKELIHOOD = String.raw`\begin{equation}
\begin{split}
L(\theta) &= log\prod_{i=1}^{n} \left [ h_{\theta}(x^{(i)}) \right ]^{y^{(i)}}\left [ 1 - h_{\theta}(x^{(i)}) \right ]^{1 - y^{(i)}} \\
&= \sum_{i=1}^{n}\left [y^{(i)}log\ h_{\theta}(x^{(i)}) + (1 - y^{(i)})log(1 - h_{\theta}(x^{(i)})) \right ]
\end{split}
\end{equation}`;

describe('rows of symbolic derivations', () => {
  it('decides the logistic log-likelihood row (log of a product over samples, brackets that group)', async () => {
    expect(await verdict(LOGISTIC_LIKELIHOOD)).toBe('holds');
    // The weight 1 - y on the second log dropped: not a log-likelihood any more.
    expect(await verdict(LOGISTIC_LIKELIHOOD.replace('(1 - y^{(i)})log', 'log'))).not.toBe('holds');
  });

  it('writes a product out as a product, and a sample label as a name of its own (never a power)', () => {
    expect(writtenOut(['\\log\\prod_{i=1}^{n} x_i + c', '\\sum_{i=1}^{n} y^{(i)}'], 2)?.sides).toEqual([
      '\\log((x_{1}) \\cdot (x_{2})) + c',
      '((y_{\\#1}) + (y_{\\#2}))',
    ]);
    expect(writtenOut(['\\sum_{i=1}^{n} x_j^{(i)}', 'a'], 2)?.sides[0]).toBe('((x_{j\\#1}) + (x_{j\\#2}))');
    // A term that binds the index again holds a sum of its own, outside the first one's body.
    expect(writtenOut(['\\sum_{i=1}^{n} x_i \\log p + (n - \\sum_{i=1}^n x_i)\\log(1-p)', 'a'], 2)?.sides[0]).toBe(
      '((x_{1} \\log p) + (x_{2} \\log p)) + ((2) - ((x_{1}) + (x_{2})))\\log(1-p)',
    );
  });

  it('decides the Bernoulli log-likelihood and its wrong variants', async () => {
    const bernoulli = '\\log \\prod_{i=1}^{n} p^{x_i}(1-p)^{1-x_i} = \\sum_{i=1}^{n} x_i \\log p + (n - \\sum_{i=1}^n x_i)\\log(1-p)';
    expect(await verdict(bernoulli)).toBe('holds');
    expect(await verdict(bernoulli.replace('(n - ', '(1 - '))).not.toBe('holds');
    expect(await verdict('\\log\\prod_{i=1}^{n} x_i = \\sum_{i=1}^{n}\\log x_i')).toBe('holds');
    expect(await verdict('\\log\\prod_{i=1}^{n} x_i = \\sum_{i=1}^{n} x_i')).not.toBe('holds');
  });

  it('a written-out product may confirm, never refute (whether a factor after it is inside is a guess)', async () => {
    expect(await verdict('\\prod_{i=1}^{n} x_i c = c\\prod_{i=1}^{n} x_i')).not.toBe('fails');
  });

  it('reads σ never applied as the standard deviation: a Gaussian log-density row holds, a wrong one does not', async () => {
    const row = '\\sum_{i=1}^{n}\\log\\frac{1}{\\sqrt{2\\pi}\\sigma}\\exp\\left(-\\frac{(y^{(i)} - w x^{(i)})^{2}}{2\\sigma^{2}}\\right) = n\\log\\frac{1}{\\sqrt{2\\pi}\\sigma} - \\frac{1}{2\\sigma^{2}}\\sum_{i=1}^{n}(y^{(i)} - w x^{(i)})^{2}';
    expect(await verdict(row)).toBe('holds');
    expect(await verdict(row.replace('\\frac{1}{2\\sigma^{2}}\\sum', '\\frac{1}{\\sigma^{2}}\\sum'))).not.toBe('holds');
    // σ as a number may confirm, never refute: `\sigma z` may be the sigmoid written without brackets.
    expect(await verdict('\\frac{d}{dz}\\sigma z = \\sigma z (1 - \\sigma z)')).not.toBe('fails');
    // σ applied is still the sigmoid.
    expect(await verdict('\\sigma(-x) = 1 - \\sigma(x)')).toBe('holds');
  });

  it('reads an inner product θᵀx⁽ⁱ⁾ as one number per sample (newfacade-ml-notes, 02_linear_regression.ipynb)', async () => {
    // The last row of the Gaussian log-likelihood, quoted.
    const row = String.raw`\sum_{i=1}^{n}log\frac{1}{\sqrt{2\pi}\sigma}exp\left ( -\frac{(y^{(i)} - \theta^{T}x^{(i)})^{2}}{2\sigma^{2}}\right) = n\ log\frac{1}{\sqrt{2\pi}\sigma} - \frac{1}{2\sigma^{2}}\sum_{i=1}^{n}(y^{(i)} - \theta^{T}x^{(i)})^{2}`;
    expect(await verdict(row)).toBe('holds');
    expect(await verdict(row.replace('\\frac{1}{2\\sigma^{2}}\\sum', '\\frac{1}{\\sigma^{2}}\\sum'))).not.toBe('holds');
    // An entry x_j of a sample beside θᵀx is a number of its own in a step of algebra; a derivative by θ_j is not read so.
    expect(await verdict('\\sum_{i=1}^{n}(\\sigma(\\theta^{T}x^{(i)}) - y^{(i)})x_{j}^{(i)} = \\sum_{i=1}^{n}x_{j}^{(i)}\\sigma(\\theta^{T}x^{(i)}) - \\sum_{i=1}^{n}y^{(i)}x_{j}^{(i)}')).toBe('holds');
    expect(innerProductsAsScalars(['\\frac{\\partial}{\\partial \\theta_j}\\theta^{T}x_{\\#1}', 'x_{j\\#1}'])).toBeNull();
    expect(innerProductsAsScalars(['\\theta^{T}x_{\\#1} + x^{T}_{\\#1}\\theta', '2\\theta^\\top x_{\\#1}'])).toBeNull();
    expect(innerProductsAsScalars(['\\theta^{T}x_{\\#1} + x_{\\#1}^{T}\\theta', '2\\theta^\\top x_{\\#1}'])).toEqual([' q_{\\#\\#1}  +  q_{\\#\\#1} ', '2 q_{\\#\\#1} ']);
    // θ also outside an inner product is a vector: nothing is read. A wrong row with inner products never fails (confirm only).
    expect(await verdict('\\sum_{i=1}^{n}(\\theta^{T}x^{(i)})^2 = \\sum_{i=1}^{n}\\theta^{T}x^{(i)} + \\theta')).toBe('none');
    expect(await verdict('\\sum_{i=1}^{n}(y^{(i)} - \\theta^{T}x^{(i)})^{2} = \\sum_{i=1}^{n}(y^{(i)} + \\theta^{T}x^{(i)})^{2}')).toBe('none');
  });

  it('confirms the D2L standardisation rows with σ a number (kaggle-house-price.md)', async () => {
    const note = '$$E[(x-\\mu)^2] = (\\sigma^2 + \\mu^2) - 2\\mu^2+\\mu^2 = \\sigma^2$$\n';
    const [report] = await judgeNote(note);
    expect(report!.verdict).toBe('holds');
    const [wrong] = await judgeNote(note.replace('+\\mu^2 = ', '-\\mu^2 = '));
    expect(wrong!.verdict).not.toBe('holds');
  });

  it('reads brackets raised to powers as groups, also after a sizing command and after another such power', () => {
    expect(rewriteBracketPowers('\\left [ h \\right ]^{y}\\left [ 1 - h \\right ]^{1 - y}')).toBe('\\left ( h \\right )^{y}\\left ( 1 - h \\right )^{1 - y}');
    // An expectation keeps its bracket.
    expect(rewriteBracketPowers('\\mathbb{E}\\left[X\\right]^2')).toBe('\\mathbb{E}\\left[X\\right]^2');
  });
});
