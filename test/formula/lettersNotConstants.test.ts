/**
 * Letters the engine reads as constants are variables of the note (read/engine.ts):
 * `\gamma` (Euler's γ to the engine), `G` (Catalan's constant), `\varphi` (the golden ratio).
 * The real formula: llms-from-scratch (gradient clipping), `G' = \frac{1}{5} \times G` with
 * `G = \begin{bmatrix} 1 & 2 \\ 2 & 4 \end{bmatrix}` bound before it.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

const CLIPPING = `- Let's assume our gradient matrix is:
$$
G = \\begin{bmatrix}
1 & 2 \\\\
2 & 4
\\end{bmatrix}
$$

- Therefore, the scaled gradient matrix $G'$ will be as follows:
$$
G' = \\frac{1}{5} \\times G = \\begin{bmatrix}
\\frac{1}{5} & \\frac{2}{5} \\\\
\\frac{2}{5} & \\frac{4}{5}
\\end{bmatrix}
$$
`;

describe('letters the engine takes for constants', () => {
  it('llms-from-scratch: G scaled by 1/5 is the matrix written', async () => {
    const reports = await judgeNote(CLIPPING);
    expect(reports.at(-1)!.verdict).toBe('holds');
  });

  it('a wrong entry does not hold (a matrix bound earlier may confirm, never refute)', async () => {
    const reports = await judgeNote(CLIPPING.replace('\\frac{4}{5}\n', '\\frac{3}{5}\n'));
    expect(reports.at(-1)!.verdict).toBe('none');
  });

  it('γ, G and φ are variables of an identity', async () => {
    expect((await judgeFormula('\\gamma (a + b) = \\gamma a + \\gamma b')).verdict).toBe('holds');
    expect((await judgeFormula('(1 - \\gamma)^2 = 1 - 2\\gamma + \\gamma^2')).verdict).toBe('holds');
    expect((await judgeFormula('(1 - \\gamma)^2 = 1 - \\gamma^2')).verdict).toBe('fails');
    expect((await judgeFormula('G^2 - 1 = (G - 1)(G + 1)')).verdict).toBe('holds');
    expect((await judgeFormula('\\varphi \\cdot 2 = \\varphi + \\varphi')).verdict).toBe('holds');
  });

  it('and are read as their letters', async () => {
    expect((await judgeFormula('\\gamma + G')).readAs).toBe('γ + G');
  });
});
