/**
 * Incremental re-parse is exact: after any sequence of edits, reusing the
 * previous parse gives what parsing from scratch gives — offsets, lines,
 * columns, errors, keys — including edits that make or break fences, change
 * list and quote prefixes, add a BOM or CRLF, or duplicate blocks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBlocks } from '../../src/core/blocks/findBlocks';
import { parseBlock } from '../../src/core/spec/parse';
import { parseBlocksReusing } from '../../src/core/spec/reuseParse';
import { analyzeBlocks } from '../../src/shared/noteParse';

const fresh = (note: string) => findBlocks(note).map((b) => parseBlock(note, b));

/** One block, written twice in BASE: identical blocks must stay two blocks with their own positions. */
const TWIN = ['```gradexp', 'title: one', 'experiment: power', 'base: [1.5, 0.8]', 'n: 20', '```'];

const BASE = [
  '# Note',
  '',
  'Prose with $x^2$.',
  '',
  ...TWIN,
  '',
  '- a list item',
  '  ```gradexp',
  '  experiment: activation',
  '  activation: [sigmoid, relu]',
  '  ```',
  '',
  '> ```gradexp',
  '> experiment: power',
  '> dept: 3',
  '> ```',
  '',
  ...TWIN,
  '',
  '~~~gradexp',
  'experiment: matmul-chain',
  'size: 4',
  '',
].join('\n');

/** Snippets an editor might insert: fence pieces, prefixes, keys, line breaks, a BOM, tabs. */
const snippet = fc.oneof(
  fc.constantFrom('```', '~~~', '```gradexp\n', '\n', '\r\n', '- ', '> ', '  ', '\t', 'n: 5', 'typo: 1', '\uFEFF', '$', 'gradexp', '<div>\n', '    ', 'x'),
  fc.string({ maxLength: 6 }),
);
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 8 }), insert: snippet });

function apply(note: string, e: { at: number; remove: number; insert: string }): string {
  const at = e.at % (note.length + 1);
  return note.slice(0, at) + e.insert + note.slice(Math.min(note.length, at + e.remove));
}

describe('parseBlocksReusing', () => {
  it('equals a fresh parse after every edit of random edit sequences', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        let note = BASE;
        let parsed = fresh(note);
        for (const e of edits) {
          const next = apply(note, e);
          const reused = parseBlocksReusing(next, { note, parsed });
          expect(reused).toEqual(fresh(next));
          note = next;
          parsed = reused;
        }
      }),
      // Seed -235631357 found "first set on line N" in a moved block's message; 974863846 a stale
      // bodyStart (the test below). `{ numRuns: 1000, seed: N }` replays one.
      { numRuns: 1000 },
    );
  });

  it('re-parses only the edited block: the others are moved copies of the old parses', () => {
    const note = BASE;
    const parsed = fresh(note);
    const next = note.replace('n: 20', 'n: 21\n'); // first block changes, everything after moves by a line
    const reused = parseBlocksReusing(next, { note, parsed });
    expect(reused).toEqual(fresh(next));
    expect(reused[1]!.block.fenceLine).toBe(parsed[1]!.block.fenceLine + 1);
    expect(reused[1]!.keys[0]!.keyStart).toBe(parsed[1]!.keys[0]!.keyStart + 1);
    // The quoted block has an error (dept): it moved, so it was parsed again, not moved.
    expect(reused[2]!.errors[0]!.line).toBe(parsed[2]!.errors[0]!.line + 1);
    expect(reused[2]!.errors[0]!.column).toBe(parsed[2]!.errors[0]!.column);
  });

  it('parses again a moved block whose error message names a line (found by the property above)', () => {
    const note = ['```gradexp', 'experiment: power', 'n: 1', 'n: 2', '```', ''].join('\n');
    const parsed = fresh(note);
    expect(parsed[0]!.errors.map((e) => e.message).join()).toMatch(/first set on line 3/);
    const next = `\r\n${note}`;
    const reused = parseBlocksReusing(next, { note, parsed });
    expect(reused).toEqual(fresh(next));
    expect(reused[0]!.errors.map((e) => e.message).join()).toMatch(/first set on line 4/);
  });

  it('takes the body start of an empty block from the note as it is now (found by the property above)', () => {
    // An unclosed fence in a list item, its body empty: the body would start on the next line, which
    // begins one character later once the fence line ends in \r\n — the block's own text is unchanged.
    const note = '- item\n  ```gradexp\n```\n';
    const next = '- item\n  ```gradexp\r\n```\n';
    const reused = parseBlocksReusing(next, { note, parsed: fresh(note) });
    expect(reused).toEqual(fresh(next));
    expect(reused[0]!.block.bodyStart).toBe(fresh(note)[0]!.block.bodyStart + 1);
  });

  it('keeps block infos of untouched blocks that did not move (analyzeBlocks)', () => {
    const note = BASE;
    const first = analyzeBlocks(note);
    const next = note + '\nMore prose at the end.\n';
    const second = analyzeBlocks(next, { note, parse: first });
    expect(second).toEqual(analyzeBlocks(next));
    expect(second.infos[0]).toBe(first.infos[0]);
  });
});
