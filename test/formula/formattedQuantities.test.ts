/**
 * Worked memory and size arithmetic as LLM-systems notes write it: a bold or boxed
 * result, a brace under a term with its label, digits grouped with commas or thin
 * spaces, `Bytes` capitalised, a KB, MB or GB that may count in 1000 or 1024, and an 8
 * that is the bits in a byte (units/formattedQuantities.ts, units/binaryBytePrefixes.ts,
 * units/bitsPerByte.ts, units/units.ts onlyKiloBytes). Each case quotes a public note
 * verbatim; excerpts found through the code index's exact-string search, which does not
 * name the repository, say so. Each sits beside a variant that is really wrong.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

const verdicts = async (latex: string) => (await judgeFormula(latex)).claims.map((c) => c.verdict);
const noteVerdicts = async (note: string) => (await judgeNote(note)).map((r) => r.verdict);

describe('a bold or boxed result is the quantity it holds (formattedQuantities.ts)', () => {
  // A Chinese LLM note on LLaMA-2-7B training memory (code index, exact-string search):
  // "纯模型权重（FP16 / BF16，每个参数 2 字节）".
  it('6.74B × 2 Bytes ≈ **13.48 GB** holds; ≈ **13.8 GB** fails', async () => {
    expect(await verdicts('6.74\\text{B} \\times 2\\text{ Bytes} \\approx \\mathbf{13.48\\text{ GB}}')).toEqual(['holds']);
    expect(await verdicts('6.74\\text{B} \\times 2\\text{ Bytes} \\approx \\mathbf{13.8\\text{ GB}}')).toEqual(['fails']);
  });

  // An LLM fine-tuning note on optimizer memory (code index): "For Full Fine-Tuning".
  it('1.543 × 10⁹ params × 8 bytes ≈ **12.35 GB** holds', async () => {
    expect(await verdicts('1.543 \\times 10^9 \\text{ params} \\times 8 \\text{ bytes} \\approx \\mathbf{12.35 \\text{ GB}}')).toEqual(['holds']);
    expect(await verdicts('1.543 \\times 10^9 \\text{ params} \\times 8 \\text{ bytes} \\approx \\mathbf{13.35 \\text{ GB}}')).toEqual(['fails']);
  });

  // A hashing benchmark note (code index): "$$184{,}001 \times 55.9\text{ ns} = \mathbf{10.3\text{ milliseconds}}$$".
  it('184,001 × 55.9 ns = **10.3 milliseconds** holds as rounded', async () => {
    expect(await verdicts('184{,}001 \\times 55.9\\text{ ns} = \\mathbf{10.3\\text{ milliseconds}}')).toEqual(['holds']);
    expect(await verdicts('184{,}001 \\times 55.9\\text{ ns} = \\mathbf{11.3\\text{ milliseconds}}')).toEqual(['fails']);
  });

  it('a boxed claim and \\textbf read the same way', async () => {
    expect(await verdicts('4.2 \\times 10^9\\text{ params} \\times 2\\text{ bytes/param} = \\boxed{8.40\\text{ GB}}')).toEqual(['holds']);
    expect(await verdicts('4.2 \\times 10^9\\text{ params} \\times 2\\text{ bytes/param} = \\textbf{8.40 GB}')).toEqual(['holds']);
  });

  it('a bold name is still a name: the claim stays undecided', async () => {
    expect(await verdicts('\\mathbf{x} = 2\\,\\text{GB}')).toEqual(['none']);
  });
});

describe('a brace under a term names it; the term is what counts (formattedQuantities.ts)', () => {
  // A fine-tuning note's static VRAM for a 7B model (code index): "Optimizer & Master Weight VRAM Footprint".
  const vram = (total: string) => `\\underbrace{7.0\\text{B} \\times 4\\text{B}}_{\\text{FP32 Master}} + \\underbrace{7.0\\text{B} \\times 2\\text{B}}_{\\text{BF16 Grads}} + \\underbrace{7.0\\text{B} \\times 8\\text{B}}_{\\text{AdamW } (m_t, v_t)} = \\mathbf{${total}\\text{ GB}}`;
  it('7.0B × 4B + 7.0B × 2B + 7.0B × 8B = 98.0 GB holds; 96.0 GB is not called holds', async () => {
    expect(await verdicts(vram('98.0'))).toEqual(['holds']);
    expect(await verdicts(vram('96.0'))).not.toContain('holds');
  });
});

describe('digits grouped with commas or thin spaces beside a unit (formattedQuantities.ts)', () => {
  // A Vietnamese LLM-serving note (code index): "Bước 2: Tính KV Cache per Token".
  it('2 × 28 × 4 × 128 × 2 = 57,344 bytes holds; 57,334 bytes is not called holds', async () => {
    expect(await verdicts('2 \\times 28 \\times 4 \\times 128 \\times 2 = 57,344\\text{ bytes}')).toEqual(['holds']);
    // A plain product against bytes: what one counted thing is worth is for the text to say.
    expect(await verdicts('2 \\times 28 \\times 4 \\times 128 \\times 2 = 57,334\\text{ bytes}')).not.toContain('holds');
  });

  // A FlashAttention note on the memory wall (code index): "With $H = 32$ heads and FP16 (2 bytes)".
  it('32 × 16,777,216 × 2 bytes = 1,073,741,824 bytes ≈ 1 GB holds', async () => {
    expect(await verdicts('32 \\times 16,777,216 \\times 2 \\text{ bytes} = 1,073,741,824 \\text{ bytes} \\approx 1 \\text{ GB}')).toEqual(['holds', 'holds']);
  });

  // A Spanish big-data note (code index): "Tamaño total".
  it('800\\,000\\,000\\,008 bytes ≈ 800 GB holds', async () => {
    expect(await verdicts('800\\,000\\,000\\,008\\text{ bytes} \\approx 800\\text{ GB}')).toEqual(['holds']);
  });

  it('a decimal comma in braces is a decimal point: 1{,}5 GB = 1500 MB holds, = 15000 MB fails', async () => {
    expect(await verdicts('1{,}5\\,\\text{GB} = 1500\\,\\text{MB}')).toEqual(['holds']);
    expect(await verdicts('1{,}5\\,\\text{GB} = 15000\\,\\text{MB}')).toEqual(['fails']);
  });

  it('a list of numbers is no grouped number', async () => {
    expect(await verdicts('(1,2,4)\\,\\text{ms} = 7\\,\\text{ms}')).not.toContain('holds');
  });
});

describe('a KB, MB or GB counts in 1000 or 1024: the claim holds when one count makes it hold', () => {
  // A federated-learning energy note (code index): "假設 $s_i = 1000$ (上傳 1000 個 logits)".
  it('1000 × 400 bytes = 400 KB holds (KB = 1000 bytes); = 410 KB fails both ways', async () => {
    expect(await verdicts('1000 \\times 400 \\text{ bytes} = 400 \\text{ KB}')).toEqual(['holds']);
    expect(await verdicts('1000 \\times 400 \\text{ bytes} = 410 \\text{ KB}')).toEqual(['fails']);
  });

  // An operating-systems note on inode indirect blocks (code index): "**Double Indirect:**".
  it('(1024)² × 4 KB = 1024 × 4 MB = 4 GB holds (powers of 1024); = 5 GB fails', async () => {
    expect(await verdicts('(1024)^2 \\times 4\\text{ KB} = 1024 \\times 4\\text{ MB} = 4\\text{ GB}')).toEqual(['holds', 'holds']);
    expect(await verdicts('1024 \\times 4\\text{ MB} = 5\\text{ GB}')).toEqual(['fails']);
  });

  // A computer-architecture lesson (code index): "Since each address points to 1 byte".
  it('2³² bytes = **4 GB** holds (GiB), the reading says so; = 5 GB fails', async () => {
    const report = await judgeFormula('2^{32}\\text{ bytes} = \\mathbf{4\\text{ GB}}');
    expect(report.claims.map((c) => c.verdict)).toEqual(['holds']);
    expect(report.claims[0]!.reading).toMatch(/1024/);
    expect(await verdicts('2^{32}\\text{ bytes} = \\mathbf{5\\text{ GB}}')).toEqual(['fails']);
  });

  // An FFN systems note (code index): "Forward activation volume per token".
  it('2 × 28672 × 2 bytes = 114.7 KB holds (kB); 112 KB holds too (KiB); 120 KB fails', async () => {
    expect(await verdicts('2 \\times 28672 \\times 2\\text{ bytes} = 114.7\\text{ KB}')).toEqual(['holds']);
    expect(await verdicts('2 \\times 28672 \\times 2\\text{ bytes} = 112\\text{ KB}')).toEqual(['holds']);
    expect(await verdicts('2 \\times 28672 \\times 2\\text{ bytes} = 120\\text{ KB}')).toEqual(['fails']);
  });

  // A KV-cache transfer note (code index): "总传输体积".
  it('16 × 4,096 × 320 KB = 20.97 GB holds', async () => {
    expect(await verdicts('16 \\times 4,096 \\times 320\\text{ KB} = 20.97\\text{ GB}')).toEqual(['holds']);
    expect(await verdicts('16 \\times 4,096 \\times 320\\text{ KB} = 23.97\\text{ GB}')).toEqual(['fails']);
  });
});

describe('an 8 between bits and bytes is the bits in a byte (bitsPerByte.ts)', () => {
  // chenyuntc/pytorch-book, Chapter3/Chapter3.md (test/corpus/notes/chenyuntc-pytorch-book.md):
  // "每个元素占$32 \text{bit} \div 8 = 4 \text{Byte}$​内存".
  it('32 bit ÷ 8 = 4 Byte holds; = 5 Byte fails', async () => {
    expect(await noteVerdicts('每个元素占$32 \\text{bit} \\div 8 = 4 \\text{Byte}$内存。')).toEqual(['holds']);
    expect(await verdicts('32 \\text{bit} \\div 8 = 5 \\text{Byte}')).toEqual(['fails']);
  });

  it('the other way round, 4 Byte × 8 = 32 bit, holds; a product without bits and bytes is not re-read', async () => {
    expect(await verdicts('4 \\text{Byte} \\times 8 = 32 \\text{bit}')).toEqual(['holds']);
    expect(await verdicts('3 \\times 8 \\text{ bits} = 24 \\text{ bytes}')).toEqual(['fails']);
  });
});
