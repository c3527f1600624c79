import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

/** The verdicts of the claims of the formula whose source contains `piece`. */
async function verdictsOf(note: string, piece: string): Promise<string[]> {
  const reports = await judgeNote(note);
  const report = reports.find((r) => r.source.includes(piece));
  if (!report) throw new Error(`no formula with ${piece}`);
  return report.claims.map((c) => c.verdict);
}

/** SunYufei/Machine-Learning-Notes, ML/Notes/01-base.ipynb (markdown cell, verbatim). */
const SUNYUFEI = [
  '- 查准率、查全率与F1',
  '    - TP，true positive，真正例，正样本被预测为正样本',
  '    - FN，false negative，假负例，正样本被预测为负样本',
  '    - FP，false positive，假正例，负样本被预测为正样本',
  '    - TN，true negative，真负例，负样本被预测为负样本',
  '    - 精确率（查准率） $Precision=\\displaystyle\\frac{TP}{TP+FP}$',
  '    - 召回率（查全率） $Recall=\\displaystyle\\frac{TP}{TP+FN}$',
  '    - 真正例率，正例被判断为正例的概率 $TPR=\\displaystyle\\frac{TP}{TP+FN}$',
  '    - 假正例率，反例被判断为正例的概率 $FPR=\\displaystyle\\frac{FP}{TM+FP}$',
  '    - $F_1$ 是精准率与召回率的调和平均值 $\\displaystyle\\frac{1}{F_1}=\\frac{1}{2}\\times\\frac{1}{Precision}+\\frac{1}{2}\\times\\frac{1}{Recall}$',
].join('\n');

describe('named classification metrics (context/namedMetrics.ts)', () => {
  it('holds: the definitions and the harmonic mean of precision and recall (SunYufei/Machine-Learning-Notes)', async () => {
    expect(await verdictsOf(SUNYUFEI, 'Precision=')).toEqual(['holds']);
    expect(await verdictsOf(SUNYUFEI, 'Recall=')).toEqual(['holds']);
    expect(await verdictsOf(SUNYUFEI, 'TPR=')).toEqual(['holds']);
    expect(await verdictsOf(SUNYUFEI, '\\frac{1}{F_1}')).toEqual(['holds']);
  });

  it('stays undecided: a letter no metric names (the typo TM for TN)', async () => {
    expect(await verdictsOf(SUNYUFEI, 'TM+FP')).toEqual(['none']);
  });

  it('fails: planted slips of F1 (the product below, the ½ left out) and a swapped precision', async () => {
    const planted = (formula: string) => SUNYUFEI.replace('\\displaystyle\\frac{1}{F_1}=\\frac{1}{2}\\times\\frac{1}{Precision}+\\frac{1}{2}\\times\\frac{1}{Recall}', formula);
    expect(await verdictsOf(planted('F_1 = \\frac{2 \\cdot Precision \\cdot Recall}{Precision \\cdot Recall}'), 'F_1 =')).toEqual(['fails']);
    expect(await verdictsOf(planted('\\frac{1}{F_1}=\\frac{1}{Precision}+\\frac{1}{Recall}'), '\\frac{1}{F_1}')).toEqual(['fails']);
    expect(await verdictsOf(SUNYUFEI.replace('$Precision=\\displaystyle\\frac{TP}{TP+FP}$', '$Precision=\\displaystyle\\frac{TP}{TP+FN}$'), 'Precision=')).toEqual(['fails']);
  });

  it('bare P and R: holds where the section names precision and recall, never fails beside counts', async () => {
    const note = '## Precision and recall\n\n$$F_1 = \\frac{2PR}{P+R}$$\n\n$$P = \\frac{TP}{TP+FN}$$\n';
    expect(await verdictsOf(note, '2PR')).toEqual(['holds']);
    // P may be the positives' count elsewhere (P = TP + FN): a bare P beside counts is only confirmed.
    expect(await verdictsOf(note, 'P = ')).toEqual(['none']);
    // Without the words, P and R are any letters.
    expect(await verdictsOf('## Circuits\n\n$$F_1 = \\frac{2PR}{P \\cdot R}$$\n', '2PR')).not.toContain('fails');
  });

  it('stays undecided: worked numbers and other letters', async () => {
    const note = '## F1 score\n\nPrecision and recall.\n\n$$F_1 = \\frac{2 \\times 0.8 \\times 0.5}{0.8}$$\n\n$$F_1 = \\frac{2ab}{a+b}$$\n';
    expect(await verdictsOf(note, '0.8')).not.toContain('fails');
    expect(await verdictsOf(note, '2ab')).toEqual(['none']);
  });
});

/** JHY-CPU/learning-notes, 20-深度学习/03_神经网络核心/9_Softmax 函数推导与数值稳定性 (Log-Sum-Exp).md (verbatim). */
const JHY_SOFTMAX = [
  '- **Softmax 定义**：Softmax 函数将任意实数向量 $z \\in \\mathbb{R}^K$ 转换为一个概率分布：$\\text{Softmax}(z_i) = e^{z_i} / \\sum_{j=1}^K e^{z_j}$。',
  '- **Log-Softmax 与交叉熵的联合简化**：在实际实现中，Softmax 通常与交叉熵损失函数联合计算，形成 $\\text{CrossEntropyLoss} = -\\log(\\text{Softmax}(z_i)) = -z_i + \\log\\sum_j e^{z_j}$。',
].join('\n');

describe('softmax of an entry, Softmax capitalised (identity/indexedVectors.ts)', () => {
  it('holds: the i-th entry written Softmax(z_i) (JHY-CPU/learning-notes)', async () => {
    expect(await verdictsOf(JHY_SOFTMAX, 'CrossEntropyLoss')).toEqual(['holds']);
    expect(await verdictsOf(JHY_SOFTMAX, '\\text{Softmax}(z_i) = e^{z_i}')).toEqual(['holds']);
  });

  it('fails: a planted missing minus', async () => {
    const planted = JHY_SOFTMAX.replace('= -z_i + \\log', '= z_i + \\log');
    expect(await verdictsOf(planted, 'CrossEntropyLoss')).toContain('fails');
  });
});

describe('named metrics: shapes never failed', () => {
  it('F_1 = P (said when P = R) and P = R stay undecided', async () => {
    const note = '## Precision and recall\n\nWhen precision equals recall, $F_1 = P$ and $P = R$.\n';
    expect(await verdictsOf(note, 'F_1 = P')).toEqual(['none']);
    expect(await verdictsOf(note, 'P = R')).toEqual(['none']);
  });
});
