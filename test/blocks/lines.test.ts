import { describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import { LineIndex } from '../../src/core/text/lines';

describe('LineIndex', () => {
  it('maps offsets to 1-based line/column and back for LF text', () => {
    const idx = new LineIndex('ab\ncd\n\nef');
    expect(idx.lineCount).toBe(4);
    expect(idx.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(idx.positionAt(3)).toEqual({ line: 2, column: 1 });
    expect(idx.positionAt(6)).toEqual({ line: 3, column: 1 });
    expect(idx.positionAt(8)).toEqual({ line: 4, column: 2 });
    expect(idx.offsetAt({ line: 4, column: 2 })).toBe(8);
    expect(idx.lineText(2)).toBe('cd');
  });

  it('treats CRLF and a lone CR as one line break each', () => {
    const idx = new LineIndex('a\r\nb\rc\n');
    expect(idx.lineCount).toBe(4);
    expect(idx.lineText(1)).toBe('a');
    expect(idx.lineText(2)).toBe('b');
    expect(idx.lineText(3)).toBe('c');
    expect(idx.lineStart(2)).toBe(3);
    // The \n of a \r\n belongs to the line it ends; its column clamps to the line end.
    expect(idx.positionAt(2)).toEqual({ line: 1, column: 2 });
  });

  it('skips a leading BOM: column 1 of line 1 is the character after it', () => {
    const idx = new LineIndex('\uFEFFhello\nx');
    expect(idx.lineStart(1)).toBe(1);
    expect(idx.positionAt(1)).toEqual({ line: 1, column: 1 });
    expect(idx.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(idx.offsetAt({ line: 1, column: 1 })).toBe(1);
    expect(idx.lineText(1)).toBe('hello');
  });

  it('counts columns in UTF-16 code units', () => {
    const idx = new LineIndex('😀x\ny');
    expect(idx.positionAt(2)).toEqual({ line: 1, column: 3 });
  });

  it('clamps positions outside the text', () => {
    const idx = new LineIndex('ab\ncd');
    expect(idx.positionAt(-5)).toEqual({ line: 1, column: 1 });
    expect(idx.positionAt(99)).toEqual({ line: 2, column: 3 });
    expect(idx.offsetAt({ line: 9, column: 1 })).toBe(5);
    expect(idx.offsetAt({ line: 1, column: 99 })).toBe(2);
  });

  it('round-trips every offset of a mixed text', () => {
    const text = 'x\r\n\r\ny\rzz\n\nend';
    const idx = new LineIndex(text);
    for (let o = 0; o <= text.length; o++) {
      if (text[o - 1] === '\r' && text[o] === '\n') continue; // inside a CRLF: no column of its own
      expect(idx.offsetAt(idx.positionAt(o))).toBe(o);
    }
  });

  it('indexes a 10 MB single-break-style text (timed)', () => {
    const text = 'some line of prose\n'.repeat(550_000);
    const t0 = performance.now();
    const idx = new LineIndex(text);
    expect(idx.lineCount).toBe(550_001);
    expectDuration('LineIndex of 10 MB, 550,000 lines', performance.now() - t0, 10_000);
  });
});
