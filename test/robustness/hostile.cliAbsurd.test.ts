/**
 * Absurd notes through the real CLI process (`node dist/cli.js`): a million
 * formulas, 100,000 false claims, 100,000 blocks, a 20 MB line, a 5 MB formula,
 * a note over the size limit. Each must end with a clear result and, where a
 * note-wide limit applies, say so and name the flag that raises it.
 * Time bounds here only catch hangs; the measured times are printed (and
 * recorded in docs/reliability.md, "Absurd sizes are refused within seconds").
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectDuration, expectVerdictsAllowingTimeouts, scaled } from '../support/timing';
import { ensureCliBuilt, runCli, scratchDir, writeNote, type CliOutcome } from './cliProcess';
import { absurdNotes } from './absurdNotes';

/** Gross: a hang, not a slow machine, should fail these tests (times GRADEXP_TEST_TIME_SCALE). */
const HANG_BASE_MS = 600_000;
const HANG_MS = scaled(HANG_BASE_MS);
const dir = scratchDir();
beforeAll(() => ensureCliBuilt());
// About 100 MB of notes: not left behind in the temporary folder.
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Exit 0 or 1, no crash or stack trace, within the hang bound; returns the parsed JSON. */
function clearJson(outcome: CliOutcome): any {
  expect(outcome.signal, `killed after ${outcome.ms.toFixed(0)} ms`).toBeNull();
  expect([0, 1], outcome.stderr.slice(0, 300)).toContain(outcome.code);
  expect(outcome.stderr).not.toMatch(/internal error|\n\s+at /);
  return JSON.parse(outcome.stdout);
}

/** What each note's `check --json` must report beyond a clear result. */
const CHECK_EXPECTATIONS: Record<string, (json: any) => void> = {
  'million-tiny-formulas': (json) => {
    expect(json.formulas).toHaveLength(10_000);
    expect(json.notChecked).toMatchObject({ count: 990_000, limit: 'formulas', budget: 10_000, line: 1_001, column: 2 });
  },
  'hundred-thousand-failing-claims': (json) => {
    expect(json.formulas).toHaveLength(10_000);
    expectVerdictsAllowingTimeouts('100,000 false claims, the 10,000 checked', json.formulas, 'fails', 10_000);
    expect(json.notChecked).toMatchObject({ count: 90_000, limit: 'formulas' });
  },
  'fifty-thousand-display-blocks': (json) => expect(json.notChecked).toMatchObject({ count: 40_000, limit: 'formulas' }),
  'twenty-megabyte-line': (json) => expect(json.notChecked).toMatchObject({ count: 20 * 2 ** 20 / 8 - 10_000, line: 1 }),
  'five-megabyte-formula': (json) => {
    expect(json.formulas).toHaveLength(1);
    expect(json.formulas[0].error).toBe('cannot evaluate: the formula is longer than 10000 characters');
  },
  'claim-chain': (json) => {
    expect(json.formulas[0].claims).toEqual([]);
    expect(json.formulas[0].error).toBe('cannot evaluate: the formula is longer than 10000 characters');
  },
  'ten-million-dollars': (json) => expect(json).toEqual({ file: expect.any(String), formulas: [], notChecked: null }),
  'nested-containers': (json) => expect(json.notChecked).toBeNull(),
  'hundred-thousand-blocks': (json) => expect(json.formulas).toEqual([]),
  // Each formula takes milliseconds: the 3 s budget, not the count, stops this one.
  'slow-formulas': (json) => {
    expect(json.notChecked).toMatchObject({ limit: 'time', budget: 3 });
    expect(json.notChecked.message).toMatch(/raise it with --max-seconds\)$/);
    expect(json.formulas.length + json.notChecked.count).toBe(10_000);
  },
};

describe('absurd notes through gradexp check and run', () => {
  for (const note of absurdNotes()) {
    it(`${note.name} (${note.attack}): check --json and run --json end with a clear result`, () => {
      const file = writeNote(dir, note.name, note.text());
      // The count cap is what these notes test; a loaded CI machine must not hit the 3 s clock first.
      const clock = note.name === 'slow-formulas' ? [] : ['--max-seconds', '120'];
      const check = runCli(['check', file, '--json', ...clock], HANG_MS);
      CHECK_EXPECTATIONS[note.name](clearJson(check));
      const run = runCli(['run', file, '--json'], HANG_MS);
      const report = clearJson(run);
      if (note.name === 'hundred-thousand-blocks') {
        expect(run.code).toBe(1);
        expect(report.blocks).toHaveLength(10_001);
        expect(report.blocks.at(-1).errors[0].message).toBe(
          'not run: 90000 blocks from here on; the note-wide limit of 10000 blocks was reached (raise it with --max-blocks)',
        );
      }
      console.log(`absurd cli: ${note.name}: check ${check.ms.toFixed(0)} ms (exit ${check.code}), run ${run.ms.toFixed(0)} ms (exit ${run.code})`);
    }, HANG_MS * 3);
  }

  it('a million formulas, human output: one located line names the budget and the flag, the count line adds the rest', () => {
    const file = writeNote(dir, 'million-human', absurdNotes()[0]!.text());
    const check = runCli(['check', file], HANG_MS);
    expect(check.code).toBe(1);
    const lines = check.stdout.trim().split('\n');
    expect(lines).toEqual([
      `${file}:1001:2: error: not checked: 990000 formulas from here on; the note-wide budget of 10000 formulas was reached (raise it with --max-formulas)`,
      '10000 formulas: 0 claims hold, 0 fail, 0 could not be checked, 990000 more not checked (note-wide budget)',
    ]);
    console.log(`absurd cli: million formulas, human: check ${check.ms.toFixed(0)} ms`);
  }, HANG_MS * 2);

  it('a note over 20 MB is refused by run and check before it is read (exit 2, one line)', () => {
    const file = writeNote(dir, 'over-the-limit', 'x'.repeat(20 * 2 ** 20 + 1));
    for (const command of ['run', 'check']) {
      const r = runCli([command, file], HANG_MS);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(`gradexp${command === 'check' ? ' check' : ''}: '${file}' is 20.0 MB; notes over 20 MB are refused`);
      expectDuration(`20 MB + 1 byte refused by ${command}`, r.ms, HANG_BASE_MS);
      console.log(`absurd cli: 20 MB + 1 byte, ${command}: ${r.ms.toFixed(0)} ms`);
    }
  });
});
