/**
 * The properties every parser result must have, whatever the input: offsets
 * inside the note, ranges in order, line/column agreeing with the offset.
 * Shared by the fuzz suite and the hostile corpus.
 */
import { expect } from 'vitest';
import type { FencedBlock } from '../../src/core/blocks/findBlocks';
import type { ParsedBlock } from '../../src/core/spec/parse';
import type { MathSpan } from '../../src/core/formula/types';
import type { NoteError } from '../../src/core/types';
import { MAX_SERIES } from '../../src/core/spec/schema';

/** Line starts of the last note asked about (the checks ask about one note many times). */
let cached: { note: string; starts: number[] } | undefined;

/** Offsets where lines start: after \r\n, \r or \n, and after a leading BOM. */
function lineStarts(note: string): number[] {
  if (cached?.note === note) return cached.starts;
  const starts = [note.charCodeAt(0) === 0xfeff ? 1 : 0];
  for (let i = 0; i < note.length; i++) {
    const c = note.charCodeAt(i);
    if (c === 10 || (c === 13 && note.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  cached = { note, starts };
  return starts;
}

/**
 * 1-based line and UTF-16 column of `offset`, counting \r\n, \r and \n as line
 * breaks and hiding a leading BOM, as editors do. Written independently of
 * src/core/text/lines.ts so the two can check each other.
 */
export function positionOf(note: string, offset: number): { line: number; column: number } {
  const starts = lineStarts(note);
  if (offset < starts[0]!) return { line: 1, column: 1 };
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** Blocks are in order, inside the note, and their body lines map back into it. */
export function expectSaneBlocks(note: string, blocks: readonly FencedBlock[]): void {
  let previousEnd = -1;
  blocks.forEach((b, i) => {
    expect(b.index).toBe(i);
    expect(b.info.startsWith('gradexp')).toBe(true);
    expect(b.start).toBeGreaterThan(previousEnd - 1);
    expect(b.start).toBeLessThanOrEqual(b.bodyStart);
    // An unclosed fence with no body ends on its own line; its (empty) body would start on the next.
    expect(b.bodyStart).toBeLessThanOrEqual(b.bodyLines.length === 0 && !b.closed ? note.length : b.end);
    expect(b.end).toBeLessThanOrEqual(note.length);
    expect('`~').toContain(note[b.start]);
    expect(positionOf(note, b.start).line).toBe(b.fenceLine);
    for (const l of b.bodyLines) {
      expect(l.lineStart).toBeLessThanOrEqual(l.noteStart);
      expect(l.noteStart).toBeLessThanOrEqual(note.length);
      expect(l.contentStart + l.pad).toBeLessThanOrEqual(b.content.length);
    }
    previousEnd = b.end;
  });
}

/** Each error lies in the note and its line/column describe its start offset. */
export function expectLocatedErrors(note: string, errors: readonly NoteError[]): void {
  for (const e of errors) {
    expect(e.message.length).toBeGreaterThan(0);
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThanOrEqual(e.start);
    expect(e.end).toBeLessThanOrEqual(note.length);
    expect({ line: e.line, column: e.column }).toEqual(positionOf(note, e.start));
  }
}

/** A parsed block either has errors and no series, or 1..MAX_SERIES series; key ranges lie in the block. */
export function expectSaneParse(note: string, parsed: ParsedBlock): void {
  expectLocatedErrors(note, parsed.errors);
  if (parsed.errors.length > 0) expect(parsed.series).toHaveLength(0);
  else expect(parsed.series.length).toBeGreaterThanOrEqual(1);
  expect(parsed.series.length).toBeLessThanOrEqual(MAX_SERIES);
  for (const k of parsed.keys) {
    expect(k.keyStart).toBeGreaterThanOrEqual(parsed.block.bodyStart);
    expect(k.keyStart).toBeLessThanOrEqual(k.keyEnd);
    expect(k.valueStart).toBeLessThanOrEqual(k.valueEnd);
    expect(k.valueEnd).toBeLessThanOrEqual(parsed.block.end);
  }
}

/** Math spans are ordered, nested correctly and inside the note. */
export function expectSaneSpans(note: string, spans: readonly MathSpan[]): void {
  let previous = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(previous);
    expect(s.start).toBeLessThanOrEqual(s.contentStart);
    expect(s.contentStart).toBeLessThanOrEqual(s.contentEnd);
    expect(s.contentEnd).toBeLessThanOrEqual(s.end);
    expect(s.end).toBeLessThanOrEqual(note.length);
    expect({ line: s.line, column: s.column }).toEqual(positionOf(note, s.contentStart));
    previous = s.start;
  }
}
