/**
 * The hostile-notes corpus through the real CLI process: `run --json`,
 * `check --json` and `run --format html` finish within each note's stated
 * time with a clear result — exit 0 or 1 with valid JSON, never a crash
 * (exit 3), a stack trace or a hang — and the HTML report is inert.
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectDuration, scaled } from '../support/timing';
import { hostileCorpus } from '../fixtures/hostile/corpus';
import { ensureCliBuilt, runCli, scratchDir, writeNote, type CliOutcome } from './cliProcess';
import { unsafeMarkup } from './markupSafety';

const dir = scratchDir();
beforeAll(() => ensureCliBuilt());

/** A clear result: exit 0/1, parseable JSON on stdout, no internal error or stack trace. */
function expectClearJson(what: string, outcome: CliOutcome, limitMs: number): unknown {
  expect(outcome.signal, `killed after ${outcome.ms.toFixed(0)} ms`).toBeNull();
  expectDuration(what, outcome.ms, limitMs);
  expect([0, 1], outcome.stderr.slice(0, 500)).toContain(outcome.code);
  expect(outcome.stderr).not.toMatch(/internal error|\n\s+at /);
  return JSON.parse(outcome.stdout);
}

// The 100,000-formula note is also checked with its budget raised (~10 s); it has a file of its own so it runs beside this one.
const NOTES = hostileCorpus().filter((n) => n.name !== 'hundred-thousand-formulas');

describe('gradexp run / check on every hostile note', () => {
  for (const note of NOTES) {
    it(`${note.name}: run --json, check --json and run --format html within ${note.cliMs / 1000} s each`, () => {
      const file = writeNote(dir, note.name, note.text);
      const run = runCli(['run', file, '--json'], scaled(note.cliMs * 2));
      const report = expectClearJson(`${note.name}: run --json`, run, note.cliMs) as { blocks: { errors: unknown[] }[] };
      expect(report.blocks.length).toBeGreaterThanOrEqual(0);
      // Exit 1 exactly when a block has an error.
      expect(run.code).toBe(report.blocks.some((b) => b.errors.length > 0) ? 1 : 0);

      const check = runCli(['check', file, '--json'], scaled(note.cliMs * 2));
      expectClearJson(`${note.name}: check --json`, check, note.cliMs);

      const out = path.join(dir, `${note.name}-out`);
      const html = runCli(['run', file, '--out', out, '--format', 'html'], scaled(note.cliMs * 2));
      expect(html.signal).toBeNull();
      expect([0, 1]).toContain(html.code);
      expectDuration(`${note.name}: run --format html`, html.ms, note.cliMs);
      const [page] = readdirSync(out).filter((f) => f.endsWith('.html'));
      expect(unsafeMarkup(readFileSync(path.join(out, page!), 'utf8'))).toEqual([]);
      console.log(`hostile cli: ${note.name}: run ${run.ms.toFixed(0)} ms (exit ${run.code}), check ${check.ms.toFixed(0)} ms (exit ${check.code}), html ${html.ms.toFixed(0)} ms`);
    }, scaled(note.cliMs * 6));
  }

  it('a missing note, a folder and a bad flag are usage errors (exit 2) with one line of explanation', () => {
    for (const args of [['run', path.join(dir, 'nope.md')], ['check', dir], ['run', '--format', 'gif', 'x.md']]) {
      const r = runCli(args, scaled(60_000));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^gradexp( check)?: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
