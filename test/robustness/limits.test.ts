/**
 * Limits (docs/spec.md §1.7): absurd sizes are refused in milliseconds, before
 * any memory is taken, with a message naming the knob to turn; and in
 * Restricted Mode a workspace cannot raise the limit settings.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import { BudgetError, checkBudget, DEFAULT_BUDGET, MAX_BLOCK_POINTS } from '../../src/core/numeric/budget';
import { runSeries } from '../../src/core/numeric/run';
import { parseNote, runParsedBlock } from '../../src/core/pipeline';
import type { ExperimentSpec } from '../../src/core/types';
import { makeSpec } from '../numeric/specs';

/** A valid mlp spec to override: the tests' small network with seed 1 and lr 0.01. */
function spec(overrides: Partial<ExperimentSpec>): ExperimentSpec {
  return makeSpec({ seed: 1, lr: 0.01, ...overrides });
}

/** Time and typed-array memory taken by `f`, which must throw; returns its error. */
async function refusal(f: () => unknown): Promise<{ error: Error; ms: number; bytes: number }> {
  const before = process.memoryUsage().arrayBuffers;
  const started = performance.now();
  let error: unknown;
  try {
    await f();
  } catch (e) {
    error = e;
  }
  const ms = performance.now() - started;
  if (!(error instanceof Error)) throw new Error('expected a refusal, but it ran');
  return { error, ms, bytes: process.memoryUsage().arrayBuffers - before };
}

