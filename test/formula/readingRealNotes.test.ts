/**
 * Claims read as a careful reader of real notes reads them (docs/formulas.md):
 * each case is a formula seen in public study notes, with the value computed
 * independently (python3 / mpmath) in the comment.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { failureText } from '../../src/core/formula';
import { judgeFormula, judgeNote } from '../support/judging';
import { formatNumber } from '../../src/core/display';

// The first formula of a process also compiles the engine's parser: not what these cases time.
beforeAll(async () => {
  await judgeFormula('1 + 1 = 2');
});

const verdictOf = async (latex: string) => (await judgeFormula(latex)).verdict;

describe('a number written with fewer digits than the value', () => {
  it.each([
    ['\\sqrt{0.2 \\times 0.37} = 0.272', 'holds'], // 0.27202941…
    ['79/(79+61)=0.56', 'holds'], // 0.564285…
    ['\\frac{1.97E+14}{8.20E+11} = 240', 'holds'], // 240.2439…: an integer rounded from a fraction
    ['2/3 = 0.666', 'holds'], // 0.6666…, cut at three digits
    ['2/3 = 0.667', 'holds'],
    ['9/13 \\approx 0.7\\ldots', 'holds'], // 0.6923…
    ['\\pi = 3.14159\\dots', 'holds'],
    ['2 \\cdot 10^9 \\cdot 16 \\cdot 32 = 10^{12}', 'holds'], // 1.024e12, an order of magnitude
    ['1.5^{100} \\approx 10^{17}', 'holds'], // 4.06e17: decade 17
    ['0.5^{10} = 10^{-3}', 'holds'], // 9.77e-4: nearest power of ten
    ['2^{10} \\sim 10^{3}', 'holds'],
    ['10\\% \\sim 100\\%', 'none'], // a range between two written numbers
    ['50\\% \\times 0.2 = 0.1', 'holds'],
    ['0.2 / 0.8 = 25\\%', 'holds'],
  ])('%s %s', async (latex, verdict) => {
    expect(await verdictOf(latex)).toBe(verdict);
  });

  it.each([
    ['\\sqrt{0.2 \\times 0.37} = 0.273', 0.27203], // neither rounded nor cut
    ['79/(79+61)=0.57', 0.5643],
    ['79/(79+61)=0.5', 0.5643], // one digit is rounded, never cut, without \ldots
    ['2^{10} = 1000', 1024], // an integer value is a count: 1000 is not 1024
    ['3 \\times 3 = 10', 9],
    ['9/13 \\approx 0.8\\ldots', 0.6923],
    ['2 \\cdot 10^9 \\cdot 16 \\cdot 32 = 10^{13}', 1.024e12], // a decade off
    ['1.5^{100} \\approx 10^{19}', 4.06e17],
    ['0.2 / 0.8 = 40\\%', 0.25],
  ])('%s fails (computed %s)', async (latex) => {
    expect(await verdictOf(latex)).toBe('fails');
  });

  it('a factor of a few off a power of ten is left undecided, not failed', async () => {
    // 2e16 against 1e17: neither the decade nor the nearest power, but under a factor of 10.
    expect(await verdictOf('2 \\times 10^{16} = 10^{17}')).toBe('none');
  });

  it('names the reading under which a claim holds', async () => {
    const claim = (await judgeFormula('\\sqrt{0.2 \\times 0.37} = 0.272')).claims[0]!;
    expect(claim.reading).toBe('as rounded to 3 significant digits');
    expect((await judgeFormula('2/3 = 0.666')).claims[0]!.reading).toBe('as truncated to 3 significant digits');
    expect((await judgeFormula('2 \\cdot 10^9 \\cdot 16 \\cdot 32 = 10^{12}')).claims[0]!.reading).toBe('as an order of magnitude');
  });

  it('a failure message never repeats the claimed number as the computed one', async () => {
    const format = (x: number, minDigits?: number) => formatNumber(x, Math.max(4, minDigits ?? 0));
    const claim = (await judgeFormula('\\sqrt{0.2 \\times 0.37} = 0.2721')).claims[0]!;
    expect(claim.verdict).toBe('fails');
    expect(failureText(claim, format)).toBe('\\sqrt{0.2 \\times 0.37} = 0.272029, not = 0.2721');
  });
});

describe('the base of a bare \\log', () => {
  it('a claim that holds only in base 2 is ambiguous and names the base', async () => {
    const report = await judgeFormula('- \\log \\left( \\frac{1}{2^4} \\right) = 4');
    expect(report.verdict).toBe('ambiguous');
    expect(report.claims[0]!.reading).toBe('if \\log is base 2');
    expect(report.claims[0]!.fix).toBeUndefined();
  });

  it('base 10 too; a claim false in every base fails', async () => {
    expect(await verdictOf('\\log 1000 = 3')).toBe('ambiguous');
    expect(await verdictOf('\\log 1000 = 5')).toBe('fails');
    expect(await verdictOf('\\ln 8 = 3')).toBe('fails'); // \ln is never another base
  });

  it('a note that declares its base in front matter is read in that base only', async () => {
    const declared = await judgeNote('---\nlog-base: 2\n---\n$-\\log(1/16) = 4$ and $\\log 1000 = 3$\n');
    expect(declared.map((r) => r.verdict)).toEqual(['holds', 'fails']);
    const nested = await judgeNote('---\ngradexp:\n  log-base: 10\n---\n$\\log 1000 = 3$\n');
    expect(nested[0]!.verdict).toBe('holds');
    const broken = await judgeNote('---\nlog-base: [unclosed\n---\n$\\log 1000 = 3$\n');
    expect(broken[0]!.verdict).toBe('ambiguous');
  });
});

describe('derivations', () => {
  it('reads aligned rows, &= continuing the previous row', async () => {
    const report = await judgeFormula('\\begin{aligned} a &= 2+2 \\\\ &= 4 \\\\ &= 5 \\end{aligned}');
    expect(report.claims.map((c) => [c.left.source, c.right.source, c.verdict])).toEqual([
      ['a', '2+2', 'none'],
      ['2+2', '4', 'holds'],
      ['4', '5', 'fails'],
    ]);
  });

  it('separate rows are separate statements; row labels and spacing are not sides', async () => {
    const report = await judgeFormula('\\begin{align*} 3 \\cdot 4 &= 12 \\\\[2pt] 2^{10} &= 1024 \\nonumber \\\\ x &= 2 \\end{align*}');
    expect(report.claims.map((c) => [c.left.source, c.right.source, c.verdict])).toEqual([
      ['3 \\cdot 4', '12', 'holds'],
      ['2^{10}', '1024', 'holds'],
      ['x', '2', 'none'],
    ]);
  });

  it('\\iff and \\implies separate statements', async () => {
    const report = await judgeFormula('1+1 = 2 \\iff 2 = 2');
    expect(report.claims.map((c) => c.verdict)).toEqual(['holds', 'holds']);
    expect((await judgeFormula('x > 0 \\implies 2 > 1')).claims.map((c) => c.verdict)).toEqual(['none', 'holds']);
  });
});

describe('quantities with units', () => {
  it('converts to one unit and judges with the same readings', async () => {
    // 2·160e6 B / (3·18e9 B/s) = 5.926 ms (python: 2*160e6/(3*18e9))
    expect(await verdictOf('2 \\cdot 160 \\textrm{MB} / (3 \\cdot 18 \\textrm{GB/s}) \\approx 6 \\textrm{ms}')).toBe('holds');
    expect(await verdictOf('2 \\cdot 160 \\textrm{MB} / (3 \\cdot 18 \\textrm{GB/s}) \\approx 9 \\textrm{ms}')).toBe('fails');
    expect(await verdictOf('1 \\text{KiB} = 1024 \\text{B}')).toBe('holds');
    expect(await verdictOf('16\\text{ bits} = 2\\text{ bytes}')).toBe('holds');
  });

  it('a dimension mismatch is its own verdict', async () => {
    const report = await judgeFormula('2 \\text{ MB} \\approx 3 \\text{ ms}');
    expect(report.verdict).toBe('mismatch');
    expect(report.claims[0]!.units?.message).toMatch(/different dimensions: data size \(bytes\) vs time \(s\)/);
  });

  it('a plain number against a quantity is read in the base unit; it fails only in no unit at all', async () => {
    // 2·8192·64·8192 = 8589934592 bytes = 8 GiB; 34e6/9e10 s = 377.8 µs, 500 µs in no unit of time
    expect(await verdictOf('2 \\cdot 8192 \\cdot 64 \\cdot 8192 = 8\\text{GiB}')).toBe('holds');
    expect(await verdictOf('34e6 / 9e10 = 377\\mu s')).toBe('holds');
    expect(await verdictOf('34e6 / 9e10 = 500\\mu s')).toBe('fails');
  });
});

describe('angles in degrees', () => {
  it('a claim that fails in radians and holds in degrees holds, and says so (deeplearningbook-notes)', async () => {
    // 2·√8·cos 45° = 4 exactly; in radians 2·√8·cos(45) = 2.968…
    const report = await judgeFormula('2\\times\\sqrt{8}\\times \\cos(45)=4');
    expect(report.verdict).toBe('holds');
    expect(report.claims[0]!.reading).toBe('with angles in degrees');
    expect(await verdictOf('\\sin(30) = 0.5')).toBe('holds');
    expect(await verdictOf('\\arctan(1) = 45')).toBe('holds');
  });

  it('radians still hold as they are, a claim false both ways fails, and π means radians', async () => {
    expect((await judgeFormula('\\sin(1) \\approx 0.841')).claims[0]!.reading).toBeUndefined();
    expect(await verdictOf('\\sin(30) = 0.6')).toBe('fails');
    expect(await verdictOf('\\sin(\\pi/6) = 0.6')).toBe('fails');
  });

  it('a degree value too close to call leaves the claim undecided, never failed', async () => {
    // cos 90° is 6.1e-17 in float64; cos(90) in radians is −0.448.
    expect(await verdictOf('\\cos(90) = 0')).toBe('none');
  });
});

describe('the derivative operator applied to a group', () => {
  it('differentiates the group: \\frac{d}{dx}(x^3) = 3x^2 holds, 2x^2 fails', async () => {
    expect(await verdictOf('\\frac{d}{dx}(x^3) = 3 x^{2}')).toBe('holds');
    expect(await verdictOf('\\frac{d}{dx}\\left(x^3\\right) = 2 x^{2}')).toBe('fails');
    expect(await verdictOf('\\frac{\\partial}{\\partial x}(x^2 y) = 2xy')).toBe('holds');
  });
});
