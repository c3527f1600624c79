/**
 * Fuzzing the parsers the editor runs on every keystroke: block finding, spec
 * parsing and math finding. Every input must give a sane result (see
 * invariants.ts) within a second; the seed is logged and GRADEXP_FUZZ_SEED
 * replays it.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { findBlocks } from '../../src/core/blocks/findBlocks';
import { parseBlock } from '../../src/core/spec/parse';
import { findMath } from '../../src/core/formula/find/findMath';
import { blockNote, mathNote, noisyNote } from './arbitraries';
import { expectSaneBlocks, expectSaneParse, expectSaneSpans } from './invariants';
import { FUZZ_SEED, fuzz, reportTallies, type PropertyTally } from './fuzzRunner';

const FILE = 'test/robustness/fuzz.parsers.test.ts';
const tallies: PropertyTally[] = [];

afterAll(() => reportTallies('parser fuzzing', FILE, tallies));

describe('parsers never throw, hang or mislocate on generated notes', () => {
  it('findBlocks + parseBlock on structural noise', () => {
    tallies.push(fuzz('findBlocks+parseBlock (noisy notes)', FILE, noisyNote, 15_000, (note) => {
      const blocks = findBlocks(note);
      expectSaneBlocks(note, blocks);
      for (const b of blocks) expectSaneParse(note, parseBlock(note, b));
    }));
  });

  it('findBlocks + parseBlock on gradexp fences with YAML-ish bodies', () => {
    tallies.push(fuzz('findBlocks+parseBlock (block notes)', FILE, blockNote, 12_000, (note) => {
      const blocks = findBlocks(note);
      expectSaneBlocks(note, blocks);
      for (const b of blocks) expectSaneParse(note, parseBlock(note, b));
    }));
  });

  it('findMath on math-dense notes', () => {
    tallies.push(fuzz('findMath (math notes)', FILE, mathNote, 25_000, (note) => expectSaneSpans(note, findMath(note))));
  });

  it('findMath on structural noise', () => {
    tallies.push(fuzz('findMath (noisy notes)', FILE, noisyNote, 10_000, (note) => expectSaneSpans(note, findMath(note))));
  });
});

describe('replay', () => {
  it('the logged seed regenerates exactly the same inputs (so GRADEXP_FUZZ_SEED replays a failure)', () => {
    for (const arbitrary of [noisyNote, blockNote, mathNote]) {
      const first = fc.sample(arbitrary as fc.Arbitrary<string>, { seed: FUZZ_SEED, numRuns: 50 });
      expect(fc.sample(arbitrary as fc.Arbitrary<string>, { seed: FUZZ_SEED, numRuns: 50 })).toEqual(first);
      expect(new Set(first).size).toBeGreaterThan(10);
    }
  });
});
