/**
 * A sixth round of public notes the checker had never seen — deep-learning course and
 * interview notes, LLM-systems books with memory and FLOP arithmetic, and the lecture
 * notes of an ML course site (the repositories are named by each case): formulas it
 * failed although their authors were right, each beside a variant that is really wrong
 * and still fails.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

const verdicts = async (latex: string) => (await judgeFormula(latex)).claims.map((c) => c.verdict);
/** The verdict of each formula of a note. */
const noteVerdicts = async (note: string) => (await judgeNote(note)).map((r) => r.verdict);

describe('a plain number claimed against a side with scale words keeps its written digits (analyze.ts, asUnitClaim)', () => {
  // ttsugriy/distributed-training-book, docs/synthesis/35-case-study-deepseek.md: FLOPs per step,
  // 6 × 37B × 4M = 8.88 × 10¹⁷, written to two digits.
  it('6 × 37B × 4M = 8.9 × 10¹⁷ holds as rounded', async () => {
    expect(await verdicts('6 \\times 37\\text{B} \\times 4\\text{M} = 8.9 \\times 10^{17}')).toEqual(['holds']);
    expect(await verdicts('6 \\times 37\\text{B} = 2.2 \\times 10^{11}')).toEqual(['holds']);
  });

  it('a product no rounding reaches is not called holds', async () => {
    expect(await verdicts('6 \\times 37\\text{B} \\times 4\\text{M} = 7.9 \\times 10^{17}')).not.toContain('holds');
    expect(await verdicts('6 \\times 37 \\times 10^9 \\times 4 \\times 10^6 = 7.9 \\times 10^{17}')).toEqual(['fails']);
  });
});

describe('a quantity divided exactly rounds half up, whatever the float noise of its unit (units.ts, judgePair)', () => {
  // ttsugriy/distributed-training-book, docs/composition/24-3d-parallelism.md: optimizer memory per GPU,
  // 1.4 TB / 32 = 43.75 GB exactly.
  it('1.4 TB / 32 = 43.8 GB holds', async () => {
    expect(await verdicts('\\frac{1.4\\text{TB}}{32} = 43.8\\text{ GB}')).toEqual(['holds']);
  });

  it('43.9 GB still fails', async () => {
    expect(await verdicts('\\frac{1.4\\text{TB}}{32} = 43.9\\text{ GB}')).toEqual(['fails']);
  });
});

describe('a count read as bytes is compared at the digits written (countAsSize.ts)', () => {
  // ttsugriy/distributed-training-book, docs/composition/25-4d-5d-parallelism.md: dense and expert
  // parameters per GPU, 200B parameters at 2 bytes over 128 GPUs = 3.125 GB, written 3.1 GB.
  it('200B × 2 / (8 × 16) = 3.1 GB is no fail', async () => {
    expect(await verdicts('\\frac{200\\text{B} \\times 2}{8 \\times 16} = 3.1\\text{ GB}')).not.toContain('fails');
    expect(await verdicts('\\frac{800\\text{B} \\times 2}{8 \\times 16 \\times 4} = 3.1\\text{ GB}')).not.toContain('fails');
  });

  it('a size no reading of B reaches still fails', async () => {
    expect(await verdicts('\\frac{200\\text{B} \\times 2}{8 \\times 16} = 4.1\\text{ GB}')).toEqual(['fails']);
  });
});

describe('MB may be 2²⁰ bytes (binaryBytePrefixes.ts)', () => {
  // Gaurav14cs17/ml-researcher-foundations, 06_deep_learning/04_architectures/01_attention/README.md:
  // the attention matrix for n = 4096 in fp32.
  it('4096² × 4 bytes = 64 MB holds with MB read as MiB, naming that reading', async () => {
    const report = await judgeFormula('4096^2 \\times 4 \\text{ bytes} = 64\\text{ MB}');
    expect(report.claims.map((c) => c.verdict)).toEqual(['holds']);
    expect(report.claims[0]!.reading).toMatch(/1024/);
  });

  it('an attention matrix of 8192² entries at 2 bytes = 128 MB holds too', async () => {
    expect(await verdicts('8192^2 \\times 2 \\text{ bytes} = 128 \\text{ MB}')).toEqual(['holds']);
  });

  it('a size wrong in both readings still fails', async () => {
    expect(await verdicts('4096^2 \\times 4 \\text{ bytes} = 60\\text{ MB}')).toEqual(['fails']);
    expect(await verdicts('1\\,\\text{GB} = 1000\\,\\text{MB}')).toEqual(['holds']);
  });
});

