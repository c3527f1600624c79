import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeNote } from '../../src/core/formula';

const note = readFileSync(join(__dirname, '../fixtures/formula/gradient-note.md'), 'utf8');

describe('analyzeNote on the project’s note', () => {
  it('gives every formula its value and verdict', async () => {
    const reports = await analyzeNote(note);
    const rows = reports.map((r) => [r.span.line, r.value, r.verdict]);
    expect(rows).toEqual([
      [15, null, 'none'],
      [16, 1.5 ** 100, 'holds'],
      [17, 65504, 'none'],
      [17, 2 ** -24, 'holds'],
      [18, 0.9 ** 50, 'fails'],
      [19, null, 'none'],
      [28, 55, 'holds'],
      [32, Math.SQRT2, 'holds'],
      [36, 1024, 'holds'],
      [37, Math.exp(2), 'holds'],
      [39, Math.LN2, 'fails'],
    ]);
  });

  it('names the free symbols of the symbolic formulas', async () => {
    const reports = await analyzeNote(note);
    expect(reports[0].symbols).toEqual(['L']);
    expect(reports[5].symbols).toEqual(expect.arrayContaining(['W', 'h', 't', 'diag']));
  });

  it('states the format facts the note is about', async () => {
    const reports = await analyzeNote(note);
    const [, powers, max, tiny] = reports;
    expect(powers.formats?.fp16.overflow).toBe(true);
    expect(powers.formats?.bf16.overflow).toBe(false);
    expect(max.formats?.fp16).toEqual({ value: 65504, overflow: false, underflow: false, subnormal: false });
    expect(tiny.formats?.fp16).toEqual({ value: 2 ** -24, overflow: false, underflow: false, subnormal: true });
  });

  it('offers note-level fixes that replace exactly the claimed number', async () => {
    const reports = await analyzeNote(note);
    const wrong = reports[4];
    expect(wrong.fixes.length).toBe(1);
    const [fix] = wrong.fixes;
    expect(note.slice(fix.start, fix.end)).toBe('0.05');
    expect(fix.text).toBe('0.005');
    const footnote = reports[10];
    expect(footnote.fixes).toEqual([]); // `<` has no value to write in
  });

  it('places fixes of multi-line blocks, also inside block quotes', async () => {
    const text = 'intro\n\n$$\n2^{10} = 1000\n$$\n\n> quoted\n> $$\n> 0.9^{50} \\approx 0.05\n> $$\n';
    const reports = await analyzeNote(text);
    expect(reports.map((r) => r.verdict)).toEqual(['fails', 'fails']);
    const [plain, quoted] = reports.map((r) => r.fixes[0]);
    expect(text.slice(plain.start, plain.end)).toBe('1000');
    expect(plain.text).toBe('1024');
    expect(text.slice(quoted.start, quoted.end)).toBe('0.05');
    expect(quoted.text).toBe('0.005');
  });
});
