import { describe, expect, it } from 'vitest';
import { parseNote, runParsedBlock } from '../../src/core/pipeline';
import type { BlockRun, SeriesResult } from '../../src/core/types';
import type { BlockRunState } from '../../src/shared/blockState';
import { lensSpecs } from '../../src/extension/lens/lensModel';
import {
  formatElapsed,
  MAX_RESULT_LENGTH,
  RUN_ALL_LENS_TITLE,
  RUN_LENS_TITLE,
  RUNNING_LENS_TITLE,
  runResultText,
  statusLensTitle,
} from '../../src/extension/lens/lensText';

function series(label: string, text: string, overflowAt: number | null = null): SeriesResult {
  return {
    label,
    params: {},
    points: [{ n: 1, value: 1.5 }],
    summary: { firstLastRatio: 2, growthPerStep: 1.5, overflowAt, underflowAt: null, text },
  };
}

function run(partial: Partial<BlockRun>): BlockRun {
  return { line: 3, experiment: 'power', title: 't', dtype: 'fp16', plot: 'value', errors: [], series: [], elapsedMs: 12.4, ...partial };
}

describe('lens texts', () => {
  it('keeps the titles the end-to-end tests look for', () => {
    expect(RUN_LENS_TITLE).toBe('▶ Run experiment');
    expect(RUN_ALL_LENS_TITLE).toBe('Run all');
  });

  it('formats elapsed time for a glance', () => {
    expect(formatElapsed(0.2)).toBe('1 ms');
    expect(formatElapsed(12.4)).toBe('12 ms');
    expect(formatElapsed(1340)).toBe('1.3 s');
    expect(formatElapsed(125_000)).toBe('2 min 5 s');
    expect(formatElapsed(Number.NaN)).toBe('? ms');
  });

  it('shows one series as "ran 12 ms · <summary>"', () => {
    expect(runResultText(run({ series: [series('1.5', 'fp16 overflow at step 28', 28)] }))).toBe('ran 12 ms · fp16 overflow at step 28');
  });

  it('puts the series where something happened first in a sweep, with labels', () => {
    const text = runResultText(run({ series: [series('0.8', '×0.8 per step'), series('1.5', 'fp16 overflow at step 28', 28)] }));
    expect(text).toBe('ran 12 ms · 1.5: fp16 overflow at step 28 · 0.8: ×0.8 per step');
  });

  it('says a train sweep’s learning-rate window, as `gradexp run` does', async () => {
    const note = ['```gradexp', 'experiment: train', 'activation: relu', 'init: kaiming', 'depth: 2', 'width: 16', 'batch: 64', 'steps: 100', 'lr: [0.05, 0.1, 0.2]', '```', ''].join('\n');
    const sweep = await runParsedBlock(note, parseNote(note)[0]!);
    expect(runResultText(sweep)).toMatch(/^ran [\d.]+ m?s · window 0\.1 … 0\.2 · best 0\.2: 0\.14 · no rate diverges$/);
  });

  it('reports errors instead of a result, and stays one short line', () => {
    const err = { line: 4, column: 1, start: 0, end: 1, message: "unknown key 'widht' — did you mean 'width'?" };
    expect(runResultText(run({ errors: [err, err] }))).toBe("✗ 2 errors — unknown key 'widht' — did you mean 'width'?");
    const long = runResultText(run({ series: Array.from({ length: 16 }, (_, i) => series(`s${i}`, 'x'.repeat(30))) }));
    expect(long.length).toBe(MAX_RESULT_LENGTH);
    expect(long.endsWith('…')).toBe(true);
  });

  it('gives a status lens only once a block has run or is running', () => {
    expect(statusLensTitle(undefined)).toBeUndefined();
    expect(statusLensTitle({ kind: 'running', content: '', startedAt: 0 })).toBe(RUNNING_LENS_TITLE);
    expect(statusLensTitle({ kind: 'cancelled', content: '' })).toBe('cancelled');
    expect(statusLensTitle({ kind: 'failed', content: '', message: 'boom' })).toBe('✗ run failed — boom');
    expect(statusLensTitle({ kind: 'done', content: '', svg: '', run: run({ series: [series('a', '×2 per step')] }) })).toBe('ran 12 ms · ×2 per step');
  });
});

describe('lensSpecs', () => {
  const blocks = [
    { index: 0, fenceLine: 5 },
    { index: 1, fenceLine: 12 },
  ];

  it('puts "▶ Run experiment" on every block and "Run all" only on the first, above the fence line', () => {
    const lenses = lensSpecs('file:///n.md', blocks, new Map());
    expect(lenses.map((l) => [l.line, l.title, l.command, l.args])).toEqual([
      [4, RUN_LENS_TITLE, 'gradexp.runBlock', ['file:///n.md', 0]],
      [4, RUN_ALL_LENS_TITLE, 'gradexp.runAll', ['file:///n.md']],
      [11, RUN_LENS_TITLE, 'gradexp.runBlock', ['file:///n.md', 1]],
    ]);
  });

  it('adds a status lens after a run (shows the panel) or while running (cancels)', () => {
    const states = new Map<number, BlockRunState>([
      [0, { kind: 'running', content: '', startedAt: 0 }],
      [1, { kind: 'done', content: '', svg: '', run: run({ series: [series('a', '×2 per step')] }) }],
    ]);
    const status = lensSpecs('u', blocks, states).filter((l) => l.title !== RUN_LENS_TITLE && l.title !== RUN_ALL_LENS_TITLE);
    expect(status.map((l) => [l.line, l.title, l.command])).toEqual([
      [4, RUNNING_LENS_TITLE, 'gradexp.cancelRuns'],
      [11, 'ran 12 ms · ×2 per step', 'gradexp.showPanel'],
    ]);
  });
});
