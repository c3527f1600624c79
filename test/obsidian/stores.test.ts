/**
 * The plugin's two stores of worker results: block runs (one job per block
 * text, line and budget, even when asked twice at once; failures kept as
 * states) and formula reports (one job per note text; a failed job is asked again).
 */
import { describe, expect, it } from 'vitest';
import { JobClient } from '../../src/obsidian/worker/client';
import { BlockRuns, type BlockRef } from '../../src/obsidian/plugin/blockRuns';
import { FormulaReports } from '../../src/obsidian/plugin/formulaReports';
import { JobWorker } from './jobWorker';
import { NOTE, POWER_BLOCK } from './notes';

const block: BlockRef = { note: NOTE, index: 0, line: 5, content: `${POWER_BLOCK}\n` };

describe('BlockRuns', () => {
  it('runs a block once when two views ask at once, and tells listeners of each state', async () => {
    const worker = new JobWorker();
    const runs = new BlockRuns(new JobClient(() => worker), () => 5e10);
    const seen: string[] = [];
    runs.onChange(() => seen.push(runs.state(block)?.kind ?? 'none'));
    const [a, b] = await Promise.all([runs.run(block), runs.run(block)]);
    expect(worker.posted).toBe(1);
    expect(a).toBe(b);
    expect(a.kind).toBe('done');
    expect(seen).toEqual(['running', 'done']);
    // The same text with trailing spaces is the same block (the preview's key); another line is not.
    expect(runs.state({ ...block, content: `${POWER_BLOCK}  \n` })).toBe(a);
    expect(runs.state({ ...block, line: 6 })).toBeUndefined();
  });

  it('keys runs by the budget, and keeps a failed job as a failed state', async () => {
    let budget = 5e10;
    const runs = new BlockRuns(new JobClient(() => new JobWorker()), () => budget);
    await runs.run(block);
    budget = 1e3;
    expect(runs.state(block)).toBeUndefined();
    const gone = await runs.run({ ...block, note: 'no blocks', index: 0 });
    expect(gone).toMatchObject({ kind: 'failed', message: 'the note has no gradexp block #1 any more' });
    runs.clear();
    budget = 5e10;
    expect(runs.state(block)).toBeUndefined();
  });
});

describe('FormulaReports', () => {
  it('asks the worker once per note text, nothing for a note over the size limit', async () => {
    const worker = new JobWorker();
    const reports = new FormulaReports(new JobClient(() => worker), () => NOTE.length);
    const [a, b] = await Promise.all([reports.reports(NOTE), reports.reports(NOTE)]);
    expect(a).toBe(b);
    expect(a.map((r) => r.verdict)).toEqual(['fails', 'holds']);
    expect(await reports.reports(`${NOTE}!`)).toEqual([]);
    expect(worker.posted).toBe(1);
  });

  it('asks again after a failed job', async () => {
    let fail = true;
    const worker = new JobWorker();
    const client = new JobClient(() => worker);
    const flaky = { request: (kind: 'formulas', request: { note: string }) => (fail ? Promise.reject(new Error('worker gone')) : client.request(kind, request)) };
    const reports = new FormulaReports(flaky as unknown as JobClient, () => Infinity);
    await expect(reports.reports(NOTE)).rejects.toThrow('worker gone');
    fail = false;
    expect((await reports.reports(NOTE)).length).toBe(2);
  });
});
