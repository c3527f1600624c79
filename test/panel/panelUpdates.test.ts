/** What the host posts to the panel: a whole state when asked, then versioned patches; and cards reused per run. */
import { describe, expect, it } from 'vitest';
import { MAX_PATCH_CHARS, PanelUpdateTracker, renderCost } from '../../src/extension/panel/panelUpdates';
import { applyPanelPatch, stepsBetween } from '../../src/shared/panelPatch';
import type { PanelState } from '../../src/shared/panelModel';
import type { BlockInfo } from '../../src/shared/noteParse';
import { cachedPanelBlock } from '../../src/shared/panelStateBuilder';
import type { BlockRunState } from '../../src/shared/blockState';
import type { BlockRun } from '../../src/core/types';
import { isHostMessage } from '../../src/shared/messages';
import { samplePanelState } from './samplePanelState';

const moved = { ...samplePanelState, blocks: samplePanelState.blocks.map((b) => ({ ...b, line: b.line + 2 })) };

describe('PanelUpdateTracker', () => {
  it('posts nothing before the webview asked for a whole state, then patches numbered from it', () => {
    const tracker = new PanelUpdateTracker();
    expect(tracker.next(samplePanelState)).toEqual([]);
    const full = tracker.full(samplePanelState);
    expect(full).toEqual({ type: 'state', state: samplePanelState, version: 1 });
    const patches = tracker.next(moved);
    expect(patches).toHaveLength(1);
    expect(patches[0]).toMatchObject({ type: 'patch', base: 1, version: 2 });
    expect(isHostMessage(patches[0])).toBe(true);
    expect(renderCost(patches)).toEqual({ cards: 0, formulas: 0 });
    expect(tracker.next(JSON.parse(JSON.stringify(moved)))).toEqual([]);
    expect(tracker.currentVersion).toBe(2);
  });

  it('sends a whole state for another note, and nothing after forget until asked again', () => {
    const tracker = new PanelUpdateTracker();
    tracker.full(samplePanelState);
    const other = { ...samplePanelState, noteUri: 'file:///other.md', noteName: 'other.md' };
    const messages = tracker.next(other);
    expect(messages).toMatchObject([{ type: 'state', version: 2 }]);
    expect(renderCost(messages)).toEqual({ cards: other.blocks.length, formulas: other.formulas.length });
    tracker.forget();
    expect(tracker.next(samplePanelState)).toEqual([]);
    expect(tracker.full(samplePanelState).version).toBe(3);
  });

  it('splits a big update (200 fresh charts) into patches of bounded size, numbered in a chain', () => {
    const chart = `<svg>${'x'.repeat(12_000)}</svg>`;
    const blocks = Array.from({ length: 200 }, (_, index) => ({ index, line: 3 + index * 10, title: `b${index}`, experiment: 'power', dtype: 'fp16', status: 'idle' as const }));
    const before = { ...samplePanelState, blocks };
    const after = { ...before, blocks: blocks.map((b) => ({ ...b, status: 'done' as const, svg: chart })) };
    const tracker = new PanelUpdateTracker();
    tracker.full(before);
    const messages = tracker.next(after);
    expect(messages.length).toBeGreaterThan(5);
    let version = 1;
    let shown: PanelState | null = before;
    for (const m of messages) {
      if (m.type !== 'patch') throw new Error('expected patches');
      expect(m.base).toBe(version);
      version = m.version;
      expect(JSON.stringify(m).length).toBeLessThan(MAX_PATCH_CHARS + chart.length + 1000);
      shown = shown && applyPanelPatch(shown, m.patch);
    }
    expect(shown).toEqual(after);
    expect(renderCost(messages)).toEqual({ cards: 200, formulas: 0 });
  });
});

describe('stepsBetween', () => {
  it('ends at the new state, grows lists in order and leaves removals and moves to the last step', () => {
    const block = (index: number, svg: string) => ({ index, line: index + 1, title: 't', experiment: 'power', dtype: 'fp16', status: 'done' as const, svg });
    const before: PanelState = { ...samplePanelState, blocks: [block(0, 'a'), block(1, 'b')], formulas: samplePanelState.formulas };
    const after: PanelState = { ...before, blocks: [block(0, 'A'.repeat(100)), block(1, 'B'.repeat(100)), block(2, 'C'.repeat(100))], formulas: [] };
    const steps = stepsBetween(before, after, 50);
    expect(steps.at(-1)).toBe(after);
    expect(steps.map((s) => s.blocks.length)).toEqual([2, 2, 3]);
    expect(steps.slice(0, -1).every((s) => s.formulas === before.formulas)).toBe(true);
    expect(stepsBetween(before, { ...after, noteUri: 'x' }, 50)).toHaveLength(1);
  });
});

const info: BlockInfo = { index: 0, line: 3, title: 'powers', experiment: 'power', dtype: 'fp16', activations: [], errors: [] };
const run = { title: 'powers', experiment: 'power', dtype: 'fp16', series: [], errors: [], elapsedMs: 5 } as unknown as BlockRun;

describe('cachedPanelBlock', () => {
  it('hands back the same card (and chart string) for the same run and block facts', () => {
    const state: BlockRunState = { kind: 'done', content: 'x', run, svg: '<svg/>' };
    const first = cachedPanelBlock(info, state);
    expect(cachedPanelBlock({ ...info }, state)).toBe(first);
    expect(first.svg).toBe(state.svg);
  });

  it('builds a new card when the run or the block changed', () => {
    const state: BlockRunState = { kind: 'done', content: 'x', run, svg: '<svg/>' };
    const first = cachedPanelBlock(info, state);
    const shifted = cachedPanelBlock({ ...info, line: 4 }, state);
    expect(shifted).not.toBe(first);
    expect(shifted.line).toBe(4);
    const rerun: BlockRunState = { ...state, svg: '<svg id="2"/>' };
    expect(cachedPanelBlock({ ...info, line: 4 }, rerun).svg).toBe('<svg id="2"/>');
    expect(cachedPanelBlock(info, undefined)).toMatchObject({ status: 'idle' });
  });
});
