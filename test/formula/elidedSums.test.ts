/**
 * Sums written out at n = 2 and 3 (elidedSums.ts). The corpus formulas are
 * machine-learning-basics (b put inside the sum over j: with d = 3, b = 1,
 * w·x = 2, python3 gives 3·1 + 2 = 5 vs 1 + 2 = 3) and deeplearningbook-notes
 * (‖u‖₂ written for the squared norm: u = (3, 4) gives 5 vs 25). The variants
 * check what holds, and the doubts that leave a claim undecided.
 */
import { describe, expect, it } from 'vitest';
import { analyzeNote } from '../../src/core/formula';
import { SUMS_READING, writtenOut } from '../../src/core/formula/identity/elidedSums';
import { topLevelTerms } from '../../src/core/formula/read/latexTerms';

const display = (f: string) => `$$\n${f}\n$$\n`;
/** The verdicts of the last formula's claims. */
const claimVerdicts = async (text: string) => (await analyzeNote(text, { timeLimitMs: 4_000 })).at(-1)!.claims.map((c) => c.verdict);

describe('writing sums out', () => {
  it('splits a side into its top-level terms, keeping signs after operators and brackets whole', () => {
    expect(topLevelTerms('a - b_{i+1} + (c - d)\\cdot -e')).toEqual([
      { sign: '', text: 'a' },
      { sign: '-', text: 'b_{i+1}' },
      { sign: '+', text: '(c - d)\\cdot -e' },
    ]);
    expect(topLevelTerms('(a + b')).toBeUndefined();
    // A final backslash (a line break cut short) is read, not a crash.
    expect(topLevelTerms('a + b \\')).toEqual([{ sign: '', text: 'a' }, { sign: '+', text: 'b \\' }]);
  });

  it('writes out a run, a sum over the terms that use its index, a norm and a sample label', () => {
    expect(writtenOut(['b + w_1 x_1^{(i)} + w_2 x_2^{(i)} + ... + w_d x_d^{(i)}', '\\sum_{j=1}^{d} b + w_j x_j^{(i)}'], 2)?.sides).toEqual([
      'b + (w_{1} x_{1} + w_{2} x_{2})',
      '((b + w_{1} x_{1}) + (b + w_{2} x_{2}))',
    ]);
    expect(writtenOut(['\\norm{u}_2', 'u_1^2+u_2^2+\\cdots+u_n^2'], 3)?.sides).toEqual(['\\sqrt{u_{1}^2 + u_{2}^2 + u_{3}^2}', '(u_{1}^2 + u_{2}^2 + u_{3}^2)']);
    // A term after the sum without its index stays outside; the bound letter elsewhere takes the size.
    expect(writtenOut(['\\frac{1}{n}\\sum_{i=1}^{n} x_i + c', 'm'], 2)?.sides[0]).toBe('\\frac{1}{(2)}((x_{1}) + (x_{2})) + c');
  });

  it('leaves alone what it does not read', () => {
    expect(writtenOut(['\\sum_{i=1}^{n} x_{ij}', 'y'], 2)).toBeUndefined();
    expect(writtenOut(['x_1 + x_3 + \\cdots + x_n', 'y'], 2)).toBeUndefined();
    expect(writtenOut(['x_1 - x_2 - \\cdots - x_n', 'y'], 2)).toBeUndefined();
    // Two sample labels, or a name written with and without one.
    expect(writtenOut(['\\sum_{j=1}^{d} x_j^{(i)} y_j^{(k)}', 'z'], 2)).toBeUndefined();
    expect(writtenOut(['\\sum_{j=1}^{d} x_j^{(i)} + x', 'z'], 2)).toBeUndefined();
  });
});

