import { describe, expect, it } from 'vitest';
import { routePanelMessage, type PanelRequestHandlers } from '../../src/extension/panel/messageRouter';
import { samplePanelState } from './samplePanelState';

/** Handlers that record every call as [name, ...args]. */
function recorder(): { calls: unknown[][]; handlers: PanelRequestHandlers } {
  const calls: unknown[][] = [];
  const record = (name: string) => (...args: unknown[]) => void calls.push([name, ...args]);
  return {
    calls,
    handlers: {
      sendState: record('sendState'),
      revealLine: record('revealLine'),
      runBlock: record('runBlock'),
      runAll: record('runAll'),
      exportChart: record('exportChart'),
      saveNextToNote: record('saveNextToNote'),
    },
  };
}

const note = samplePanelState.noteUri;

describe('routePanelMessage', () => {
  it('turns each known message into exactly one host action for the shown note', () => {
    const { calls, handlers } = recorder();
    const messages = [
      { type: 'ready' },
      { type: 'reveal', line: 9 },
      { type: 'run', index: 1 },
      { type: 'runAll' },
      { type: 'export', index: 0, format: 'svg' },
      { type: 'saveNextToNote', index: 0, format: 'png', pngBase64: 'iVBORw0KGgo=' },
    ];
    for (const m of messages) expect(routePanelMessage(m, samplePanelState, handlers)).toBe(true);
    expect(calls).toEqual([
      ['sendState', samplePanelState],
      ['revealLine', note, 9],
      ['runBlock', note, 1],
      ['runAll', note],
      ['exportChart', samplePanelState, 0, messages[4]],
      ['saveNextToNote', samplePanelState, 0, messages[5]],
    ]);
  });

  it('ignores malformed and unknown messages with no side effect', () => {
    const { calls, handlers } = recorder();
    const junk = [undefined, {}, { type: 'run' }, { type: 'run', index: '0' }, { type: 'openFile', path: '/etc/passwd' }, { type: 'export', index: 0, format: 'bmp' }];
    for (const m of junk) expect(routePanelMessage(m, samplePanelState, handlers)).toBe(false);
    expect(calls).toEqual([]);
  });

  it('ignores requests for blocks the note does not have', () => {
    const { calls, handlers } = recorder();
    for (const m of [{ type: 'run', index: 7 }, { type: 'export', index: 7, format: 'svg' }, { type: 'saveNextToNote', index: 2, format: 'svg' }]) {
      expect(routePanelMessage(m, samplePanelState, handlers)).toBe(false);
    }
    expect(calls).toEqual([]);
  });

  it('does nothing before the panel has a state', () => {
    const { calls, handlers } = recorder();
    expect(routePanelMessage({ type: 'ready' }, undefined, handlers)).toBe(false);
    expect(routePanelMessage({ type: 'runAll' }, undefined, handlers)).toBe(false);
    expect(calls).toEqual([]);
  });
});
