/**
 * `\boxed{…}` frames a result (split.ts, preprocess.ts), and a definition that solves an
 * earlier one for the other name defines nothing new (noteSettings.ts): samppii-cs229-notes,
 * where η = log(φ/(1−φ)) is inverted to a boxed φ = 1/(1 + e^{−η}).
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

const verdict = async (latex: string) => (await judgeFormula(latex)).verdict;

describe('a boxed result', () => {
  it.each([
    ['\\boxed{2+2=4}', 'holds'],
    ['\\boxed{2+2=5}', 'fails'],
    ['\\boxed{\\sin^2 x + \\cos^2 x = 1}', 'holds'],
    ['x = \\boxed{2+2} = 4', 'holds'],
    ['a = \\boxed{3} + 1 = 4', 'holds'],
  ])('%s %s', async (latex, expected) => {
    expect(await verdict(latex)).toBe(expected);
  });
});

describe('a definition solved for the other name', () => {
  it('keeps the first binding, so the claims after it are checked with it', async () => {
    const note = [
      '$$\\eta = \\log\\tfrac{\\phi}{1-\\phi} \\Rightarrow e^{\\eta} = \\tfrac{\\phi}{1-\\phi} \\Rightarrow \\phi(1 + e^{\\eta}) = e^{\\eta} \\Rightarrow \\boxed{\\phi = \\frac{1}{1 + e^{-\\eta}}}$$',
      '',
      'since $1 - \\phi = \\frac{1}{1+e^{\\eta}}$, we get',
      '',
      'and then $1 - \\phi = \\frac{2}{1+e^{\\eta}}$.',
      '',
    ].join('\n');
    const reports = await judgeNote(note);
    expect(reports.slice(0, 2).map((r) => r.verdict)).toEqual(['holds', 'holds']);
    expect(reports[2]!.verdict).not.toBe('holds');
  });
});
