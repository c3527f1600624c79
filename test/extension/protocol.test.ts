import { describe, expect, it } from 'vitest';
import type { BlockRun } from '../../src/core/types';
import { isBlockRun, isRunRequest, isWorkerReply } from '../../src/extension/worker/protocol';
import { MAX_WEIGHT_NUMBERS, weightsDataProblem } from '../../src/shared/weightsData';

const run: BlockRun = {
  line: 3,
  experiment: 'power',
  title: 'x',
  dtype: 'fp16',
  plot: 'value',
  errors: [{ line: 4, column: 2, start: 10, end: 12, message: 'bad' }],
  series: [
    {
      label: '1.5',
      params: { base: 1.5 },
      points: [{ n: 1, value: 1.5 }, { n: 28, value: Infinity }, { n: 29, value: Number.NaN }],
      summary: { firstLastRatio: Infinity, growthPerStep: 1.5, overflowAt: 28, underflowAt: null, text: 'fp16 overflow at step 28' },
    },
  ],
  elapsedMs: 1.5,
};

const request = { type: 'run', jobId: 1, note: '```gradexp\n```', blockIndex: 0, weights: {}, budget: 1e9 };

describe('worker protocol validators', () => {
  it('accepts a real run, Infinity and NaN included (overflowed layers are data)', () => {
    expect(isBlockRun(run)).toBe(true);
    expect(isWorkerReply({ type: 'done', jobId: 1, run, svg: '<svg/>' })).toBe(true);
    expect(isWorkerReply({ type: 'progress', jobId: 1, fraction: 0.5 })).toBe(true);
    expect(isWorkerReply({ type: 'failed', jobId: 1, message: 'x' })).toBe(true);
  });

  it('rejects malformed replies', () => {
    const bad: unknown[] = [
      null,
      42,
      'done',
      { type: 'done', jobId: 1, run, svg: 7 },
      { type: 'done', jobId: -1, run, svg: '' },
      { type: 'done', jobId: 1, run: { ...run, series: [{ ...run.series[0], summary: null }] }, svg: '' },
      { type: 'done', jobId: 1, run: { ...run, errors: [{ message: 'x' }] }, svg: '' },
      { type: 'done', jobId: 1, run: { ...run, series: [{ ...run.series[0], points: [{ n: '1' }] }] }, svg: '' },
      { type: 'progress', jobId: 1, fraction: 2 },
      { type: 'progress', jobId: 1, fraction: Number.NaN },
      { type: 'hello', jobId: 1 },
      { type: 'done', jobId: 1, run, svg: 'x'.repeat(9 * 1024 * 1024) },
    ];
    for (const x of bad) expect(isWorkerReply(x), JSON.stringify(x)?.slice(0, 80)).toBe(false);
  });

  it('accepts a well-formed request and rejects broken ones', () => {
    expect(isRunRequest(request)).toBe(true);
    expect(isRunRequest({ ...request, weights: { './w.json': { ok: true, data: { weights: [[[1, 2]], [[3], [4]]] } } } })).toBe(true);
    expect(isRunRequest({ ...request, weights: { './w.json': { ok: false, message: 'not found' } } })).toBe(true);
    for (const bad of [
      { ...request, type: 'go' },
      { ...request, jobId: 1.5 },
      { ...request, blockIndex: -1 },
      { ...request, note: 5 },
      { ...request, budget: 0 },
      { ...request, weights: null },
      { ...request, weights: { a: { ok: true, data: { weights: 'x' } } } },
    ]) {
      expect(isRunRequest(bad)).toBe(false);
    }
  });
});

describe('weightsDataProblem', () => {
  it('accepts matrices of finite numbers', () => {
    expect(weightsDataProblem({ weights: [[[1, 2], [3, 4]]], input: [[1, 2]], target: [[0, 1]] })).toBeNull();
  });

  it('names what is wrong', () => {
    expect(weightsDataProblem([])).toMatch(/JSON object/);
    expect(weightsDataProblem({})).toMatch(/"weights" must be a non-empty list/);
    expect(weightsDataProblem({ weights: [[[1, 2], [3]]] })).toMatch(/layer 1.*row 2/);
    expect(weightsDataProblem({ weights: [[[1, null]]] })).toMatch(/row 1, column 2 is not a finite number/);
    expect(weightsDataProblem({ weights: [[[1]]], input: 'x' })).toMatch(/"input"/);
  });

  it('refuses absurdly large files without walking all of them', () => {
    const row = new Array(1000).fill(0);
    const matrix = new Array(MAX_WEIGHT_NUMBERS / 1000 + 1).fill(row);
    expect(weightsDataProblem({ weights: [matrix] })).toMatch(/more than/);
  });
});
