/**
 * What follows the closing `$` (afterFormula.ts): a percent sign or a unit in prose,
 * as notes on model memory write them (AmanAnand958/ai-ml-notes week22.md).
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

describe('a percent sign after the formula', () => {
  it('$e^{-1} \\approx 36$% holds as a percentage', async () => {
    const [report] = await judgeNote('about $e^{-1} \\approx 36$% of the mass\n');
    expect(report!.verdict).toBe('holds');
    expect(report!.claims[0]!.reading).toMatch(/percentage/);
  });
});

describe('a number word after the formula', () => {
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

  it('a gap its rounding cannot explain still fails', async () => {
    expect(await verdictsOf('$\\sqrt{2} \\cdot 1.4 \\approx 2.5 \\cdot 1$\n')).toEqual(['fails']);
  });
});
