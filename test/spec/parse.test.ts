import { describe, expect, it } from 'vitest';
import { fenced, parseFirst, where } from './helpers';

/** The single error of a parse, asserted to be alone. */
function onlyError(note: string) {
  const parsed = parseFirst(note);
  expect(parsed.errors, JSON.stringify(parsed.errors)).toHaveLength(1);
  expect(parsed.series).toEqual([]);
  return parsed.errors[0]!;
}

describe('parseBlock: values and defaults', () => {
  it('gives an empty block a sensible mlp with every default', () => {
    const parsed = parseFirst(fenced(''));
    expect(parsed.errors).toEqual([]);
    expect(parsed.series).toHaveLength(1);
    expect(parsed.series[0]!.spec).toEqual({
      experiment: 'mlp', title: '', dtype: 'fp32', seed: 0, plot: 'grad-norm',
      depth: 100, width: 64, batch: 16, activation: { name: 'sigmoid' }, init: { kind: 'xavier' },
      gain: null, loss: 'mse', bias: false, weightsPath: null, weights: null,
      size: 4, count: 100, range: [-8, 8], points: 161, base: 1.5, n: 100,
      lr: 0.001, steps: 100, optimizer: 'sgd', head: 'linear', task: 'teacher', momentum: 0.9, beta1: 0.9, beta2: 0.999, eps: 1e-8,
      residual: false, norm: 'none', clip: null, lossScale: null,
    });
    expect(parsed.series[0]!.label).toBe('mlp');
  });

  it('treats a body of only comments like an empty one', () => {
    expect(parseFirst(fenced('# nothing yet')).series).toHaveLength(1);
  });

  it('reads the spec example from the product page', () => {
    const body = [
      'title: Sigmoid vanishes, ReLU holds', 'experiment: mlp', 'depth: 100', 'width: 64', 'batch: 16',
      'activation: [sigmoid, relu]   # a list makes one series per value', 'init: normal(0, 1)', 'dtype: fp32', 'seed: 42', 'plot: grad-norm',
    ].join('\n');
    const parsed = parseFirst(fenced(body));
    expect(parsed.errors).toEqual([]);
    expect(parsed.series.map((s) => s.label)).toEqual(['sigmoid', 'relu']);
    expect(parsed.series.map((s) => s.params)).toEqual([{ activation: 'sigmoid' }, { activation: 'relu' }]);
    const spec = parsed.series[1]!.spec;
    expect(spec).toMatchObject({ title: 'Sigmoid vanishes, ReLU holds', seed: 42, activation: { name: 'relu' }, init: { kind: 'normal', mean: 0, std: 1 } });
  });

  it('uses per-experiment defaults', () => {
    const chain = parseFirst(fenced('experiment: matmul-chain')).series[0]!.spec;
    expect(chain).toMatchObject({ size: 4, count: 100, init: { kind: 'normal', mean: 0, std: 1 }, plot: 'norm' });
    const act = parseFirst(fenced('experiment: activation')).series[0]!.spec;
    expect(act).toMatchObject({ range: [-8, 8], plot: 'both', activation: { name: 'sigmoid' } });
    const power = parseFirst(fenced('experiment: power'));
    expect(power.series.map((s) => [s.label, s.spec.base, s.spec.n])).toEqual([['1.5', 1.5, 100], ['0.8', 0.8, 100]]);
  });

  it('reads activation and init call syntax', () => {
    const spec = parseFirst(fenced('activation: leaky-relu(0.1)\ninit: uniform(-0.5, 0.5)\ngain: 2')).series[0]!.spec;
    expect(spec.activation).toEqual({ name: 'leaky-relu', alpha: 0.1 });
    expect(spec.init).toEqual({ kind: 'uniform', low: -0.5, high: 0.5 });
    expect(spec.gain).toBe(2);
    expect(parseFirst(fenced('activation: elu')).series[0]!.spec.activation).toEqual({ name: 'elu', alpha: 1 });
    expect(parseFirst(fenced('init: kaiming-uniform')).series[0]!.spec.init).toEqual({ kind: 'kaiming-uniform' });
  });

  it('keeps `weights` as a path for the adapter and never reads it', () => {
    const spec = parseFirst(fenced('weights: ./w.json')).series[0]!.spec;
    expect(spec.weightsPath).toBe('./w.json');
    expect(spec.weights).toBeNull();
  });

  it('records every key with its note ranges', () => {
    const note = fenced('depth: 12\nwidth: 8');
    const parsed = parseFirst(note);
    expect(parsed.keys).toEqual([
      { name: 'depth', keyStart: where(note, 'depth').start, keyEnd: where(note, 'depth').start + 5, valueStart: where(note, '12').start, valueEnd: where(note, '12').start + 2 },
      { name: 'width', keyStart: where(note, 'width').start, keyEnd: where(note, 'width').start + 5, valueStart: where(note, '8').start, valueEnd: where(note, '8').start + 1 },
    ]);
  });
});

