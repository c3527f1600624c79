import { describe, expect, it } from 'vitest';
import { findBlocks } from '../../src/core/blocks/findBlocks';
import { parseNote, runParsedBlock } from '../../src/core/pipeline';
import { completionsAt, keyDocAt } from '../../src/core/spec/editor';
import { fenced, parseFirst, where } from './helpers';

/** The single error of a parse, asserted to be alone. */
function onlyError(note: string) {
  const parsed = parseFirst(note);
  expect(parsed.errors, JSON.stringify(parsed.errors)).toHaveLength(1);
  expect(parsed.series).toEqual([]);
  return parsed.errors[0]!;
}

const train = (rest: string) => fenced(`experiment: train\nlr: 0.01\n${rest}`);

describe('remedy keys in a block', () => {
  it('without remedy keys a series has none: no residual, no norm, no clip, no loss scale', () => {
    expect(parseFirst(train('')).series[0]!.spec).toMatchObject({ residual: false, norm: 'none', clip: null, lossScale: null });
  });

  it('reads residual and norm for mlp and train, and sweeps them', () => {
    const mlp = parseFirst(fenced('residual: [false, true]\nnorm: [none, layernorm, rmsnorm]\ndepth: 4'));
    expect(mlp.errors).toEqual([]);
    expect(mlp.series.map((s) => [s.spec.residual, s.spec.norm])).toEqual([
      [false, 'none'], [false, 'layernorm'], [false, 'rmsnorm'], [true, 'none'], [true, 'layernorm'], [true, 'rmsnorm'],
    ]);
    expect(mlp.series[4]!.label).toBe('residual=true, norm=layernorm');
    expect(parseFirst(train('residual: true\nnorm: rmsnorm')).series[0]!.spec).toMatchObject({ residual: true, norm: 'rmsnorm' });
  });

  it('reads clip as {norm: c} or {value: c}, in flow or block style, and a list of them sweeps', () => {
    expect(parseFirst(train('clip: {norm: 1}')).series[0]!.spec.clip).toEqual({ kind: 'norm', limit: 1 });
    expect(parseFirst(train('clip:\n  value: 0.5')).series[0]!.spec.clip).toEqual({ kind: 'value', limit: 0.5 });
    const swept = parseFirst(train('clip: [none, {norm: 1}, {value: 0.01}]'));
    expect(swept.errors).toEqual([]);
    expect(swept.series.map((s) => s.spec.clip)).toEqual([null, { kind: 'norm', limit: 1 }, { kind: 'value', limit: 0.01 }]);
    expect(swept.series.map((s) => s.label)).toEqual(['none', 'norm 1', 'value 0.01']);
    expect(parseFirst(train('clip: none')).series[0]!.spec.clip).toBeNull();
  });

  it('reads loss-scale as a number or dynamic, and a list sweeps', () => {
    const parsed = parseFirst(train('dtype: fp16\nloss-scale: [none, 1024, dynamic]'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.series.map((s) => s.spec.lossScale)).toEqual([null, 1024, 'dynamic']);
    expect(parsed.series.map((s) => s.label)).toEqual(['none', '1024', 'dynamic']);
  });

  it('clip with c ≤ 0 is a located error at the number that says why', () => {
    const note = train('clip: {norm: 0}');
    expect(onlyError(note)).toMatchObject({ message: 'clip norm must be greater than 0, got 0: a total norm ≤ 0 would scale every gradient to 0', ...where(note, '0}') });
    expect(onlyError(train('clip: {value: -1}')).message).toBe('clip value must be greater than 0, got -1: clamping to [−c, c] with c ≤ 0 would set every gradient to 0');
  });

  it('both clip kinds at once, an unknown kind, a bare number or a missing limit are located errors', () => {
    const both = train('clip: {norm: 1, value: 0.1}');
    expect(onlyError(both)).toMatchObject({ ...where(both, '{norm') });
    expect(onlyError(both).message).toMatch(/^clip takes one of norm or value, not both/);
    const typo = train('clip: {nrom: 1}');
    expect(onlyError(typo)).toMatchObject({ message: "unknown clip kind 'nrom' — did you mean 'norm'? (clip takes norm or value)", ...where(typo, 'nrom') });
    expect(onlyError(train('clip: 1')).message).toBe("clip is a mapping like {norm: 1} or {value: 0.5}, or none, got '1'");
    expect(onlyError(train('clip: {norm: big}')).message).toBe('clip norm needs a finite number c > 0, e.g. {norm: 1}');
    expect(onlyError(train('clip: {}')).message).toBe('clip is a mapping like {norm: 1} or {value: 0.5}, or none; the mapping is empty');
  });

  it('loss-scale must be a number > 0 or dynamic', () => {
    expect(onlyError(train('dtype: fp16\nloss-scale: 0')).message).toBe('loss-scale must be greater than 0, got 0');
    expect(onlyError(train('dtype: fp16\nloss-scale: auto')).message).toBe("loss-scale is a number S > 0, dynamic or none, got 'auto'");
  });

  it('loss scaling with fp64 is a located error that says there is nothing to rescue, also when fp64 is one of a swept dtype', () => {
    const note = train('dtype: [fp16, fp64]\nloss-scale: dynamic');
    expect(onlyError(note)).toMatchObject({ ...where(note, 'dynamic') });
    expect(onlyError(note).message).toMatch(/^loss scaling rescues gradients that underflow a narrow format; fp64 holds values down to 5e-324, so there is nothing to rescue/);
  });

  it('clip and loss-scale belong to train: in an mlp block they are located errors', () => {
    const note = fenced('clip: {norm: 1}');
    expect(onlyError(note)).toMatchObject({ message: "'clip' does not apply to experiment 'mlp' (it is used by train)", ...where(note, 'clip') });
  });

  it('layernorm over a width of one is refused: it would output 0 everywhere', () => {
    expect(onlyError(fenced('width: 1\nnorm: layernorm')).message).toBe("layernorm over layer 1's single unit subtracts its only value: every output would be 0 (use rmsnorm or a wider layer)");
    expect(parseFirst(fenced('width: 1\nnorm: rmsnorm')).errors).toEqual([]);
  });
});

describe('remedy keys in the editor', () => {
  it('a train block completes the four remedy keys, and their values', () => {
    const note = train('');
    const [block] = findBlocks(note);
    const at = note.indexOf('lr: 0.01\n') + 9;
    const keys = completionsAt(note, block!, at).map((c) => c.label);
    expect(keys).toEqual(expect.arrayContaining(['residual', 'norm', 'clip', 'loss-scale']));
    const valuesAfter = (text: string) => {
      const n = train(text);
      return completionsAt(n, findBlocks(n)[0]!, n.indexOf(text) + text.length).map((c) => c.label);
    };
    expect(valuesAfter('clip: ')).toEqual(expect.arrayContaining(['{norm: 1}', '{value: 0.5}', 'none']));
    expect(valuesAfter('loss-scale: ')).toEqual(expect.arrayContaining(['dynamic', 'none']));
    expect(valuesAfter('norm: ')).toEqual(['none', 'layernorm', 'rmsnorm']);
  });

  it('a block that says experiment: mlp offers residual and norm but not the train-only clip and loss-scale', () => {
    const note = fenced('experiment: mlp\ndepth: 4\n');
    const keys = completionsAt(note, findBlocks(note)[0]!, note.indexOf('depth: 4\n') + 9).map((c) => c.label);
    expect(keys).toEqual(expect.arrayContaining(['residual', 'norm']));
    expect(keys).not.toContain('clip');
    expect(keys).not.toContain('loss-scale');
  });

  it('hovering a remedy key shows its doc from the key table', () => {
    const note = train('clip: {norm: 1}');
    expect(keyDocAt(parseFirst(note), where(note, 'clip').start)?.doc).toContain('clip_grad_norm_');
  });
});

describe('remedies with a weights file', () => {
  const weights = { weights: [[[1, 0.5], [0.25, 1]], [[1, 0], [0, 1], [1, 1]]], input: [[1, 2]], target: [[0, 1, 0]] };
  const load = async () => weights;

  it('residual across layers of different widths names the layer and the widths, at the residual key', async () => {
    const note = fenced('weights: ./w.json\nresidual: true');
    const [parsed] = parseNote(note);
    expect(parsed!.errors).toEqual([]);
    const run = await runParsedBlock(note, parsed!, { loadWeights: load });
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatchObject({
      message: "with weights file './w.json': residual connections need equal widths, but layer 2 maps width 2 to 3: Hᵗ⁻¹ + σ(Zᵗ) cannot be added",
      ...where(note, 'true'),
    });
  });

  it('without residual the same file runs, with a norm too', async () => {
    const note = fenced('weights: ./w.json\nnorm: layernorm');
    const [parsed] = parseNote(note);
    const run = await runParsedBlock(note, parsed!, { loadWeights: load });
    expect(run.errors).toEqual([]);
    expect(run.series[0]!.layers).toHaveLength(2);
  });
});
