import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

/** The verdicts of the claims of the formula whose source contains `piece`. */
async function verdictsOf(note: string, piece: string): Promise<string[]> {
  const reports = await judgeNote(note);
  const report = reports.find((r) => r.source.includes(piece));
  if (!report) throw new Error(`no formula with ${piece}`);
  return report.claims.map((c) => c.verdict);
}

describe('the KV-cache size', () => {
  it('holds on 2 × layers × KV heads × head dimension × tokens × bytes (aayushdw/ML-Notes, Token Optimization)', async () => {
    const note = [
      '### KV Cache Size Calculation',
      'The memory required to store the KV cache for a **single** request is:',
      '',
      '$$',
      '\\text{Mem}_{KV} = 2 \\times L \\times H_{kv} \\times D_{head} \\times S \\times P_{\\text{bytes}}',
      '$$',
    ].join('\n');
    expect(await verdictsOf(note, 'Mem')).toEqual(['holds']);
  });

  it('holds with the batch and the bytes as a unit, and 2 × 2 for fp16 (two Chinese LLM notes, verbatim)', async () => {
    const note = [
      '#### KV Cache 是推理的显存瓶颈',
      '',
      '自回归推理时，每生成一个 token 都需要用到所有历史 token 的 Key 和 Value。KV Cache 的大小：',
      '',
      '$$M_{\\text{KV}} = 2 \\times L \\times n_h \\times d_h \\times s \\times b \\times \\text{bytes}$$',
      '',
      '**显存代价：** 对于 $L$ 层、隐藏维度 $H$ 的 FP16 模型，缓存单个 Token 约占：',
      '$$C_{tok} = 2 \\times 2 \\times L \\times H \\text{ bytes}$$',
    ].join('\n');
    expect(await verdictsOf(note, 'M_{\\text{KV}}')).toEqual(['holds']);
    expect(await verdictsOf(note, 'C_{tok}')).toEqual(['holds']);
  });

  it('leaves alone a cache without its layers (MQA note: N heads, L tokens) and one without its 2', async () => {
    const note = [
      '### KV cache',
      '',
      '$$M = 2 \\times N \\times L \\times D$$',
      '',
      '$$M_{KV} = L \\times n_h \\times d_h \\times s$$',
    ].join('\n');
    expect(await verdictsOf(note, '2 \\times N')).toEqual(['none']);
    expect(await verdictsOf(note, 'M_{KV}')).toEqual(['none']);
  });
});

describe('queueing: Little\'s law and the M/M/1 queue', () => {
  it('holds on L = λW (aayushdw/ML-Notes, ML API Design Principles, verbatim)', async () => {
    const note = [
      'An inference server can be modeled as an $M/M/c$ queue (Markovian arrival, Markovian service times, $c$ servers).',
      '### Little\'s Law',
      'The fundamental theorem governing your API\'s concurrency:',
      '$$L = \\lambda W$$',
    ].join('\n');
    expect(await verdictsOf(note, '\\lambda W')).toEqual(['holds']);
  });

  it('holds on the four M/M/1 means and Little\'s links between them (a systems interview kit, verbatim)', async () => {
    const note = [
      '### M/M/1: the formulas and the hockey stick',
      '',
      '$$L = \\frac{\\rho}{1-\\rho}, \\quad W = \\frac{1}{\\mu - \\lambda}, \\quad L_q = \\frac{\\rho^2}{1-\\rho}, \\quad W_q = \\frac{\\rho}{\\mu - \\lambda}$$',
      '',
      'Little links them: $L = \\lambda W$, $L_q = \\lambda W_q$, $L = L_q + \\rho$. The form to memorize is $W = E[S]/(1-\\rho)$.',
    ].join('\n');
    expect(await verdictsOf(note, 'W_q = \\frac')).toEqual(['holds', 'holds', 'holds', 'holds']);
    expect(await verdictsOf(note, 'L_q + \\rho')).toEqual(['holds']);
    expect(await verdictsOf(note, 'E[S]')).toEqual(['none']);
  });

  it('leaves alone a wrong M/M/1 mean and the M/M/1 letters in a section on M/M/c (near misses)', async () => {
    const note = [
      '### M/M/1',
      '',
      '$$W = \\frac{1}{\\mu + \\lambda}$$',
      '',
      '### M/M/c and Erlang C',
      '',
      'For $c$ servers, unlike M/M/1: $$W_q = \\frac{\\rho}{\\mu - \\lambda}$$',
    ].join('\n');
    expect(await verdictsOf(note, '\\mu + \\lambda')).toEqual(['none']);
  });
});

