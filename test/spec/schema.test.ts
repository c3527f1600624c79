import { describe, expect, it } from 'vitest';
import { convertDefault } from '../../src/core/spec/convert';
import { parseActivation, parseInit, formatActivation, formatInit } from '../../src/core/spec/functionSyntax';
import { defaultFor, EXPERIMENTS, KEYS, KEY_NAMES, PLOTS } from '../../src/core/spec/schema';
import { closest, editDistance } from '../../src/core/text/didYouMean';

describe('the key table', () => {
  it('has every key of docs/spec.md §1 exactly once, each with a one-line doc', () => {
    expect([...KEY_NAMES].sort()).toEqual(
      ['experiment', 'title', 'dtype', 'seed', 'plot', 'depth', 'width', 'batch', 'activation', 'init', 'gain', 'loss', 'bias', 'weights', 'size', 'count', 'range', 'points', 'base', 'n',
        'lr', 'steps', 'optimizer', 'head', 'task', 'residual', 'norm', 'clip', 'loss-scale'].sort(),
    );
    for (const k of KEYS) {
      expect(k.doc.length, k.name).toBeGreaterThan(10);
      expect(k.doc, k.name).not.toContain('\n');
      expect(k.appliesTo.length, k.name).toBeGreaterThan(0);
    }
  });

  it('holds defaults that pass their own validation, for every experiment', () => {
    for (const e of EXPERIMENTS) {
      for (const k of KEYS) {
        const c = convertDefault(k, defaultFor(k, e), e, 0);
        expect(c.problems, `${k.name} for ${e}`).toEqual([]);
        expect(c.candidates.length).toBeGreaterThan(0);
      }
    }
  });

  it('defaults plot to the first choice of each experiment', () => {
    const plot = KEYS.find((k) => k.name === 'plot')!;
    for (const e of EXPERIMENTS) expect(defaultFor(plot, e)).toBe(PLOTS[e][0]);
  });

  it('caps the sizes that drive cost', () => {
    const max = Object.fromEntries(KEYS.map((k) => [k.name, k.max]));
    expect(max).toMatchObject({ depth: 10_000, width: 8192, batch: 65_536, count: 100_000, points: 100_000 });
  });
});

describe('activation and init syntax', () => {
  it('round-trips through format and parse', () => {
    for (const text of ['relu', 'leaky-relu(0.1)', 'elu(2)', 'softplus']) {
      const a = parseActivation(text);
      expect(a.ok && parseActivation(formatActivation(a.value))).toEqual(a);
    }
    for (const text of ['normal(0, 1)', 'uniform(-1, 1)', 'orthogonal', 'xavier-uniform', 'normal(-2.5, 1e-3)']) {
      const i = parseInit(text);
      expect(i.ok && parseInit(formatInit(i.value))).toEqual(i);
    }
  });

  it('accepts only plain decimal numbers as arguments', () => {
    expect(parseInit('normal(0x1, 1)').ok).toBe(false);
    expect(parseInit('normal(0, 1, 2)').ok).toBe(false);
    expect(parseActivation('leaky-relu()').ok).toBe(false);
    expect(parseActivation('relu; rm -rf /').ok).toBe(false);
  });
});

describe('did-you-mean', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('widht', 'width')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests plausible typos only', () => {
    expect(closest('widht', KEY_NAMES)).toBe('width');
    expect(closest('Depth', KEY_NAMES)).toBe('depth');
    expect(closest('activaton', KEY_NAMES)).toBe('activation');
    expect(closest('a', KEY_NAMES)).toBeUndefined();
    expect(closest('zzzzzz', KEY_NAMES)).toBeUndefined();
  });
});
