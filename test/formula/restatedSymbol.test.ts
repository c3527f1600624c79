/**
 * A name defined again from the note's own definitions restates them (identity/restatedSymbol.ts): it holds
 * where it agrees with them at every sample point, and stays a definition (never fails) where it does not.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const verdictOf = async (note: string, needle: string) => (await judgeNote(note)).find((r) => r.source.includes(needle))!.verdict;

describe('a name defined again from the note’s definitions', () => {
  // ericwiener-ai-notes, content/AI-Notes/Concepts/Diffusion Models/Deriving the forward diffusion kernel.md
  const DIFFUSION = (radicand: string) => String.raw`We can replace $x_{t-1}$ in the second equation with the first equation:
$$x_t =\sqrt{\alpha_t}(\sqrt{\alpha_{t-1}} x_{t-2}+\sqrt{1-\alpha_{t-1}}\epsilon_{t-2})+\sqrt{1-\alpha_t}\epsilon_{t-1}$$
We can then simplify:
$$x_t = \sqrt{\alpha_t\alpha_{t-1}} x_{t-2}+\sqrt{${radicand}}\epsilon_{t-2} +\sqrt{1-\alpha_t}\epsilon_{t-1}$$
`;

  it('ericwiener-ai-notes: the simplified x_t agrees with the x_t the note substituted', async () => {
    expect(await verdictOf(DIFFUSION('\\alpha_t-\\alpha_t\\alpha_{t-1}'), '\\sqrt{\\alpha_t\\alpha_{t-1}}')).toBe('holds');
  });

  it('a wrong simplification is a new definition: it neither holds nor fails', async () => {
    expect(await verdictOf(DIFFUSION('\\alpha_t+\\alpha_t\\alpha_{t-1}'), '\\sqrt{\\alpha_t\\alpha_{t-1}}')).toBe('none');
  });

  // dair-ai/ML-Notebooks, notebooks/comp_graphs.ipynb: the expression broken into a computation graph.
  const GRAPH = (last: string) => String.raw`let's look at the following expression $e = (a + b) * (b+1)$. It helps to break it down to the following operations:

$$
\begin{aligned}&c=a+b \\&d=b+1 \\&${last}\end{aligned}
$$
`;

  it('dair-ai-ml-notebooks: e = c * d through the definitions of c and d before it (a chain)', async () => {
    expect(await verdictOf(GRAPH('e=c * d'), 'c=a+b')).toBe('holds');
    expect(await verdictOf(GRAPH('e=c + d'), 'c=a+b')).toBe('none');
  });

  it('samppii-cs229-notes: λ = e^η solves η = log λ for λ', async () => {
    const note = (inverse: string) => `Read off $\\eta = \\log\\lambda$, and - after inverting $${inverse}$ - $a(\\eta) = e^{\\eta}$.\n`;
    expect(await verdictOf(note('\\lambda = e^{\\eta}'), '\\lambda = ')).toBe('holds');
    expect(await verdictOf(note('\\lambda = e^{-\\eta}'), '\\lambda = ')).toBe('none');
  });

  it('the definition written again word for word is a definition, not a step', async () => {
    expect(await verdictOf('$$y = w x + b$$\n\nLater:\n\n$$y = w x + b$$\n', 'y = w x + b')).toBe('none');
  });

  it('a restatement binds the name: the latest definition is the one later claims use', async () => {
    const note = '$$u = \\ln(a/c)$$\n\n$$u = \\ln(a) - \\ln(c)$$\n\n$$\\frac{\\partial u}{\\partial a} = \\frac{1}{a}$$\n';
    const reports = await judgeNote(note);
    expect(reports.map((r) => r.verdict)).toEqual(['none', 'holds', 'holds']);
  });
});
