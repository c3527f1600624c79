/**
 * Derivatives in real notes (docs/readings/derivatives.md): partials of
 * functions the note defined (handson-ml3), of inline expressions, primes of
 * symbols bound to expressions (ml-foundations), bare `tan(z)` (numpy-tutorials),
 * and the near-misses that must stay undecided. Exact values from sympy.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';
import { differentiate, evaluatePartial } from '../../src/core/formula/evaluate/partials';
import { evaluate, type Budget } from '../../src/core/formula/evaluate/interpret';

const verdicts = async (note: string) => (await judgeNote(note)).map((r) => r.verdict);
const budget = (): Budget => ({ deadline: Date.now() + 5000, maxTerms: 1000, steps: 0 });

const handson = '$f(x,y)=x^2y + y + 2$\n\n';

describe('partial derivatives of a function the note defined (handson-ml3)', () => {
  it('first partials, partials at a point, second and mixed partials hold', async () => {
    const note = handson + [
      '$\\dfrac{\\partial f}{\\partial x} = 2xy$',
      '$\\frac{\\partial f}{\\partial y} = x^2 + 1$',
      '$\\dfrac{\\partial f}{\\partial x}(3,4) = 24$ and $\\dfrac{\\partial f}{\\partial y}(3,4) = 10$',
      '$\\dfrac{\\partial^2 f}{\\partial x \\partial x} = \\dfrac{\\partial (2xy)}{\\partial x} = 2y$',
      '$\\dfrac{\\partial^2 f}{\\partial x \\partial y} = \\dfrac{\\partial (2xy)}{\\partial y} = 2x$',
      '$\\dfrac{\\partial^2 f}{\\partial y \\partial y} = \\dfrac{\\partial (x^2 + 1)}{\\partial y} = 0$',
      '$\\frac{\\partial^2 f}{\\partial x^2} = 2y$',
    ].join('\n\n');
    expect((await verdicts(note)).slice(1)).toEqual(Array(8).fill('holds'));
  });

  it('a wrong partial fails with a counter-example', async () => {
    const [, wrong] = await judgeNote(handson + '$\\dfrac{\\partial f}{\\partial x} = 2x$');
    expect(wrong!.verdict).toBe('fails');
    const c = wrong!.claims[0]!.identity!.counterexample!;
    expect(c.left).toBeCloseTo(2 * c.at.x! * c.at.y!, 5);
    expect(c.right).toBeCloseTo(2 * c.at.x!, 12);
    expect((await verdicts(handson + '$\\dfrac{\\partial^2 f}{\\partial x \\partial y} = 2y$'))[1]).toBe('fails');
  });

  it('a wrong value at a point fails; the right one holds within the difference error', async () => {
    const reports = await judgeNote(handson + '$\\dfrac{\\partial f}{\\partial x}(3,4) = 25$ $\\dfrac{\\partial f}{\\partial x}(3,4) = 24$');
    expect(reports.map((r) => r.verdict)).toEqual(['none', 'fails', 'holds']);
    expect(reports[2]!.claims[0]!.reading).toMatch(/within the error of the numerical derivative/);
  });

  it('a function defined in the same formula binds the statements after it (cs231n)', async () => {
    const note = '$$\nf(x,y) = x + y \\hspace{0.5in} \\rightarrow \\hspace{0.5in} \\frac{\\partial f}{\\partial x} = 1 \\hspace{0.5in} \\frac{\\partial f}{\\partial y} = 1\n$$';
    expect(await verdicts(note)).toEqual(['holds']);
  });

  it('after f_c is defined, df/dx may mean either and never fails (cs231n)', async () => {
    const note = '$$\nf(x) = \\frac{1}{x} \\rightarrow \\frac{df}{dx} = -1/x^2 \\\\\\\\ f_c(x) = c + x \\rightarrow \\frac{df}{dx} = 1\n$$';
    const [report] = await judgeNote(note);
    expect(report!.claims.map((c) => c.verdict)).not.toContain('fails');
    expect(report!.verdict).toBe('holds');
  });
});

describe('derivatives of expressions and of bound symbols', () => {
  it('a partial of an inline expression holds; the substitution 2x = 6 is not judged an identity (handson-ml3)', async () => {
    const [report] = await judgeNote('$\\dfrac{\\partial s_1}{\\partial x}=\\dfrac{\\partial x^2}{\\partial x}=2x=6$');
    expect(report!.claims.map((c) => c.verdict)).toEqual(['none', 'holds', 'none']);
  });

  it("y = x^2 + 3x + 4 binds y for y' and dy/dx; a wrong derivative fails (ml-foundations)", async () => {
    const note = "If $y = x^2 + 3x + 4$ then $y' = 2x + 3$, $\\frac{dy}{dx} = 2x + 3$, $y'' = 2$ and not $y' = 2x + 4$.";
    expect(await verdicts(note)).toEqual(['none', 'holds', 'holds', 'holds', 'fails']);
  });

  it('a symbol the note redefines only confirms', async () => {
    const note = "$y = x^2$ and later $y = x^3$, so $y' = 3x^2$ and not $y' = 2x$.";
    expect((await verdicts(note)).slice(2)).toEqual(['holds', 'none']);
  });

  it("y' after the note set x to a number still reads x as the variable, to confirm (ml-foundations)", async () => {
    const note = "$x = \\frac{-3}{2} = -1.5$. If $y = -x^2 + 3x + 4$ then $y' = -2x + 3$.";
    expect((await verdicts(note)).at(-1)).toBe('holds');
  });

  it('∂f/∂f = 1 (ericwiener-ai-notes)', async () => {
    expect(await verdicts('$\\frac{\\partial f}{\\partial f}=1$')).toEqual(['holds']);
  });

  it('bare tan, sec, cos are read as the functions, to confirm only (numpy-tutorials)', async () => {
    const [report] = await judgeNote('$\\frac{df}{dz} = 2 \\cdot tan(z) sec^2(z) =\\frac{2 \\cdot tan(z)}{cos^2(z)}$');
    expect(report!.claims.map((c) => c.verdict)).toEqual(['none', 'holds']);
    expect(await verdicts('$tan(z) = \\frac{1}{cos(z)}$')).toEqual(['none']);
  });
});

describe('near-misses stay undecided', () => {
  it.each([
    ['$\\frac{\\partial L}{\\partial w} = 2w$'], // L never defined
    ['$y = x^2 + z$ so $\\frac{dy}{dx} = 2x + 1$'], // z may depend on x
    ['$f(x,y) = x y$ so $\\frac{\\partial f}{\\partial z} = 1$'], // f does not take z
    ['$q = x + y$ then $\\frac{\\partial q}{\\partial y} = \\frac{\\partial q}{\\partial y} (x + y) = 7$'], // the operator applied to (x + y), or a product: not read
    ['$f(x) = |x|$ so $\\frac{df}{dx} = 1$'], // holds for x > 0 only
    ['$\\frac{\\partial^3 f}{\\partial x^3} = 0$'], // third order: not read
  ])('%s has no "fails"', async (note) => {
    expect(await verdicts(note)).not.toContain('fails');
  });
});

describe('the difference quotient carries its error (values from sympy)', () => {
  it('d/dz tan²z at 0.3 lies within the bound, which is small', () => {
    const d = evaluatePartial([['Power', ['Tan', 'z'], 2], ['Tuple', 'z']], budget(), new Map([['z', 0.3]]), 0, evaluate);
    expect(Math.abs(d.value - 0.67787259960942555)).toBeLessThanOrEqual(d.noise);
    expect(d.noise).toBeLessThan(1e-6);
  });

  it('a mixed partial of e^x sin y at (0.5, 0.7) lies within the bound', () => {
    const body = ['Multiply', ['Exp', 'x'], ['Sin', 'y']];
    const d = evaluatePartial([body, ['Tuple', 'x', 'y']], budget(), new Map([['x', 0.5], ['y', 0.7]]), 0, evaluate);
    expect(Math.abs(d.value - 1.2610115829047472)).toBeLessThanOrEqual(d.noise);
    expect(d.noise).toBeLessThan(1e-6);
  });

  it('at a kink the bound is large, so no identity is judged on it', () => {
    const d = differentiate((x) => evaluate(['Abs', 'x'], budget(), new Map([['x', x]])), 0.0001);
    expect(d.noise).toBeGreaterThan(0.01);
  });
});

describe('words in \\text{…} as variables of an identity (ericwiener-ai-notes)', () => {
  const f1 = 'F_1=\\frac{2}{\\frac{1}{\\text { recall }} \\times \\frac{1}{\\text { precision }}}=2 \\times \\frac{\\text { precision } \\times \\text { recall }}{\\text { precision }+ \\text { recall }}';

  it('the F1 score written as 2/((1/R)(1/P)) is not the harmonic mean: it fails with a counter-example', async () => {
    const [report] = await judgeNote(`$${f1}$`);
    expect(report!.verdict).toBe('fails');
    const c = report!.claims[1]!.identity!.counterexample!;
    const [p, r] = [c.at.p_precision!, c.at.r_recall!];
    expect(c.left).toBeCloseTo(2 * p * r, 10);
    expect(c.right).toBeCloseTo((2 * p * r) / (p + r), 10);
  });

  it('the harmonic mean written with words holds', async () => {
    const note = '$\\frac{2}{\\frac{1}{\\text{recall}} + \\frac{1}{\\text{precision}}} = \\frac{2 \\cdot \\text{precision} \\cdot \\text{recall}}{\\text{precision} + \\text{recall}}$';
    expect(await verdicts(note)).toEqual(['holds']);
  });

  it.each([
    ['$2 \\cdot 8192 \\cdot 64 \\cdot 8192 = 8\\text{GiB}$'], // a unit after a number
    ['$\\max\\{T_{\\text{math}}, T_{\\text{comms}}\\} = \\max\\{1, 2\\}$'], // labels in subscripts
    ['$\\frac{\\text{# of outcomes of event}}{\\text{# of outcomes in }\\Omega} = \\frac{3}{8}$'], // prose
  ])('%s is not read with word variables', async (note) => {
    expect(await verdicts(note)).not.toContain('fails');
  });
});

describe('sides that differ by a constant factor are a claim about the constant (scaling-book)', () => {
  it('2·4096·16384·B = 1.3e8·B holds as 134217728 rounded to 2 digits', async () => {
    const report = await judgeFormula('2 \\cdot 4096 \\cdot 16384 \\cdot B = 1.3e8 \\cdot B');
    expect(report.verdict).toBe('holds');
    expect(report.claims[0]!.reading).toMatch(/constant factor.*rounded to 2 significant digits/);
  });

  it('a wrong constant fails under every reading; an equation stays undecided', async () => {
    expect((await judgeFormula('2 \\cdot 4096 \\cdot 16384 \\cdot B = 1.5e8 \\cdot B')).verdict).toBe('fails');
    expect((await judgeFormula('x^2 = 1.5x')).verdict).toBe('none'); // the ratio changes with x
    expect((await judgeFormula('2x = 2.0x + 1')).verdict).toBe('none');
  });
});
