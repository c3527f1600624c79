/**
 * An equation joined to its solved form by "or", "i.e." or ⇒ (worked/refutedSolution.ts): the
 * solution put back must satisfy the equation for every value of the other names. The real
 * formula: newfacade/machine-learning-notes (09_neural_network.ipynb, Xavier initialisation),
 * whose solved form inverts the fraction (√((n_in + n_out)/2) for √(2/(n_in + n_out))).
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

const XAVIER = '\\frac{1}{2}(n_{in} + n_{out})\\sigma^{2} = 1 \\ \\text{ or }\\ \\sigma = \\sqrt{\\frac{n_{in} + n_{out}}{2}}';

describe('an equation and its solved form', () => {
  it('newfacade-ml-notes: the solved σ, put back, does not satisfy ½(n_in + n_out)σ² = 1', async () => {
    const report = await judgeFormula(XAVIER);
    expect(report.verdict).toBe('fails');
    expect(report.claims.map((c) => c.verdict)).toEqual(['none', 'fails']);
    expect(report.claims[1]!.reading).toContain('put back into');
  });

  it('the right solved form holds', async () => {
    const report = await judgeFormula('\\frac{1}{2}(n_{in} + n_{out})\\sigma^{2} = 1 \\ \\text{ or }\\ \\sigma = \\sqrt{\\frac{2}{n_{in} + n_{out}}}');
    expect(report.claims.map((c) => c.verdict)).toEqual(['none', 'holds']);
  });

  it('in the note, after σ(x) is defined as the sigmoid, the written σ is still a name and the solved form fails', async () => {
    const note = `$$\\sigma(x) = \\frac{1}{1 + e^{-x}}$$\n\nwe simply try to satisfy:\n\n$$${XAVIER}$$\n`;
    const reports = await judgeNote(note);
    expect(reports[reports.length - 1]!.claims.map((c) => c.verdict)).toEqual(['none', 'fails']);
  });

  it('a solution in fewer names leans on an assumption of the prose (n_in = n_out) and stays undecided', async () => {
    expect((await judgeFormula('\\frac{1}{2}(n_{in} + n_{out})\\sigma^{2} = 1 \\Rightarrow \\sigma = \\sqrt{\\frac{1}{n_{in}}}')).verdict).toBe('none');
  });

  it('luweiagi/machine-learning-notes: a bare \\cos argument leaves the reach of the function to the author (undecided)', async () => {
    const report = await judgeFormula('\\begin{aligned}\n&\\cos\\theta\\cos\\phi \\cdot T=mg\\\\\n\\Rightarrow &T=\\frac{mg}{\\cos\\theta\\cos\\phi}\n\\end{aligned}');
    expect(report.claims.map((c) => c.verdict)).not.toContain('fails');
  });

  it('two equations side by side with no connective are a system, not a solved form', async () => {
    expect((await judgeFormula('x = 2y, \\quad y = 3x')).verdict).toBe('none');
  });

  it('a solved power (σ_W^2 = 2/d_in) is not one name and stays as it was', async () => {
    const report = await judgeFormula('d_{\\text{in}}\\sigma_W^2 \\cdot \\frac{1}{2} = 1 \\Rightarrow \\sigma_W^2 = 2/d_{\\text{in}}');
    expect(report.claims.map((c) => c.verdict)).not.toContain('fails');
  });
});
