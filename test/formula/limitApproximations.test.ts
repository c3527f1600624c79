/**
 * Approximations walked toward the limit the words name (identity/limitApproximations.ts). Verbatim
 * excerpts of real notes: jax-ml/scaling-book (roofline.md), GeekSnail/math-notes
 * (data-structure/sort.md), ManiShayestehfar/obsidian_sync (Statistics/Gamma Distribution.md),
 * DuskNgai/Paper-Notes (Batch Normalization note); the textbook approximations of the brief; the
 * near misses (a wrong Taylor coefficient, an order of growth, a tangent at another point) that must
 * stay undecided, and the planted slips that fail.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const claimsOf = async (note: string) => (await judgeNote(note)).flatMap((r) => r.claims.map((c) => ({ source: `${c.left.source} ${c.relation} ${c.right.source}`, verdict: c.verdict })));
const verdictOf = async (note: string, left: string) => (await claimsOf(note)).find((c) => c.source.startsWith(left))?.verdict;

describe('approximations in their limit', () => {
  it('scaling-book: B small relative to D and F', async () => {
    const note = 'We can get a nice simplification if we assume our local "batch size" $B$ is small relative to $D$ and $F$. Then we get\n\n$$\\begin{equation}\n\\frac{BDF}{BD + DF + BF} \\approxeq \\frac{BDF}{DF} = B\n\\end{equation}$$\n';
    expect(await verdictOf(note, '\\frac{BDF}{BD + DF + BF}')).toBe('holds');
  });

  it('math-notes: a heap build count for large h', async () => {
    const note = '- 建堆时间与结点所在高度有关：$(h+1)(2^h-1)-(2^h(h-1)+1)\\approx 2\\cdot 2^h-h$，时间复杂度 $O(n)$\n';
    expect(await verdictOf(note, '(h+1)(2^h-1)')).toBe('holds');
  });

  it('obsidian_sync: Stirling\'s formula written with \\sim', async () => {
    const note = '$$\\text{Stirling\'s Formula}: \\quad n! \\sim \\sqrt{2\\pi n}\\:\\left(\\frac{n}{e}\\right)^n$$\n';
    expect(await verdictOf(note, 'n!')).toBe('holds');
  });

  it('Paper-Notes: the sigmoid\'s derivative for large x', async () => {
    const note = '$x$ 的绝对值可能会比较大，导致 sigmoid 函数的导数值趋向于 0，收敛变慢。此时反向传播为：\n$$\n\\frac{e^{-x}}{(1+e^{-x})^2}\\approx e^{-x}\n$$\n';
    expect(await verdictOf(note, '\\frac{e^{-x}}')).toBe('holds');
  });

  it('the textbook approximations hold toward 0 and ∞', async () => {
    const note = 'For small $x$, $\\log(1+x) \\approx x$ and $e^x \\approx 1 + x$ and $\\sin x \\approx x$ and $\\sqrt{1+x} \\approx 1 + \\frac{x}{2}$.\n\n' +
      'For large $n$, $(1 - \\frac{1}{n})^n \\approx e^{-1}$ and $n! \\approx \\sqrt{2\\pi n}\\left(\\frac{n}{e}\\right)^n$.\n\nFor small $h$, $\\sqrt{x+h} \\approx \\sqrt{x} + \\frac{h}{2\\sqrt{x}}$.\n';
    const claims = await claimsOf(note);
    expect(claims.filter((c) => c.source.includes('\\approx')).map((c) => c.verdict)).toEqual(['holds', 'holds', 'holds', 'holds', 'holds', 'holds', 'holds']);
  });

  it('near misses stay undecided: a wrong Taylor coefficient, a zeroth-order match, an order of growth, another point', async () => {
    expect(await verdictOf('For small $x$, $\\sin x \\approx x - \\frac{x^3}{3}$.\n', '\\sin x')).toBe('none');
    expect(await verdictOf('For small $x$, $\\cos x \\approx e^{-x^2}$.\n', '\\cos x')).toBe('none');
    expect(await verdictOf('$\\sqrt{1+x} \\approx 1 + x$\n', '\\sqrt{1+x}')).toBe('none');
    expect(await verdictOf('The number of pairs is $\\frac{n(n-1)}{2} \\approx n^2$.\n', '\\frac{n(n-1)}{2}')).toBe('none');
    expect(await verdictOf('Near $x = 2$, $x^2 \\approx 4x - 4$.\n', 'x^2')).toBe('none');
    expect(await verdictOf('For large $x$, $\\log(1+x) \\approx x$.\n', '\\log(1+x)')).toBe('none');
  });

  it('an equivalence relation\'s \\sim is no approximation', async () => {
    expect(await verdictOf('A relation is reflexive when $x \\sim x$ for every $x$.\n', 'x')).not.toBe('holds');
  });

  it('planted slips whose sides are never close fail', async () => {
    expect(await verdictOf('For small $x$, $\\log(1+x) \\approx 1 + x$.\n', '\\log(1+x)')).toBe('fails');
    expect(await verdictOf('For small $x$, $e^x \\approx x$.\n', 'e^x')).toBe('fails');
  });
});
