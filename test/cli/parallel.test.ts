import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scaled } from '../support/timing';
import { estimateWork } from '../../src/core/numeric/budget';
import { parseNote, runParsedBlock } from '../../src/core/pipeline';
import { toRunReport } from '../../src/core/report/json';
import { cli, ensureBuilt, ROOT } from './cliHarness';

beforeAll(ensureBuilt);

const SWEEP = 'test/fixtures/cli/sweep.md';

describe('gradexp run spreads a large sweep over worker threads', () => {
  it('gives exactly the numbers of an in-process, one-by-one run', async () => {
    const note = readFileSync(path.join(ROOT, SWEEP), 'utf8');
    const [parsed] = parseNote(note);
    // Above the CLI's threshold (5e7 multiply-adds), so the worker path is the one taken.
    expect(parsed!.series.reduce((sum, s) => sum + estimateWork(s.spec), 0)).toBeGreaterThan(5e7);
    const inProcess = toRunReport(SWEEP, [await runParsedBlock(note, parsed!)]);
    const r = cli('run', SWEEP, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(inProcess, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v))));
  }, scaled(240_000));
});