describe('an equation the text goes on to solve is no identity (equationToSolve.ts)', () => {
  // ttsugriy/distributed-training-book, docs/collectives/12-ring-tree-algorithms.md: the crossover of
  // ring and tree all-reduce.
  const crossover = (before: string, after: string) =>
    `${before}\n\n$$2(P-1)\\alpha + \\frac{2(P-1)}{P} \\cdot \\frac{n}{\\beta} = 2\\log_2 P \\cdot \\alpha + 2\\log_2 P \\cdot \\frac{n}{\\beta}$$\n\n${after}\n`;

  it('"Setting $T_{ring} = T_{tree}$:" before it, "Solving for $n$:" after it', async () => {
    expect(await noteVerdicts(crossover('Setting $T_{\\text{ring}} = T_{\\text{tree}}$:', 'The crossover point.'))).toContain('none');
    expect(await noteVerdicts(crossover('The crossover point.', 'Solving for $n$:'))).toContain('none');
  });

  // wangywUST/wangywust.github.io, CourseLLM2025/lecture_8.md: a GSM8K age puzzle solved step by step.
  it('"Substitute J = 2M into Eq2: $2M - 5 = 3(M - 5)$." then "6. Solve: …"', async () => {
    const note = '5. Substitute $J = 2M$ into Eq2: $2M - 5 = 3(M - 5)$.\n6. Solve: $2M - 5 = 3M - 15$.\n';
    expect((await noteVerdicts(note)).slice(0, 2)).not.toContain('fails');
  });

  it('a wrong identity with no such words around it still fails', async () => {
    expect((await noteVerdicts('The crossover point.\n\n$$2(P-1) = 2P - 1$$\n\nIt grows with $P$.\n'))).toContain('fails');
  });
});

describe('≈ ∞ of a value beyond float32 is no fail (practicallyInfinite.ts)', () => {
  // ttsugriy/distributed-training-book, docs/composition/26-failures-checkpoints.md: expected completion
  // time without checkpoints, T = 720 h and λ = 0.625 per hour.
  it('(e^{450} − 1)/0.625 ≈ ∞ is undecided', async () => {
    expect(await verdicts('\\frac{e^{450} - 1}{0.625} \\approx \\infty')).toEqual(['none']);
  });

  it('a value float32 holds is not ≈ ∞', async () => {
    expect(await verdicts('\\frac{e^{45} - 1}{0.625} \\approx \\infty')).toEqual(['fails']);
  });
});

describe('max spelled in plain letters is the operator (spelledOperators.ts)', () => {
  // WangJengYun/ML-DL-notes, "Deep Learning/NLP/Word Embeddings-From Frequency based to predicttion based.md":
  // word2vec's objective, maximising y_{j*} or its logarithm.
  it('max y_{j*} = max log y_{j*} is undecided', async () => {
    expect(await verdicts('max\\,y_{j^*} = max\\,log y_{j^*}')).not.toContain('fails');
  });

  it('max written as the operator still evaluates, and a wrong maximum still fails', async () => {
    expect(await verdicts('\\max(3, 5) = 3')).toEqual(['fails']);
  });
});

describe('j is the imaginary unit where it is the only free symbol and no index (imaginaryJ.ts)', () => {
  // wangywUST/wangywust.github.io, CourseADSP2026/lecture_1.md: the twiddle factors of a 3-point DFT.
  it('e^{−j2π/3} = −1/2 − j√3/2 holds with j² = −1', async () => {
    const report = await judgeFormula('e^{-j2\\pi/3} = -\\tfrac{1}{2} - j\\tfrac{\\sqrt{3}}{2}');
    expect(report.claims.map((c) => c.verdict)).toEqual(['holds']);
    expect(report.claims[0]!.reading).toMatch(/imaginary unit/);
    expect(await verdicts('-j\\sqrt3\\cdot\\!\\left(-\\tfrac{1}{2}-j\\tfrac{\\sqrt3}{2}\\right) = -\\tfrac{3}{2}+j\\tfrac{\\sqrt3}{2}')).toEqual(['holds']);
  });

  it('a twiddle factor with the wrong sign still fails', async () => {
    expect(await verdicts('e^{-j2\\pi/3} = -\\tfrac{1}{2} + j\\tfrac{\\sqrt{3}}{2}')).toEqual(['fails']);
  });
});

