/**
 * The worker's jobs, called directly (the worker's message loop only queues
 * them): runs in the note, judged formulas, the vault check of one note, and
 * every result survives the structured clone a Web Worker's postMessage makes.
 */
import { describe, expect, it } from 'vitest';
import { checkJob, formulasJob, handleJob, runBlockJob } from '../../src/obsidian/worker/jobs';
import { HUGE_BLOCK, NOTE } from './notes';

describe('Obsidian worker jobs', () => {
  it('runs a block inside its note and draws its chart', async () => {
    const { run, svg } = await runBlockJob({ note: NOTE, blockIndex: 0, budget: 5e10, weights: {} });
    expect(run.errors).toEqual([]);
    expect(run.line).toBe(5);
    expect(run.series).toHaveLength(1);
    // 1.5^n in fp16 overflows at n = 28 (65504 < 1.5^28 ≈ 85 223): the run says so.
    expect(run.series[0]!.summary.text).toMatch(/28/);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(structuredClone(run)).toEqual(run);
  });

  it('reports a bad block with the note’s line and column', async () => {
    const { run } = await runBlockJob({ note: NOTE, blockIndex: 1, budget: 5e10, weights: {} });
    expect(run.series).toEqual([]);
    expect(run.errors[0]).toMatchObject({ line: 17, column: 1 });
    expect(run.errors[0]!.message).toMatch(/widht.*width/);
  });

  it('refuses a block over the budget with the budget’s message, on its fence', async () => {
    const note = `\`\`\`gradexp\n${HUGE_BLOCK}\n\`\`\`\n`;
    const { run } = await runBlockJob({ note, blockIndex: 0, budget: 5e10, weights: {} });
    expect(run.series).toEqual([]);
    expect(run.errors[0]).toMatchObject({ line: 1 });
    expect(run.errors[0]!.message).toMatch(/exceeds the budget/);
  });

  it('judges every formula of the note; the reports cross the worker boundary unchanged', async () => {
    const reports = await formulasJob({ note: NOTE });
    expect(reports.map((r) => [r.span.line, r.verdict])).toEqual([
      [3, 'fails'],
      [13, 'holds'],
    ]);
    expect(structuredClone(reports)).toEqual(reports);
  });

  it('checks one note for the vault check: problems placed by line, claims tallied', async () => {
    const check = await checkJob({ note: NOTE, digits: 5 });
    expect(check.counts).toEqual({ holds: 1, fails: 1, notChecked: 0 });
    const places = check.problems.map((p) => [p.line, p.severity, p.message.slice(0, 12)]);
    expect(places).toContainEqual([3, 'warning', 'claim fails:']);
    expect(places.some(([line, severity]) => line === 17 && severity === 'error')).toBe(true);
    expect(structuredClone(check)).toEqual(check);
  });

  it('answers a request for a block that is gone with a failure, never a throw', async () => {
    const reply = await handleJob({ id: 7, kind: 'run', note: 'no blocks here', blockIndex: 0, budget: 1e6, weights: {} });
    expect(reply).toEqual({ id: 7, ok: false, message: 'the note has no gradexp block #1 any more' });
  });
});
