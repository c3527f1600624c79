/**
 * Formulas that real notes write but do not assert (proseBefore.ts), and names a
 * careful reader does not take for constants (Lawrencium77/Obsidian-Notes,
 * atulsingh-nikki/obsidian-notes).
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

const verdictsOf = async (note: string) => (await judgeNote(note)).map((r) => r.verdict);

describe('a sentence that does not assert its formula', () => {
  it.each([
    ['These are not parallel! The ratio would need to be $\\frac{1}{1} = \\frac{2}{0.182}$, but it is about 11.\n'],
    ['A common mistake is $\\sqrt{a+b} = \\sqrt{a} + \\sqrt{b}$ for positive a and b.\n'],
    ['Suppose $2^{10} = 1000$ exactly.\n'],
    ['假设$1=2$，那么……\n'],
  ])('%s', async (note) => {
    const [report] = await judgeNote(note);
    expect(report!.verdict).toBe('none');
    expect(report!.claims[0]!.reason).toMatch(/the sentence does not assert it/);
  });

  it('the words count only in the formula\'s own sentence', async () => {
    expect(await verdictsOf('This is not hard. Then $2^{10} = 1000$.\n')).toEqual(['fails']);
    expect(await verdictsOf('It is wrong.\n\n$$2^{10} = 1000$$\n')).toEqual(['fails']);
  });
});

describe('e as a variable', () => {
  // Floating Point.md: "For $e=150$, our precision is $1$" — e is the exponent field.
  it('e = 150 is a value given to e, not a claim about Euler\'s number', async () => {
    const [report] = await judgeNote('Hence for $e=150$, our precision is $1$.\n');
    expect(report!.verdict).toBe('none');
    expect(report!.claims[0]!.reason).toMatch(/e may be a variable/);
  });

  it('a wrong power of two beside it still fails', async () => {
    expect(await verdictsOf('For $e=0$, we have a precision of $2^{-127+23}=2^{-150}$.\n')).toEqual(['none', 'fails']);
  });

  it('e given a value names e for the rest of the note: its powers are about that e', async () => {
    const reports = await judgeNote('With $e = 3$, we get $e^2 = 9$.\n\nThe rate $e = 0.5$ gives $2e = 1$.\n');
    // `e = 3` itself may stand for Euler's number rounded; what matters is that nothing after it fails.
    expect(reports.map((r) => r.verdict).slice(1)).toEqual(['none', 'none', 'none']);
    expect(reports[1]!.claims[0]!.reason).toMatch(/e was given a value earlier in the note \(e = 3\)/);
  });

  it('e written as about 2.72 is Euler\'s number, so a wrong power of it still fails', async () => {
    expect(await verdictsOf('$e \\approx 2.72$, so $e^2 = 9$.\n')).toEqual(['holds', 'fails']);
  });
});

describe('notation a scalar check cannot read', () => {
  it('cycles of a permutation are no numbers', async () => {
    // symmetric-groups-first-principles.md: (1 2 3)^{-1} = (3 2 1) = (1 3 2).
    const report = await judgeFormula('(1 \\, 2 \\, 3)^{-1} = (3 \\, 2 \\, 1) = (1 \\, 3 \\, 2)');
    expect(report.verdict).toBe('none');
    expect(report.error).toMatch(/digits kept apart by spaces/);
  });

  it('a name applied to groups on both sides is a function we do not know', async () => {
    // bijective-functions-invertibility.md: a homomorphism.
    expect((await judgeFormula('\\phi(g_1 \\cdot g_2) = \\phi(g_1) \\cdot \\phi(g_2)')).verdict).toBe('none');
    expect((await judgeFormula('f(g_1 \\cdot g_2) = f(g_1) \\cdot f(g_2)')).verdict).toBe('none');
  });

  it('d next to a group is a differential', async () => {
    // ito-calculus.md: the chord rule of ordinary calculus, d(X^2) = 2X dX.
    const report = await judgeFormula('d(X^2) = 2X \\, dX');
    expect(report.verdict).toBe('none');
    expect(report.claims[0]!.reason).toMatch(/differential/);
  });
});
