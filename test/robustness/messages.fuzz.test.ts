/**
 * Webview messages are untrusted input. Fuzzing the validators in
 * src/shared/messages.ts and the host's router with arbitrary JSON values and
 * near-misses of real messages: nothing throws, anything not exactly a known
 * message is ignored with no handler called, and what is accepted is
 * well-formed by an independent check.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isHostMessage, isPanelState, isWebviewMessage, MAX_BLOCKS } from '../../src/shared/messages';
import { applyPanelPatch, type PanelPatch } from '../../src/shared/panelPatch';
import { routePanelMessage, type PanelRequestHandlers } from '../../src/extension/panel/messageRouter';
import type { PanelState } from '../../src/shared/panelModel';
import { fuzz, reportTallies, type PropertyTally } from './fuzzRunner';

const FILE = 'test/robustness/messages.fuzz.test.ts';
const tallies: PropertyTally[] = [];
afterAll(() => reportTallies('message fuzzing', FILE, tallies));

const STATE: PanelState = {
  noteUri: 'file:///note.md',
  noteName: 'note.md',
  blocks: [0, 1, 2].map((index) => ({ index, line: 3 + index * 10, title: 't', experiment: 'mlp', dtype: 'fp32', status: 'done' as const })),
  formulas: [],
};

const VALID: readonly unknown[] = [
  { type: 'ready' }, { type: 'runAll' }, { type: 'reveal', line: 7 }, { type: 'run', index: 1 },
  { type: 'export', index: 0, format: 'svg' }, { type: 'export', index: 2, format: 'png', pngBase64: 'iVBORw0KGgo=' },
  { type: 'saveNextToNote', index: 1, format: 'svg' }, { type: 'saveNextToNote', index: 0, format: 'png', pngBase64: 'AAAA' },
];

/** A real message with one field replaced, removed, or one key added. */
const nearMiss = fc
  .tuple(fc.constantFrom(...VALID), fc.constantFrom('type', 'line', 'index', 'format', 'pngBase64', '__proto__', 'constructor'), fc.oneof(fc.jsonValue(), fc.constant(undefined)))
  .map(([message, key, value]) => {
    const copy: Record<string, unknown> = JSON.parse(JSON.stringify(message));
    if (value === undefined) delete copy[key];
    else Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    return copy;
  });

/** Independent statement of a well-formed webview message (written apart from the validator). */
function wellFormed(m: Record<string, unknown>): boolean {
  const line = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 1;
  const index = (x: unknown) => Number.isSafeInteger(x) && (x as number) >= 0 && (x as number) < MAX_BLOCKS;
  const payload = () => m.format === 'svg' || (m.format === 'png' && typeof m.pngBase64 === 'string' && /^[A-Za-z0-9+/]+={0,2}$/.test(m.pngBase64) && m.pngBase64.length % 4 === 0);
  switch (m.type) {
    case 'ready': case 'runAll': return true;
    case 'reveal': return line(m.line);
    case 'run': return index(m.index);
    case 'export': case 'saveNextToNote': return index(m.index) && payload();
    default: return false;
  }
}

/** Handlers that record every call (the host's side effects). */
function spyHandlers(calls: string[]): PanelRequestHandlers {
  const record = (name: string) => (...args: unknown[]) => {
    calls.push(name);
    // The host's own state and note go to handlers, never something taken from the message.
    if (typeof args[0] === 'object') expect(args[0]).toBe(STATE);
    else expect(args[0]).toBe(STATE.noteUri);
  };
  return {
    sendState: record('sendState'), revealLine: record('revealLine'), runBlock: record('runBlock'),
    runAll: record('runAll'), exportChart: record('exportChart'), saveNextToNote: record('saveNextToNote'),
  };
}

const anyMessage = fc.oneof({ weight: 2, arbitrary: fc.jsonValue() }, { weight: 3, arbitrary: nearMiss }, { weight: 1, arbitrary: fc.anything() });

