/**
 * Values read from a printed standard-normal table (standardNormal.ts with
 * roundedTerms.ts): the author writes the complement of a four-decimal table
 * entry, `P(Z > 1) = 1 - 0.8413`, and the exact tail (0.158655) differs from
 * 0.1587 in the fifth decimal — within the entry's rounding (half a unit of its
 * last digit, 0.00005). Excerpts verbatim from ActuarialNotes/Actuarial-Notes-Wiki
 * (questions/exam-p/p-070.md, p-086.md, Concepts/p-Value.md). Values checked
 * with python3 (scipy-free: 0.5·erfc(c/√2)): P(Z>1) = 0.1586553,
 * P(Z<−1.78) = 0.0375380, P(Z>2.50) = 0.0062097.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const claimsOf = async (text: string) => (await judgeNote(text)).flatMap((r) => r.claims);
const verdictOf = async (text: string, left: string, right: string) =>
  (await claimsOf(text)).find((c) => c.left.source === left && c.right.source === right)?.verdict;

// questions/exam-p/p-070.md (Central Limit Theorem)
const P070 = (entry: string) => `## Solution\n\nBy the central limit theorem S is approximately normal.\n\nFrom standard normal tables, $P(Z < 1) = 0.8413$, so $P(Z > 1) = 1 - ${entry} = 0.1587 \\approx 0.159$.\n`;
// questions/exam-p/p-086.md
const P086 = (entry: string) => `## Solution\n\nS is approximately normal.\n\nFrom normal tables, $P(Z < 1.07) = 0.8577$ and $P(Z < -1.78) = 1 - ${entry} = 0.0375$.\n`;
// Concepts/p-Value.md (a one-sided z-test)
const PVALUE = (entry: string) => `# p-Value\n\n> [!example]- p-Value for a One-Sided Z-Test {Example}\n> A test of $H_0: \\mu = 5{,}000$ against $H_1: \\mu > 5{,}000$ yields $z = 2.50$. Find the p-value.\n>\n> > [!answer]-\n> > $$p = P(Z > 2.50) = 1 - ${entry} = 0.0062$$\n`;

describe('the complement of a four-decimal normal-table entry (standardNormal.ts, roundedTerms.ts)', () => {
  it('P(Z > 1) = 1 - 0.8413 holds: 0.158655 is 0.1587 at the table\'s four decimals', async () => {
    expect(await verdictOf(P070('0.8413'), 'P(Z > 1)', '1 - 0.8413')).toBe('holds');
    expect((await claimsOf(P070('0.8413'))).every((c) => c.verdict !== 'fails')).toBe(true);
  });

  it('P(Z < -1.78) = 1 - 0.9625 holds (0.037538 against 0.0375)', async () => {
    expect(await verdictOf(P086('0.9625'), 'P(Z < -1.78)', '1 - 0.9625')).toBe('holds');
  });

  it('P(Z > 2.50) = 1 - 0.9938 holds (0.0062097 against 0.0062)', async () => {
    expect(await verdictOf(PVALUE('0.9938'), 'P(Z > 2.50)', '1 - 0.9938')).toBe('holds');
  });

  it('a wrong table entry still fails: 1 - 0.8431 (transposed digits), 1 - 0.9652, 1 - 0.9983', async () => {
    expect(await verdictOf(P070('0.8431'), 'P(Z > 1)', '1 - 0.8431')).toBe('fails');
    expect(await verdictOf(P086('0.9652'), 'P(Z < -1.78)', '1 - 0.9652')).toBe('fails');
    expect(await verdictOf(PVALUE('0.9983'), 'P(Z > 2.50)', '1 - 0.9983')).toBe('fails');
  });

  it('an entry off by one unit more than its rounding fails: 1 - 0.8412 (0.1588, 0.00015 from 0.158655)', async () => {
    expect(await verdictOf(P070('0.8412'), 'P(Z > 1)', '1 - 0.8412')).toBe('fails');
  });
});

// Concepts/Interest.md: the annuity factor a_{3|5%} = 2.723248 is shown cut to 2.7232; the payment is computed with it in full.
const INTEREST = (result: string) => `# Interest\n\n> [!example]- Interest vs. Principal Split {Example}\n> A $10{,}000$ loan at $5\\%$ annual interest is repaid with 3 equal annual payments. Find the interest and principal in the first payment.\n>\n> > [!answer]-\n> > Payment $= 10000/a_{\\overline{3}|5\\%} = 10000/2.7232 = ${result}$.\n`;
// questions/exam-mas-i/masi-2018s-013.md: v⁴ = 0.822702 and 0.9603 · 0.90 · 0.15 = 0.1296405, shown at five digits.
const SURVIVAL = (result: string) => `## Solution\n\n$$k=4:\\quad 1000\\,v^4\\,(0.9603)(0.90)(0.15) = 1000(0.82270)(0.12964) = ${result}.$$\n`;

describe('a result computed from decimals shown cut to five digits or more (claims.ts, lastDigitSlack.ts)', () => {
  it('10000/2.7232 = 3672.09 is not failed: 10000/2.723248 = 3672.085, and 2.7232 ± 0.00005 reaches it', async () => {
    expect(await verdictOf(INTEREST('3672.09'), '10000/2.7232', '3672.09')).toBe('none');
  });

  it('1000(0.82270)(0.12964) = 106.66 is not failed (106.6548 as shown, 106.655 in full)', async () => {
    expect(await verdictOf(SURVIVAL('106.66'), '1000(0.82270)(0.12964)', '106.66')).toBe('none');
  });

  it('a result the inputs\' rounding cannot reach still fails: 3672.50, 106.70', async () => {
    expect(await verdictOf(INTEREST('3672.50'), '10000/2.7232', '3672.50')).toBe('fails');
    expect(await verdictOf(SURVIVAL('106.70'), '1000(0.82270)(0.12964)', '106.70')).toBe('fails');
  });

  it('short decimals are not read so: 10000/2.5 = 3999 fails', async () => {
    expect(await verdictOf('# Payment\n\n$10000/2.5 = 3999$\n', '10000/2.5', '3999')).toBe('fails');
  });
});
