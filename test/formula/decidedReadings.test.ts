/**
 * Readings that let the checker decide claims a careful reader decides
 * (docs/formulas.md §13, issue 11): each on the real formula it came from and
 * on variants, including ones that must stay undecided or fail. Values checked
 * with python3 (math.exp).
 */
import { describe, expect, it } from 'vitest';
import { analyzeNote } from '../../src/core/formula';

const verdicts = async (note: string) => (await analyzeNote(note)).map((r) => r.verdict);

describe('\\exp(…) applied to a group is no free variable', () => {
  it('a value computed with \\exp and a number bound earlier holds (t81-558)', async () => {
    // exp(0.9) / 5.173 = 0.475469…
    expect(await verdicts('$$ s = 5.173 $$\n\n$$ \\exp(0.9)/s = 0.4755 $$\n')).toEqual(['none', 'holds']);
  });

  it('a wrong value with a bound number stays undecided: a bound number may confirm, never refute', async () => {
    expect(await verdicts('$$ s = 5.173 $$\n\n$$ \\exp(0.9)/s = 0.52 $$\n')).toEqual(['none', 'none']);
  });
});

describe('names bound to arrays earlier, used as the side\'s own scalars', () => {
  const bound = '$$\n\\bs{x}=\\begin{bmatrix}\n    0 \\\\\\\\\n    2\n\\end{bmatrix}\n$$\n\n';
  it('a quadratic form expanded after x was bound to a vector holds as an identity (deeplearningbook-notes)', async () => {
    const note = `${bound}$$\n2x_1^2 + (4+2)x_1x_2 + 5x_2^2\\\\\\\\=2x_1^2 + 6x_1x_2 + 5x_2^2\n$$\n`;
    expect((await verdicts(note)).at(-1)).toBe('holds');
  });
  it('a wrong expansion is not called holds', async () => {
    const note = `${bound}$$\n2x_1^2 + (4+2)x_1x_2 + 5x_2^2\\\\\\\\=2x_1^2 + 7x_1x_2 + 5x_2^2\n$$\n`;
    expect((await verdicts(note)).at(-1)).not.toBe('holds');
  });
});
