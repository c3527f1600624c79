/** What the host posts to the panel: a whole state when asked, then versioned patches; and cards reused per run. */
import { describe, expect, it } from 'vitest';
import { PanelUpdateTracker, renderCost } from '../../src/extension/panel/panelUpdates';
import { cachedPanelBlock, type BlockInfo } from '../../src/extension/controller/panelStateBuilder';
import type { BlockRunState } from '../../src/extension/controller/blockState';
import type { BlockRun } from '../../src/core/types';
import { isHostMessage } from '../../src/shared/messages';
import { samplePanelState } from './samplePanelState';

const moved = { ...samplePanelState, blocks: samplePanelState.blocks.map((b) => ({ ...b, line: b.line + 2 })) };

describe('PanelUpdateTracker', () => {
  it('posts nothing before the webview asked for a whole state, then patches numbered from it', () => {
    const tracker = new PanelUpdateTracker();
    expect(tracker.next(samplePanelState)).toBeNull();
    const full = tracker.full(samplePanelState);
    expect(full).toEqual({ type: 'state', state: samplePanelState, version: 1 });
    const patch = tracker.next(moved);
    expect(patch).toMatchObject({ type: 'patch', base: 1, version: 2 });
    expect(isHostMessage(patch)).toBe(true);
    expect(patch && renderCost(patch)).toEqual({ cards: 0, formulas: 0 });
    expect(tracker.next(JSON.parse(JSON.stringify(moved)))).toBeNull();
    expect(tracker.currentVersion).toBe(2);
  });

  it('sends a whole state for another note, and nothing after forget until asked again', () => {
    const tracker = new PanelUpdateTracker();
    tracker.full(samplePanelState);
    const other = { ...samplePanelState, noteUri: 'file:///other.md', noteName: 'other.md' };
    const message = tracker.next(other);
    expect(message).toMatchObject({ type: 'state', version: 2 });
    expect(message && renderCost(message)).toEqual({ cards: other.blocks.length, formulas: other.formulas.length });
    tracker.forget();
    expect(tracker.next(samplePanelState)).toBeNull();
    expect(tracker.full(samplePanelState).version).toBe(3);
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
