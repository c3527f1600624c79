import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const verdicts = async (note: string) => (await judgeNote(note)).map((r) => r.verdict);

/**
 * girafe-ai/ml-course (seminars, the probabilistic view of regularisation) derives a Gaussian prior's log
 * density over two `$$` blocks, the first ending with a dangling `=`, and writes log π for log 2π:
 *     $$\log p(w) = … = \log \biggl( \frac{1}{\sqrt{2\pi}^d }exp\bigl(-\frac {w^T w} {2 }  \bigr)\biggr) =$$
 *     $$- \frac d 2 \log \pi  -\frac {w^T w} {2 } .$$
 * Here in notation the checker reads (k for d, s for wᵀw, \exp).
 */
const GAUSSIAN_PRIOR = '$$\\log p(w) = \\log \\left( \\frac{1}{\\sqrt{2\\pi}^k} \\exp\\left(-\\frac{s}{2}\\right)\\right) =$$\n$$- \\frac{k}{2} \\log \\pi - \\frac{s}{2}.$$\n';

describe('a derivation continued across display blocks (continuedFormulas.ts)', () => {
  it('refutes a row whose left side ends the block before with a dangling =', async () => {
    expect(await verdicts(GAUSSIAN_PRIOR)).toEqual(['none', 'fails']);
    expect(await verdicts(GAUSSIAN_PRIOR.replace('\\log \\pi', '\\log (2\\pi)'))).toEqual(['none', 'holds']);
  });

  it('refutes a row opening with = after a block ending with =, and confirms the right one', async () => {
    expect(await verdicts('$$f(x) = (x+1)^2 =$$\n$$= x^2 + 2x + 2$$\n')).toEqual(['none', 'fails']);
    expect(await verdicts('$$f(x) = (x+1)^2 =$$\n$$= x^2 + 2x + 1$$\n')).toEqual(['none', 'holds']);
  });

  it('never refutes across prose: the = may continue what the prose did', async () => {
    expect(await verdicts('$$f(x) = (x+1)^2 =$$\nmultiplying by two,\n$$= 2x^2 + 4x + 2$$\n')).not.toContain('fails');
    expect(await verdicts('$$f(x) = (x+1)^2 = x^2 + 2x + 1$$\n\n$$= x^2 + 3$$\n')).not.toContain('fails');
  });
});
