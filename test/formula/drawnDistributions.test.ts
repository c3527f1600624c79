import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

// Properties of a CDF and a density the note leaves open, checked on drawn distributions
// (identity/probability/drawnDistributions.ts).
const verdicts = async (note: string) => (await judgeNote(note)).flatMap((f) => f.claims.map((c) => `${c.left.source.trim()} = ${c.right.source.trim()}: ${c.verdict}`));

describe('a CDF and a density left open, on drawn distributions (drawnDistributions.ts)', () => {
  it('the CDF section of a GATE revision sheet holds', async () => {
    // Verbatim excerpt, "Probability & Statistics — Last-Day Revision Notes", section 5 (a public revision sheet).
    const note = '## 5. CDF\n\n- $F(x) = P(X \\leq x)$, non-decreasing, right-continuous\n- $P(a < X \\leq b) = F(b) - F(a)$\n- $P(X = a) = F(a) - F(a^-)$ (jump at $a$)\n- Continuous: $f(x) = F\'(x)$\n';
    const v = await verdicts(note);
    expect(v).toContain('P(a < X \\leq b) = F(b) - F(a): holds');
    expect(v).toContain("f(x) = F'(x): holds");
    expect(v.filter((x) => x.endsWith('fails'))).toEqual([]);
  });

  it('ChenMatsu/UniversityEntrance Notes/Probability/L08/cdf.md: the CDF as the integral of the density holds', async () => {
    // Verbatim (the ∞ as the note writes it).
    const note = '### Cumulative Distribution Functions (CDFs)\n\n$$\n    F_X(x) = P(X \\le x) = \\int_{-∞}^xf_X(t)dt\n$$\n\n$$\n    \\dfrac{d}{dx}F_X(x) = f_X(x) \n$$\n';
    const v = await verdicts(note);
    expect(v).toContain('P(X \\le x) = \\int_{-∞}^xf_X(t)dt: holds');
    expect(v.filter((x) => x.endsWith('fails'))).toEqual([]);
  });

  it('the tail, the limit and the normalisation of a density hold', async () => {
    const note = 'Let $X$ be a continuous random variable with density $f$ and CDF $F$.\n\n$$P(X > x) = 1 - F(x)$$\n\n$$\\lim_{x\\to\\infty} F(x) = 1$$\n\n$$\\int_{-\\infty}^{\\infty} f(x)\\,dx = 1$$\n\n$$F(b) - F(a) = \\int_a^b f(x)\\,dx$$\n';
    expect(await verdicts(note)).toEqual([
      'P(X > x) = 1 - F(x): holds',
      '\\lim_{x\\to\\infty} F(x) = 1: holds',
      '\\int_{-\\infty}^{\\infty} f(x)\\,dx = 1: holds',
      'F(b) - F(a) = \\int_a^b f(x)\\,dx: holds',
    ]);
  });

  it('a closed interval holds only where the variable is continuous', async () => {
    const discrete = 'For a discrete random variable with CDF $F$: $P(a \\le X \\le b) = F(b) - F(a)$.\n';
    expect(await verdicts(discrete)).toEqual(['P(a \\le X \\le b) = F(b) - F(a): none']);
    const continuous = 'For a continuous random variable with CDF $F$: $P(a \\le X \\le b) = F(b) - F(a)$.\n';
    expect(await verdicts(continuous)).toEqual(['P(a \\le X \\le b) = F(b) - F(a): holds']);
  });

  it.each([
    // Planted slips: the tail without its complement, the integral from 0 (true only on the half-line), a swapped difference.
    'Let $X$ be a random variable with CDF $F$. Then $P(X > x) = F(x)$.\n',
    'Let $X$ be a continuous random variable with density $f$ and CDF $F$. Then $F(x) = \\int_{0}^{x} f(t)\\,dt$.\n',
    'Let $X$ be a random variable with CDF $F$. Then $P(a < X \\le b) = F(a) - F(b)$.\n',
    // Two variables: F_Y is another variable's CDF.
    'Let $Y = g(X)$ be a random variable with CDF $F_Y$. Then $P(Y \\le y) = F_X(y)$.\n',
    // No probability in the section: F and f are any functions.
    'By the fundamental theorem, $F(x) = \\int_{0}^{x} f(t)\\,dt$ and $\\int_{-\\infty}^{\\infty} f(x)\\,dx = 1$.\n',
  ])('%s is never decided so', async (note) => {
    expect((await verdicts(note)).filter((v) => !v.endsWith(': none'))).toEqual([]);
  });

  it('a CDF of one distribution (the exponential) is no property of every CDF: it holds only as the family the sentence names (familiesNamedInText.ts)', async () => {
    const report = (await judgeNote('The exponential distribution has CDF $F(x) = 1 - e^{-\\lambda x}$, so $P(X > x) = e^{-\\lambda x}$.\n')).flatMap((f) => f.claims);
    expect(report.map((c) => c.verdict)).toEqual(['holds', 'holds']);
    expect(report.every((c) => /read as Exp\(λ\)/.test(c.reading ?? ''))).toBe(true);
  });

  it('a density the note defines concretely is not read as any density', async () => {
    const note = 'The density of the random variable is $f(x) = 2x$, so $\\int_{-\\infty}^{\\infty} f(x)\\,dx = 1$.\n';
    expect((await verdicts(note)).filter((v) => v.includes('\\int') && v.endsWith('holds'))).toEqual([]);
  });
  it('Lyuuwu/LearningNote 機率與統計/formula.md: the expectation as an integral over the density holds', async () => {
    // Verbatim (KaTeX's \infin; the first link, μ_x = E(X), names the mean and stays undecided).
    const note = '# Formula\n\n期望值 (mean \\ expected value)\n$\\mu_x = E(X) = \\sum_x xf(x)$\n$\\mu_x = E(X) = \\int_{-\\infin}^{\\infin} xf(x)dx$\n';
    const v = await verdicts(note);
    expect(v).toContain('E(X) = \\int_{-\\infin}^{\\infin} xf(x)dx: holds');
    // The discrete sum is not read (f a mass function there).
    expect(v).toContain('E(X) = \\sum_x xf(x): none');
  });

  it('the law of the unconscious statistician holds for a function drawn at random; Jensen as an equality does not', async () => {
    const note = 'For a continuous random variable $X$ with density $f$ and any function $g$:\n\n$$E[g(X)] = \\int g(x) f(x)\\,dx$$\n\n$$E[g(X)] = \\int_{-\\infty}^{\\infty} g(x) f(x)\\,dx$$\n\n$$E[X^2] = \\int x f(x)\\,dx$$\n';
    expect(await verdicts(note)).toEqual([
      'E[g(X)] = \\int g(x) f(x)\\,dx: holds',
      'E[g(X)] = \\int_{-\\infty}^{\\infty} g(x) f(x)\\,dx: holds',
      'E[X^2] = \\int x f(x)\\,dx: none',
    ]);
  });
});

