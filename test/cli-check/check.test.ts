import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { noteFolder, run } from './checkHarness';

const note = noteFolder('gradexp-check-');
const dir = dirname(note('placeholder.md', ''));

const fixture = join(__dirname, '../fixtures/formula/gradient-note.md');

describe('gradexp check', () => {
  it('prints failures like a compiler, then a count line, and exits 1', async () => {
    const { code, out, err } = await run([fixture]);
    expect(code).toBe(1);
    expect(err).toEqual([]);
    expect(out).toEqual([
      `${fixture}:18:15: claim fails: 0.9^{50} = 0.005154, not ≈ 0.05`,
      `${fixture}:39:18: claim fails: \\ln 2 = 0.6931, not < 0.5`,
      '11 formulas: 7 claims hold, 2 fail, 1 could not be checked',
    ]);
  });

  it('counts ambiguous and mismatched claims in the count line', async () => {
    const verdicts = join(__dirname, '../e2e/fixtures/verdicts.md');
    const { out } = await run([verdicts]);
    expect(out.filter((l) => / claim (ambiguous|mismatch): /.test(l))).toHaveLength(2);
    expect(out.at(-1)).toBe('9 formulas: 5 claims hold, 2 fail, 1 with mismatched units or shapes, 1 ambiguous, 0 could not be checked');
  });

  it('exits 0 when every claim holds', async () => {
    const file = note('good.md', '# ok\n\n$$1.5^{100} \\approx 4 \\times 10^{17}$$\n\nand $2^{10} = 1024$\n');
    const { code, out } = await run([file]);
    expect(code).toBe(0);
    expect(out).toEqual(['2 formulas: 2 claims hold, 0 fail, 0 could not be checked']);
  });

  it('points at the failing claim inside a multi-line block', async () => {
    const file = note('block.md', 'intro\n\n$$\n2^{10} = 1000\n$$\n');
    const { code, out } = await run([file]);
    expect(code).toBe(1);
    expect(out[0]).toBe(`${file}:4:1: claim fails: 2^{10} = 1024, not = 1000`);
  });

  it('writes the JSON contract for one note', async () => {
    const { code, out } = await run([fixture, '--json']);
    expect(code).toBe(1);
    const json = JSON.parse(out.join('\n'));
    expect(json.file).toBe(fixture);
    expect(json.formulas).toHaveLength(11);
    const powers = json.formulas[1];
    expect(powers).toMatchObject({ line: 16, column: 4, verdict: 'holds', value: 1.5 ** 100 });
    expect(powers.source).toBe('1.5^{100} \\approx 4 \\times 10^{17} \\quad 0.8^{100} \\approx 2 \\times 10^{-10}');
    expect(powers.formats.fp16).toEqual({ value: 'Infinity', overflow: true, underflow: false, subnormal: false });
    expect(powers.formats.bf16.overflow).toBe(false);
    expect(powers.sides.map((side: { source: string }) => side.source)).toEqual(['1.5^{100}', '4 \\times 10^{17}', '0.8^{100}', '2 \\times 10^{-10}']);
    expect(powers.sides[2].formats.fp16.underflow).toBe(true);
    expect(powers.claims.map((c: { verdict: string }) => c.verdict)).toEqual(['holds', 'holds']);
    expect(powers.relativeError).toBeCloseTo(1.5 ** 100 / 4e17 - 1, 12);
    const symbolic = json.formulas[0];
    expect(symbolic).toMatchObject({ source: 'L', value: null, verdict: 'none', formats: null, symbols: ['L'] });
    const wrong = json.formulas[4];
    expect(wrong).toMatchObject({ line: 18, column: 15, verdict: 'fails', source: '0.9^{50} \\approx 0.05' });
    const lines = readFileSync(fixture, 'utf8').split('\n');
    expect(lines[wrong.line - 1].slice(wrong.column - 1)).toMatch(/^0\.9\^\{50\}/);
  });

  it('writes an array for several notes and non-finite values as strings', async () => {
    const file = note('inf.md', 'big $\\infty$ and $1 + 1$\n');
    const { code, out } = await run(['--json', file, file]);
    expect(code).toBe(0);
    const json = JSON.parse(out.join('\n'));
    expect(Array.isArray(json)).toBe(true);
    expect(json).toHaveLength(2);
    expect(json[0].formulas[0].value).toBe('Infinity');
    expect(json[0].formulas[1].value).toBe(2);
  });

  it('reports formulas that cannot be evaluated without failing the run', async () => {
    const file = note('bad.md', 'tower $10^{10^{10}}$ and $\\frac{1}{2$ and $$ $$\n');
    const { code, out } = await run([file]);
    expect(code).toBe(0);
    expect(out.some((l) => /bad\.md:1:8: note: cannot evaluate: .*infinite/.test(l))).toBe(true);
    expect(out.some((l) => /note: cannot evaluate: unbalanced braces/.test(l))).toBe(true);
  });

  it('exits 2 with a usage message for a missing file, an unknown flag or no note', async () => {
    const missing = await run([join(dir, 'nope.md')]);
    expect(missing.code).toBe(2);
    expect(missing.err.join('\n')).toMatch(/cannot read .*nope\.md.*no such file/);
    expect(missing.out).toEqual([]);
    const flag = await run([fixture, '--jsn']);
    expect(flag.code).toBe(2);
    expect(flag.err.join('\n')).toMatch(/unknown option --jsn/);
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.err.join('\n')).toMatch(/usage: gradexp check/);
    const folder = await run([dir]);
    expect(folder.code).toBe(2);
  });

  it('never prints a stack trace for garbage notes', async () => {
    const file = note('garbage.md', '$$\n' + '\\frac{'.repeat(2000) + '\n$$\n$\u0000$ $\\$ $$$$ ${}$ $\\left($\n');
    const { code, out, err } = await run([file]);
    expect(code).toBe(0);
    expect([...out, ...err].join('\n')).not.toMatch(/\n\s+at /);
  });
});
