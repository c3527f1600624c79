/**
 * What follows the closing `$` (afterFormula.ts): a unit in prose, as notes on model memory
 * write them (AmanAnand958/ai-ml-notes week22.md); a percent — the ordinal percentile of
 * m-ciniello/omscs-ml-notes (conformal prediction), "the $9/9 = 100$th percentile of the
 * scores" — and a number word, EricWiener/ai-notes (Swin Transformer), "$56^4 = 9.8$ million entries".
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const verdictsOf = async (note: string) => (await judgeNote(note)).map((r) => r.verdict);

describe('a unit in prose after the formula', () => {
  it('a 70B model in fp16 takes 140 GB', async () => {
    const [report] = await judgeNote('Example: A 70B model in FP16 takes $70 \\times 10^9 \\times 2 = 140$ GB.\n');
    expect(report!.verdict).toBe('holds');
    expect(report!.claims[0]!.reading).toBe('with the GB after the formula (× 10^9)');
  });

  it('a GB that means GiB holds too', async () => {
    expect(await verdictsOf('$2^{30} \\times 80 = 80$ GB of HBM\n')).toEqual(['holds']);
  });

  it('a claim no scale of its unit makes hold still fails', async () => {
    expect(await verdictsOf('$70 \\times 10^9 \\times 2 = 150$ GB\n')).toEqual(['fails']);
    expect(await verdictsOf('$3 + 4 = 8$ tokens\n')).toEqual(['fails']);
  });

  it('a word that is no unit changes nothing', async () => {
    expect(await verdictsOf('$70 \\times 10^9 \\times 2 = 140$ Gigantic\n')).toEqual(['fails']);
  });
});

describe('a number word in a table cell', () => {
  it('$10^{10} = 10$ billion holds', async () => {
    // atulsingh-nikki/obsidian-notes, curse-of-dimensionality: a table cell.
    expect(await verdictsOf('| 10D | 10 | $10^{10} = 10$ billion |\n')).toEqual(['holds']);
  });
});

describe('≈ between two computed sides with rounded decimals', () => {
  // yshavit/llm-notes, self-attention: 8192²·4096² = 1.126 × 10¹⁵, written 1.1 × 10¹⁵ in the next step.
  it('a two-digit decimal stands for a rounded value', async () => {
    expect(await verdictsOf('$(8192 \\times 8192 \\times 4096 \\times 4096) \\times 4 \\approx (1.1 \\times 10^{15}) \\times 4$\n')).toEqual(['holds']);
  });

  it('a written result may come from the rounded decimal it stands for', async () => {
    // The next line of the same note: 1.1 × 10¹⁵ · 4 bytes is 4.4 PB, but 4.5 PB is what 1.126 × 10¹⁵ gives.
    expect(await verdictsOf('$(1.1 \\times 10^{15}) \\times 4 \\approx 4.5 \\times 10^{15}$\n')).toEqual(['holds']);
    expect(await verdictsOf('$1.1 \\times 4 \\approx 4.7$\n')).toEqual(['fails']);
  });

  it('a gap its rounding cannot explain still fails', async () => {
    expect(await verdictsOf('$\\sqrt{2} \\cdot 1.4 \\approx 2.5 \\cdot 1$\n')).toEqual(['fails']);
  });
});

describe('a percent after the formula', () => {
  it.each([
    ['Then the $9/9 = 100$th percentile of the scores is the largest.'],
    ['About $e^{-1} \\approx 36.8$% of the mass.'],
    ['It keeps $1 - 0.25 = 75$ percent of the weights.'],
  ])('%s holds as a percentage', async (note) => {
    const [report] = await judgeNote(note);
    expect(report!.verdict).toBe('holds');
  });

  it('a wrong percentage still fails', async () => {
    const [report] = await judgeNote('Then the $9/9 = 90$th percentile of the scores.');
    expect(report!.verdict).toBe('fails');
  });

  it('a number followed by other text is not a percentage', async () => {
    const [report] = await judgeNote('We get $9/9 = 100$ th items.');
    expect(report!.verdict).toBe('fails');
  });
});

describe('a number word after the formula', () => {
  it('scales the last number: 56^4 = 9.8 million', async () => {
    const [report] = await judgeNote('The attention matrix will have $56^4 = 9.8$ million entries.');
    expect(report!.verdict).toBe('holds');
  });

  it('a wrong count still fails', async () => {
    const [report] = await judgeNote('The attention matrix will have $56^4 = 7.1$ million entries.');
    expect(report!.verdict).toBe('fails');
  });
});
