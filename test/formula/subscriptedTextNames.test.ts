/**
 * A text name with a subscript is one quantity (read/textNames.ts, split.ts): `\text{param}_{t-1}`,
 * `\text{average age}_{\text{MA}}`. The real formula: pytorch-step-by-step (Chapter06, Nesterov),
 * whose last link expands -η(grad_t + β mo_t).
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';
import { textWordsAsVariables } from '../../src/core/formula/read/textNames';

const NESTEROV = (last: string) => `\\Large
\\begin{aligned}
\\text{param}_t & = \\text{param}_{t-1} - \\eta\\ \\text{nesterov}_t
\\\\
& = \\text{param}_{t-1} - \\eta\\ (\\text{grad}_t + \\beta\\ \\text{mo}_t)
\\\\
& = ${last}
\\end{aligned}`;

describe('subscripted text names', () => {
  it('pytorch-step-by-step: the expanded update holds in its last link, the link through nesterov_t stays undecided', async () => {
    const report = await judgeFormula(NESTEROV('\\text{param}_{t-1} - \\eta\\ \\text{grad}_t - \\beta\\ \\eta\\ \\text{mo}_t'));
    expect(report.verdict).toBe('holds');
    expect(report.claims.at(-1)!.verdict).toBe('holds');
    expect(report.claims[1]!.verdict).toBe('none');
  });

  it('mo_{t-1} for mo_t is another name: the wrong expansion does not hold', async () => {
    const report = await judgeFormula(NESTEROV('\\text{param}_{t-1} - \\eta\\ \\text{grad}_t - \\beta\\ \\eta\\ \\text{mo}_{t-1}'));
    expect(report.claims.at(-1)!.verdict).not.toBe('holds');
  });

  it('a sign slip does not hold', async () => {
    const report = await judgeFormula(NESTEROV('\\text{param}_{t-1} - \\eta\\ \\text{grad}_t + \\beta\\ \\eta\\ \\text{mo}_t'));
    expect(report.claims.at(-1)!.verdict).not.toBe('holds');
  });

  it('several words with a text subscript name one quantity, and the text before the = stays its left side', async () => {
    const report = await judgeFormula('\\text{average age}_{\\text{MA}} = \\frac{\\text{periods}+1}{2} = \\frac{1 + \\text{periods}}{2}');
    expect(report.claims[0]!.left.source).toBe('\\text{average age}_{\\text{MA}}');
    expect(report.claims.at(-1)!.verdict).toBe('holds');
  });

  it('word and subscript make the name; a text function before its argument is left alone', () => {
    expect(textWordsAsVariables('\\text{param}_{t-1} + \\text{param}_t')!.latex.replace(/\s+/g, ' ').trim()).toBe('p_{paramt-1} + p_{paramt}');
    expect(textWordsAsVariables('\\text{average age}_{\\text{MA}}')!.latex.trim()).toBe('a_{averageageMA}');
    expect(textWordsAsVariables('\\text{EWMA}_t(\\alpha, x)')).toBeUndefined();
  });
});
