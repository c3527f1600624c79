import { describe, expect, it } from 'vitest';
import { noteFolder, run } from './checkHarness';
import { notCheckedMessage, parseNoteBudget } from '../../src/cli/check/budgetFlags';
import { UsageError } from '../../src/cli/args';

const note = noteFolder('gradexp-check-budget-');

// Five true claims, one per line; the fourth starts at line 4, column 2 (inside its `$`).
const five = note('five.md', ['$1 + 1 = 2$', '$2 + 1 = 3$', '$3 + 1 = 4$', '$4 + 1 = 5$', '$5 + 1 = 6$'].join('\n'));

describe('gradexp check: note-wide budget', () => {
  it('within the budget: every claim judged, exit 0, no budget line', async () => {
    const { code, out } = await run([five, '--max-formulas', '5']);
    expect(code).toBe(0);
    expect(out).toEqual(['5 formulas: 5 claims hold, 0 fail, 0 could not be checked']);
  });

  it('past --max-formulas: the rest are not checked, said where they start and how to raise it, exit 1', async () => {
    const { code, out, err } = await run([five, '--max-formulas', '3']);
    expect(code).toBe(1);
    expect(err).toEqual([]);
    expect(out).toEqual([
      `${five}:4:2: error: not checked: 2 formulas from here on; the note-wide budget of 3 formulas was reached (raise it with --max-formulas)`,
      '3 formulas: 3 claims hold, 0 fail, 0 could not be checked, 2 more not checked (note-wide budget)',
    ]);
  });

  it('--json: the checked formulas, and notChecked with count, position, limit, budget and message', async () => {
    const { code, out } = await run([five, '--json', '--max-formulas=4']);
    expect(code).toBe(1);
    const json = JSON.parse(out.join('\n'));
    expect(json.formulas).toHaveLength(4);
    expect(json.notChecked).toEqual({
      count: 1,
      line: 5,
      column: 2,
      limit: 'formulas',
      budget: 4,
      message: 'not checked: 1 formula from here on; the note-wide budget of 4 formulas was reached (raise it with --max-formulas)',
    });
    const complete = JSON.parse((await run([five, '--json'])).out.join('\n'));
    expect(complete.notChecked).toBeNull();
  });

  it('past --max-seconds: stopped by the clock, the message names --max-seconds', async () => {
    // 3,000 distinct formulas take far longer than a millisecond to evaluate.
    const many = note('many.md', Array.from({ length: 3_000 }, (_, k) => `$${k} \\times 3 = ${k * 3}$`).join('\n'));
    const { code, out } = await run([many, '--json', '--max-seconds', '0.001']);
    expect(code).toBe(1);
    const json = JSON.parse(out.join('\n'));
    expect(json.notChecked).toMatchObject({ limit: 'time', budget: 0.001 });
    expect(json.notChecked.count + json.formulas.length).toBe(3_000);
    expect(json.notChecked.message).toMatch(/the note-wide budget of 0\.001 s was reached \(raise it with --max-seconds\)$/);
  });

  it('several notes: the count line adds up what each note left out', async () => {
    const { code, out } = await run([five, five, '--max-formulas', '4']);
    expect(code).toBe(1);
    expect(out.at(-1)).toBe('8 formulas in 2 notes: 8 claims hold, 0 fail, 0 could not be checked, 2 more not checked (note-wide budget)');
  });

  it.each([
    [['--max-formulas', '0'], /--max-formulas must be a whole number of formulas, at least 1, not '0'/],
    [['--max-formulas', '2.5'], /--max-formulas must be a whole number/],
    [['--max-formulas', '1e3'], /--max-formulas must be a whole number/],
    [['--max-formulas', 'lots'], /--max-formulas must be a whole number/],
    [['--max-seconds', '0'], /--max-seconds must be a number of seconds above 0/],
    [['--max-seconds', '-1'], /--max-seconds must be a number of seconds above 0/],
    [['--max-seconds', 'Infinity'], /--max-seconds must be a number of seconds above 0 and at most 86400/],
    [['--max-seconds', 'soon'], /--max-seconds must be/],
    [['--max-seconds'], /--max-seconds needs a value/],
  ])('%j is a usage error (exit 2) with one explanation', async (flags, message) => {
    const { code, out, err } = await run([five, ...flags]);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err[0]).toMatch(message);
  });

  it('--help lists both flags with their defaults', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/--max-formulas N .*default 10000/);
    expect(out.join('\n')).toMatch(/--max-seconds S .*default 3\)/);
  });
});

describe('parseNoteBudget and notCheckedMessage', () => {
  it('reads both flags into the core’s budget (seconds to milliseconds) and leaves absent ones to the defaults', () => {
    expect(parseNoteBudget({})).toEqual({});
    expect(parseNoteBudget({ 'max-formulas': '250000', 'max-seconds': '1.5' })).toEqual({ maxFormulas: 250_000, noteTimeLimitMs: 1_500 });
    expect(() => parseNoteBudget({ 'max-formulas': '-3' })).toThrow(UsageError);
  });

  it('words each limit and names its flag', () => {
    const first = { start: 0, end: 3, contentStart: 1, contentEnd: 2, display: false, source: '1', line: 1, column: 2 };
    expect(notCheckedMessage({ limit: 'formulas', budget: 1, count: 7, first })).toBe(
      'not checked: 7 formulas from here on; the note-wide budget of 1 formula was reached (raise it with --max-formulas)',
    );
    expect(notCheckedMessage({ limit: 'time', budget: 3_000, count: 1, first })).toBe(
      'not checked: 1 formula from here on; the note-wide budget of 3 s was reached (raise it with --max-seconds)',
    );
  });
});
