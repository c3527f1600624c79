/**
 * What rendered math carries that changes how it looks, never what it says (preprocess.ts): colour commands,
 * invisible characters pasted from a rendered page, and upright text in a braced subscript. Each true claim
 * is decided; a wrong variant written the same way still fails.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

const verdictOf = async (latex: string) => (await judgeFormula(latex)).verdict;

describe('colour commands are not letters (dropColours)', () => {
  it('\\color{red}{…}, {\\color{red} …}, \\textcolor and \\colorbox read as what they colour', async () => {
    expect(await verdictOf(String.raw`\color{red}{2 + 2} = 4`)).toBe('holds');
    expect(await verdictOf(String.raw`{\color{red} 5} + 1 = 6`)).toBe('holds');
    expect(await verdictOf(String.raw`\textcolor{blue}{3 \times 3} = 9`)).toBe('holds');
    expect(await verdictOf(String.raw`\colorbox{yellow}{7} - 2 = 5`)).toBe('holds');
    expect(await verdictOf(String.raw`\textcolor[rgb]{1,0,0}{0.5^2} = 0.25`)).toBe('holds');
  });

  it('a wrong claim in colour still fails', async () => {
    expect(await verdictOf(String.raw`\color{red}{2 + 2} = 5`)).toBe('fails');
    expect(await verdictOf(String.raw`\textcolor{blue}{3 \times 3} = 6`)).toBe('fails');
  });
});

describe('invisible characters from rendered math', () => {
  it('U+2061 (function application) is nothing and U+2062 (invisible times) is a product', async () => {
    expect(await verdictOf('\\log_2\u2061 8 = 3')).toBe('holds');
    expect(await verdictOf('2\u20623 = 6')).toBe('holds');
    expect(await verdictOf('1\u200b0 + 1 = 11')).toBe('holds');
  });

  it('a wrong value beside them still fails', async () => {
    expect(await verdictOf('\\log_2\u2061 8 = 4')).toBe('fails');
    expect(await verdictOf('2\u20623 = 5')).toBe('fails');
  });
});

describe('upright text in a braced subscript is part of the name', () => {
  // The Transformer's sizes as notes write them (harvardnlp/annotated-transformer and most notes after it).
  const note = String.raw`We set $d_{\text{model}} = 512$ and $d_{\text{ff}} = 2048$, so $d_{\text{ff}} = 4 d_{\text{model}}$
and $d_{\mathrm{ff}} / d_{\text{model}} = 4$.`;

  it('d_{\\text{model}} and d_{\\text{ff}} are two names, bound by the note', async () => {
    const claims = (await judgeNote(note)).flatMap((f) => f.claims.map((c) => c.verdict));
    expect(claims).toEqual(['none', 'none', 'holds', 'holds']);
  });

  it("a wrong ratio between them never holds: the note's values do not satisfy it", async () => {
    const wrong = note.replace('= 4$.', '= 8$.');
    const last = (await judgeNote(wrong)).at(-1)!;
    expect(last.claims[0]!.verdict).not.toBe('holds');
    expect(last.claims[0]!.reason).toContain('d_ff = 2048, d_model = 512');
  });

  it('a bare text subscript closing a fraction keeps the fraction whole', async () => {
    const verdicts = (await judgeNote(String.raw`With $W_\text{ici} = 2$, $\frac{6}{W_\text{ici}} + 1 = 4$ and $\frac{6}{W_{\text{ici}}} = 3$.`))
      .flatMap((f) => f.claims.map((c) => c.verdict));
    expect(verdicts).toEqual(['none', 'holds', 'holds']);
  });
});
