import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/core/display';
import { type NoteFormulaReport } from '../../src/core/formula/index';
import { judgeFormula, judgeNote } from '../support/judging';
import { keySchema } from '../../src/core/spec/schema';
import { codeSpan, escapeMarkdown, formulaHoverMarkdown } from '../../src/extension/hover/formulaHoverText';
import { formatFactCell } from '../../src/shared/formulaHover';
import { keyHoverMarkdown } from '../../src/extension/hover/keyHoverText';

const fmt = (x: number) => formatNumber(x, 5);
const rows = (md: string) => md.split('\n').filter((l) => l.startsWith('| `'));

describe('formula hover', () => {
  it('shows both claims of one formula with values, verdicts and fp16/bf16/fp32 facts', async () => {
    const md = formulaHoverMarkdown(await judgeFormula(String.raw`1.5^{100} \approx 4 \times 10^{17} \quad 0.8^{100} \approx 2 \times 10^{-10}`), fmt);
    expect(md.startsWith('**gradexp** · claim holds ✓')).toBe(true);
    expect(md).toContain('| side | value | fp16 | bf16 | fp32 |');
    const table = rows(md);
    expect(table).toHaveLength(4);
    // 1.5¹⁰⁰ overflows fp16 but fits bf16; 0.8¹⁰⁰ underflows fp16.
    expect(table[0]).toMatch(/^\| `1\.5\^\{100\}` \| 4\\\.0656 × 10¹⁷ \| overflow → Infinity \| 4\\\.0758 × 10¹⁷ \|/);
    expect(table[2]).toMatch(/\| underflow → 0 \|/);
    expect(md.match(/holds ✓/g)).toHaveLength(3);
    expect(md).toContain('relative error 0\\.016403');
  });

  it('says how plain-text e-notation was read and marks fp16 subnormals', async () => {
    const md = formulaHoverMarkdown(await judgeFormula('2^{-24} \\approx 6e(-8)'), fmt);
    expect(md).toContain('Read as: `2^(−24) ≈ 6 × 10^(-8)`');
    expect(md).toContain('5\\.9605 × 10⁻⁸ \\(subnormal\\)');
  });

  it('gives a failed claim its computed value', async () => {
    const md = formulaHoverMarkdown(await judgeFormula('0.9^{50} \\approx 0.05'), fmt);
    expect(md.startsWith('**gradexp** · claim fails ✗')).toBe(true);
    expect(md).toContain('**fails ✗ \\(relative error 0\\.89692\\)** — computed 0\\.0051538');
  });

  it('says why float64 cannot decide a claim instead of "a side has no value"', async () => {
    const md = formulaHoverMarkdown(await judgeFormula(String.raw`\sin(\pi) = 0`), fmt);
    expect(md).toMatch(/float64 cannot decide this claim; the sides differ by .*within the rounding error of the evaluation/);
    expect(md).not.toContain('a side has no value');
  });

  it('lists the free symbols of a symbolic formula', async () => {
    const md = formulaHoverMarkdown(await judgeFormula(String.raw`\mathbf{h}^{t}=f_{t}(\mathbf{h}^{t-1})`), fmt);
    expect(md.startsWith('**gradexp** · symbolic formula')).toBe(true);
    expect(md).toContain('Free symbols: `f`, `h`, `t`');
  });

  it('keeps note text from breaking the table or becoming markup', async () => {
    expect(codeSpan('a | b')).toBe('`a \\| b`');
    expect(codeSpan('x`y')).toBe('`` x`y ``');
    expect(codeSpan('x'.repeat(100), 10)).toBe('`xxxxxxxxx…`');
    expect(escapeMarkdown('<img src=x> [a](b) *c*')).toBe('\\<img src=x\\> \\[a\\]\\(b\\) \\*c\\*');
    const md = formulaHoverMarkdown(await judgeFormula('a | b'), fmt);
    // side, value and the three default formats, between the outer pipes.
    for (const row of rows(md)) expect(row.split(/(?<!\\)\|/).length).toBe(7);
  });

  it('shows the formats the setting picks, in its order, and none for an empty list', async () => {
    const report = await judgeFormula('500 = 500');
    const header = (md: string) => md.split('\n').find((l) => l.startsWith('| side'));
    expect(header(formulaHoverMarkdown(report, fmt))).toBe('| side | value | fp16 | bf16 | fp32 |');
    expect(header(formulaHoverMarkdown(report, fmt, { formats: ['fp16', 'bf16', 'fp32', 'fp8-e4m3', 'fp8-e5m2'] }))).toBe(
      '| side | value | fp16 | bf16 | fp32 | fp8-e4m3 | fp8-e5m2 |',
    );
    const picked = formulaHoverMarkdown(report, fmt, { formats: ['fp8-e4m3', 'fp32'] });
    expect(header(picked)).toBe('| side | value | fp8-e4m3 | fp32 |');
    // 500 is above e4m3's 464: no infinity in that format, so NaN.
    expect(picked).toContain('| overflow → NaN | 500 |');
    expect(header(formulaHoverMarkdown(report, fmt, { formats: [] }))).toBe('| side | value |');
  });

  it('describes a format cell by what happened to the value', () => {
    expect(formatFactCell({ value: Infinity, overflow: true, underflow: false, subnormal: false }, fmt)).toBe('overflow → Infinity');
    expect(formatFactCell({ value: 0, overflow: false, underflow: true, subnormal: false }, fmt)).toBe('underflow → 0');
    expect(formatFactCell({ value: 2 ** -24, overflow: false, underflow: false, subnormal: true }, fmt)).toBe('5.9605 × 10⁻⁸ (subnormal)');
    expect(formatFactCell({ value: 65504, overflow: false, underflow: false, subnormal: false }, fmt)).toBe('65504');
  });
});

