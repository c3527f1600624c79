/**
 * A plain computation claimed equal to a size or a time (countInNoUnit.ts): it fails only
 * when no unit the count may be in — any decimal or binary prefix, bits, bytes, parameters
 * of 0.5 to 4 bytes, any unit of time — gives the number written, past rounding or cutting.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';
import { unitChecker } from '../../src/core/formula/units/units';
import { fitsNoUnit } from '../../src/core/formula/units/countInNoUnit';

const verdictOf = async (latex: string) => (await judgeFormula(latex)).verdict;

describe('a plain count against a quantity it is in no unit', () => {
  it('fails the slipped digit of a real size; the original still holds', async () => {
    // tom-jerr/tom-jerr.github.io, docs/cuda/GPU 内存系统演进：最大化带宽利用与延迟隐藏的技术路径.md:38
    expect(await verdictOf('2048 \\times 4 = 8 \\text{ KB}')).toBe('holds');
    expect(await verdictOf('2048 \\times 4 = 9 \\text{ KB}')).toBe('fails');
    // datawhalechina/daily-interview, docs/06-development-tech/big-data/hadoop-ecosystem.md:268
    expect(await verdictOf('10^7 / 8 = 1.25Mb')).not.toBe('fails');
    expect(await verdictOf('10^7 / 8 = 7.25Mb')).toBe('fails');
  });

  it('fails a time no unit of time makes true; the rounded original holds', async () => {
    // scaling-book (test/corpus/notes/scaling-book.md:77)
    expect(await verdictOf('T_{\\text{comms}} = 34e6 / 9e10 = 377\\mu s')).toBe('holds');
    expect(await verdictOf('T_{\\text{comms}} = 34e6 / 9e10 = 477\\mu s')).toBe('fails');
    expect(await verdictOf('3 \\times 60 = 5 \\text{ h}')).toBe('fails');
    // HarleysZhang/harleyszhang.github.io, _posts/2024-09-10-llm-latency.md:87 and :103 — real slips (17.5 ms, 516 µs)
    expect(await verdictOf('2\\cdot 13 \\cdot40\\cdot5120^2/1.555e12 = 16.8 \\text{ms}')).toBe('fails');
    expect(await verdictOf('12\\times 5120^2\\times 512/312e12 = 344us')).toBe('fails');
    expect(await verdictOf('8\\times 5120^2\\times 512/312e12 = 344us')).not.toBe('fails');
  });

  it('reads a rate in its amount\'s units', async () => {
    expect(await verdictOf('900 \\times 2 = 1.8 \\text{ TB/s}')).not.toBe('fails');
    expect(await verdictOf('900 \\times 2 = 2.8 \\text{ TB/s}')).toBe('fails');
    expect(await verdictOf('2 \\times 7 \\times 10^9 = 14 \\text{ GFLOPs}')).not.toBe('fails');
    expect(await verdictOf('2 \\times 7 \\times 10^9 = 16 \\text{ GFLOPs}')).toBe('fails');
  });

  it('leaves undecided a count that some unit makes true', async () => {
    for (const latex of [
      '70 \\times 2 = 140 \\text{ GB}', // billions of parameters at 2 bytes, in GB
      '7 \\times 10^9 = 14 GB', // parameters at 2 bytes each
      '1024 \\times 8 = 1 \\text{ KB}', // bits
      '3 \\times 60 = 3 \\text{ h}', // minutes
      '4096 \\times 1024 = 4 \\text{ GB}', // kilobytes
      '1000 / 60 = 16 \\text{ ms}', // cut short
      '-\\log \\left( \\frac{1}{2^4} \\right) = 4 \\textrm{ bits}', // d2l information-theory.md:40, a log in base 2
      '2^{30} \\times 4 \\sim 5 GB', // an order of magnitude
      // ttsugriy/distributed-training-book: 5.84 ms with the note's rounded 5.8 ms carried; 0.604 GB said 0.61
      '7 \\times 10^{-6} + \\frac{7}{8} \\times \\frac{2 \\times 10^9}{3 \\times 10^{11}} = 5.81\\text{ms}',
      '16384 \\times (16384 + 2048) \\times 2 \\approx 0.61 \\text{ GB}',
    ]) expect([latex, await verdictOf(latex)]).not.toEqual([latex, 'fails']);
  });

  it('reads every written unit in every prefix (independent arithmetic)', async () => {
    const units = await unitChecker();
    const kb = units!.readQuantity('9 \\text{ KB}');
    if (!kb || 'error' in kb) throw new Error('9 KB not read');
    // 9 KB is 9000 or 9216 bytes: 9 counts of KB, 9000 bytes, 72000 bits, 4500 two-byte values, 0.009 MB all fit.
    for (const count of [9, 9000, 9216, 72_000, 4500, 0.009]) expect(fitsNoUnit(count, kb, '=')).toBe(false);
    for (const count of [8192, 7, 11, 12_345]) expect(fitsNoUnit(count, kb, '=')).toBe(true);
    // Only = and ≈ are read; ∼ and bounds are left alone.
    expect(fitsNoUnit(8192, kb, '\\sim')).toBe(false);
    expect(fitsNoUnit(8192, kb, '<')).toBe(false);
  });
});
