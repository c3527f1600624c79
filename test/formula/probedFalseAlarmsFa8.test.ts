/**
 * Seven false "claim fails" on public notes (each right as its author meant it), fixed by
 * readings that generalise, each beside a near miss that is really wrong and still fails.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

/** The verdict of the formula of `note` whose source contains `piece`. */
const verdictOf = async (note: string, piece: string): Promise<string> => {
  const report = (await judgeNote(note)).find((r) => r.source.includes(piece));
  if (!report) throw new Error(`no formula with ${piece}`);
  return report.verdict;
};

describe('a bare \\log beside \\log_2 in one claim, with a/b·c read as (a/b)·c (analyze.ts otherLogBase, otherGrouping)', () => {
  // jiaweim/machine-learning-n, java/Weka/weka_gui_tutorial/data_mining_with_weka.md (line 769): an entropy in bits.
  const weka = (value: string) =>
    '**信息增益的计算**，以 windy 属性为例，拆分前的信息熵为：\n$$\nEntropy([9+,5-])=-9/14\\log_2(9/14)-5/14\\log_2(5/14)=0.94\n$$\n' +
    `拆分后分为两部分：\n$$\nEntropy([6+,2-])=-6/8\\log_2 (6/8)-2/8\\log(2/8)=${value}\n$$\n`;

  it('-6/8\\log_2(6/8)-2/8\\log(2/8) = 0.811 holds: the second \\log is base 2 as the first', async () => {
    expect(await verdictOf(weka('0.811'), '6+,2-')).toBe('holds');
  });

  it('the same sum written = 0.9 fails (0.811 in bits, 0.658 with the natural log)', async () => {
    expect(await verdictOf(weka('0.9'), '6+,2-')).toBe('fails');
  });
});

describe('a worked value from before the latest example marker is another example\'s (workedExample.ts)', () => {
  // jiaweim/machine-learning-n, math/statistics/hypothesis_test/test_one.md (lines 485-513).
  const note = (value: string, marker = '**例：** 计算双尾检验的临界值\n\n') =>
    '**例：** 计算左尾检验的临界值\n\n用 Standard Normal Table 查 0.01 对应的 z 值。\n\n所以临界值为 $z_0=-2.33$，$z_0$ 左侧为拒绝域。\n\n' +
    `${marker}$\\alpha=0.05$\n\n左边面积为 0.025，对应的 $-z_0$ 值为：\n\n所以临界值为：$-z_0=${value}$, $z_0=1.96$。\n`;

  it('-z_0 = -1.96 in the two-tailed example is not judged with the left-tailed z_0 = -2.33', async () => {
    expect(await verdictOf(note('-1.96'), '-z_0=-1.96')).not.toBe('fails');
  });
});

describe('a quotient of whole numbers that counts whole things, written rounded (rounding/wholeQuotients.ts)', () => {
  // bapixiaobb/ai-learning-notes, Artificial Intelligence/Language modeling/03 - GPU and Systems/GPU Occupancy.md (line 16).
  const gpu = (value: string) => `- SM 一共有 65536 个 registers\n- 所以这个 SM 最多同时能放 $65536 / 20480=${value}$ 个这样的 blocks\n`;
  // senliuy/Advanced-Deep-Learning, chapter1/faster-r-cnn-…-region-proposal-networks.md (line 141).
  const rpn = (value: string) =>
    `例如一个最短边resize到600的$$4:3$$的输入图像，经过4次降采样后，特征图的大小为$$W*H = (600/16) * (800/16) = ${value} \\approx 2k$$。步长为1的滑窗后\n`;

  it('65536/20480 = 3 blocks (the floor of 3.2) is not failed', async () => {
    expect(await verdictOf(gpu('3'), '65536')).not.toBe('fails');
  });

  it('65536/20480 = 5 blocks still fails, and so does = 3 where nothing is counted', async () => {
    expect(await verdictOf(gpu('5'), '65536')).toBe('fails');
    expect(await verdictOf('我们有 $65536 / 20480=3$。\n', '65536')).toBe('fails');
  });

  it('(600/16) * (800/16) = 38*50 (37.5 rounded up) is not failed', async () => {
    expect(await verdictOf(rpn('38*50'), '600/16')).not.toBe('fails');
  });

  it('(600/16) * (800/16) = 36*50 still fails', async () => {
    expect(await verdictOf(rpn('36*50'), '600/16')).toBe('fails');
  });
});