describe('webview → host', () => {
  it('the router calls exactly one handler for a well-formed message naming a known block, none otherwise', () => {
    tallies.push(fuzz('routePanelMessage (JSON, near-misses)', FILE, anyMessage, 20_000, (message) => {
      const calls: string[] = [];
      const routed = routePanelMessage(message, STATE, spyHandlers(calls));
      expect(calls).toHaveLength(routed ? 1 : 0);
      const shaped = isWebviewMessage(message);
      if (routed) expect(shaped).toBe(true);
      if (shaped) {
        const m = message as Record<string, unknown>;
        expect(wellFormed(m)).toBe(true);
        const namesBlock = m.type === 'run' || m.type === 'export' || m.type === 'saveNextToNote';
        expect(routed).toBe(!namesBlock || STATE.blocks.some((b) => b.index === m.index));
      }
      // Without a state (no note shown) nothing happens at all.
      expect(routePanelMessage(message, undefined, spyHandlers(calls))).toBe(false);
      expect(calls).toHaveLength(routed ? 1 : 0);
    }));
  });

  it('a prototype-polluting message is just an unknown message', () => {
    for (const text of ['{"__proto__":{"type":"runAll"}}', '{"type":"run","index":"0","__proto__":{"index":0}}', '{"constructor":{"prototype":{"type":"ready"}}}']) {
      const calls: string[] = [];
      expect(routePanelMessage(JSON.parse(text), STATE, spyHandlers(calls))).toBe(false);
      expect(calls).toEqual([]);
      expect(({} as Record<string, unknown>).type).toBeUndefined();
    }
  });
});

describe('host → webview', () => {
  it('isHostMessage and isPanelState never throw, and accept only what survives a JSON round trip unchanged', () => {
    const stateLike = fc.record({ type: fc.constantFrom('state', 'blockStatus', 'other'), state: fc.oneof(fc.constant(STATE), fc.jsonValue()), index: fc.jsonValue(), status: fc.jsonValue() }, { requiredKeys: ['type'] });
    tallies.push(fuzz('isHostMessage/isPanelState', FILE, fc.oneof(fc.jsonValue(), stateLike, fc.anything()), 15_000, (message) => {
      if (isHostMessage(message)) expect(isHostMessage(JSON.parse(JSON.stringify(message)))).toBe(true);
      if (isPanelState(message)) expect(JSON.parse(JSON.stringify(message))).toEqual(message);
    }));
  });

  it('patch messages: near-misses never throw, and an accepted patch applies to a state or is refused, never a broken state', () => {
    const patch: PanelPatch = {
      noteUri: STATE.noteUri, blockCount: 3, cards: [{ at: 1, block: { ...STATE.blocks[1]!, status: 'running' } }],
      cardMoves: [{ at: 2, line: 40 }], formulaCount: 0, formulas: [], formulaMoves: [],
    };
    const fields = ['noteUri', 'blockCount', 'cards', 'cardMoves', 'formulaCount', 'formulas', 'formulaMoves', '__proto__'];
    const patchNearMiss = fc
      .tuple(fc.constantFrom(...fields), fc.oneof(fc.jsonValue(), fc.constant(undefined)), fc.constantFrom('base', 'version', 'type', 'none'), fc.jsonValue())
      .map(([key, value, outerKey, outerValue]) => {
        const body: Record<string, unknown> = JSON.parse(JSON.stringify(patch));
        if (value === undefined) delete body[key];
        else Object.defineProperty(body, key, { value, enumerable: true, writable: true, configurable: true });
        const message: Record<string, unknown> = { type: 'patch', base: 1, version: 2, patch: body };
        if (outerKey !== 'none') message[outerKey] = outerValue;
        return message;
      });
    tallies.push(fuzz('isHostMessage + applyPanelPatch (patch near-misses)', FILE, fc.oneof(patchNearMiss, fc.constant({ type: 'patch', base: 1, version: 2, patch })), 10_000, (message) => {
      if (!isHostMessage(message) || message.type !== 'patch') return;
      const next = applyPanelPatch(STATE, message.patch);
      if (next !== null) expect(isPanelState(JSON.parse(JSON.stringify(next)))).toBe(true);
    }));
  });
});
