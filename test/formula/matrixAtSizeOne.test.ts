/**
 * Bold matrix and vector claims read at size 1 (matrixAtSizeOne.ts): a law of
 * matrices holds for 1×1 matrices too, so a step that fails with numbers fails.
 * The first derivation is deeplearningbook-notes (test/corpus), 2.4 Linear
 * Dependence and Span: A(1 − αy) is not Ay(1 − α) — with A = 2, y = 3, α = 0.5
 * (python3): 2·(1 − 1.5) = −1 vs 2·3·0.5 = 3. The variants check the doubts.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';
import { SIZE_ONE_READING } from '../../src/core/formula/matrices/matrixAtSizeOne';

const display = (f: string) => `$$\n${f}\n$$\n`;
/** The verdicts of the last formula's claims. */
const claimVerdicts = async (text: string) => (await judgeNote(text)).at(-1)!.claims.map((c) => c.verdict);

const SPAN = String.raw`\begin{align*}
\bs{Az}&=\bs{A}(\alpha x + (1-\alpha y))\\
    &=\bs{Ax}\alpha + \bs{A}(1-\alpha y)\\
    &=\bs{Ax}\alpha + \bs{Ay}(1-\alpha)
\end{align*}`;

describe('bold claims read with every matrix and vector a number', () => {
  it('the misplaced parenthesis of a derivation fails, its right steps do not', async () => {
    const [report] = await judgeNote(display(SPAN));
    expect(report!.claims.map((c) => c.verdict)).toEqual(['none', 'none', 'fails']);
    const step = report!.claims[2]!;
    expect(step.reading).toBe(SIZE_ONE_READING);
    const at = step.identity!.counterexample!.at;
    // An independent evaluation at the counter-example: A(1 − αy) against Ay(1 − α).
    expect(step.identity!.counterexample!.left).toBeCloseTo(at.A! * at.x! * at.alpha! + at.A! * (1 - at.alpha! * at.y!), 12);
    expect(step.identity!.counterexample!.right).toBeCloseTo(at.A! * at.x! * at.alpha! + at.A! * at.y! * (1 - at.alpha!), 12);
  });

  it('the same step written right is not refuted, in \\bs, \\mathbf and \\boldsymbol', async () => {
    expect(await claimVerdicts(display(String.raw`\bs{A}(1-\alpha)\bs{y} = \bs{Ay}(1-\alpha)`))).not.toContain('fails');
    expect(await claimVerdicts(display(String.raw`\mathbf{A}(1-\alpha \mathbf{y}) = \mathbf{A}\mathbf{y}(1-\alpha)`))).toEqual(['fails']);
    expect(await claimVerdicts(display(String.raw`\boldsymbol{A}(\boldsymbol{x} + \boldsymbol{y}) = \boldsymbol{A}\boldsymbol{x} + 2\boldsymbol{A}\boldsymbol{y}`))).toEqual(['fails']);
    expect(await claimVerdicts(display(String.raw`(\mathbf{A}\mathbf{B})^T = \mathbf{B}^T\mathbf{A}^T`))).not.toContain('fails');
  });

  it('laws that only hold for matrices are never refuted by numbers that commute', async () => {
    // AB ≠ BA for matrices; at size 1 it holds, and a reading that may only refute says nothing.
    expect(await claimVerdicts(display(String.raw`\mathbf{A}\mathbf{B} = \mathbf{B}\mathbf{A}`))).not.toContain('fails');
  });

  it('doubts: an equation, one matrix with a property, letters never bold, plain sums', async () => {
    // Different names on the two sides: an equation to solve.
    expect(await claimVerdicts(display(String.raw`\mathbf{A}(\mathbf{x}+\mathbf{y}) = \mathbf{b}`))).not.toContain('fails');
    // One matrix: a property the note states (skew-symmetric, idempotent).
    expect(await claimVerdicts(display(String.raw`\mathbf{A}^T = -\mathbf{A}`))).not.toContain('fails');
    expect(await claimVerdicts(display(String.raw`\mathbf{P}^2\mathbf{x} = \mathbf{P}\mathbf{x}`))).not.toContain('fails');
    // x and y never bold: plain letters are the scalar check's, which leaves A alone with a matrix beside it.
    expect(await claimVerdicts(display(String.raw`\mathbf{A}(x+y) = \mathbf{A}x + 2\mathbf{A}y`))).not.toContain('fails');
    // A size n is no matrix: tr(I) = n is not refuted at n = 1.
    expect(await claimVerdicts(display(String.raw`\operatorname{tr}(\mathbf{I}\mathbf{A}) = n\mathbf{A}`))).not.toContain('fails');
    // Layer-indexed names are names of their own (D2L's MLP collapsing into one layer).
    expect(await claimVerdicts(display(String.raw`\mathbf{X} \mathbf{W}^{(1)}\mathbf{W}^{(2)} + \mathbf{b}^{(1)} \mathbf{W}^{(2)} + \mathbf{b}^{(2)} = \mathbf{X} \mathbf{W} + \mathbf{b}`))).not.toContain('fails');
  });

  it('names the note gave a value, or called orthogonal, are not free', async () => {
    const step = String.raw`\mathbf{A}(1-\alpha \mathbf{y}) = \mathbf{A}\mathbf{y}(1-\alpha)`;
    expect(await claimVerdicts(`With $\\alpha = 0$:\n\n${display(step)}`)).not.toContain('fails');
  });

  it('arrays bound earlier: the claim fails for them too, or they do not fit it', async () => {
    const bound = `$$\n\\bs{A}=\\begin{bmatrix} 4 & 12 \\\\ 7 & 6 \\end{bmatrix}\n$$\n\n$$\n\\bs{x}=\\begin{bmatrix} 0.89442719 & 0.4472136 \\end{bmatrix}\n$$\n\n`;
    // A is 2×2 and x a row: Ax does not fit, so they were bound for something else.
    expect(await claimVerdicts(bound + display(SPAN))).toEqual(['none', 'none', 'fails']);
    // A = 2I makes A(x + y) = 2x + 2y hold for that A: a claim about it, not a law.
    const twice = `$$\n\\bs{A}=\\begin{bmatrix} 2 & 0 \\\\ 0 & 2 \\end{bmatrix}\n$$\n\n`;
    expect(await claimVerdicts(twice + display(String.raw`\bs{A}(\bs{x} + \bs{y}) = 2\bs{x} + \bs{A}\bs{y}`))).not.toContain('fails');
  });
});
