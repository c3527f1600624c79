/**
 * Derivative operators whose operand the note does not delimit, and ∇ of a
 * scalar (operatorExtents.ts; docs/readings/derivatives.md): a claim is decided only
 * when every plausible extent of the operand gives the same verdict.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';
import { operandReadings } from '../../src/core/formula/evaluate/operatorExtents';

const verdicts = async (latex: string) => (await judgeFormula(latex)).claims.map((c) => c.verdict);

describe('the extents an operand may have', () => {
  it('a power binds to its base; without brackets the operator may reach to the end of the side', () => {
    expect(operandReadings('\\frac{d}{dx}x^2')).toEqual(['\\frac{d}{dx}(x^2)']);
    expect(operandReadings('\\frac{d}{dx} x^2 + 3x')).toEqual(['\\frac{d}{dx}(x^2) + 3x', '\\frac{d}{dx}(x^2 + 3x)']);
  });

  it('a bracketed operand followed by more of its term may take them too', () => {
    expect(operandReadings('\\nabla _{\\theta } (y - \\theta x)^2/2')).toEqual([
      '\\frac{\\partial}{\\partial \\theta}((y - \\theta x)^2)/2',
      '\\frac{\\partial}{\\partial \\theta}((y - \\theta x)^2/2)',
    ]);
  });

  it('an operand already delimited, or a call, is left as written', () => {
    expect(operandReadings('\\frac{d}{dx}(x^n)')).toBeUndefined();
    expect(operandReadings('\\frac{d}{dx}\\sigma(x)')).toBeUndefined();
    expect(operandReadings('x^2 + 1')).toBeUndefined();
  });
});

describe('operators in real notes', () => {
  it.each([
    ['\\frac{d}{dx}(x^n) = n x^{n-1}', 'akkefa-ml-notes: n a parameter, held constant'],
    ['\\frac{d}{dx}(x^n) = nx^{n-1}', 'akkefa-ml-notes, again'],
    ['\\frac{d}{dx}x^2 = 2x', 'no parentheses'],
  ])('%s holds (%s)', async (latex) => {
    expect(await verdicts(latex)).toEqual(['holds']);
  });

  it('a parameter held constant may confirm, never refute: x may depend on it', async () => {
    expect(await verdicts('\\frac{d}{dx}(x^n) = x^{n-1}')).toEqual(['none']);
  });

  it('an operand without the variable is a function of it, not a constant: no verdict', async () => {
    expect(await verdicts('\\frac{d}{dx} f = 0')).toEqual(['none']);
    expect(await verdicts('\\nabla_x f = 0')).toEqual(['none']);
  });

  it('a symbolic order is Leibniz notation too: d is no variable to refute with (d2l single-variable-calculus)', async () => {
    expect(await verdicts("f^{(n)}(x) = \\frac{d^{n}f}{dx^{n}} = \\left(\\frac{d}{dx}\\right)^{n} f")).toEqual(['none', 'none']);
  });

  it('∇θ of the squared error: the sign slip in the last link fails (mit-6036-notes)', async () => {
    const latex = '\\nabla _{\\theta } (y^{(t)} - \\theta x^{(t)})^2/2 = (y^{(t)} - \\theta x^{(t)}) \\nabla _{\\theta } (y^{(t)} - \\theta x^{(t)}) = (y^{(t)} - \\theta x^{(t)}) x^{(t)}';
    expect(await verdicts(latex)).toEqual(['holds', 'fails']);
  });

  it('a claim whose verdict depends on how far the operator reaches is undecided', async () => {
    const report = await judgeFormula('\\frac{d}{dx} x^2 + 3x = 2x + 3');
    expect(report.verdict).toBe('none');
    expect(report.claims[0]!.reason).toMatch(/how far the derivative operator reaches/);
    // Both readings hold here, or both fail: then it is decided.
    expect(await verdicts('\\frac{d}{dx} x^3 = 3x^2')).toEqual(['holds']);
    expect(await verdicts('\\frac{d}{dx} x^3 = 3x')).toEqual(['fails']);
  });
});

describe('an operator before a function applied to a bracket differentiates the call (partials.ts)', () => {
  it('d/dx tanh(x) = 1 − tanh²(x), d/dx sin(x) = cos(x), d/dx σ(x) = σ(x)(1 − σ(x)) and sin² hold', async () => {
    expect(await verdicts('\\frac{d}{dx}\\tanh(x) = 1 - \\tanh^2(x)')).toEqual(['holds']);
    expect(await verdicts('\\frac{d}{dx}\\sin(x) = \\cos(x)')).toEqual(['holds']);
    expect(await verdicts('\\frac{d}{dx}\\tanh(2x) = 2(1 - \\tanh^2(2x))')).toEqual(['holds']);
    expect(await verdicts('\\frac{d}{dx}\\sigma(x) = \\sigma(x)(1-\\sigma(x))')).toEqual(['holds']);
    expect(await verdicts('\\frac{d}{dx}\\sin^2(x) = 2\\sin(x)\\cos(x)')).toEqual(['holds']);
    expect(await verdicts('\\frac{\\partial}{\\partial x} \\log\\left(1 + e^{x}\\right) = \\frac{1}{1+e^{-x}}')).toEqual(['holds']);
  });

  it('a wrong derivative of a known function fails', async () => {
    expect(await verdicts('\\frac{d}{dx}\\tanh(x) = 1 + \\tanh^2(x)')).toEqual(['fails']);
    expect(await verdicts('\\frac{d}{dx}\\sin(x) = -\\cos(x)')).toEqual(['fails']);
  });
});

describe("a built-in function primed, \\tanh'(x), is its derivative (identity.ts)", () => {
  it("tanh'(x) = 1 − tanh²(x) and sin'(x) = cos(x) hold; a wrong one fails", async () => {
    expect(await verdicts("\\tanh'(x) = 1 - \\tanh^2(x)")).toEqual(['holds']);
    expect(await verdicts("\\tanh'(x) = 1 - \\tanh(x)^2")).toEqual(['holds']);
    expect(await verdicts("\\sin'(x) = \\cos(x)")).toEqual(['holds']);
    expect(await verdicts("\\tanh'(x) = 1 + \\tanh^2(x)")).toEqual(['fails']);
  });
});