describe('parseBlock: errors located in the note', () => {
  it('unknown key, with a suggestion, at the key', () => {
    const note = fenced('depth: 10\nwidht: 64');
    const e = onlyError(note);
    expect(e.message).toBe("unknown key 'widht' — did you mean 'width'?");
    expect(e).toMatchObject({ line: 4, column: 1, start: where(note, 'widht').start, end: where(note, 'widht').start + 5 });
  });

  it('unknown key far from every name: no suggestion', () => {
    expect(onlyError(fenced('learning_rate: 0.1')).message).toBe("unknown key 'learning_rate'");
  });

  it('wrong types', () => {
    expect(onlyError(fenced('depth: deep')).message).toBe("depth must be a whole number, got 'deep'");
    expect(onlyError(fenced('depth: 3.5')).message).toBe('depth must be a whole number, got 3.5');
    expect(onlyError(fenced('bias: yes')).message).toBe("bias must be true or false, got 'yes'");
    expect(onlyError(fenced('gain: "2"')).message).toBe("gain must be a number, got '2'");
    expect(onlyError(fenced('depth: {a: 1}')).message).toBe('depth must be a single value or a list, not a mapping');
  });

  it('out of range, including depth 10⁹, at the value', () => {
    const note = fenced('width: 8\ndepth: 1000000000');
    const e = onlyError(note);
    expect(e.message).toBe('depth must be at most 10000, got 1000000000');
    expect(e).toMatchObject({ line: 4, column: 8, start: where(note, '1000000000').start });
    expect(onlyError(fenced('width: 0')).message).toBe('width must be at least 1, got 0');
    expect(onlyError(fenced('batch: 65537')).message).toBe('batch must be at most 65536, got 65537');
  });

  it('non-finite numbers', () => {
    expect(onlyError(fenced('gain: .inf')).message).toBe('gain must be a finite number, got Infinity');
    expect(onlyError(fenced('gain: .nan')).message).toBe('gain must be a finite number, got NaN');
    expect(onlyError(fenced('gain: 1e400')).message).toBe('gain must be a finite number, got Infinity');
    expect(onlyError(fenced('init: normal(0, Infinity)')).message).toBe("normal's std must be a finite number, got 'Infinity'");
  });

  it('enum values with did-you-mean and the allowed list', () => {
    const note = fenced('dtype: fp61');
    const e = onlyError(note);
    expect(e.message).toBe(
      "unknown dtype 'fp61' — did you mean 'fp16'? (dtype is one of fp64, fp32, bf16, fp16, fp8-e4m3, fp8-e5m2, mxfp8-e4m3, mxfp8-e5m2, mxfp6-e3m2, mxfp6-e2m3, mxfp4, nvfp4)",
    );
    expect(e).toMatchObject({ line: 3, column: 8 });
    expect(onlyError(fenced('experiment: power\nplot: grad-norm')).message).toBe("unknown plot 'grad-norm' (plot for power is one of value)");
    expect(onlyError(fenced('experiment: mpl')).message).toContain("did you mean 'mlp'?");
  });

  it('bad activation and init syntax', () => {
    expect(onlyError(fenced('activation: sigmod')).message).toBe("unknown activation 'sigmod' — did you mean 'sigmoid'?");
    expect(onlyError(fenced('activation: relu(2)')).message).toBe("activation 'relu' takes no parameter; write 'relu'");
    expect(onlyError(fenced('init: normal')).message).toBe("init 'normal' needs 2 arguments (mean, std), e.g. 'normal(0, 1)'");
    expect(onlyError(fenced('init: uniform(1, -1)')).message).toBe('uniform(low, high) needs low < high, got uniform(1, -1)');
    expect(onlyError(fenced('init: xavier(2)')).message).toBe("init 'xavier' takes no arguments (scale it with 'gain')");
    expect(onlyError(fenced('init: normal(0, -1)')).message).toBe("normal's std must be ≥ 0, got -1");
  });

  it('range must be one increasing pair', () => {
    expect(onlyError(fenced('experiment: activation\nrange: [8, -8]')).message).toBe('range needs low < high, got [8, -8]');
    expect(onlyError(fenced('experiment: activation\nrange: 8')).message).toBe('range is a pair [low, high], e.g. range: [-8, 8]');
    expect(onlyError(fenced('experiment: activation\nrange: [[-1, 1], [-8, 8]]')).message).toBe('range is one pair [low, high]; it cannot be swept');
    expect(onlyError(fenced('experiment: activation\nrange: [-8, x]')).message).toBe("range's ends must be numbers, got 'x'");
  });

  it('keys foreign to the experiment', () => {
    const note = fenced('experiment: power\ndepth: 5');
    const e = onlyError(note);
    expect(e.message).toBe("'depth' does not apply to experiment 'power' (it is used by mlp, train)");
    expect(e).toMatchObject({ line: 4, column: 1 });
  });

  it('duplicate keys name the first line', () => {
    const note = fenced('depth: 5\nwidth: 3\ndepth: 6');
    const e = onlyError(note);
    expect(e.message).toBe("duplicate key 'depth' (first set on line 3)");
    expect(e).toMatchObject({ line: 5, column: 1 });
  });

  it('weights conflicts with depth and width', () => {
    expect(onlyError(fenced('weights: w.json\ndepth: 3')).message).toBe("depth comes from the weights file; remove 'depth' or 'weights'");
    expect(onlyError(fenced('weights: https://example.com/w.json')).message).toBe('weights must be a file next to the note, not a URL');
  });

  it('empty values and keys that take no list', () => {
    expect(onlyError(fenced('depth:')).message).toBe('depth needs a value, e.g. \'depth: 100\'');
    expect(onlyError(fenced('title: [a, b]')).message).toBe('title takes a single value, not a list');
    expect(onlyError(fenced('dtype: []')).message).toBe('dtype: an empty list makes no series');
  });

  it('a body that is not a mapping', () => {
    expect(onlyError(fenced('- depth: 1')).message).toBe("a gradexp block must be a YAML mapping of keys (e.g. 'depth: 100'), not a list");
    expect(onlyError(fenced('just words')).message).toContain('not a single value');
  });

  it('YAML syntax errors at their exact line and column', () => {
    const note = fenced('depth: 10\nwidth: [1, 2\nbatch: 3');
    const parsed = parseFirst(note);
    expect(parsed.series).toEqual([]);
    expect(parsed.errors.length).toBeGreaterThan(0);
    expect(parsed.errors.every((e) => e.message.startsWith('YAML: '))).toBe(true);
    const quoteNote = fenced('title: "unterminated\ndepth: 1');
    const q = parseFirst(quoteNote).errors[0]!;
    expect(q.message).toBe('YAML: Missing closing "quote');
    expect(q.line).toBe(4);
    const tabNote = fenced('depth: 1\n\twidth: 2');
    const t = parseFirst(tabNote).errors.find((e) => e.message.includes('Tabs'))!;
    expect(t).toMatchObject({ line: 4, column: 1, start: where(tabNote, '\twidth').start });
  });

  it('locates errors inside blockquotes and lists in note coordinates', () => {
    const note = 'text\n\n> - item\n>   ```gradexp\n>   depth: 99999\n>   ```\n';
    const e = onlyError(note);
    expect(e).toMatchObject({ line: 5, column: 12, start: where(note, '99999').start, end: where(note, '99999').start + 5 });
  });

  it('locates errors in CRLF notes', () => {
    const note = 'a\r\n```gradexp\r\ndepth: 1\r\nwidht: 2\r\n```\r\n';
    const e = onlyError(note);
    expect(e).toMatchObject({ line: 4, column: 1, start: note.indexOf('widht') });
  });

  it('sorts several errors by position', () => {
    const parsed = parseFirst(fenced('dtype: fp8\ndepth: 0\nwdith: 1'));
    expect(parsed.errors.map((e) => e.line)).toEqual([3, 4, 5]);
  });
});
