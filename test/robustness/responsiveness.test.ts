/**
 * What one keystroke costs the extension host: on each edit it runs, on its
 * own thread, findBlocks + parseBlock over the note (lenses, diagnostics,
 * panel cards) and findMath (hovers, formula list). Their time bounds the
 * event-loop delay per keystroke; this measures max and median over a series
 * of edits to notes from ordinary to absurd.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'vitest';
import { expectDuration, reportDuration } from '../support/timing';
import { findBlocks } from '../../src/core/blocks/findBlocks';
import { parseBlock, type ParsedBlock } from '../../src/core/spec/parse';
import { parseBlocksReusing } from '../../src/core/spec/reuseParse';
import { findMath } from '../../src/core/formula/find/findMath';
import { manyBlocks, manyFormulas } from '../fixtures/hostile/corpus';

const EDITS = 40;

/** A note of `blocks` blocks and `formulas` formulas in paragraphs, like a long study note. */
function stressNote(blocks: number, formulas: number): string {
  const blockText = manyBlocks(blocks).split('\n\n');
  const formulaLines = manyFormulas(formulas).split('\n');
  const parts: string[] = [];
  const n = Math.max(blockText.length, formulaLines.length);
  for (let i = 0; i < n; i++) {
    if (i < formulaLines.length) parts.push(formulaLines[i]!, '');
    if (i < blockText.length) parts.push(blockText[i]!, '');
  }
  return parts.join('\n');
}

/**
 * Per-edit milliseconds of the host's synchronous work, over EDITS single-character insertions.
 * `incremental`: blocks parsed as the extension host does since 0.1.0's responsiveness work,
 * reusing the previous version's parse for blocks the edit did not touch.
 */
function measure(note: string, incremental = false): { median: number; max: number; blocks: number; formulas: number } {
  const times: number[] = [];
  let text = note;
  let previous: { note: string; parsed: readonly ParsedBlock[] } | undefined;
  let blocks = 0;
  let formulas = 0;
  for (let i = 0; i <= EDITS; i++) {
    // Deterministic edit positions spread through the note (a typist moving around).
    const at = Math.floor(((i * 7919) % 1000) / 1000 * text.length);
    text = text.slice(0, at) + (i % 2 ? ' ' : 'x') + text.slice(at);
    const started = performance.now();
    const found = incremental ? parseBlocksReusing(text, previous) : findBlocks(text).map((b) => parseBlock(text, b));
    previous = { note: text, parsed: found };
    const spans = findMath(text);
    const ms = performance.now() - started;
    if (i > 0) times.push(ms); // the first pass warms the parsers' JIT
    blocks = found.length;
    formulas = spans.length;
  }
  times.sort((a, b) => a - b);
  return { median: times[times.length >> 1]!, max: times[times.length - 1]!, blocks, formulas };
}

/** Each note with a gross bound on the median per-edit time (measured idle: 5, 7, 13 and 73 ms; see docs/reliability.md §6). */
const notes: [string, string, number][] = [
  ['the example note', readFileSync(path.resolve(__dirname, '../../examples/numerical-stability.md'), 'utf8'), 250],
  ['50 blocks, 500 formulas', stressNote(50, 500), 500],
  ['200 blocks, 2,000 formulas', stressNote(200, 2_000), 1_000],
  ['1,000 blocks, 10,000 formulas', stressNote(1_000, 10_000), 5_000],
];

describe('per-keystroke cost of findBlocks + parseBlock + findMath', () => {
  for (const [name, note, medianLimitMs] of notes) {
    it(`${name}: median per edit timed (gross bound ${medianLimitMs} ms)`, () => {
      const r = measure(note);
      console.log(`responsiveness: ${name} (${(note.length / 1024).toFixed(0)} KB, ${r.blocks} blocks, ${r.formulas} formulas) over ${EDITS} edits`);
      reportDuration(`${name}: max per edit, full re-parse`, r.max);
      expectDuration(`${name}: median per edit, full re-parse`, r.median, medianLimitMs);
    });
  }
});

describe('per-keystroke cost with the incremental re-parse (unchanged blocks moved, not parsed)', () => {
  for (const [name, note, medianLimitMs] of notes) {
    it(`${name}: median per edit timed (gross bound ${medianLimitMs} ms)`, () => {
      const r = measure(note, true);
      reportDuration(`${name}: max per edit, incremental`, r.max);
      expectDuration(`${name}: median per edit, incremental`, r.median, medianLimitMs);
    });
  }
});
