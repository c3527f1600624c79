/**
 * The corpus's slowest CLI case on its own, so it runs beside the rest:
 * `gradexp check` on 100,000 formulas, about 50,000 distinct (one paragraph of 25,000 lines).
 */
import { beforeAll, expect, it } from 'vitest';
import { hostileCorpus } from '../fixtures/hostile/corpus';
import { ensureCliBuilt, runCli, scratchDir, writeNote } from './cliProcess';

beforeAll(() => ensureCliBuilt());

const note = hostileCorpus().find((n) => n.name === 'hundred-thousand-formulas')!;

it(`100,000 formulas: run and check finish within ${note.cliMs / 1000} s with every claim judged`, () => {
  const file = writeNote(scratchDir(), note.name, note.text);
  const run = runCli(['run', file, '--json'], note.cliMs);
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout)).toMatchObject({ blocks: [] });

  const check = runCli(['check', file, '--json'], note.cliMs);
  expect(check.signal).toBeNull();
  expect(check.ms).toBeLessThan(note.cliMs);
  // Every 10th formula is a false claim: exit 1, and the JSON lists all 100,000.
  expect(check.code).toBe(1);
  const report = JSON.parse(check.stdout) as { formulas: { verdict: string }[] };
  expect(report.formulas).toHaveLength(100_000);
  expect(report.formulas.filter((f) => f.verdict === 'fails')).toHaveLength(10_000);
  console.log(`hostile cli: 100,000 formulas: run ${run.ms.toFixed(0)} ms, check ${check.ms.toFixed(0)} ms`);
}, note.cliMs * 3);
