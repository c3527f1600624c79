/**
 * How far lenient readings may stretch a written result (lastDigitSlack.ts, simpleFraction.ts,
 * the one-digit integer of claims.ts): real formulas that hold, and their slips that must not.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';
import { lastDigitUnit, withinOneLastDigit } from '../../src/core/formula/rounding/lastDigitSlack';

const verdicts = async (latex: string) => (await judgeFormula(latex)).claims.map((c) => c.verdict);
const lastVerdict = async (latex: string) => (await verdicts(latex)).at(-1);

describe('one unit of the last written digit', () => {
  it('is the place of the last significant digit written', () => {
    expect(lastDigitUnit(61_000, 2)).toBe(1000);
    expect(lastDigitUnit(0.357, 3)).toBeCloseTo(0.001, 15);
    expect(lastDigitUnit(-5.46, 3)).toBeCloseTo(0.01, 15);
    expect(lastDigitUnit(4377, 4)).toBe(1);
  });

  it('bounds how far the value the inputs give may be', () => {
    expect(withinOneLastDigit(0.357, 3, 0.35714, 0.35714)).toBe(true);
    expect(withinOneLastDigit(0.355, 3, 0.35714, 0.35714)).toBe(false);
    expect(withinOneLastDigit(4.24264069, 9, 4.24264068, 4.24264068)).toBe(true);
    expect(withinOneLastDigit(61_000, 2, 61_333, 61_333)).toBe(true);
    expect(withinOneLastDigit(63_000, 2, 61_333, 61_333)).toBe(false);
    // The nearest end of the computed interval counts.
    expect(withinOneLastDigit(2.5, 2, 2.3, 2.45)).toBe(true);
  });
});

describe('a result from short rounded inputs', () => {
  // test/corpus/notes/aayushdw-ml-notes.md:42
  it('`Constant = \\frac{2.5}{7} \\approx 0.357` holds; 0.355 does not, 0.457 fails', async () => {
    expect(await lastVerdict('Constant = \\frac{2.5}{7} \\approx 0.357')).toBe('holds');
    expect(await lastVerdict('Constant = \\frac{2.5}{7} \\approx 0.355')).not.toBe('holds');
    expect(await lastVerdict('Constant = \\frac{2.5}{7} \\approx 0.457')).toBe('fails');
  });

  // test/corpus/notes/scaling-book.md:26 (jax-ml/scaling-book)
  it('`B > \\frac{9.2e14}{1.5e10} \\simeq 61,000` holds; 63,000 does not', async () => {
    expect(await lastVerdict('B > \\frac{9.2e14}{1.5e10} \\simeq 61,000')).toBe('holds');
    expect(await lastVerdict('B > \\frac{9.2e14}{1.5e10} \\simeq 63,000')).not.toBe('holds');
  });

  // test/corpus/notes/ai-system-textbook.md:25
  it('`z=1.021*1.1+1.1^2=2.3331` holds; 2.3333 does not, 3.3331 fails', async () => {
    expect(await lastVerdict('z=1.021*1.1+1.1^2=2.3331')).toBe('holds');
    expect(await lastVerdict('z=1.021*1.1+1.1^2=2.3333')).not.toBe('holds');
    expect(await lastVerdict('z=1.021*1.1+1.1^2=3.3331')).toBe('fails');
  });

  // m-ciniello/omscs-ml-notes, uncertainty_quantification.md:656: right for the Φ(4) = 0.99997 the 0.999 stands for.
  it('two units off from displayed inputs is undecided, never failed', async () => {
    expect(await lastVerdict('0.5\\,(4.0 \\cdot 0.999 + 2 \\cdot 0.0001 - 1/\\sqrt{\\pi}) \\approx 1.718')).toBe('none');
  });
});

describe('a simple fraction stands for the value before it', () => {
  // test/corpus/notes/ml-foundations.md:19
  it('`P(\\text{ace}) = \\frac{4}{52} \\approx 0.077` holds; 0.075 does not', async () => {
    expect(await lastVerdict('P(\\text{ace}) = \\frac{4}{52} \\approx 0.077')).toBe('holds');
    expect(await lastVerdict('P(\\text{ace}) = \\frac{4}{52} \\approx 0.075')).not.toBe('holds');
  });

  // SingularGuyLeBorn/Awesome-CS336-NoteForEveryone, NoteByHuman/Lecture3/Lecture3-GQA-MQA-MLA.md
  it('`\\frac{576}{14336} \\approx 0.0402 \\approx \\frac{1}{25}` still holds; 1/20 still fails', async () => {
    expect(await verdicts('\\frac{576}{14336} \\approx 0.0402 \\approx \\frac{1}{25}')).toEqual(['holds', 'holds']);
    expect(await lastVerdict('0.0402 \\approx \\frac{1}{20}')).toBe('fails');
  });
});

describe('a one-digit integer under =', () => {
  // test/corpus/notes/scaling-book.md:105
  it('`Y > 2 * F / 2550 = 2 * 28672 / 2550 = 22` holds; 20 is no rounding of 22.5', async () => {
    expect(await lastVerdict('Y > 2 * F / 2550 = 2 * 28672 / 2550 = 22')).toBe('holds');
    expect(await lastVerdict('Y > 2 * F / 2550 = 2 * 28672 / 2550 = 20')).toBe('fails');
  });

  // XDZhelheim/MA212-Probability-and-Statistics-Notes, line 1399: at a = b = 1 the left side is 1.25.
  it('`\\frac 12a+\\frac 34b=1` at a = b = 1 does not hold as "1 rounded"', async () => {
    expect(await lastVerdict('\\frac 12 + \\frac 34 = 1')).toBe('fails');
    const note = '$a=b=1$ gives the uniform law.\n\n$\\therefore \\frac 12a+\\frac 34b=1\\Rightarrow 2a+3b=4$\n';
    const claims = (await judgeNote(note)).at(-1)?.claims ?? [];
    expect(claims.map((c) => c.verdict)).not.toContain('holds');
  });

  // test/corpus/notes/deeplearningbook-notes.md:248 (hadrienj/deepLearningBook-Notes): 7 from rounded decimals.
  it('from decimals cut for display it is still the exact value they stand for', async () => {
    expect(await lastVerdict('6\\times 0.89442719^2 + 4\\times 0.89442719\\times 0.4472136 + 3 \\times 0.4472136^2 = 7')).toBe('holds');
  });

  // d2l-ai/d2l-en, chapter_preliminaries/calculus.md:155: a numerical derivative's own error.
  it("within 1e-9 of the value it is the evaluation's error: `f'(1) = 2` holds", async () => {
    const note = 'Define $f(x) = 3x^2 - 4x$.\n\nThen $f\'(1) = 2$.\n';
    expect((await judgeNote(note)).at(-1)?.claims.at(-1)?.verdict).toBe('holds');
  });
});

describe('a step that restates short decimals of its left side (roundedLiterals.ts)', () => {
  // djeada/Statistics-Notes, notes/correlation_and_regression/multiple_regression.md:450: 3.785 × 5.2 is 19.682.
  it('`78 - (3.785)(5.2) - (0.116)(79) = 78 - 19.642 - 9.164` is undecided, not held; with 19.682 it holds', async () => {
    const slip = (await judgeFormula('78 - (3.785)(5.2) - (0.116)(79) = 78 - 19.642 - 9.164')).claims[0]!;
    expect(slip.verdict).toBe('none');
    expect(slip.reason).toMatch(/short decimals of its left side/);
    expect(await lastVerdict('78 - (3.785)(5.2) - (0.116)(79) = 78 - 19.682 - 9.164')).toBe('holds');
  });

  it('a rounded value written on the right for an exact one still holds: `\\frac{1}{1 + e^{1}} = \\frac{1}{1 + 2.718}`', async () => {
    expect(await lastVerdict('\\frac{1}{1 + e^{1}} = \\frac{1}{1 + 2.718}')).toBe('holds');
    expect(await lastVerdict('\\frac{1}{1 + e^{1}} = \\frac{1}{1 + 2.178}')).toBe('fails');
  });
});
