import { describe, expect, it } from 'vitest';
import { firstClaimOf } from '../support/judging';

// A Chinese probability course (heldout5's coactor notes) writes the support after a mass
// function: `P\{X=k\}=p^k(1-p)^{1-k},k=0,1`. Read with a decimal comma, `k=0,1` bound k to
// 0.1 and carried it into later formulas: `k + 1 = 1.1` held "with k = 0.1 from earlier".
const SUPPORT = String.raw`# 0-1 分布

$$P\{X=k\}=p^k(1-p)^{1-k},k=0,1$$

$$k + 1 = 1.1$$`;

describe('a name set to two consecutive whole numbers', () => {
  it('lists the values it takes: it binds no decimal', async () => {
    const later = await firstClaimOf(SUPPORT, 'k + 1 = 1.1');
    expect(later.verdict).toBe('none');
    expect(later.reading ?? '').not.toContain('0.1');
  });

  it('leaves a European decimal comma bound (p = 0,3 is 0.3)', async () => {
    const note = 'En notación europea: $p = 0,3$ y $2p = 0,6$.';
    expect(await firstClaimOf(note, '2p')).toMatchObject({ verdict: 'holds', reading: 'with p = 0.3 from earlier' });
  });
});
