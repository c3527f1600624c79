/**
 * A display that is one `array` with `=` in its cells is a derivation laid out
 * as a table (read/layoutArray.ts): read row by row like `aligned`. The rows are
 * from pytorch-step-by-step (test/corpus/notes), the products checked by hand:
 * 0.73·1.10·0.68 = 0.546, 0.08·1.10·0.94 = 0.0827, -0.93·1.10·1.21 = -1.238.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';
import { blankLayoutArray } from '../../src/core/formula/read/layoutArray';

const COSINES = [
  '\\Large',
  '\\begin{array}',
  '&Q \\cdot K_0 = cos \\theta_0\\ ||Q||\\ ||K_0|| =& &0.73 &*& 1.10 &*& 0.68 =& &0.54',
  '\\\\',
  'Q \\cdot K_1 = cos \\theta_1\\ ||Q||\\ ||K_1|| =& &0.08 &*& 1.10 &*& 0.94 =& &0.08',
  '\\\\',
  'Q \\cdot K_2 = cos \\theta_2\\ ||Q||\\ ||K_2|| =& -&0.93 &*& 1.10 &*& 1.21 =& -&1.23',
  '\\end{array}',
].join('\n');

const decided = async (latex: string) => (await judgeFormula(latex)).claims.map((c) => c.verdict).filter((v) => v !== 'none');

describe('an array that lays out a derivation', () => {
  it('reads each row of products as a claim, all holding as written (truncated to two places)', async () => {
    expect(await decided(COSINES)).toEqual(['holds', 'holds', 'holds']);
    expect((await judgeFormula(COSINES)).verdict).toBe('holds');
  });

  it('still fails a wrong product in one row', async () => {
    const wrong = COSINES.replace('0.68 =& &0.54', '0.68 =& &0.84');
    expect(await decided(wrong)).toEqual(['fails', 'holds', 'holds']);
  });

  it('reads a column specification and a chain split into cells', async () => {
    const chain = '\\begin{array}{ccccc} 2 & = & 1 & + & 1 \\\\ & = & 4 & - & 2 \\end{array}';
    expect(await decided(chain)).toEqual(['holds', 'holds']);
    expect(await decided(chain.replace('4 & - & 2', '4 & - & 1'))).toEqual(['holds', 'fails']);
  });
});

describe('arrays that keep their own reading', () => {
  it('a matrix, a bracketed array, an array after a side and a case table are left as written', () => {
    for (const latex of [
      '\\begin{array}{cc} 1 & 2 \\\\ 3 & 4 \\end{array}',
      '\\left[\\begin{array}{cc} 1 & 2 \\\\ 3 & 4 \\end{array}\\right] = A',
      'f(x) = \\begin{array}{ll} 0 & x < 0 \\\\ x & x = 0 \\end{array}',
      '\\begin{array}{ll} 0 & x < 0 \\\\ 1 & x \\ge 0 \\end{array}',
      '\\begin{array}{c} \\sum_{i=1}^n i \\end{array}',
      // A table of values (Vtheonly+Obsidian_Notes): each cell is its own value, `5 & 0 & 5 - 0 = 5` is no 505.
      '\\begin{array}{cccc} 7 & 2 & 7 - 2 = 5 & \\\\ 5 & 0 & 5 - 0 = 5 & \\end{array}',
      '\\begin{array}{c|c} x & = \\\\ \\hline 1 & = \\end{array}',
      // One column of rows (timerring+information-theory): over GF(2), 1 + 1 = 0; not read as rows yet.
      '\\begin{array}{l} (x^{6}+x^{2}+1)+(x^{3}+x^{2})\\\\ =x^{6}+x^{3}+(1+1) x^{2}+1 \\\\ =x^{6}+x^{3}+1 \\end{array}',
      // An environment nested inside keeps its own depth.
      '\\begin{array}{l} H(X) \\\\ \\begin{aligned} =-0.2 & \\log 0.2 \\\\ & -0.1 \\log 0.1 \\end{aligned} \\end{array}',
    ]) expect(blankLayoutArray(latex)).toBe(latex);
  });

  it('blanks only the opening (with \\Large) and the closing, keeping every offset', () => {
    const latex = '\\Large \\begin{array}{cc} a & = & 1 \\end{array}';
    const blanked = blankLayoutArray(latex);
    expect(blanked.length).toBe(latex.length);
    expect(blanked.trim()).toBe('a & = & 1');
  });
});

/**
 * jax-ml/jax, automatic-differentiation.md in its docs: the derivatives of f(x) = x^3 + 2x^2 - 3x + 1 listed in a
 * one-column array, each row a statement about a name (f'(1) = 3 + 4 - 3 = 4, f''(1) = 6 + 4 = 10).
 */
describe('a one-column array of statements about names', () => {
  const note = (rows: string) =>
    ['The derivative of $f(x) = x^3 + 2x^2 - 3x + 1$ can be computed.', '', '$$', `\\begin{array}{l}\n${rows}\n\\end{array}`, '$$', ''].join('\n');
  const verdicts = async (rows: string) => (await judgeNote(note(rows)))[1]!.claims.map((c) => c.verdict);

  it('reads each row as a statement, as the note means them', async () => {
    expect(await verdicts("f'(x) = 3x^2 + 4x -3\\\\\nf''(x) = 6x + 4")).toEqual(['holds', 'holds']);
    expect(await verdicts("f'(1) = 4\\\\\nf''(1) = 10")).toEqual(['holds', 'holds']);
  });

  it('still fails a wrong value in one row', async () => {
    expect(await verdicts("f'(1) = 4\\\\\nf''(1) = 12")).toEqual(['holds', 'fails']);
  });

  it('leaves other one-column arrays as they were', () => {
    const continued = '\\begin{array}{l} x^2 + x + 1 \\\\ = 9.8 \\times 10^{7} \\end{array}';
    expect(blankLayoutArray(continued)).toBe(continued);
    const single = "\\begin{array}{l} f'(1) = 4 \\end{array}";
    expect(blankLayoutArray(single)).toBe(single);
  });
});