describe('key hover', () => {
  it('shows the schema row: type, bounds, default, sweep, doc and experiments', () => {
    const md = keyHoverMarkdown(keySchema('depth')!, 'mlp');
    expect(md.split('\n\n')[0]).toBe('**depth** — int 1…10000 · default 100 · a list sweeps');
    expect(md).toContain('Number of layers L\\.');
    expect(md).toContain('Applies to: `mlp`');
  });

  it('lists allowed values, narrowed to the experiment', () => {
    const md = keyHoverMarkdown(keySchema('plot')!, 'power');
    expect(md).toContain('default value');
    expect(md).toContain('Values: `value`');
  });
});

describe('formula hover: definitions and undecided claims', () => {
  // A note's definitions, a section's stated solution, and claims left undecided for today's reasons.
  const note = String.raw`# Definitions

$f(x) = x^2$ and $f(3) = 9$.

$F = 2 \cdot 2550^2$

With $\beta_1 = 0.9$ and $h^t = 0.5$.

## A stated solution

$10/16 = (x - 150)/20$

$x = 162.5$

## Undecided

The loss would need to be $2 + 2 = 5$.

$a^2 = 4$

$(A + I)^2 = A^2 + 2A + I$

$d(X^2) = 2X dX$
`;
  let reports: NoteFormulaReport[];
  beforeAll(async () => {
    reports = await judgeNote(note);
  });
  const hover = (source: string) => {
    const report = reports.find((r) => r.source === source);
    if (!report) throw new Error(`no formula ${source}`);
    return formulaHoverMarkdown(report, fmt);
  };

  it('says what a function definition is, not that it cannot be judged', () => {
    const md = hover('f(x) = x^2');
    expect(md.startsWith('**gradexp** · definition')).toBe(true);
    expect(md).toContain('**defines f\\(x\\), used by later formulas**');
    expect(md).not.toContain('no value');
    expect(md).not.toContain('Free symbols');
  });

  it('gives the value a definition binds', () => {
    const md = hover(String.raw`F = 2 \cdot 2550^2`);
    expect(md.startsWith('**gradexp** · definition')).toBe(true);
    expect(md).toContain('**binds F = 1\\.3005 × 10⁷**');
  });

  it('gives the value a note states for a name, and nothing for an expression', () => {
    const md = hover(String.raw`\beta_1 = 0.9`);
    expect(md.startsWith('**gradexp** · definition')).toBe(true);
    expect(md).toContain('**binds β\\_1 = 0\\.9**');
    expect(md).not.toContain('Free symbols');
    expect(hover('h^t = 0.5')).toContain('**not judged: ');
    expect(hover('h^t = 0.5')).not.toContain('binds');
  });

  it('does not call the name of a function defined earlier a free symbol once the claim holds', () => {
    const md = hover('f(3) = 9');
    expect(md).toContain('**holds ✓ with f as defined earlier');
    expect(md).not.toContain('Free symbols');
  });

  it('judges an equation at the solution its section states, without the counter-example of the random-point check', () => {
    const md = hover('10/16 = (x - 150)/20');
    expect(md).toContain('**holds ✓ at the values the note states: x = 162\\.5 \\(line 13\\)**');
    expect(md).not.toMatch(/ vs /);
    expect(hover('x = 162.5')).toContain('**holds ✓ it solves 10/16 = \\(x \\- 150\\)/20 \\(line 11\\)**');
  });

  it.each([
    ['2 + 2 = 5', 'not judged: the sentence does not assert it \\("would need to be"\\)'],
    ['a^2 = 4', 'not judged: it reads as a property or an equation, not an identity'],
    ['(A + I)^2 = A^2 + 2A + I', 'not judged: A, I may be matrices, which a check with numbers cannot refute'],
    ['d(X^2) = 2X dX', 'not judged: d may be a differential, not a variable'],
  ])('says once why %s is not judged', (source, line) => {
    const md = hover(source);
    expect(md).toContain(`**${line}**`);
    const reason = line.replace('not judged: ', '');
    expect(md.split(reason)).toHaveLength(2);
    expect(md).not.toContain('cannot evaluate');
    expect(md).not.toContain('Free symbols');
  });

  it.each([
    "cannot evaluate: e may be a variable here, not Euler's number",
    'cannot evaluate: the verdict depends on how far the derivative operator reaches, or on what its names mean',
    'cannot evaluate: cannot evaluate: it holds at some points and not at others',
  ])('words the reason "%s" once, without its prefix', async (reason) => {
    const report = await judgeFormula('2 + 2 = 5');
    const claim = { ...report.claims[0]!, verdict: 'none' as const, reason };
    const md = formulaHoverMarkdown({ ...report, verdict: 'none', claims: [claim], error: reason }, fmt);
    const why = reason.replace(/^(cannot evaluate: )+/, '');
    expect(md).toContain(`**not judged: ${escapeMarkdown(why)}**`);
    expect(md.split(escapeMarkdown(why))).toHaveLength(2);
    expect(md).not.toContain('cannot evaluate');
  });

  it('names the unit after the formula that made a claim hold', async () => {
    const [report] = await judgeNote('The model needs $7 \\times 10^9 \\times 2 = 14$ GB of memory.');
    expect(formulaHoverMarkdown(report!, fmt)).toContain('**holds ✓ with the GB after the formula \\(× 10^9\\) \\(relative error 0\\)**');
  });

  it.each([String.raw`(1 \, 2 \, 3) = 6`, String.raw`\sigma = (1 \, 2 \, 3) = 6`])('says once why a side with digits kept apart by spaces has no value: %s', async (source) => {
    const [report] = await judgeNote(`$${source}$`);
    const md = formulaHoverMarkdown(report!, fmt);
    expect(md).toContain('**not judged: digits kept apart by spaces');
    expect(md.split('digits kept apart')).toHaveLength(2);
    expect(md.split('\n').filter((l) => l.startsWith('- ')).length).toBe(report!.claims.length);
  });
});
