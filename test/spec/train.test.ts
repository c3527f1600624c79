import { describe, expect, it } from 'vitest';
import { findBlocks } from '../../src/core/blocks/findBlocks';
import { completionsAt, keyDocAt } from '../../src/core/spec/editor';
import { fenced, parseFirst, where } from './helpers';

/** The single error of a parse, asserted to be alone. */
function onlyError(note: string) {
  const parsed = parseFirst(note);
  expect(parsed.errors, JSON.stringify(parsed.errors)).toHaveLength(1);
  expect(parsed.series).toEqual([]);
  return parsed.errors[0]!;
}

const train = (rest: string) => fenced(`experiment: train\n${rest}`);

describe('experiment: train in a block', () => {
  it('an empty train block sweeps three decades of lr on the ReLU/Kaiming net of depth 12', () => {
    const parsed = parseFirst(fenced('experiment: train'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.series.map((s) => s.label)).toEqual(['0.001', '0.01', '0.1']);
    expect(parsed.series[0]!.spec).toMatchObject({
      experiment: 'train', plot: 'loss', depth: 12, width: 16, batch: 64, activation: { name: 'relu' }, init: { kind: 'kaiming' },
      steps: 100, optimizer: 'sgd', head: 'linear', task: 'teacher', lr: 0.001,
    });
  });

  it('reads every train key, and a list of rates makes one series per rate', () => {
    const parsed = parseFirst(train('lr: [0.03, 0.1, 0.3]\nsteps: 50\noptimizer: adam\nhead: activation\ntask: linear\nactivation: tanh\ndepth: 4'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.series.map((s) => s.spec.lr)).toEqual([0.03, 0.1, 0.3]);
    expect(parsed.series[2]!.spec).toMatchObject({ steps: 50, optimizer: 'adam', head: 'activation', task: 'linear', depth: 4 });
    expect(parsed.series[0]!.params).toEqual({ lr: 0.03 });
  });

  it('lr must be a number greater than 0: zero, negative, NaN and strings are located errors', () => {
    const zero = train('lr: 0');
    expect(onlyError(zero)).toMatchObject({ message: 'lr must be greater than 0, got 0', ...where(zero, '0\n') });
    expect(onlyError(train('lr: -0.1')).message).toBe('lr must be greater than 0, got -0.1');
    expect(onlyError(train('lr: .nan')).message).toBe('lr must be a finite number, got NaN');
    expect(onlyError(train('lr: fast')).message).toBe("lr must be a number, got 'fast'");
    const inList = train('lr: [0.1, -1, 0.01]');
    expect(onlyError(inList)).toMatchObject({ message: 'lr must be greater than 0, got -1', ...where(inList, '-1') });
  });

  it('absurd steps are refused at the value', () => {
    const note = train('steps: 1000000000');
    expect(onlyError(note)).toMatchObject({ message: 'steps must be at most 10000, got 1000000000', ...where(note, '1000000000') });
    expect(onlyError(train('steps: 0')).message).toBe('steps must be at least 1, got 0');
    expect(onlyError(train('steps: 2.5')).message).toBe('steps must be a whole number, got 2.5');
  });

  it('unknown optimizer, head and task name the choices', () => {
    expect(onlyError(train('optimizer: adma')).message).toBe("unknown optimizer 'adma' — did you mean 'adam'? (optimizer is one of sgd, momentum, adam)");
    expect(onlyError(train('head: softmax')).message).toContain('head is one of linear, activation');
    expect(onlyError(train('task: mnist')).message).toContain('task is one of teacher, linear');
  });

  it('reads the optimizer coefficients, PyTorch defaults when absent, and a list sweeps them', () => {
    expect(parseFirst(train('optimizer: adam')).series[0]!.spec).toMatchObject({ momentum: 0.9, beta1: 0.9, beta2: 0.999, eps: 1e-8 });
    const parsed = parseFirst(train('lr: 0.01\noptimizer: adam\nbeta1: 0.5\nbeta2: [0.9, 0.99]\neps: 1e-6'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.series.map((s) => [s.spec.beta1, s.spec.beta2, s.spec.eps])).toEqual([[0.5, 0.9, 1e-6], [0.5, 0.99, 1e-6]]);
    expect(parseFirst(train('optimizer: momentum\nmomentum: 0')).series[0]!.spec.momentum).toBe(0);
  });

  it('coefficients out of range are located errors: β and μ in [0, 1), ε > 0', () => {
    const one = train('optimizer: adam\nbeta2: 1');
    expect(onlyError(one)).toMatchObject({ message: 'beta2 must be less than 1, got 1', ...where(one, '1\n') });
    expect(onlyError(train('beta1: -0.1')).message).toBe('beta1 must be at least 0, got -0.1');
    expect(onlyError(train('momentum: 1.5')).message).toBe('momentum must be less than 1, got 1.5');
    expect(onlyError(train('eps: 0')).message).toBe('eps must be greater than 0, got 0');
    expect(onlyError(train('eps: -1e-8')).message).toBe('eps must be greater than 0, got -1e-8');
    expect(onlyError(train('momentum: .nan')).message).toBe('momentum must be a finite number, got NaN');
    expect(onlyError(train('beta1: high')).message).toBe("beta1 must be a number, got 'high'");
    const inList = train('momentum: [0.5, 1, 0.9]');
    expect(onlyError(inList)).toMatchObject({ message: 'momentum must be less than 1, got 1', ...where(inList, '1,') });
    expect(onlyError(fenced('beta1: 0.9')).message).toBe("'beta1' does not apply to experiment 'mlp' (it is used by train)");
  });

  it('a task beside a weights file is an error at the task key: the file gives the data', () => {
    const note = train('weights: ./w.json\ntask: linear');
    expect(onlyError(note)).toMatchObject({ message: "the weights file gives the data, so 'task' would be ignored; remove 'task' or 'weights'", ...where(note, 'task') });
  });

  it('keys that mean nothing for train, and train keys elsewhere, are errors', () => {
    expect(onlyError(train('loss: sum')).message).toBe("'loss' does not apply to experiment 'train' (it is used by mlp)");
    expect(onlyError(fenced('lr: 0.1')).message).toBe("'lr' does not apply to experiment 'mlp' (it is used by train)");
  });

  it('the editor completes and documents the new keys from the key table', () => {
    const note = train('lr: 0.1\n');
    const [block] = findBlocks(note);
    const labels = completionsAt(note, block!, note.indexOf('lr: 0.1\n') + 8).map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(['optimizer', 'steps', 'head', 'task', 'momentum', 'beta1', 'beta2', 'eps']));
    expect(keyDocAt(parseFirst(note), where(note, 'lr').start)?.doc).toContain('Learning rate');
    const adam = train('optimizer: adam\nbeta2: 0.99\n');
    expect(keyDocAt(parseFirst(adam), where(adam, 'beta2').start)?.doc).toContain('β₂ of optimizer: adam');
  });
});
