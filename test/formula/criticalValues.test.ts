/**
 * The critical value of the standard normal at the confidence level the sentence names
 * (criticalValues.ts; ericwiener-ai-notes, a statistics exam sheet). References
 * (python3, scipy.stats.norm.ppf): 90% → 1.644854, 95% → 1.959964, 99% → 2.575829;
 * one-sided 99% → 2.326348.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';
import { normalQuantile } from '../../src/core/formula/context/criticalValues';

const verdictAfter = async (prose: string, formula: string) => (await judgeNote(`${prose} $${formula}$\n`)).at(-1)!.verdict;

describe('z* at a stated confidence level', () => {
  it.each([
    ['If the confidence level = 90%,', 'z^* = 1.65'], // 1.645 from the table, rounded again
    ['If the confidence level = 90%,', 'z^* = 1.645'],
    ['The confidence interval is 95%, so we use', 'z^* = 1.96'],
    ['If the confidence level = 99%,', 'z^* = 2.58'],
    ['For a 95% confidence interval,', 'z_{\\alpha/2} = 1.96'],
    ['A one-sided 99% confidence bound uses', 'z^* = 2.33'],
  ])('%s %s holds', async (prose, formula) => {
    expect(await verdictAfter(prose, formula)).toBe('holds');
  });

  it('a value of no reading, a two-sided level with a one-sided value, or no level stays undecided', async () => {
    expect(await verdictAfter('If the confidence level = 99%,', 'z^* = 2.50')).toBe('none');
    expect(await verdictAfter('If the confidence level = 99%,', 'z^* = 2.33')).toBe('none');
    expect(await verdictAfter('If the confidence level = 95%,', 'z^* = 1.645')).toBe('none');
    expect(await verdictAfter('We use', 'z^* = 1.96')).toBe('none');
    expect(await verdictAfter('At 95% confidence,', 'x^* = 1.96')).toBe('none');
  });

  it('the list item reads its own level, not the one above', async () => {
    const note = '- If the confidence level = 90%, $z^* = 1.65$\n- If the confidence level = 99%, $z^* = 1.65$\n';
    expect((await judgeNote(note)).map((r) => r.verdict)).toEqual(['holds', 'none']);
  });

  it('the quantile matches the reference to erfc\'s accuracy', () => {
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 5);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 5);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 6);
  });
});
