import { describe, expect, it } from 'vitest';
import { findBlocks } from '../../src/core/blocks/findBlocks';
import { blocksToRerun } from '../../src/extension/autoRun/autoRunPlan';
import type { BlockRunState } from '../../src/shared/blockState';
import { analyzeBlocks, blockAt, weightsPaths } from '../../src/shared/noteParse';
import { ProgressTally } from '../../src/extension/notes/progressTally';
import { currentRunErrors } from '../../src/extension/diagnostics/runErrors';
import { resolveWeightsPath } from '../../src/extension/weights/weightsPath';

const NOTE = [
  '# Note', //                     line 1
  '',
  '```gradexp', //                 line 3
  'experiment: power',
  'base: [1.5, 0.8]',
  'dtype: fp16',
  '```',
  '',
  'Prose between.',
  '',
  '```gradexp', //                 line 11
  'title: Weighted',
  'weights: ./w.json',
  'widht: 3',
  '```',
  '',
].join('\n');

describe('noteParse', () => {
  it('describes each block before any run', () => {
    const { infos } = analyzeBlocks(NOTE);
    expect(infos.map((b) => [b.index, b.line, b.experiment, b.dtype])).toEqual([
      [0, 3, 'power', 'fp16'],
      [1, 11, 'mlp', 'fp32'],
    ]);
    expect(infos[0]!.title).toBe('Block 1');
    expect(infos[1]!.errors.map((e) => e.message).join()).toMatch(/widht.*width/);
  });

  it('shows a bidi override or an invisible character in a title instead of obeying it (panel cards)', () => {
    const note = '```gradexp\ntitle: "evil\u202Egnp.exe\u200B"\nexperiment: power\n```\n';
    expect(analyzeBlocks(note).infos[0]!.title).toBe('evil\\u202Egnp.exe\\u200B');
  });

  it('finds the block under an offset, fences included, and nothing in prose', () => {
    const blocks = findBlocks(NOTE);
    expect(blockAt(blocks, NOTE.indexOf('```gradexp'))?.index).toBe(0);
    expect(blockAt(blocks, NOTE.indexOf('base:'))?.index).toBe(0);
    expect(blockAt(blocks, NOTE.indexOf('Prose'))).toBeUndefined();
    expect(blockAt(blocks, NOTE.indexOf('widht'))?.index).toBe(1);
    expect(blockAt(blocks, NOTE.length)).toBeUndefined();
    expect(blockAt([], 0)).toBeUndefined();
  });

  it('lists the weights files a block names', () => {
    const { parsed } = analyzeBlocks(NOTE.replace('widht: 3\n', ''));
    expect(weightsPaths(parsed[0]!)).toEqual([]);
    expect(weightsPaths(parsed[1]!)).toEqual(['./w.json']);
  });
});

describe('blocksToRerun', () => {
  it('re-runs blocks whose text changed or that never ran, not the others', () => {
    const blocks = [
      { index: 0, content: 'a' },
      { index: 1, content: 'b2' },
      { index: 2, content: 'c' },
      { index: 3, content: 'd' },
    ];
    const states = new Map<number, BlockRunState>([
      [0, { kind: 'failed', content: 'a', message: 'x' }],
      [1, { kind: 'cancelled', content: 'b1' }],
      [3, { kind: 'running', content: 'd', startedAt: 0 }],
    ]);
    expect(blocksToRerun(blocks, states)).toEqual([1, 2]);
  });
});

describe('ProgressTally', () => {
  it('reports the batch mean as increments that never go backwards', () => {
    const t = new ProgressTally(['a', 'b']);
    expect(t.update('a', 0.5)).toBeCloseTo(25);
    expect(t.update('a', 0.4)).toBe(0);
    expect(t.update('zzz', 1)).toBe(0);
    expect(t.update('b', Number.NaN)).toBe(0);
    expect(t.finish('b')).toBeCloseTo(50);
    expect(t.finish('a')).toBeCloseTo(25);
    expect(t.percent).toBeCloseTo(100);
  });
});

describe('resolveWeightsPath', () => {
  it('resolves relative to the note', () => {
    expect(resolveWeightsPath('/ws/notes/n.md', './w.json', '/ws')).toEqual({ ok: true, path: '/ws/notes/w.json' });
    expect(resolveWeightsPath('/ws/notes/n.md', '../data/w.json', '/ws')).toEqual({ ok: true, path: '/ws/data/w.json' });
    expect(resolveWeightsPath('/ws/notes/n.md', 'sub\\w.json', '/ws')).toEqual({ ok: true, path: '/ws/notes/sub/w.json' });
  });

  it('refuses paths leaving the workspace folder (or the note folder outside one)', () => {
    expect(resolveWeightsPath('/ws/notes/n.md', '../../etc/passwd', '/ws').ok).toBe(false);
    expect(resolveWeightsPath('/ws/notes/n.md', '../w.json').ok).toBe(false);
    expect(resolveWeightsPath('/ws/n.md', '../wsx/w.json', '/ws').ok).toBe(false);
  });

  it('refuses absolute paths, URIs, home paths and empty text with a clear message', () => {
    for (const bad of ['/etc/passwd', 'C:\\w.json', 'file:///w.json', '~/w.json', '  ']) {
      const r = resolveWeightsPath('/ws/n.md', bad, '/ws');
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/^weights: /);
    }
  });
});

describe('currentRunErrors', () => {
  const budgetError = { line: 3, column: 1, start: 10, end: 13, message: 'work exceeds the budget; lower depth' };
  const run = { line: 3, experiment: 'mlp' as const, title: '', dtype: 'fp32' as const, plot: 'grad-norm', errors: [budgetError], series: [], elapsedMs: 0 };

  it('keeps a run error while the block text is the one that ran, moved with the block', () => {
    const states = new Map<number, BlockRunState>([[0, { kind: 'done', content: 'depth: 9999\n', run, svg: '' }]]);
    const now = [{ block: { index: 0, fenceLine: 7, content: 'depth: 9999\n' }, errors: [] }];
    expect(currentRunErrors(now, states)).toEqual([{ line: 7, column: 1, length: 3, message: budgetError.message }]);
  });

  it('drops it once the block text changed, or when parsing already reports errors', () => {
    const states = new Map<number, BlockRunState>([[0, { kind: 'done', content: 'depth: 9999\n', run, svg: '' }]]);
    expect(currentRunErrors([{ block: { index: 0, fenceLine: 3, content: 'depth: 10\n' }, errors: [] }], states)).toEqual([]);
    expect(currentRunErrors([{ block: { index: 0, fenceLine: 3, content: 'depth: 9999\n' }, errors: [budgetError] }], states)).toEqual([]);
    expect(currentRunErrors([{ block: { index: 0, fenceLine: 3, content: 'x' }, errors: [] }], new Map())).toEqual([]);
  });
});
