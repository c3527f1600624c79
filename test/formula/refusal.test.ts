import { describe, expect, it } from 'vitest';
import { CannotEvaluate } from '../../src/core/formula/evaluate/interpret';
import { NotADerivative } from '../../src/core/formula/evaluate/partials';
import { Refusal } from '../../src/core/formula/refusal';
import { NotMatrixNotation } from '../../src/core/formula/matrices/smallMatrices';

describe('Refusal: the checker’s control-flow errors carry no stack trace', () => {
  it('records no frames, keeps its message and class, and leaves the frame limit as it was', () => {
    const limit = Error.stackTraceLimit;
    for (const error of [new CannotEvaluate('a pole'), new NotMatrixNotation('shapes do not fit'), new NotADerivative('no variable'), new Refusal('plain')]) {
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(Refusal);
      expect(error.stack ?? '').not.toMatch(/\n\s+at /);
      expect(Error.stackTraceLimit).toBe(limit);
    }
    expect(new CannotEvaluate('a pole').message).toBe('cannot evaluate: a pole');
    expect(new CannotEvaluate('a pole').name).toBe('CannotEvaluate');
    expect(new NotMatrixNotation('shapes do not fit').message).toBe('shapes do not fit');
    // An ordinary Error still records where it was made.
    expect(new Error('bug').stack).toMatch(/\n\s+at /);
  });
});
