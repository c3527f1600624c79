/**
 * A prime on a parenthesised expression (primedGroups.ts), as derivative tables
 * of calculus notes write it. Excerpts verbatim from public notes:
 * - 23NChan/note, JianMo/DaoShu.md (常见的导函数);
 * - the 高数 notes 导数与微分 (基本求导法则与求导公式) and 焚决 (高阶导数) found
 *   by the code search, quoted line by line.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

async function verdicts(note: string): Promise<(string | undefined)[]> {
  return (await judgeNote(note)).map((r) => r.verdict);
}

async function verdictOf(claim: string, before = ''): Promise<string | undefined> {
  const reports = await judgeNote(`${before}${claim}\n`);
  return reports[reports.length - 1]?.verdict;
}

describe('a prime on a parenthesised expression', () => {
  it('holds for the derivative table of 23NChan/note (JianMo/DaoShu.md)', async () => {
    const table = [
      "$$\n(e^{x})'=e^x\n$$",
      "$$\n(\\sin{x})'=\\cos{x}\n$$",
      "$$\n(\\cos{x})'=-\\sin{x}\n$$",
      "$$\n(\\tan{x})'=\\frac{1}{\\cos^2{x}}\n$$",
    ].join('\n\n');
    expect(await verdicts(`${table}\n`)).toEqual(['holds', 'holds', 'holds', 'holds']);
  });

  it('holds for the 导数公式 of a 高数 note, the inverse trigonometric ones on their domain', async () => {
    expect(await verdictOf("* $(\\ln x)' = \\frac{1}{x}$")).toBe('holds');
    expect(await verdictOf("* $(\\arcsin x)' = \\frac{1}{\\sqrt{1-x^2}}$")).toBe('holds');
    expect(await verdictOf("* $(\\arccos x)' = -\\frac{1}{\\sqrt{1-x^2}}$")).toBe('holds');
    expect(await verdictOf("* $(\\arctan x)' = \\frac{1}{1+x^2}$")).toBe('holds');
    expect(await verdictOf("* $(\\sec x)' = \\sec x \\tan x$")).toBe('holds');
    expect(await verdictOf("* $(\\tan x)' = \\sec^2 x$")).toBe('holds');
  });

  it('fails on a planted slip when x is the only variable: a dropped square, a dropped sign, a dropped chain factor', async () => {
    expect(await verdictOf("* $(\\tan x)' = \\sec x$")).toBe('fails');
    expect(await verdictOf("* $(\\arccos x)' = \\frac{1}{\\sqrt{1-x^2}}$")).toBe('fails');
    expect(await verdictOf("$(\\sin 2x)' = \\cos 2x$")).toBe('fails');
    expect(await verdictOf("$\\left(\\frac{1}{x}\\right)' = \\frac{1}{x^2}$")).toBe('fails');
  });

  it('reads second derivatives and the chain through a product', async () => {
    expect(await verdictOf("$(x^2 e^x)' = 2x e^x + x^2 e^x$")).toBe('holds');
    expect(await verdictOf("$(x^2 e^x)'' = (x^2 + 4x + 2)e^x$")).toBe('holds');
    expect(await verdictOf("$(t^3)'' = 6t$")).toBe('holds');
  });

  it('holds other letters constant beside x, which may confirm and never refute', async () => {
    expect(await verdictOf("$$\n(a^x)'=a^x\\ln{a}\n$$")).toBe('holds');
    expect(await verdictOf("$$\n(\\log_a{x})'=\\frac{1}{x\\ln{a}}\n$$")).toBe('holds');
    expect(await verdictOf("$$\n(x^a)'=ax^{a-1}\n$$")).toBe('holds');
    // With its conditions written in the formula (a 高数 note's table) it is never failed.
    expect(await verdictOf("* $(a^x)' = a^x\\ln a\\ (a\\gt 0, a\\neq 1)$")).not.toBe('fails');
    // A slip with a constant beside x stays undecided: the letter may depend on x in the note.
    expect(await verdictOf("$(a^x)' = a^x$")).toBe('none');
    // `lnx` without its backslash: l·n·x, or ln x — never a failure.
    expect(await verdictOf("$$\n(lnx)'=\\frac{1}{x}\n$$")).toBe('none');
  });

  it('leaves a constant and abstract functions undecided: the variable is not certain', async () => {
    expect(await verdictOf("* $(C)' = 0$")).toBe('none');
    expect(await verdictOf("$$\n(c)' =   0\n$$")).toBe('none');
    expect(await verdictOf("* $(u\\pm v)' = u' \\pm v'$")).toBe('none');
    // Read as functions of x by primedRules.ts (primedRules.test.ts), not as variables here.
    expect(await verdictOf("* $(uv)' = u'v + uv'$")).not.toBe('fails');
    expect(await verdictOf("$(u^2)' = 2u$")).toBe('none');
  });

  it('never reads a derivative of symbolic order as a power', async () => {
    // (sin x)ⁿ ≠ sin(x + nπ/2): read as a power this true formula would fail.
    expect(await verdictOf('$(\\sin x)^{(n)} = \\sin\\left(x + \\frac{n\\pi}{2}\\right)$')).toBe('none');
    expect(await verdictOf('$$\n\\sin x^{(n)} = \\sin\\left (x+n\\cdot\\frac{\\pi}{2}\\right)\n$$')).not.toBe('fails');
    expect(await verdictOf('$$\n\\ln(1+x)^{(n)} = (-1)^{n-1}\\cdot\\frac{(n-1)!}{(x+1)^n}\n$$')).not.toBe('fails');
  });
});
