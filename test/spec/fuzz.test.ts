import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBlocks } from '../../src/core/blocks/findBlocks';
import { contentToNote } from '../../src/core/blocks/offsets';
import { completionsAt } from '../../src/core/spec/editor';
import { parseBlock } from '../../src/core/spec/parse';
import { MAX_BODY_LENGTH } from '../../src/core/spec/yamlBody';
import { expectDuration } from '../support/timing';
import { fenced, parseFirst } from './helpers';

/** Characters that matter to Markdown containers and YAML. */
const syntaxChar = fc.constantFrom('`', '~', '>', '-', ' ', '\t', '\n', '\r', ':', '[', ']', '{', '}', ',', '"', "'", '#', '&', '*', '!', '|', '(', ')', '1', 'a', '\uFEFF', '\0', '😀');
const noisyText = fc.array(fc.oneof(syntaxChar, fc.string({ maxLength: 4 })), { maxLength: 200 }).map((a) => a.join(''));
const keyLine = fc.tuple(fc.constantFrom('depth', 'width', 'dtype', 'activation', 'init', 'range', 'widht', 'experiment', 'base', 'x'), noisyText)
  .map(([k, v]) => `${k}: ${v.replace(/[\r\n]/g, ' ')}`);

/** Every error is located inside the note with a consistent range. */
function expectWellLocated(note: string, errors: readonly { start: number; end: number; line: number; column: number }[]) {
  for (const e of errors) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThanOrEqual(e.start);
    expect(e.end).toBeLessThanOrEqual(note.length);
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.column).toBeGreaterThanOrEqual(1);
  }
}

describe('robustness (property tests)', () => {
  it('findBlocks + parseBlock never throw on arbitrary notes, and every offset lands in the note', () => {
    fc.assert(
      fc.property(fc.oneof(noisyText, fc.string({ maxLength: 300 }), noisyText.map((t) => '```gradexp\n' + t)), (note) => {
        for (const block of findBlocks(note)) {
          const parsed = parseBlock(note, block);
          expectWellLocated(note, parsed.errors);
          for (let c = 0; c <= block.content.length; c += 7) {
            const p = contentToNote(block, c);
            expect(p.offset).toBeGreaterThanOrEqual(0);
            expect(p.offset).toBeLessThanOrEqual(note.length);
          }
          for (let o = block.start; o <= block.end; o += 11) completionsAt(note, block, o);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('garbage YAML bodies give errors or series, never an exception, and quickly', () => {
    let slowest = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(keyLine, noisyText), { maxLength: 12 }), (lines) => {
        const note = fenced(lines.join('\n'));
        const t0 = performance.now();
        const parsed = parseFirst(note);
        slowest = Math.max(slowest, performance.now() - t0);
        expectWellLocated(note, parsed.errors);
        // A bad block never runs; a good one runs at least one series, at most 16.
        if (parsed.errors.length > 0) expect(parsed.series).toEqual([]);
        else expect(parsed.series.length).toBeGreaterThanOrEqual(1);
        expect(parsed.series.length).toBeLessThanOrEqual(16);
      }),
      { numRuns: 400 },
    );
    expectDuration('slowest of 400 garbage YAML bodies', slowest, 2_000);
  });
});

describe('absurd inputs are rejected fast', () => {
  const timed = <T>(f: () => T): [T, number] => {
    const t0 = performance.now();
    const r = f();
    return [r, performance.now() - t0];
  };

  it('a 10 MB block body', () => {
    const note = fenced('title: x\n' + 'depth: 1\n'.repeat(1_200_000));
    const [block] = findBlocks(note);
    const [parsed, ms] = timed(() => parseBlock(note, block!));
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]!.message).toMatch(/^block body is 10\.\d MB; the limit is 64 KB/);
    // Reported on the opening fence (line 2 of `fenced`), not somewhere in 10 MB of body.
    expect(parsed.errors[0]).toMatchObject({ line: 2, column: 1, start: note.indexOf('```'), end: note.indexOf('```') + 10 });
    expectDuration('a 10 MB block body refused', ms, 2_000);
    expect(MAX_BODY_LENGTH).toBe(65_536);
  });

  it('deep flow nesting', () => {
    const [parsed, ms] = timed(() => parseFirst(fenced(`depth: ${'['.repeat(20_000)}1${']'.repeat(20_000)}`)));
    expect(parsed.errors[0]!.message).toMatch(/nested more than 32 deep/);
    expectDuration('20,000-deep flow nesting refused', ms, 2_000);
  });

  it('deep block nesting stays an error, not a stack overflow', () => {
    const body = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    const parsed = parseFirst(fenced(body));
    expect(parsed.errors.length).toBeGreaterThan(0);
  });

  it('an alias bomb', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const [parsed, ms] = timed(() => parseFirst(fenced(levels.join('\n'))));
    expect(parsed.errors.length).toBeGreaterThan(0);
    expectDuration('an alias bomb refused', ms, 2_000);
  });

  it('an alias to a scalar is just that value', () => {
    const parsed = parseFirst(fenced('seed: &s 7\ndepth: *s'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.series[0]!.spec.depth).toBe(7);
  });
});
