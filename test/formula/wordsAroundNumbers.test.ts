/**
 * Words around the numbers of a claim (wordsAroundNumbers.ts, proseLabel.ts): a caption
 * before the computation, a unit or noun written once after the claimed number, a
 * speed-up's "×". The reading confirms a claim, and refutes one only where the words can say
 * nothing the numbers do not (plainWords.ts). Values by hand:
 * 2/10 = 0.2, 4 + 4 = 8, 40/5 = 8, 8/7 = 1.142857….
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';
import { withoutProseLabel } from '../../src/core/formula/context/proseLabel';

const verdict = async (latex: string) => (await judgeFormula(latex)).verdict;

describe('a caption before the computation (ai-system-textbook, a scheduler written line by line)', () => {
  it.each([
    ['GPU \\ Share \\ \\frac{2}{10} = 0.2'],
    ['Memory \\ Share \\ \\frac{8}{20} = 0.4'],
    ['Total \\ GPU \\ 1 + 1 = 2 \\ GPU'],
    ['Total \\ Memory \\ 4 + 4 = 8GB'],
    ['\\text{Ratio}: \\frac{0.7}{0.5} = 1.4'], // huggingface-course, PPO's clipped ratio
    ['\\text{Speed up}\\quad 3 \\times 4 = 12'],
  ])('%s holds', async (latex) => {
    expect(await verdict(latex)).toBe('holds');
  });

  it('a wrong number after a caption that names no function fails (plainWords.ts)', async () => {
    expect(await verdict('GPU \\ Share \\ \\frac{2}{10} = 0.3')).toBe('fails');
    expect(await verdict('Total \\ GPU \\ 1 + 1 = 3 \\ GPU')).toBe('fails');
    expect(await verdict('\\text{Ratio}: \\frac{0.7}{0.5} = 1.5')).toBe('fails');
  });

  it('a caption that names a function is not refuted: the number may be its argument', async () => {
    expect(await verdict('sin \\ 30 = 0.5')).not.toBe('fails'); // in degrees
    expect(await verdict('Mean \\ \\frac{2 + 4}{2} = 4')).not.toBe('fails');
  });

  it('one or two letters are variables, not a caption', async () => {
    expect(await verdict('ab \\ 2 = 2')).not.toBe('holds');
    expect(await verdict('x \\ 3 = 3')).not.toBe('holds');
    expect(withoutProseLabel({ text: 'ab \\ 2', offset: 0 })).toBeUndefined();
  });

  it('the caption is cut where the numbers begin', () => {
    expect(withoutProseLabel({ text: 'GPU \\ Share \\ \\frac{2}{10}', offset: 4 })).toEqual({ text: '\\frac{2}{10}', offset: 18 });
    expect(withoutProseLabel({ text: 'Total \\ Memory', offset: 0 })).toBeUndefined();
  });
});

describe('a unit or noun written once, on the claimed number', () => {
  it.each([
    ['\\frac{40}{5}=8 \\text { miles per hour }'], // akkefa-ml-notes: a unit gradexp does not know
    ['4 + 4 = 8GB'],
    ['\\frac{8}{7}=1.14 \\times'], // ericwiener-ai-notes: a speed-up, cut at its last digit
    ['3 \\cdot 12 = 36 \\text{ eggs}'],
  ])('%s holds', async (latex) => {
    expect(await verdict(latex)).toBe('holds');
  });

  it('the chain holds in its numbers and its caption of words stays undecided', async () => {
    const report = await judgeFormula('\\frac{\\text { Total Distance }}{\\text { Total time taken }}=\\frac{40}{5}=8 \\text { miles per hour }');
    expect(report.claims.map((c) => c.verdict)).toEqual(['none', 'holds']);
    expect(report.claims[1]!.reading).toContain('"miles per hour" the unit of the claim');
  });

  it('numbers that disagree, variables and percentages are not read so', async () => {
    expect(await verdict('4 + 4 = 9GB')).not.toBe('holds');
    expect(await verdict('\\frac{8}{7}=1.2 \\times')).not.toBe('holds');
    expect(await verdict('1 + 1 = 2ab')).not.toBe('holds');
    expect(await verdict('1 + 1 = 2x')).not.toBe('holds');
    expect(await verdict('0.5 = 0.5\\%')).not.toBe('holds');
    expect(await verdict('2 \\times 3 = 6 \\times 10^{3}')).not.toBe('holds');
  });

  it('a count noun that converts to nothing, after a computation, fails when the numbers disagree', async () => {
    // Vtheonly/Obsidian_Notes, Master 1/S2/Statistics/Chapter 4/4.2 Quality Control Doping and Bribes Applied Probability.md:46
    expect(await verdict('10 \\cdot 0.2 = 2 \\text{ athletes}')).toBe('holds');
    expect(await verdict('10 \\cdot 0.2 = 3 \\text{ athletes}')).toBe('fails');
    // ttsugriy/distributed-training-book, docs/parallelism/14-data-parallelism-associativity.md:218
    expect(await verdict('\\frac{10^6}{1365} \\approx 733 \\text{ samples}')).toBe('holds');
    expect(await verdict('\\frac{10^6}{1365} \\approx 833 \\text{ samples}')).toBe('fails');
    expect(await verdict('2 + 3 = 6 \\ GPU')).toBe('fails');
  });

  it('a word that converts, a rate, a bare number or a speed-up is not refuted', async () => {
    expect(await verdict('\\frac{40}{30}=80 \\text { miles per hour }')).not.toBe('fails'); // per half hour
    expect(await verdict('0.05 \\times 1 = 5 \\text{ cents}')).not.toBe('fails');
    expect(await verdict('60000 / 64 = 1000 \\text{ steps}')).not.toBe('fails');
    expect(await verdict('0.05 = 5 \\text{ apples}')).not.toBe('fails');
    expect(await verdict('\\frac{8}{7}=2.14 \\times')).not.toBe('fails');
    expect(await verdict('3 \\times 4 = 1 \\text{ dozens}')).not.toBe('fails');
  });

  it('a left side with units of its own is judged by the units (units.ts)', async () => {
    expect(await verdict('2\\,\\text{GB} + 2\\,\\text{GB} = 4\\,\\text{MB}')).toBe('fails');
  });
});