describe('the work budget refuses before allocating', () => {
  const cases: [string, ExperimentSpec, number, RegExp][] = [
    ['depth 10⁹', spec({ depth: 1e9, width: 64, batch: 16 }), 1, /depth × width² × batch.*lower depth, width or batch, or raise the budget \(gradexp\.workBudget/],
    ['width 10⁶', spec({ depth: 10, width: 1e6, batch: 16 }), 1, /lower depth, width or batch, or raise the budget \(gradexp\.workBudget/],
    ['16 huge series', spec({ depth: 10_000, width: 8192, batch: 65_536 }), 16, /× series = .* exceeds the budget .*raise the budget \(gradexp\.workBudget/],
    ['matmul-chain size 10⁶', spec({ experiment: 'matmul-chain', size: 1e6, count: 10 }), 1, /lower count or size/],
    ['power n 10¹²', spec({ experiment: 'power', n: 1e12 }), 1, /lower n/],
  ];
  for (const [name, s, series, message] of cases) {
    it(`${name}: refused by checkBudget at once (timed), naming the knob`, async () => {
      const { error, ms } = await refusal(() => checkBudget(s, series));
      expect(error).toBeInstanceOf(BudgetError);
      expect(error.message).toMatch(message);
      expectDuration(`${name}: refused by checkBudget`, ms, 2_000);
    });
  }

  it('caps the chart points of a block: 16 series × 10,000 points run, 16 × 100,000 (cheap in work) are refused naming the knob', async () => {
    expect(MAX_BLOCK_POINTS).toBe(16 * 10_000);
    expect(() => checkBudget(spec({ experiment: 'activation', points: 10_000 }), 16)).not.toThrow();
    expect(() => checkBudget(spec({ experiment: 'power', n: 9_999 }), 16)).not.toThrow();
    const refusals: [ExperimentSpec, number, RegExp][] = [
      [spec({ experiment: 'activation', points: 100_000 }), 16, /^100000 points × 16 series = 1\.6e6 chart points, more than a block may draw \(160000\); lower points or sweep fewer values$/],
      [spec({ experiment: 'power', n: 100_000 }), 2, /100001 points × 2 series = 200002 chart points.*lower n/],
      [spec({ experiment: 'matmul-chain', size: 2, count: 100_000 }), 2, /lower count/],
    ];
    for (const [s, series, message] of refusals) {
      const { error, ms } = await refusal(() => checkBudget(s, series));
      expect(error).toBeInstanceOf(BudgetError);
      expect(error.message).toMatch(message);
      expectDuration(`${message.source.slice(0, 40)}: refused by checkBudget`, ms, 2_000);
    }
  });

  it('a note of 7-line blocks sweeping 100,000 points is answered at once with a located error, not seconds of drawing', async () => {
    const block = ['```gradexp', 'experiment: activation', 'activation: [relu, sigmoid, tanh, gelu, silu, elu, softplus, leaky-relu]', 'dtype: [fp32, fp16]', 'points: 100000', '```'].join('\n');
    const note = Array.from({ length: 20 }, () => block).join('\n\n');
    const started = performance.now();
    const runs = await Promise.all(parseNote(note).map((b) => runParsedBlock(note, b)));
    // Drawing them (20 blocks of 1.6 million points) would take seconds each.
    expectDuration('20 blocks of 1.6e6 chart points refused', performance.now() - started, 10_000);
    expect(runs).toHaveLength(20);
    for (const run of runs) expect(run.errors.map((e) => e.message)).toEqual([expect.stringMatching(/1\.6e6 chart points.*lower points/)]);
  });

  it('the engine itself refuses depth 10⁹ without taking memory (runSeries checks the budget first)', async () => {
    const { error, ms, bytes } = await refusal(() => runSeries(spec({ depth: 1e9, width: 64, batch: 16 })));
    expect(error.message).toMatch(/gradexp\.workBudget/);
    expectDuration('runSeries refusing depth 10⁹', ms, 2_000);
    expect(bytes).toBeLessThan(1 << 20);
  });

  it('a cheap-in-work but huge-in-memory spec is refused by the memory cap, naming the knobs', async () => {
    // 2 × 10⁶ layers of width 1: tiny work, but per-layer storage far past the cap.
    const { error } = await refusal(() => checkBudget(spec({ depth: 2e7, width: 1, batch: 1 }), 1, 1e12));
    expect(error.message).toMatch(/one series would keep .* numbers in memory, more than the limit .*lower depth, width or batch/);
  });

  it('a lower gradexp.workBudget (as the extension passes it) refuses a default block, naming the setting', async () => {
    const note = '```gradexp\ndepth: 100\nwidth: 64\nbatch: 16\n```\n';
    const [parsed] = parseNote(note);
    const started = performance.now();
    const run = await runParsedBlock(note, parsed!, { control: { budget: 1000 } });
    expectDuration('a default block refused by a lower budget', performance.now() - started, 2_000);
    expect(run.series).toEqual([]);
    expect(run.errors[0]!.message).toMatch(/exceeds the budget 1000; lower depth, width or batch, or raise the budget \(gradexp\.workBudget/);
    expect(run.errors[0]!.line).toBe(1);
  });

  it('notes asking for absurd sizes get a located error from the spec, before the budget is even asked', async () => {
    const note = [
      '```gradexp', 'depth: 1000000000', '```', '',
      '```gradexp', 'width: 1000000', '```', '',
      '```gradexp', 'depth: 10000', 'width: 8192', 'batch: 65536', 'activation: [relu, sigmoid, tanh, gelu]', 'dtype: [fp16, bf16, fp32, fp64]', '```', '',
    ].join('\n');
    const started = performance.now();
    const runs = [];
    for (const parsed of parseNote(note)) runs.push(await runParsedBlock(note, parsed));
    expectDuration('three absurd blocks refused', performance.now() - started, 5_000);
    expect(runs.map((r) => r.series.length)).toEqual([0, 0, 0]);
    expect(runs[0]!.errors[0]!.message).toMatch(/depth/);
    expect(runs[1]!.errors[0]!.message).toMatch(/width/);
    // 16 series of 10⁴ × 8192² × 65536: within every key's range, so the budget refuses it by name.
    expect(runs[2]!.errors[0]!.message).toMatch(/3 × depth × width² × batch × series = .* exceeds the budget 5e10.*gradexp\.workBudget/);
    expect(DEFAULT_BUDGET).toBe(5e10);
  });
});

describe('Restricted Mode cannot raise the limits', () => {
  const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as {
    capabilities: { untrustedWorkspaces: { supported: boolean | string; restrictedConfigurations?: string[] } };
    contributes: { configuration: { properties: Record<string, { type: string; markdownDescription?: string }> } };
  };

  it('the extension declares Restricted Mode support', () => {
    expect(manifest.capabilities.untrustedWorkspaces.supported).not.toBe(false);
  });

  it('every limit setting is a restricted configuration (workspace values ignored when untrusted)', () => {
    const restricted = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations ?? [];
    const properties = manifest.contributes.configuration.properties;
    // A limit is any numeric setting that bounds work: named *Budget or *Limit.
    const limits = Object.keys(properties).filter((k) => properties[k]!.type === 'number' && /(Budget|Limit)$/.test(k));
    expect(limits).toEqual(expect.arrayContaining(['gradexp.workBudget', 'gradexp.previewComputeLimit']));
    for (const key of limits) expect(restricted, key).toContain(key);
    // And nothing restricted that does not exist (a typo would silently protect nothing).
    for (const key of restricted) expect(Object.keys(properties)).toContain(key);
  });
});