describe('a count against a quantity is no mismatch of kinds (units.ts)', () => {
  // ttsugriy/distributed-training-book, docs/composition/25-4d-5d-parallelism.md: activations per GPU,
  // 128 × 128K × 8192 values at 2 bytes over 32 GPUs, × 4 buffers.
  it('128 × 128K × 8192 × 2 / (8 × 4) × 4 ≈ 34 GB is undecided', async () => {
    expect(await verdicts('\\frac{128 \\times 128\\text{K} \\times 8192 \\times 2}{8 \\times 4} \\times 4 \\approx 34\\text{ GB}')).toEqual(['none']);
  });

  // wangywUST/wangywust.github.io, CourseADSP2026/lecture_7.md: an RLS memory at 1-kHz updates.
  it('100 samples = 100 ms is undecided', async () => {
    expect(await verdicts('\\frac1{0.01}=100\\ \\text{samples}=100\\ \\text{ms}')).not.toContain('mismatch');
  });

  it('a time against a size is still a mismatch', async () => {
    expect(await verdicts('3\\,\\text{ms} = 3\\,\\text{GB}')).toEqual(['mismatch']);
  });
});

describe('a chain whose middle shows the side before it rounded (roundedMiddle.ts)', () => {
  // Gaurav14cs17/ml-researcher-foundations, 08_model_compression/10_compression_pipelines/02_workflows/README.md:
  // BERT to DistilBERT and INT8, 66M/340M = 0.194 shown as 0.19, and 0.0485 rounded to 0.049.
  it('66M/340M × 8/32 = 0.19 × 0.25 = 0.049 holds end to end', async () => {
    const report = await judgeFormula('\\text{Reduction} = \\frac{66M}{340M} \\times \\frac{8}{32} = 0.19 \\times 0.25 = 0.049 \\approx 20\\times');
    expect(report.claims.map((c) => c.verdict)).not.toContain('fails');
    expect(await verdicts('\\frac{66}{340} \\times \\frac{8}{32} = 0.19 \\times 0.25 = 0.049')).toEqual(['holds', 'holds']);
  });

  it('a chain whose ends disagree still fails, and so does a middle no rounding reaches', async () => {
    expect(await verdicts('\\frac{66}{340} \\times \\frac{8}{32} = 0.19 \\times 0.25 = 0.059')).toContain('fails');
    expect(await verdicts('\\frac{66}{340} \\times \\frac{8}{32} = 0.29 \\times 0.25 = 0.049')).toEqual(['fails', 'fails']);
  });
});

describe('a value rounded to a simple fraction (simpleFraction.ts)', () => {
  // SingularGuyLeBorn/Awesome-CS336-NoteForEveryone, NoteByHuman/Lecture3/Lecture3-GQA-MQA-MLA.md: MLA's KV
  // cache against MHA's for DeepSeek-V2, "about 1/25".
  it('576/14336 ≈ 0.0402 ≈ 1/25 holds', async () => {
    const latex = '\\text{MLA Cache Ratio} = \\frac{d_c + d_r}{2 \\times d_{model}} = \\frac{512 + 64}{2 \\times 7168} = \\frac{576}{14336} \\approx 0.0402 \\approx \\frac{1}{25}';
    expect((await verdicts(latex)).slice(-3)).toEqual(['holds', 'holds', 'holds']);
  });

  it('a fraction off the grid or too far still fails', async () => {
    expect(await verdicts('0.0402 \\approx \\frac{1}{20}')).toEqual(['fails']);
    expect(await verdicts('0.45 \\approx \\frac{1}{2}')).toEqual(['fails']);
  });
});
