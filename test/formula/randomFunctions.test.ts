/**
 * Claims about functions the note leaves open, written with their derivatives at points, checked on random
 * functions (identity/randomFunctions.ts). The real formula: CaoJiahao2/deep-learning-notes,
 * docs/fundamentals/math-foundations.md (the second-order Taylor expansion).
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

const verdict = async (latex: string) => (await judgeFormula(latex)).verdict;

describe('an approximation with derivatives is exact for polynomials of its order', () => {
  it('CaoJiahao2/deep-learning-notes: the second-order Taylor expansion holds', async () => {
    const claim = (await judgeFormula(String.raw`f(x) \approx f(x_0) + f'(x_0)(x - x_0) + \frac{1}{2}f''(x_0)(x - x_0)^2`)).claims[0]!;
    expect(claim.verdict).toBe('holds');
    expect(claim.reading).toBe('as an approximation of order 2, exact for polynomials of degree 2');
  });

  it('a lost 1/2, a sign slip or a wrong step does not hold (and is not called an error)', async () => {
    expect(await verdict(String.raw`f(x) \approx f(x_0) + f'(x_0)(x - x_0) + f''(x_0)(x - x_0)^2`)).toBe('none');
    expect(await verdict(String.raw`f(x) \approx f(x_0) + f'(x_0)(x + x_0)`)).toBe('none');
    expect(await verdict(String.raw`\frac{f(x+h) - f(x)}{2h} \approx f'(x)`)).toBe('none');
    // A third-order term without its 1/6.
    expect(await verdict(String.raw`f(x) \approx f(x_0) + f'(x_0)(x - x_0) + \frac{1}{2}f''(x_0)(x - x_0)^2 + f'''(x_0)(x - x_0)^3`)).toBe('none');
  });

  it('about a function the note defines, an approximation is left to the values', async () => {
    const reports = await judgeNote('$f(x) = e^{x}$\n\n$f(1) \\approx f(0) + f\'(0)$\n');
    expect(reports.at(-1)!.verdict).not.toBe('holds');
  });

  it('first-order expansions and difference quotients hold to first order', async () => {
    expect(await verdict(String.raw`f(x) \approx f(x_0) + f'(x_0)(x - x_0)`)).toBe('holds');
    expect(await verdict(String.raw`\frac{f(x+h) - f(x-h)}{2h} \approx f'(x)`)).toBe('holds');
    expect(await verdict(String.raw`f(x) \approx f(x_0) + f'(x_0)(x - x_0) + \frac{1}{2}f''(x_0)(x - x_0)^2 + \frac{1}{6}f'''(x_0)(x - x_0)^3`)).toBe('holds');
  });
});

describe('an equation with derivatives holds for every function it applies', () => {
  it('the product rule rearranged holds; with a sign slipped it does not', async () => {
    const claim = (await judgeFormula(String.raw`f'(x) g(x) + f(x) g'(x) = g'(x) f(x) + g(x) f'(x)`)).claims[0]!;
    expect(claim.verdict).toBe('holds');
    // Holding for any values of f(x), f'(x), … it also holds as vectorNotation.ts's unknown values, which may read it first.
    expect(claim.reading).toMatch(/for every function it applies|f\(x\) an unknown value/);
    expect(await verdict(String.raw`f'(x) g(x) + f(x) g'(x) = g'(x) f(x) - g(x) f'(x)`)).toBe('none');
  });

  it('a Taylor polynomial written with = is no identity: left undecided, not held', async () => {
    expect(await verdict(String.raw`f(x) = f(x_0) + f'(x_0)(x - x_0)`)).toBe('none');
    expect(await verdict(String.raw`f(x + h) = f(x) + h f'(x) + \frac{1}{2} h^2 f''(x)`)).toBe('none');
  });
});

describe('sums and integrals of functions the note leaves open', () => {
  it('linearity of the integral and reversed bounds hold; a slipped sign or lost minus does not', async () => {
    expect(await verdict(String.raw`\int_a^b (\alpha f(x) + \beta g(x)) dx = \alpha \int_a^b f(x) dx + \beta \int_a^b g(x) dx`)).toBe('holds');
    expect(await verdict(String.raw`\int_a^b (\alpha f(x) + \beta g(x)) dx = \alpha \int_a^b f(x) dx - \beta \int_a^b g(x) dx`)).toBe('none');
    expect(await verdict(String.raw`\int_a^b f(x) dx = - \int_b^a f(x) dx`)).toBe('holds');
    expect(await verdict(String.raw`\int_a^b f(x) dx = \int_b^a f(x) dx`)).toBe('none');
  });

  // MA212 probability notes: P applied to an event is probability notation, not a function of a number.
  it('an application to an event is not read', async () => {
    // True (i ↦ k - i), but it is not this reading's to decide: P(X=i) is no function of the number X = i.
    expect(await verdict(String.raw`\sum_{i=1}^{k-1} P(X=i)P(Y=k-i) = \sum_{i=1}^{k-1} P(X=k-i)P(Y=i)`)).not.toBe('holds');
    expect(await verdict(String.raw`\sum_{i=1}^{k-1} P(X=i)P(Y=k-i) = \sum_{i=1}^{k-1} P(X=i)P(Y=i)`)).not.toBe('holds');
  });

  it('a sum that holds only for a constant f is not held', async () => {
    expect(await verdict(String.raw`\sum_{k=1}^{n} f(k) \cdot k = \frac{n+1}{2} \sum_{k=1}^{n} f(k)`)).not.toBe('holds');
  });
});

describe('an equation with derivative operators holds for every function it applies', () => {
  it.each([
    // atulsingh-nikki/obsidian-notes, _posts/2025-12-28-ito-calculus-stochastic-differential-equations.md: the ordinary chain rule.
    String.raw`\frac{d}{dt} f(x(t)) = f'(x(t)) \cdot \frac{dx}{dt}`,
    String.raw`\frac{d}{dx} f(g(x)) = f'(g(x))g'(x)`,
    String.raw`\frac{d}{dx}\left(f(x)g(x)\right) = f'(x)g(x) + f(x)g'(x)`,
    String.raw`\frac{d}{dx} f(x)g(x) = f'(x)g(x) + f(x)g'(x)`,
    String.raw`\frac{d}{dx}\frac{f(x)}{g(x)} = \frac{f'(x)g(x) - f(x)g'(x)}{g(x)^2}`,
    String.raw`\frac{d}{dx} f(x)^2 = 2f(x)f'(x)`,
    String.raw`\frac{d}{dx} \log f(x) = \frac{f'(x)}{f(x)}`,
    String.raw`\frac{\partial}{\partial w} L(\sigma(wx)) = L'(\sigma(wx))\sigma(wx)(1-\sigma(wx))x`,
    String.raw`\frac{d}{dx} (a f(x) + b g(x)) = a f'(x) + b g'(x)`,
  ])('%s holds', async (latex) => {
    const claim = (await judgeFormula(latex)).claims[0]!;
    expect(claim.verdict).toBe('holds');
    expect(claim.reading).toBe('for every function it applies');
  });

  it.each([
    // Really wrong: the link of the chain rule inverted, the inner derivative lost, a product rule's sign slipped,
    // a quotient rule's numerator added, the sigmoid's inner factor x dropped.
    String.raw`\frac{d}{dt} f(x(t)) = f'(x(t)) \cdot \frac{dt}{dx}`,
    String.raw`\frac{d}{dx} f(g(x)) = f'(x)g'(x)`,
    String.raw`\frac{d}{dx}\left(f(x)g(x)\right) = f'(x)g(x) - f(x)g'(x)`,
    String.raw`\frac{d}{dx}\frac{f(x)}{g(x)} = \frac{f'(x)g(x) + f(x)g'(x)}{g(x)^2}`,
    String.raw`\frac{\partial}{\partial w} L(\sigma(wx)) = L'(\sigma(wx))\sigma(wx)(1-\sigma(wx))`,
    // The operand's extent is ambiguous (f alone, or f + g): not read.
    String.raw`\frac{d}{dx} f(x) + g(x) = f'(x)`,
  ])('%s does not hold (and is not called an error)', async (latex) => {
    expect(await verdict(latex)).toBe('none');
  });
});
