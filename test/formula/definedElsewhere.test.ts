/**
 * Derivatives of functions the note defined in an earlier formula under a name written with a command — a loss or
 * log-likelihood `\ell(p)`, a Lagrangian or loss `\mathcal{L}(…)` — and the operator written before the call,
 * `\frac{\partial}{\partial x} \mathcal{L}(\lambda, x, y)` (identity/definedLetterNames.ts, evaluate/partials.ts
 * `definedCallAfter`). The excerpts are from public study notes, each named; the planted slips change one term.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';
import { definedLetterCommandsAsLetters } from '../../src/core/formula/identity/definedLetterNames';

async function verdicts(note: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const report of await judgeNote(note)) for (const claim of report.claims) out.set(`${claim.left.source} = ${claim.right.source}`.replace(/\s+/g, ' '), claim.verdict);
  return out;
}

// kk-engineer/robosathi, content/en/docs/maths/calculus/optimization.md: the Lagrangian of "closest point of the line
// 2x + 3y = 13 to the origin", then its partial derivatives, which the note writes as `=> 2x - 2\lambda = 0` rows
// (the sentence between them, "Take the derivative and equate it to zero.", makes them equations: tested last).
const LAGRANGIAN = String.raw`**Lagragian** function =

$$
\mathcal{L}(\lambda, x, y) = x^2+y^2 - \lambda(2x + 3y - 13)
$$

$$
\frac{\partial}{\partial x} \mathcal{L}(\lambda, x, y) = 2x - 2\lambda
$$

$$
\frac{\partial}{\partial y} \mathcal{L}(\lambda, x, y) = 2y - 3\lambda
$$

$$
\frac{\partial}{\partial \lambda} \mathcal{L}(\lambda, x, y) = -2x -3y + 13
$$
`;

describe('a Lagrangian written \\mathcal{L}, differentiated by the operator before its call', () => {
  it('kk-engineer/robosathi: the three stationarity conditions hold', async () => {
    const v = await verdicts(LAGRANGIAN);
    expect(v.get(String.raw`\frac{\partial}{\partial x} \mathcal{L}(\lambda, x, y) = 2x - 2\lambda`)).toBe('holds');
    expect(v.get(String.raw`\frac{\partial}{\partial y} \mathcal{L}(\lambda, x, y) = 2y - 3\lambda`)).toBe('holds');
    expect(v.get(String.raw`\frac{\partial}{\partial \lambda} \mathcal{L}(\lambda, x, y) = -2x -3y + 13`)).toBe('holds');
  });

  it('planted: the constraint coefficient dropped from ∂L/∂y fails', async () => {
    const v = await verdicts(LAGRANGIAN.replace('2y - 3\\lambda', '2y - 2\\lambda'));
    expect(v.get(String.raw`\frac{\partial}{\partial y} \mathcal{L}(\lambda, x, y) = 2y - 2\lambda`)).toBe('fails');
  });

  it('planted: a Leibniz fraction of \\mathcal{L} with the sign of the multiplier term flipped fails', async () => {
    const note = `${LAGRANGIAN}\n$$\\frac{\\partial \\mathcal{L}}{\\partial x} = 2x + 2\\lambda$$\n`;
    const v = await verdicts(note);
    expect(v.get(String.raw`\frac{\partial \mathcal{L}}{\partial x} = 2x + 2\lambda`)).toBe('fails');
  });

  it('near miss: \\mathcal{L} defined twice only confirms: the first one\'s derivative after the second is not failed', async () => {
    const note = `${LAGRANGIAN}\n$$\\mathcal{L}(\\lambda, x, y) = x^2 + y^2 + \\lambda(x + y - 1)$$\n\n$$\\frac{\\partial \\mathcal{L}}{\\partial x} = 2x - 2\\lambda$$\n`;
    const v = await verdicts(note);
    expect(v.get(String.raw`\frac{\partial \mathcal{L}}{\partial x} = 2x - 2\lambda`)).not.toBe('fails');
  });

  it('near miss: after "Take the derivative and equate it to zero." the rows are equations, and the slip is left undecided', async () => {
    const note = LAGRANGIAN.replace('$$\n\\frac{\\partial}{\\partial x}', () => 'Take the derivative and equate it to zero.\n\n$$\n\\frac{\\partial}{\\partial x}').replace('2y - 3\\lambda', '2y - 2\\lambda');
    expect(note).toContain('equate it to zero');
    const v = await verdicts(note);
    expect(v.get(String.raw`\frac{\partial}{\partial y} \mathcal{L}(\lambda, x, y) = 2y - 2\lambda`)).toBe('none');
  });
});

// JoKerDii/machine-learning-notes, docs/Unit3/lec8_9.md: "Now let the loss function to be $\mathcal{L}(y, f_ L) = (y - f_ L)^2.$",
// whose derivative by the last layer's output is the last factor of the note's answer, `(2(f_ L - y))`.
const SQUARED_LOSS = String.raw`> Now let the loss function to be $\mathcal{L}(y, f_ L) = (y - f_ L)^2.$ Compute

$$\frac{\partial \mathcal{L}}{\partial f_L} = 2(f_L - y)$$
`;

describe('a loss written \\mathcal{L} in prose, differentiated in a display after it', () => {
  it('JoKerDii/machine-learning-notes: ∂L/∂f_L = 2(f_L − y) holds', async () => {
    const v = await verdicts(SQUARED_LOSS);
    expect(v.get(String.raw`\frac{\partial \mathcal{L}}{\partial f_L} = 2(f_L - y)`)).toBe('holds');
  });

  it('planted: the sign slip is not called holds', async () => {
    const v = await verdicts(SQUARED_LOSS.replace('2(f_L - y)', '2(y - f_L)'));
    expect(v.get(String.raw`\frac{\partial \mathcal{L}}{\partial f_L} = 2(y - f_L)`)).not.toBe('holds');
  });
});

// hguangshuai/lingying, ML_fundamental/mle_derivation_p.md (binomial case): the log-likelihood named \ell, with the
// count k and the trials n as letters of its body (an open definition: it may confirm, never refute).
const BINOMIAL = String.raw`**Step 1: Likelihood**
$$L(p) = \binom{n}{k} p^k (1-p)^{n-k}$$

**Step 2: Log-Likelihood**
$$\ell(p) = \ln \binom{n}{k} + k \ln(p) + (n-k) \ln(1-p)$$
`;

describe('a log-likelihood written \\ell', () => {
  it('hguangshuai/lingying: the score with the binomial coefficient is never failed, its slip never holds', async () => {
    const right = await verdicts(`${BINOMIAL}\n**Step 3: Derivative**\n$$\\frac{d\\ell}{dp} = \\frac{k}{p} - \\frac{n-k}{1-p}$$\n`);
    expect(right.get(String.raw`\frac{d\ell}{dp} = \frac{k}{p} - \frac{n-k}{1-p}`)).not.toBe('fails');
    const slip = await verdicts(`${BINOMIAL}\n**Step 3: Derivative**\n$$\\frac{d\\ell}{dp} = \\frac{k}{p} + \\frac{n-k}{1-p}$$\n`);
    expect(slip.get(String.raw`\frac{d\ell}{dp} = \frac{k}{p} + \frac{n-k}{1-p}`)).not.toBe('holds');
  });

  it('the Bernoulli score k/p − (n−k)/(1−p) of ℓ(p) = k ln p + (n−k) ln(1−p) holds, and with the sign slipped is not called holds', async () => {
    const note = (score: string) => String.raw`$$\ell(p) = k\ln p + (n-k)\ln(1-p)$$

$$\frac{d\ell}{dp} = ${score}$$
`;
    expect((await verdicts(note(String.raw`\frac{k}{p} - \frac{n-k}{1-p}`))).get(String.raw`\frac{d\ell}{dp} = \frac{k}{p} - \frac{n-k}{1-p}`)).toBe('holds');
    expect((await verdicts(note(String.raw`\frac{k}{p} + \frac{n-k}{1-p}`))).get(String.raw`\frac{d\ell}{dp} = \frac{k}{p} + \frac{n-k}{1-p}`)).not.toBe('holds');
  });

  it('planted: ℓ with numbers only (a closed definition) refutes a dropped factor', async () => {
    const note = String.raw`$$\ell(p) = 3\ln p + 2\ln(1-p)$$

$$\frac{d\ell}{dp} = \frac{3}{p} - \frac{1}{1-p}$$
`;
    expect((await verdicts(note)).get(String.raw`\frac{d\ell}{dp} = \frac{3}{p} - \frac{1}{1-p}`)).toBe('fails');
  });
});

describe('what stays as it was', () => {
  it('\\ell and \\mathcal letters the note never defines are left as written', () => {
    expect(definedLetterCommandsAsLetters(String.raw`\mathcal{N}(0, 1) + \ell`, () => false)).toBe(String.raw`\mathcal{N}(0, 1) + \ell`);
    expect(definedLetterCommandsAsLetters(String.raw`\frac{d\mathcal{L}}{d\mu} + \ell(p)`, (n) => n === 'L_calligraphic' || n === 'ell')).toBe(String.raw`\frac{d L }{d\mu} +  l (p)`);
  });

  it('an undefined \\mathcal{N}(0,1) compared with a number stays undecided', async () => {
    const v = await verdicts(String.raw`Let $\mathcal{N}(0,1) = 3$ be the score.`);
    expect(v.get(String.raw`\mathcal{N}(0,1) = 3`)).toBe('none');
  });

  it('the operator before a name the note did not define as a function is not read as its derivative', async () => {
    const v = await verdicts(String.raw`$$\frac{\partial}{\partial t} u(x, t) = 2u$$`);
    expect(v.get(String.raw`\frac{\partial}{\partial t} u(x, t) = 2u`)).toBe('none');
  });
});

describe('a prime on a subscripted or decorated function name', () => {
  // The shape of calculus notes that number or decorate their functions (`f_1(x) = x^3`, then `f_1'(x) = 3x^2`;
  // a fitted `\hat{f}(x)`), which the engine reads as ["Derivative", name] rather than f'(x)'s ["Prime", "f"].
  const note = (claim: string) => String.raw`$$f_1(x) = x^3$$

$$\hat{f}(x) = 3x^2 + 2x$$

$$${claim}$$
`;

  it("f_1'(x) = 3x^2 and \\hat{f}'(x) = 6x + 2 hold", async () => {
    expect((await verdicts(note(String.raw`f_1'(x) = 3x^2`))).get(String.raw`f_1'(x) = 3x^2`)).toBe('holds');
    expect((await verdicts(note(String.raw`\hat{f}'(x) = 6x + 2`))).get(String.raw`\hat{f}'(x) = 6x + 2`)).toBe('holds');
  });

  it('planted: the power not lowered, the constant term dropped, fail', async () => {
    expect((await verdicts(note(String.raw`f_1'(x) = 3x^3`))).get(String.raw`f_1'(x) = 3x^3`)).toBe('fails');
    expect((await verdicts(note(String.raw`\hat{f}'(x) = 6x`))).get(String.raw`\hat{f}'(x) = 6x`)).toBe('fails');
  });

  it('near miss: a prime on a subscripted name the note never defined is not read as the plain name\'s derivative', async () => {
    const v = await verdicts(String.raw`$$f(x) = x^2$$

$$f_1'(x) = 5$$
`);
    expect(v.get(String.raw`f_1'(x) = 5`)).toBe('none');
  });
});