describe('claims with sums written out', () => {
  it('b inside the sum over j fails; the row with b outside holds', async () => {
    const rows = String.raw`\begin{split}
y^{(i)} &= b + w_1 x_1^{(i)} + w_2 x_2^{(i)} + ... + w_d x_d^{(i)} \\
&= \sum_{j=1}^{d} b + w_j x_j^{(i)} \\
&= \pmb{w}^T \pmb{x}^{(i)} + b
\end{split}`;
    const [report] = await analyzeNote(display(rows), { timeLimitMs: 4_000 });
    const step = report!.claims[1]!;
    expect(step.verdict).toBe('fails');
    expect(step.reading).toBe(SUMS_READING);
    // An independent evaluation at the counter-example: b + Σ w_j x_j against Σ (b + w_j x_j), at n = 2.
    const at = step.identity!.counterexample!.at;
    expect(step.identity!.counterexample!.left).toBeCloseTo(at.b! + at.w_1! * at.x_1! + at.w_2! * at.x_2!, 9);
    expect(step.identity!.counterexample!.right).toBeCloseTo(2 * at.b! + at.w_1! * at.x_1! + at.w_2! * at.x_2!, 9);
    expect(await claimVerdicts(display('b + w_1 x_1 + w_2 x_2 + \\cdots + w_d x_d = b + \\sum_{j=1}^{d} w_j x_j'))).toEqual(['holds']);
  });

  it('the L2 norm is not the sum of squares; its square is', async () => {
    expect(await claimVerdicts(display('\\norm{u}_2 = u_1^2+u_2^2+\\cdots+u_n^2'))).toEqual(['fails']);
    expect(await claimVerdicts(display('\\|u\\|_2^2 = u_1^2+u_2^2+\\cdots+u_n^2'))).toEqual(['holds']);
    expect(await claimVerdicts(display('\\lVert u \\rVert_2 = \\sqrt{u_1^2+u_2^2+\\cdots+u_n^2}'))).toEqual(['holds']);
  });

  it('laws of sums hold, a square of a sum is not the sum of squares', async () => {
    expect(await claimVerdicts(display('\\sum_{i=1}^{n} (x_i + y_i) = \\sum_{i=1}^{n} x_i + \\sum_{i=1}^{n} y_i'))).toEqual(['holds']);
    expect(await claimVerdicts(display('\\sum_{i=1}^{n} c x_i = c \\sum_{i=1}^{n} x_i'))).toEqual(['holds']);
    expect(await claimVerdicts(display('\\sum_{i=1}^{n} x_i^2 = \\left(\\sum_{i=1}^{n} x_i\\right)^2'))).toEqual(['fails']);
  });

  it('a written-out claim the engine refuses is left as it was (luweiagi/machine-learning-notes, TF-IDF)', async () => {
    const text = String.raw`$$
q(w_i)=\frac{n_iD(w_i)}{mD}
$$

$$
p'(w_i)=\frac{n_i}{m}
$$

$$
\begin{aligned}
D_{KL}(p'||q)&=\sum_{i=1}^kp'(w_i)\text{log}_2\frac{p'(w_i)}{q(w_i)}\\
&=\sum_{i=1}^k\frac{n_i}{m}\text{log}_2\frac{n_i/m}{n_iD(w_i)/mD}\\
&=\sum_{i=1}^k\frac{n_i}{m}\text{log}_2\frac{1}{D(w_i)/D}\\
\end{aligned}
$$
`;
    expect(await claimVerdicts(text)).not.toContain('fails');
  });

  it('doubts: a term on one side only, a size the note gave (n = 1 makes it hold), i left', async () => {
    // x_0 only on the left: an equation, not an identity (the scalar check's own doubt).
    expect(await claimVerdicts(display('x_0 + x_1 + \\cdots + x_n = \\sum_{i=1}^{n} x_i'))).not.toContain('fails');
    const wrong = '\\sum_{i=1}^{n} x_i^2 = \\left(\\sum_{i=1}^{n} x_i\\right)^2';
    expect(await claimVerdicts(`With $n = 1$:\n\n${display(wrong)}`)).not.toContain('fails');
    // luweiagi/machine-learning-notes, softmax: with η_k = 0 set earlier, 1 = e^{η_k}; without it the claim fails.
    const softmax = '\\frac{1}{\\sum_{j=1}^ke^{\\eta_j}}=\\frac{e^{\\eta_k}}{\\sum_{j=1}^ke^{\\eta_j}}';
    expect(await claimVerdicts(display(softmax))).toEqual(['fails']);
    expect(await claimVerdicts(display('\\eta_k=\\text{log}\\frac{\\phi_k}{\\phi_k}=0') + display(softmax))).not.toContain('fails');
    expect(await claimVerdicts(display('\\sum_{k=1}^{n} i x_k^2 = i \\left(\\sum_{k=1}^{n} x_k\\right)^2'))).not.toContain('fails');
  });
});