describe('parallel training', () => {
  it('holds on the bubble relative to useful compute (bapixiaobb/ai-learning-notes, Pipeline Parallelism, verbatim)', async () => {
    const note = [
      '我们假设：',
      '- `p`：pipeline stages 数量，也就是把模型切成几段',
      '- `m`：micro-batches 数量',
      '所以：',
      '$$',
      '\\frac{\\text{bubble time}}{\\text{useful compute}} = \\frac{(p-1)\\tau}{m\\tau} = \\frac{p-1}{m}',
      '$$',
    ].join('\n');
    expect(await verdictsOf(note, 'bubble time')).toEqual(['holds', 'holds']);
  });

  it('holds on the bubble fraction of the total time (the form of ttsugriy/distributed-training-book) and not on a swapped one', async () => {
    const note = [
      '## Pipeline bubble',
      '',
      '$$f_{\\text{bubble}} = \\frac{P-1}{M+P-1}$$',
      '',
      '$$f_{\\text{bubble}} = \\frac{M-1}{M+P-1}$$',
    ].join('\n');
    expect(await verdictsOf(note, '\\frac{P-1}')).toEqual(['holds']);
    expect(await verdictsOf(note, '\\frac{M-1}')).toEqual(['none']);
  });

  it('holds on ring all-reduce traffic 2(N − 1)/N and fails on the planted (N − 1)/N of the total', async () => {
    const note = [
      '### Ring all-reduce',
      '',
      'Each GPU sends and receives, in total, $T = 2\\frac{N-1}{N} M$ bytes.',
      '',
      'The total traffic per GPU of the ring all-reduce is $T = \\frac{N-1}{N} M$ bytes.',
    ].join('\n');
    expect(await verdictsOf(note, 'T = 2')).toEqual(['holds']);
    expect(await verdictsOf(note, 'T = \\frac{N-1}')).toEqual(['fails']);
  });

  it('leaves (N − 1)/N alone where the lines speak of one of the two phases (near miss)', async () => {
    const note = [
      '### Ring all-reduce',
      '',
      'The reduce-scatter phase alone moves $T_{rs} = \\frac{N-1}{N} M$ per GPU.',
    ].join('\n');
    expect(await verdictsOf(note, 'T_{rs}')).toEqual(['none']);
  });

  it("holds on Amdahl's law in either fraction convention", async () => {
    const note = [
      "## Amdahl's law",
      '',
      '$$S = \\frac{1}{(1-p) + \\frac{p}{N}}$$',
      '',
      '$$S = \\frac{1}{s + \\frac{1-s}{n}}$$',
      '',
      '$$S = \\frac{1}{(1-p) + p N}$$',
    ].join('\n');
    expect(await verdictsOf(note, '\\frac{p}{N}')).toEqual(['holds']);
    expect(await verdictsOf(note, '\\frac{1-s}{n}')).toEqual(['holds']);
    expect(await verdictsOf(note, 'p N')).toEqual(['none']);
  });
});

describe('training compute, parameters and perplexity', () => {
  it('holds on C = 6ND (bapixiaobb/ai-learning-notes, Scaling Law, verbatim) and leaves 2ND alone in training', async () => {
    const note = [
      '## Difference?',
      '',
      '>**Question** — 为什么不同的方法（Kaplan 和 Chinchilla）都是研究 $C=6ND$ 但是结论会差这么多？',
      '',
      'The training compute is $C = 2ND$ FLOPs.',
    ].join('\n');
    expect(await verdictsOf(note, 'C=6ND')).toEqual(['holds']);
    expect(await verdictsOf(note, 'C = 2ND')).toEqual(['none']);
  });

  it("holds on 12 L d² as a transformer's parameters", async () => {
    const note = ['## Parameter count', '', 'Without embeddings, $N \\approx 12 L d^2$.'].join('\n');
    expect(await verdictsOf(note, '12 L')).toEqual(['holds']);
  });

  it('holds on PPL = exp(L) after the mean loss (bapixiaobb/ai-learning-notes, Perplexity, verbatim)', async () => {
    const note = [
      '把所有 token 的 negative log-likelihood 求平均，就得到平均 cross-entropy loss：',
      '$ L = -\\frac1T\\sum_{t=1}^T \\log p_\\theta(x_t\\mid x_{<t}). $',
      'Perplexity 的定义只是：',
      '$ \\operatorname{PPL}=\\exp(L). $',
    ].join('\n');
    expect(await verdictsOf(note, 'PPL')).toEqual(['holds']);
  });

  it('holds on the spelled-out perplexity (CaoJiahao2/deep-learning-notes, panorama, verbatim) but not without the 1/N', async () => {
    const note = [
      '困惑度为',
      '',
      '$$',
      '\\operatorname{PPL} = \\exp\\left( -\\frac1N \\sum_{i=1}^{N} \\log p(x_i\\mid x_{<i}) \\right).',
      '$$',
      '',
      '$$\\operatorname{PPL} = \\exp\\left( -\\sum_{i=1}^{N} \\log p(x_i\\mid x_{<i}) \\right)$$',
    ].join('\n');
    expect(await verdictsOf(note, '-\\frac1N')).toEqual(['holds']);
    expect(await verdictsOf(note, '-\\sum')).toEqual(['none']);
  });
});

