import { describe, expect, it } from 'vitest';
import { DTYPES, SCALAR_DTYPES } from '../../src/core/types';
import { fenced, parseFirst, where } from './helpers';

describe('dtype names', () => {
  it('a misspelt fp8 name gets a located error with did-you-mean and every valid name, from the one list', () => {
    const note = fenced('dtype: fp8-e4m2');
    const [e] = parseFirst(note).errors;
    expect(e).toMatchObject({ ...where(note, 'fp8-e4m2'), message: expect.stringContaining("unknown dtype 'fp8-e4m2' — did you mean") });
    expect(e!.message).toContain(`(dtype is one of ${DTYPES.join(', ')})`);
  });

  it('a block-scaled format where it does not apply (power) lists the formats that do', () => {
    const note = fenced('experiment: power\ndtype: [fp8-e5m2, mxfp4]');
    const [e] = parseFirst(note).errors;
    expect(e).toMatchObject({ line: where(note, 'mxfp4').line, column: where(note, 'mxfp4').column });
    expect(e!.message).toBe(`unknown dtype 'mxfp4' (dtype for power is one of ${SCALAR_DTYPES.join(', ')})`);
  });

  it('every dtype parses for mlp and train, and a sweep over fp8 and block formats gives one series each', () => {
    for (const experiment of ['mlp', 'train']) {
      const lr = experiment === 'train' ? '\nlr: 0.01' : ''; // train sweeps three rates by default
      const parsed = parseFirst(fenced(`experiment: ${experiment}${lr}\ndtype: [${DTYPES.join(', ')}]`));
      expect(parsed.errors).toEqual([]);
      expect(parsed.series.map((s) => s.spec.dtype)).toEqual([...DTYPES]);
    }
  });
});
