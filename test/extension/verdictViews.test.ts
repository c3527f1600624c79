/**
 * The verdicts of the verdicts fixture note (one claim of each kind) as the
 * hover, the panel and the Problems panel word them: an identity's points or
 * counter-example, quantities in one unit, dimensions that differ, the readings
 * of an ambiguous claim — and a Warning with a quick fix only for a numeric fail.
 * The same note is opened in a real VS Code by test/e2e/verdicts.e2e.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/core/display';
import { type NoteFormulaReport } from '../../src/core/formula/index';
import { judgeNote } from '../support/judging';
import { noteProblems } from '../../src/shared/diagnosticModel';
import { formulaHoverMarkdown } from '../../src/extension/hover/formulaHoverText';
import { panelFormula } from '../../src/shared/panelStateBuilder';
import { verdictDetail, verdictText } from '../../src/shared/formulaVerdict';

const note = readFileSync(join(__dirname, '../e2e/fixtures/verdicts.md'), 'utf8');
const fmt = (x: number, digits?: number) => formatNumber(x, Math.max(4, digits ?? 0));
let reports: NoteFormulaReport[];
beforeAll(async () => {
  reports = await judgeNote(note);
});
const report = (source: string) => {
  const found = reports.find((r) => r.source === source);
  if (!found) throw new Error(`no formula ${source}`);
  return found;
};
const hover = (source: string) => formulaHoverMarkdown(report(source), fmt);
const panel = (source: string) => panelFormula(report(source), fmt);

const IDENTITY_HOLDS = String.raw`\tanh(x) = 2\sigma(2x) - 1`;
const IDENTITY_FAILS = String.raw`\sigma'(x) = \sigma(x)(1+\sigma(x))`;
const AMBIGUOUS = String.raw`\log(1024) = 10`;
const UNITS_HOLD = String.raw`2 \cdot 160 \textrm{MB} / (3 \cdot 18 \textrm{GB/s}) \approx 6 \textrm{ms}`;
const MISMATCH = String.raw`1\,\text{GB} = 1\,\text{s}`;
const ROUNDED = String.raw`\sqrt{0.2 \times 0.37} = 0.272`;
const NUMERIC_FAILS = String.raw`0.9^{50} \approx 0.05`;

describe('hover over each kind of verdict', () => {
  it('an identity that holds names the points tried once, without a table of symbolic sides', () => {
    const md = hover(IDENTITY_HOLDS);
    expect(md.startsWith('**gradexp** · claim holds ✓')).toBe(true);
    expect(md).toContain('**holds ✓ at 64 random points \\(σ as defined earlier\\)**');
    expect(md).not.toContain('holds ✓ holds');
    expect(md).not.toContain('| side |');
    expect(md).not.toContain('no numeric value');
  });

  it('an identity that fails gives its counter-example', () => {
    const md = hover(IDENTITY_FAILS);
    expect(md.startsWith('**gradexp** · claim fails ✗')).toBe(true);
    // σ'(2.589) = σ(1−σ) = 0.06497, while σ(1+σ) = 1.795 there.
    expect(md).toMatch(/\*\*fails ✗ at x = 2\\\.589: 0\\\.06497 vs 1\\\.795/);
    expect(md).toContain('Read as: `σ′(x) = σ(x)(1 + σ(x))`');
  });

  it('an ambiguous log claim names both readings and the front-matter key that settles it', () => {
    const md = hover(AMBIGUOUS);
    expect(md.startsWith('**gradexp** · claim ambiguous ?')).toBe(true);
    expect(md).toContain('**ambiguous: holds if \\\\log is base 2, fails as read by default** — computed 6\\.931');
    expect(md).toContain('`log-base: 2`');
  });

  it('names the base that makes an ambiguous log hold in the front-matter key it suggests', async () => {
    const [thousand] = await judgeNote(String.raw`$\log(1000) = 3$`);
    const md = formulaHoverMarkdown(thousand!, fmt);
    expect(md).toContain('holds if \\\\log is base 10');
    expect(md).toContain('`log-base: 10`');
  });

  it('a claim between quantities shows them in one unit, and no "Read as" that repeats the LaTeX', () => {
    const md = hover(UNITS_HOLD);
    // 2 · 160 MB / (3 · 18 GB/s) = 320/54 ms = 5.926 ms.
    expect(md).toContain('**holds ✓ 5\\.926 ms ≈ 6 ms**');
    expect(md).not.toContain('Read as');
  });

  it('a quantity written with fewer digits says how it was read, and a failing one shows both sides converted', async () => {
    const [rounded, wrong] = await judgeNote(String.raw`$1\,\text{KiB} = 1.02\,\text{kB}$ and $1\,\text{KiB} = 1000\,\text{B}$`);
    expect(formulaHoverMarkdown(rounded!, fmt)).toContain('**holds ✓ 1\\.024 kB = 1\\.02 kB, as rounded to 3 significant digits**');
    expect(formulaHoverMarkdown(wrong!, fmt)).toContain('**fails ✗ 1\\.024 kB vs 1 kB \\(relative error 0\\.024\\)**');
  });

  it('sides of different dimensions name the dimensions once', () => {
    const md = hover(MISMATCH);
    expect(md.startsWith('**gradexp** · dimensions differ ✗')).toBe(true);
    expect(md).toContain('**dimensions differ ✗: data size \\(bytes\\) vs time \\(s\\)**');
  });

  it('a rounded claim that holds says how it was read', () => {
    expect(hover(ROUNDED)).toContain('**holds ✓ as rounded to 3 significant digits');
  });
});

describe('the panel row of each kind of verdict', () => {
  it('puts what the badge cannot say on a line of its own', () => {
    const rows = [IDENTITY_HOLDS, IDENTITY_FAILS, AMBIGUOUS, UNITS_HOLD, MISMATCH, ROUNDED, NUMERIC_FAILS].map((s) => {
      const row = panel(s);
      return [verdictText(row), verdictDetail(row)];
    });
    expect(rows).toEqual([
      ['holds ✓', 'at 64 random points (σ as defined earlier)'],
      ['fails ✗', 'at x = 2.589: 0.06497 vs 1.795 (σ as defined earlier)'],
      ['ambiguous ?', 'holds if \\log is base 2, fails as read by default'],
      ['holds ✓', '5.926 ms ≈ 6 ms'],
      ['dimensions differ ✗', 'data size (bytes) vs time (s)'],
      ['holds ✓', 'as rounded to 3 significant digits'],
      ['fails ✗ (off by 90%)', null],
    ]);
  });

  it('says what a definition binds, and judges an equation at the solution its section states', async () => {
    const defs = await judgeNote(String.raw`$f(x) = x^2$, $F = 2 \cdot 2550^2$

## Section

$10/16 = (x - 150)/20$

$x = 162.5$
`);
    expect(defs.map((r) => panelFormula(r, fmt)).map((row) => [verdictText(row), verdictDetail(row)])).toEqual([
      ['—', 'defines f(x), used by later formulas'],
      ['—', 'binds F = 1.301 × 10⁷'],
      ['holds ✓', 'at the values the note states: x = 162.5 (line 7)'],
      ['holds ✓', 'it solves 10/16 = (x - 150)/20 (line 5)'],
    ]);
  });

  it('gives quantities no "read as" that repeats their LaTeX', () => {
    expect(panel(UNITS_HOLD).readAs).toBeUndefined();
    expect(panel(ROUNDED).readAs).toBe('√(0.2 × 0.37) = 0.272');
  });
});

describe('Problems for each kind of verdict', () => {
  it('lists only the two fails as Warnings, and only the numeric one has a quick fix', () => {
    const problems = noteProblems(note, [], reports, fmt);
    expect(problems.map((p) => [p.severity, p.message, p.fix?.text ?? null])).toEqual([
      ['warning', 'claim fails: \\sigma\'(x) = \\sigma(x)(1+\\sigma(x)) fails at x = 2.589: 0.06497 vs 1.795 (σ as defined earlier)', null],
      ['warning', 'claim fails: 0.9^{50} = 0.005154, not ≈ 0.05', '0.005'],
    ]);
  });
});