describe('a condition stated right after the formula or in its own rows (context/paragraphConditions.ts)', () => {
  // TianpeiLuke/SelfStudyNotes, obsidian_notes/…/Linear_Algebra_Matrix_Analysis/Affine Combination.md (lines 36-43).
  const affine = (rhs: string, condition = '>given that \n') =>
    '>That is, there exists a unique point $g\\in A$ such that \n>$$\n' +
    `>(g-o) =  \\sum_{i=1}^n\\lambda_{i} (a_{i} - o) = ${rhs}\n>$$\n${condition}>$$\n>\\sum_{i=1}^n\\lambda_{i}  = 1.\n>$$\n>\n`;

  it('Σλᵢ(aᵢ − o) = (Σλᵢaᵢ) − o is not failed when Σλᵢ = 1 is given right after it', async () => {
    expect(await verdictOf(affine('\\left(\\sum_{i=1}^n \\lambda_{i} a_{i}\\right) - o'), '(g-o)')).not.toBe('fails');
  });

  it('the same identity with no condition introduced after it still fails', async () => {
    expect(await verdictOf(affine('\\left(\\sum_{i=1}^n \\lambda_{i} a_{i}\\right) - o', '>The definition is independent of the origin.\n'), '(g-o)')).toBe('fails');
  });

  it('a condition about other letters does not excuse a failing identity', async () => {
    expect(await verdictOf(affine('\\left(\\sum_{i=1}^n \\lambda_{i} a_{i}\\right) - o').replace('\\sum_{i=1}^n\\lambda_{i}  = 1.', 'p + q = 1.'), '(g-o)')).toBe('fails');
  });

  // Rainybunny/PKU-Lecture-Notes, Mathematical Analysis/I/homework/24-11-hw8.md (lines 255-260): a point on the ellipse.
  const ellipse = (step: string) =>
    '**9.** (例 4.4.8)\n$$\n\\frac{x^2}{a^2}+\\frac{y^2}{b^2}=1\\\\\n\\Ra \\frac{2x}{a^2}+\\frac{2yy\'}{b^2}=0\\Ra y\'=-\\frac{b^2x}{a^2y}\\\\\n' +
    `\\Ra y''=-\\frac{b^2a^2y^2+b^4x^2}{a^4y^3}=${step}.\n$$\n`;

  it('y\'\' rewritten with a²y² = a²b² − b²x² (on the ellipse its first row states) is not failed', async () => {
    expect(await verdictOf(ellipse('-\\frac{b^2(a^2b^2-b^2x^2)+b^4x^2}{a^4y^3}'), 'y\'\'')).not.toBe('fails');
  });

  it('the same step without the ellipse row fails', async () => {
    const alone = '$$\ny\'\'=-\\frac{b^2a^2y^2+b^4x^2}{a^4y^3}=-\\frac{b^2(a^2b^2-b^2x^2)+b^4x^2}{a^4y^3}\n$$\n';
    expect(await verdictOf(alone, 'y\'\'')).toBe('fails');
  });
});

describe('letters of a note on groups written in Chinese (identity/algebraicStructures.ts)', () => {
  // Rainybunny/PKU-Lecture-Notes, Discrete Mathematics and Structures/homework/25-10-hw4.md (lines 154-158).
  const group = (words: string) =>
    `${words}\n\n**3.**\n\n&emsp;&emsp;对任意 $a,b\\in G$,\n$$\n(ab)(ab)=e\\Ra ab=(ab)^{-1}=b^{-1}a^{-1}=ba.\n$$\n`;

  it('b^{-1}a^{-1} = ba is not failed in a note that says "Abel 群" and "是群"', async () => {
    expect(await verdictOf(group('所以 $G/N$ 是 Abel 群. 下验证 $(G,\\star)$ 是群.'), 'b^{-1}a^{-1}')).not.toBe('fails');
  });

  it('the same claim in a note that never speaks of groups still fails', async () => {
    expect(await verdictOf(group('人群是一个群体.'), 'b^{-1}a^{-1}')).toBe('fails');
  });
});