describe('initialisations in layer letters and as drawn weights', () => {
  /** glouppe/info8010-deep-learning, lecture 4 (verbatim, as in test/corpus/notes/glouppe-info8010.md). */
  const GLOUPPE = [
    'This condition is enforced in **LeCun\'s uniform initialization**, which is defined as',
    '$$w\\_{ij}^l \\sim \\mathcal{U}\\left[-\\sqrt{\\frac{3}{q\\_{l-1}}}, \\sqrt{\\frac{3}{q\\_{l-1}}}\\right].$$',
    '',
    '## Xavier initialization',
    '',
    'For example, *normalized initialization* is defined as',
    '$$w\\_{ij}^l \\sim \\mathcal{U}\\left[-\\sqrt{\\frac{6}{q\\_{l-1}+q\\_l}}, \\sqrt{\\frac{6}{q\\_{l-1}+q\\_l}}\\right].$$',
    '',
    '## He initialization',
    '',
    '$$\\mathbb{V}\\left[w^l\\right] = \\frac{2}{q\\_{l-1}}.$$',
  ].join('\n');

  it('holds on LeCun\'s and Xavier\'s uniform bounds and He\'s variance in q_{l-1}, q_l', async () => {
    expect(await verdictsOf(GLOUPPE, '{3}{q')).toEqual(['holds']);
    expect(await verdictsOf(GLOUPPE, '{6}{q')).toEqual(['holds']);
    expect(await verdictsOf(GLOUPPE, '\\frac{2}{q')).toEqual(['holds']);
  });

  it('holds on Xavier weights drawn uniform and normal in n_in, n_out (several notes, verbatim)', async () => {
    const note = [
      'Mathematically, for a layer with $n_{in}$ inputs and $n_{out}$ outputs, the Xavier weights $W$ are initialized as:',
      '',
      '$$W \\sim \\mathcal{N}\\left(0, \\frac{2}{n_{in} + n_{out}}\\right)$$',
      '',
      '$$W \\sim \\mathcal{U}\\left(-\\sqrt{\\frac{6}{n_{in} + n_{out}}}, \\sqrt{\\frac{6}{n_{in} + n_{out}}}\\right)$$',
    ].join('\n');
    expect(await verdictsOf(note, 'mathcal{N}')).toEqual(['holds']);
    expect(await verdictsOf(note, 'mathcal{U}')).toEqual(['holds']);
  });

  it("fails on He's variance written 1/n^{[l-1]} and leaves a variance written as a root alone (NeoFantom/Coursera-DL-RL-notes shape)", async () => {
    const note = [
      '### Initializing weights',
      '',
      '- $\\displaystyle \\operatorname{Var}(w_i) = \\frac{1}{n^{[l-1]}}$ for He initialization, by Kaiming He.',
      '- $\\displaystyle \\operatorname{Var}(w_i) = \\sqrt{ \\frac{2}{n^{[l-1]}} }$ for He initialization, by Kaiming He.',
      '- $\\displaystyle \\operatorname{Var}(w_i) = \\frac{2}{n^{[l-1]}}$ for He initialization',
    ].join('\n');
    expect(await verdictsOf(note, '\\frac{1}{n^{[l-1]}}')).toEqual(['fails']);
    expect(await verdictsOf(note, '\\sqrt{ \\frac{2}')).toEqual(['none']);
    expect(await verdictsOf(note, '= \\frac{2}{n^{[l-1]}}')).toEqual(['holds']);
  });

  it('leaves a normal written with its deviation alone (mean and sigma named)', async () => {
    const note = ['## Xavier', '', '$$W_{ij} \\sim \\mathcal{N}\\left(\\mu = 0, \\sigma = \\sqrt{\\frac{2}{n_{in} + n_{out}}}\\right)$$'].join('\n');
    expect(await verdictsOf(note, 'sigma =')).toEqual(['none']);
  });
});
