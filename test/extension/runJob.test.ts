import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { scaled } from '../support/timing';
import { runSeriesSync } from '../../src/core/numeric/run';
import type { ExperimentSpec } from '../../src/core/types';
import { handleRunRequest } from '../../src/extension/worker/runJob';
import type { RunRequest, WorkerReply } from '../../src/extension/worker/protocol';

const NOTE = [
  '# Runs',
  '',
  '```gradexp',
  'experiment: power',
  'base: [1.5, 0.8]',
  'n: 40',
  'dtype: fp16',
  '```',
  '',
  '```gradexp',
  'weights: ./w.json',
  'activation: tanh',
  '```',
  '',
].join('\n');

const request = (partial: Partial<RunRequest>): RunRequest => ({ type: 'run', jobId: 7, note: NOTE, blockIndex: 0, weights: {}, budget: 5e10, ...partial });

describe('handleRunRequest (the worker job)', () => {
  it('runs a block with the engine and renders its chart', async () => {
    const progress: number[] = [];
    const reply = await handleRunRequest(request({}), (f) => progress.push(f));
    expect(reply.type).toBe('done');
    if (reply.type !== 'done') return;
    expect(reply.jobId).toBe(7);
    expect(reply.run.line).toBe(3);
    expect(reply.run.series.map((s) => s.label)).toEqual(['1.5', '0.8']);
    // 1.5ⁿ in fp16 overflows at n = 28 (the note's own claim).
    expect(reply.run.series[0]!.summary.overflowAt).toBe(28);
    expect(reply.svg.startsWith('<svg')).toBe(true);
    expect(reply.svg).not.toMatch(/<script/i);
  });

  it('feeds weights the host read, and reports a weights error at the block', async () => {
    const data = { weights: [[[0.5, -0.2], [0.1, 0.3]], [[1, 0], [0, 1]]], input: [[1, 2]], target: [[0, 1]] };
    const ok = await handleRunRequest(request({ blockIndex: 1, weights: { './w.json': { ok: true, data } } }), () => undefined);
    expect(ok.type === 'done' && ok.run.errors).toEqual([]);
    expect(ok.type === 'done' && ok.run.series[0]!.layers!.length).toBe(2);

    const missing = await handleRunRequest(request({ blockIndex: 1, weights: { './w.json': { ok: false, message: "weights: './w.json' not found next to the note" } } }), () => undefined);
    expect(missing.type).toBe('done');
    if (missing.type === 'done') {
      expect(missing.run.errors[0]!.message).toMatch(/not found next to the note/);
      expect(missing.run.errors[0]!.line).toBe(11);
    }
  });

  it('turns a budget overrun into a located error naming the knob', async () => {
    const reply = await handleRunRequest(request({ budget: 10 }), () => undefined);
    expect(reply.type === 'done' && reply.run.errors[0]!.message).toMatch(/budget/);
  });

  it('fails clearly for a block that is gone', async () => {
    expect(await handleRunRequest(request({ blockIndex: 5 }), () => undefined)).toEqual({
      type: 'failed',
      jobId: 7,
      message: 'the note has no gradexp block #6 any more',
    });
  });
});

describe('large sweeps in the run worker', () => {
  // Two series of 100 × 256 × 64: ~2.5 × 10⁸ multiply-adds in all, past PARALLEL_MIN_WORK.
  const SWEEP = ['```gradexp', 'experiment: mlp', 'depth: 100', 'width: 256', 'batch: 64', 'activation: [relu, tanh]', 'seed: 3', '```', ''].join('\n');

  it('go to the sweep runner; small blocks stay in the worker thread', async () => {
    const asked: number[] = [];
    const runSweep = async (specs: readonly ExperimentSpec[]) => {
      asked.push(specs.length);
      return specs.map((s) => runSeriesSync(s));
    };
    const big = await handleRunRequest(request({ note: SWEEP }), () => undefined, runSweep);
    const small = await handleRunRequest(request({}), () => undefined, runSweep);
    expect(asked).toEqual([2]);
    expect(big.type).toBe('done');
    expect(small.type).toBe('done');
  });

  it('spread over threads by the real dist/worker.js: the same numbers as one by one, progress per series', async () => {
    const bundle = path.join(__dirname, '../../dist/worker.js');
    if (!fs.existsSync(bundle)) throw new Error('build first: npm run build');
    const worker = new Worker(bundle);
    try {
      const replies: WorkerReply[] = [];
      const done = new Promise<WorkerReply>((resolve) =>
        worker.on('message', (m: WorkerReply) => (replies.push(m), m.type !== 'progress' && resolve(m))),
      );
      worker.postMessage(request({ note: SWEEP, jobId: 11 }));
      const reply = await done;
      expect(reply.type).toBe('done');
      if (reply.type !== 'done') return;
      const alone = await handleRunRequest(request({ note: SWEEP }), () => undefined);
      if (alone.type !== 'done') throw new Error('in-process run failed');
      expect(reply.run.series).toEqual(alone.run.series);
      expect(replies.filter((r) => r.type === 'progress').map((r) => (r as { fraction: number }).fraction)).toContain(0.5);
    } finally {
      await worker.terminate();
    }
  }, scaled(240_000));
});
