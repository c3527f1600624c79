/**
 * The formula hover as plain data (src/shared/formulaHover), which VS Code's
 * Markdown hover and the Obsidian editor's DOM hover both show: values checked
 * against Math.pow, the parts of each paragraph, and that the Markdown hover
 * says exactly what the model holds.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/core/display';
import { judgeFormula } from '../support/judging';
import { escapeMarkdown, formulaHoverMarkdown } from '../../src/extension/hover/formulaHoverText';
import { formulaHover, shorten, type HoverPiece } from '../../src/shared/formulaHover';
import { hoverLook } from '../../src/obsidian/editor/hoverLook';

const fmt = (x: number) => formatNumber(x, 5);
const FORMATS = ['fp16', 'bf16', 'fp32'] as const;
const plain = (pieces: readonly HoverPiece[]) => pieces.map((p) => ('code' in p ? `\`${p.code}\`` : p.text)).join('');

describe('the shared formula hover', () => {
  it('gives a failed claim its heading, both sides with their values and formats, and the computed value', async () => {
    const hover = formulaHover(await judgeFormula(String.raw`0.9^{50} \approx 0.05`), fmt, FORMATS);
    expect(hover.heading).toBe('claim fails ✗');
    expect(hover.table?.formats).toEqual(FORMATS);
    expect(hover.table?.rows.map((r) => [r.source, r.value])).toEqual([
      ['0.9^{50}', formatNumber(Math.pow(0.9, 50), 5)],
      ['0.05', '0.05'],
    ]);
    expect(hover.table?.rows.every((r) => r.cells.length === 3)).toBe(true);
    const relative = Math.abs(Math.pow(0.9, 50) - 0.05) / 0.05;
    expect(hover.claims).toEqual([
      { left: '0.9^{50}', relation: '≈', right: '0.05', verdict: `fails ✗ (relative error ${fmt(relative)})`, computed: formatNumber(Math.pow(0.9, 50), 5) },
    ]);
  });

  it('says what happens to a value in each format the caller picks, in its order', async () => {
    const hover = formulaHover(await judgeFormula(String.raw`1.5^{100} \approx 4 \times 10^{17}`), fmt, ['fp32', 'fp16']);
    expect(hover.heading).toBe('claim holds ✓');
    const [row] = hover.table!.rows;
    // 1.5¹⁰⁰ ≈ 4.07e17 is above fp16's 65504 and inside fp32's 3.4e38.
    expect(row!.value).toBe(formatNumber(Math.pow(1.5, 100), 5));
    expect(row!.cells[0]).toBe(formatNumber(Math.fround(Math.pow(1.5, 100)), 5));
    expect(row!.cells[1]).toBe('overflow → Infinity');
  });

  it('has no table for an identity checked at random points, and says where it was tried', async () => {
    const hover = formulaHover(await judgeFormula(String.raw`(x+1)^2 = x^2 + 2x + 1`), fmt, FORMATS);
    expect(hover.table).toBeUndefined();
    expect(hover.claims[0]!.verdict).toMatch(/^holds ✓ at \d+ random points/);
  });

  it('quotes note text as code pieces, never as words: free symbols, the reading', async () => {
    const symbolic = formulaHover(await judgeFormula(String.raw`\mathbf{h}^{t}=f_{t}(\mathbf{h}^{t-1})`), fmt, FORMATS);
    expect(symbolic.heading).toBe('symbolic formula');
    const symbols = symbolic.notes.find((n) => plain(n).startsWith('Free symbols'))!;
    expect(symbols.filter((p) => 'code' in p)).toEqual([{ code: 'f' }, { code: 'h' }, { code: 't' }]);
    const read = formulaHover(await judgeFormula('2^{-24} \\approx 6e(-8)'), fmt, FORMATS);
    expect(read.notes.map(plain)).toContain('Read as: `2^(−24) ≈ 6 × 10^(-8)`');
  });

  it('tells how to settle an ambiguous log base, naming the front-matter key', async () => {
    const hover = formulaHover(await judgeFormula(String.raw`\log 1024 = 10`), fmt, FORMATS);
    expect(hover.heading).toBe('claim ambiguous ?');
    expect(hover.notes.map(plain)).toContain('Say which base the note means, once, in its front matter: `log-base: 2` (2, 10 or e).');
  });

  it('shortens long LaTeX on one line', () => {
    expect(shorten('a  +\n b', 10)).toBe('a + b');
    expect(shorten('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('is what the Markdown hover writes, piece by piece', async () => {
    for (const source of [String.raw`0.9^{50} \approx 0.05`, String.raw`\log 1024 = 10`, String.raw`\mathbf{h}^{t}=f_{t}(\mathbf{h}^{t-1})`]) {
      const report = await judgeFormula(source);
      const hover = formulaHover(report, fmt, FORMATS);
      const md = formulaHoverMarkdown(report, fmt, { formats: FORMATS });
      expect(md.startsWith(`**gradexp** · ${hover.heading}`)).toBe(true);
      for (const claim of hover.claims) expect(md).toContain(`**${escapeMarkdown(claim.verdict)}**`);
      for (const row of hover.table?.rows ?? []) expect(md).toContain(`| ${escapeMarkdown(row.value)} | ${row.cells.map(escapeMarkdown).join(' | ')} |`);
      expect(md.split('\n\n').length).toBe(1 + (hover.table ? 1 : 0) + (hover.claims.length ? 1 : 0) + hover.notes.length);
    }
  });
});

describe("the Obsidian plugin's hover settings", () => {
  it('keeps valid settings, clamps digits and drops unknown formats as VS Code does', () => {
    expect(hoverLook({ digits: 3, formats: ['fp8-e4m3', 'fp32'] })).toEqual({ digits: 3, formats: ['fp8-e4m3', 'fp32'] });
    expect(hoverLook({ digits: 40, formats: ['fp7', 'bf16', 'bf16'] })).toEqual({ digits: 17, formats: ['bf16'] });
    expect(hoverLook({ digits: 'many', formats: 'fp16' })).toEqual({ digits: 5, formats: ['fp16', 'bf16', 'fp32'] });
    expect(hoverLook({ digits: 2, formats: [] })).toEqual({ digits: 2, formats: [] });
  });
});
