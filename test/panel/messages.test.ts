import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isHostMessage,
  isPanelState,
  isWebviewMessage,
  MAX_PNG_BASE64_LENGTH,
} from '../../src/shared/messages';
import { samplePanelState } from './samplePanelState';

describe('isWebviewMessage', () => {
  it('accepts every well-formed message kind', () => {
    const good: unknown[] = [
      { type: 'ready' },
      { type: 'runAll' },
      { type: 'reveal', line: 12 },
      { type: 'run', index: 0 },
      { type: 'export', index: 2, format: 'svg' },
      { type: 'export', index: 2, format: 'png', pngBase64: 'iVBORw0KGgo=' },
      { type: 'saveNextToNote', index: 1, format: 'svg' },
      { type: 'saveNextToNote', index: 1, format: 'png', pngBase64: 'AAAA' },
    ];
    for (const m of good) expect(isWebviewMessage(m), JSON.stringify(m)).toBe(true);
  });

  it('rejects unknown types and malformed fields', () => {
    const bad: unknown[] = [
      null,
      undefined,
      42,
      'ready',
      [],
      ['ready'],
      {},
      { type: 'READY' },
      { type: 'deleteFile', path: '/etc/passwd' },
      { type: 'reveal' },
      { type: 'reveal', line: 0 },
      { type: 'reveal', line: -3 },
      { type: 'reveal', line: 1.5 },
      { type: 'reveal', line: '12' },
      { type: 'reveal', line: Number.NaN },
      { type: 'reveal', line: Number.POSITIVE_INFINITY },
      { type: 'run', index: -1 },
      { type: 'run', index: 1e9 },
      { type: 'run', index: '0' },
      { type: 'export', index: 0 },
      { type: 'export', index: 0, format: 'pdf' },
      { type: 'export', index: 0, format: 'png' },
      { type: 'export', index: 0, format: 'png', pngBase64: '' },
      { type: 'export', index: 0, format: 'png', pngBase64: 'not base64!' },
      { type: 'export', index: 0, format: 'png', pngBase64: 'abc' },
      { type: 'export', index: 0, format: 'png', pngBase64: 42 },
      { type: 'saveNextToNote', format: 'svg' },
    ];
    for (const m of bad) expect(isWebviewMessage(m), JSON.stringify(m) ?? String(m)).toBe(false);
  });

  it('rejects a PNG larger than the cap without scanning it all', () => {
    const huge = 'A'.repeat(MAX_PNG_BASE64_LENGTH + 4);
    expect(isWebviewMessage({ type: 'export', index: 0, format: 'png', pngBase64: huge })).toBe(false);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        expect(typeof isWebviewMessage(x)).toBe('boolean');
        expect(typeof isHostMessage(x)).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('rejects random objects whose type is not a known message', () => {
    const known = new Set(['ready', 'runAll', 'reveal', 'run', 'export', 'saveNextToNote']);
    fc.assert(
      fc.property(fc.string(), fc.dictionary(fc.string(), fc.anything()), (type, rest) => {
        fc.pre(!known.has(type));
        expect(isWebviewMessage({ ...rest, type })).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('isHostMessage and isPanelState', () => {
  it('accepts a full state message and block status updates', () => {
    expect(isHostMessage({ type: 'state', state: samplePanelState })).toBe(true);
    expect(isHostMessage({ type: 'blockStatus', index: 0, status: 'running' })).toBe(true);
    expect(isHostMessage({ type: 'blockStatus', index: 1, status: 'done', elapsedMs: 12.5 })).toBe(true);
  });

  it('survives a JSON round trip (what postMessage and setState do)', () => {
    expect(isPanelState(JSON.parse(JSON.stringify(samplePanelState)))).toBe(true);
  });

  it('rejects states with a wrong field anywhere', () => {
    const block = samplePanelState.blocks[0]!;
    const formula = samplePanelState.formulas[0]!;
    const broken: unknown[] = [
      { ...samplePanelState, noteUri: 3 },
      { ...samplePanelState, blocks: 'none' },
      { ...samplePanelState, blocks: [{ ...block, status: 'exploded' }] },
      { ...samplePanelState, blocks: [{ ...block, svg: 42 }] },
      { ...samplePanelState, blocks: [{ ...block, summary: [1, 2] }] },
      { ...samplePanelState, blocks: [{ ...block, errors: [{ line: 1, column: 0, message: 'x' }] }] },
      { ...samplePanelState, blocks: [{ ...block, elapsedMs: -1 }] },
      { ...samplePanelState, formulas: [{ ...formula, verdict: 'maybe' }] },
      { ...samplePanelState, formulas: [{ ...formula, valueText: undefined }] },
      { ...samplePanelState, formulas: [{ ...formula, display: 'yes' }] },
    ];
    for (const s of broken) {
      expect(isPanelState(s)).toBe(false);
      expect(isHostMessage({ type: 'state', state: s })).toBe(false);
    }
  });

  it('rejects unknown host message kinds and bad statuses', () => {
    expect(isHostMessage({ type: 'eval', code: 'alert(1)' })).toBe(false);
    expect(isHostMessage({ type: 'blockStatus', index: 0, status: 'weird' })).toBe(false);
    expect(isHostMessage({ type: 'blockStatus', index: -1, status: 'done' })).toBe(false);
    expect(isHostMessage({ type: 'state' })).toBe(false);
  });
});

describe('patch messages', () => {
  const block = samplePanelState.blocks[0]!;
  const formula = samplePanelState.formulas[0]!;
  const patch = {
    noteUri: samplePanelState.noteUri,
    blockCount: 2,
    cards: [{ at: 0, block }],
    cardMoves: [{ at: 1, line: 50 }],
    formulaCount: 3,
    formulas: [{ at: 2, formula }],
    formulaMoves: [{ at: 0, line: 4, column: 2 }],
  };

  it('accepts a numbered patch and a numbered state', () => {
    expect(isHostMessage({ type: 'patch', base: 1, version: 2, patch })).toBe(true);
    expect(isHostMessage({ type: 'state', state: samplePanelState, version: 7 })).toBe(true);
  });

  it('rejects patches with a bad number, position, card or row anywhere', () => {
    const broken: unknown[] = [
      { type: 'patch', base: 2, version: 2, patch },
      { type: 'patch', base: -1, version: 2, patch },
      { type: 'patch', base: 1.5, version: 2, patch },
      { type: 'patch', version: 2, patch },
      { type: 'patch', base: 1, version: 2 },
      { type: 'patch', base: 1, version: 2, patch: { ...patch, noteUri: 1 } },
      { type: 'patch', base: 1, version: 2, patch: { ...patch, blockCount: -1 } },
      { type: 'patch', base: 1, version: 2, patch: { ...patch, blockCount: 1e9 } },
      { type: 'patch', base: 1, version: 2, patch: { ...patch, cards: [{ at: 0, block: { ...block, status: 'exploded' } }] } },
      { type: 'patch', base: 1, version: 2, patch: { ...patch, cards: [{ at: -1, block }] } },
      { type: 'patch', base: 1, version: 2, patch: { ...patch, cardMoves: [{ at: 0, line: 0 }] } },
      { type: 'patch', base: 1, version: 2, patch: { ...patch, formulas: [{ at: 0, formula: { ...formula, display: 'no' } }] } },
      { type: 'patch', base: 1, version: 2, patch: { ...patch, formulaMoves: [{ at: 0, line: 1 }] } },
      { type: 'patch', base: 1, version: 2, patch: { ...patch, formulaMoves: undefined } },
      { type: 'state', state: samplePanelState, version: 'x' },
    ];
    for (const m of broken) expect(isHostMessage(m)).toBe(false);
  });
});
