/**
 * Identities with free variables, definitions that bind later formulas, and
 * what is never judged as an identity (docs/readings/identities.md). Values checked
 * independently with sympy (the identities) and python3 (the counter-examples).
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

const verdicts = async (note: string) => (await judgeNote(note)).map((r) => r.verdict);

describe('identities checked at random points', () => {
  it.each([
    ['\\log(ab) = \\log a + \\log b'],
    ['(a+b)^2 = a^2 + 2ab + b^2'],
    ['\\sin^2 x + \\cos^2 x = 1'],
    ['\\frac{1}{1+e^{-x}} = \\frac{e^x}{1+e^x}'],
    ['e^{\\ln x} = x'], // only x > 0 has a value: the positive domain is tried next
    ['\\binom{n}{k} = \\binom{n}{n-k}'],
    ['\\tanh(x) = 2\\sigma(2x) - 1'], // σ undefined in the note: the logistic sigmoid is assumed
    ["\\sigma'(x)=\\sigma(x)(1-\\sigma(x))"],
    ['\\frac{d}{dx}\\sigma(x) = \\sigma(x)(1-\\sigma(x))'],
    // The engine reads σ(z) × (…) as σ·((z) × (…)): the call still takes its group (akkefa-ml-notes).
    ["\\sigma'(z) = \\sigma(z) \\times (1 - \\sigma(z))"],
    ['\\tanh(x) \\cdot 2 = (2\\sigma(2x) - 1) \\cdot 2'],
  ])('%s holds', async (latex) => {
    const report = await judgeFormula(latex);
    expect(report.verdict).toBe('holds');
    expect(report.claims[0]!.identity?.points).toBeGreaterThanOrEqual(16);
  });

  it('a wrong identity fails with a counter-example', async () => {
    const report = await judgeFormula('\\log(a+b) = \\log a + \\log b');
    expect(report.verdict).toBe('fails');
    const c = report.claims[0]!.identity!.counterexample!;
    expect(Math.log(c.at.a! + c.at.b!)).toBeCloseTo(c.left, 12);
    expect(Math.log(c.at.a!) + Math.log(c.at.b!)).toBeCloseTo(c.right, 12);
    expect((await judgeFormula('(a+b)^2 = a^2 + b^2')).verdict).toBe('fails');
    expect((await judgeFormula("\\sigma'(z) = \\sigma(z) \\times (1 + \\sigma(z))")).verdict).toBe('none'); // assumed σ: never fails
  });

  it('an identity that holds only somewhere, or only for assumed meanings, is undecided', async () => {
    expect((await judgeFormula('\\sqrt{x^2} = x')).verdict).toBe('none'); // true for x ≥ 0 only
    expect((await judgeFormula('\\tanh(x) = 2\\sigma(x) - 1')).verdict).toBe('none'); // σ might not be the sigmoid
  });

  it('the same formula gets the same verdict and points every time', async () => {
    const a = await judgeFormula('\\log(a+b) = \\log a + \\log b + 0');
    const b = await judgeFormula('\\log(a+b) = \\log a + \\log b + 0');
    expect(a.claims[0]!.identity).toEqual(b.claims[0]!.identity);
  });
});

describe('not identities', () => {
  it.each([
    ['x^2 - 5x + 6 = 0'], // an equation to solve
    ['y = 2x + 1'], // a definition
    ['f(x) = \\max(0, x)'],
    ['e^x \\approx 1 + x'], // a regime, not an identity
    ['O(4w) = O(w)'], // big-O: O is a function we do not know
    ['\\mathrm{Var}(X) = E[X^2] - E[X]^2'],
    ['\\mathbf{W}^\\top x = x'],
    ['\\frac{\\partial L}{\\partial w} = 2w'],
    ['AB \\neq BA'],
    ['2 \\cdot 4096 \\cdot 16384 \\cdot B = 1.3e8 \\cdot B'], // a rounded constant: may hold, never fail
  ])('%s gets no "fails"', async (latex) => {
    expect((await judgeFormula(latex)).verdict).not.toBe('fails');
  });
});

describe('definitions bind later formulas of the note', () => {
  it('a function defined once refutes and confirms', async () => {
    expect(await verdicts("Let $f(x) = x^2 + 1$. Then $f'(x) = 2x$, $f'(x) = 3x$, $f(2) = 5$ and $f(3) = 11$."))
      .toEqual(['none', 'holds', 'fails', 'holds', 'fails']);
  });

  it('a function defined twice (piecewise, or reused) only confirms', async () => {
    const note = '$h(x) = (x/c)^{\\alpha}$ if $x < c$; otherwise $h(x) = 1$, because $h(0) = 0$.';
    expect((await verdicts(note)).at(-1)).toBe('none');
    expect((await verdicts('$f(x) = x^2$ and $f(x) = x^3$, so $f(2) = 8$ and $f(2) = 4$.')).slice(2)).toEqual(['holds', 'none']);
  });

  it('a number bound to a symbol confirms later claims, never refutes them', async () => {
    expect((await verdicts('With $F = 2 \\cdot 2550^2$ we get $F / 2 = 6502500$ and $F = 7$.')).slice(1)).toEqual(['holds', 'none']);
  });

  it('the note’s own σ is used, and names the definition', async () => {
    const reports = await judgeNote("$\\sigma(x) = \\frac{1}{1+e^{-x}}$ so $\\sigma'(x) = \\sigma(x)(1+\\sigma(x))$");
    expect(reports.map((r) => r.verdict)).toEqual(['holds', 'fails']);
    expect(reports[1]!.claims[0]!.identity?.using).toEqual(['σ as defined earlier']);
  });
});
