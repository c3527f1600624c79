import type * as vscode from 'vscode';
import { describe, expect, it } from 'vitest';
import { findBlocks } from '../../src/core/blocks/findBlocks';
import { NoteParseCache } from '../../src/extension/notes/parseCache';
import { asDoc, fakeDoc } from '../support/fakeTextDocument';
import {
  CHARS_PER_MB,
  countBlockFences,
  DEFAULT_MAX_NOTE_MB,
  leftOutMessage,
  MAX_EDITOR_BLOCKS,
  noteLimits,
  noteRefusal,
  refusalMessage,
  sizeRefusal,
  type NoteRefusal,
} from '../../src/shared/noteLimits';

const block = (i: number) => `\`\`\`gradexp\ntitle: P ${i}\nexperiment: power\nbase: [1.1]\nn: 10\n\`\`\`\n`;
const blocksNote = (n: number) => Array.from({ length: n }, (_, i) => `## ${i}\n\n${block(i)}`).join('\n');

describe('note limits', () => {
  it('refuses by size from the length alone, past the limit only', () => {
    const limits = noteLimits(1);
    expect(limits).toEqual({ maxChars: CHARS_PER_MB, maxBlocks: MAX_EDITOR_BLOCKS });
    expect(sizeRefusal(CHARS_PER_MB, limits)).toBeUndefined();
    expect(sizeRefusal(CHARS_PER_MB + 1, limits)).toEqual({ kind: 'size', chars: CHARS_PER_MB + 1, maxChars: CHARS_PER_MB });
    expect(noteLimits(0.5).maxChars).toBe(CHARS_PER_MB / 2);
  });

  it('counts at least as many blocks as findBlocks finds, cheaply', () => {
    const note = ['# t', block(0), '~~~~ gradexp extra', 'experiment: power', '~~~~', '   ```gradexp', 'x: 1', '   ```', '```python', 'print(1)', '```', '    ```gradexp (indented code, not a fence)'].join('\n');
    expect(findBlocks(note)).toHaveLength(3);
    expect(countBlockFences(note)).toBe(3);
    // Inside another fence it still counts: an upper bound never refuses a note for fewer blocks than it has.
    const nested = '````md\n```gradexp\nn: 1\n```\n````';
    expect(findBlocks(nested)).toHaveLength(0);
    expect(countBlockFences(nested)).toBe(1);
    // Stateless between calls (the pattern is global).
    expect(countBlockFences(note)).toBe(3);
  });

  it('refuses a note with more blocks than the editor takes, and keeps one at the limit', () => {
    const limits = { maxChars: 10 * CHARS_PER_MB, maxBlocks: 50 };
    expect(noteRefusal(blocksNote(50), limits)).toBeUndefined();
    expect(noteRefusal(blocksNote(51), limits)).toEqual({ kind: 'blocks', blocks: 51, maxBlocks: 50 });
    // Size is decided first: a huge note is not even scanned.
    expect(noteRefusal('x'.repeat(101), { maxChars: 100, maxBlocks: 50 })?.kind).toBe('size');
  });

  it('says what, the limit, the setting and the terminal commands, in one message', () => {
    const size = refusalMessage({ kind: 'size', chars: Math.round(10.24 * CHARS_PER_MB), maxChars: CHARS_PER_MB });
    expect(size).toMatch(/^gradexp: this note is 10\.2 MB; gradexp analyses notes of up to 1\.0 MB in the editor \(setting gradexp\.maxNoteSize\)/);
    expect(size).toContain('`gradexp run` or `gradexp check`');
    const blocks = refusalMessage({ kind: 'blocks', blocks: 5000, maxBlocks: 1000 });
    expect(blocks).toMatch(/^gradexp: this note has 5,000 gradexp blocks; gradexp analyses notes of up to 1,000 blocks in the editor/);
    expect(blocks).toContain('`gradexp run` or `gradexp check`');
  });

  it('names the formulas past the cap and the command that checks them', () => {
    expect(leftOutMessage(90_000, 10_000)).toBe(
      'gradexp: this formula and the 89,999 after it are not checked in the editor, which checks the first 10,000 formulas of a note — ' +
        'run `gradexp check` on it from a terminal to check them all.',
    );
    expect(leftOutMessage(1, 10_000)).toMatch(/^gradexp: this formula is not checked in the editor/);
  });
});

describe('NoteParseCache with limits', () => {
  it('parses a note under the limits, and gives a refused one no blocks without reading its text', () => {
    const refused: NoteRefusal[] = [];
    const cache = new NoteParseCache(() => ({ maxChars: 1000, maxBlocks: 5 }), (_d, r) => refused.push(r));
    const small = fakeDoc('file:///small.md', blocksNote(2));
    expect(cache.get(asDoc(small)).parsed).toHaveLength(2);
    expect(cache.refusal(asDoc(small))).toBeUndefined();

    const big = fakeDoc('file:///big.md', blocksNote(2) + 'x'.repeat(1000));
    expect(cache.get(asDoc(big)).parsed).toEqual([]);
    expect(big.reads).toBe(0);
    expect(cache.refusal(asDoc(big))).toEqual({ kind: 'size', chars: big.text.length, maxChars: 1000 });
    expect(refused).toHaveLength(1);
  });

  it('tells about a note once, however often it is edited or asked about', () => {
    const refused: string[] = [];
    const cache = new NoteParseCache(() => ({ maxChars: 1e6, maxBlocks: 3 }), (d) => refused.push(d.uri.toString()));
    const doc = fakeDoc('file:///many.md', blocksNote(4));
    cache.get(asDoc(doc));
    doc.version = 2;
    doc.text += '\nmore prose';
    cache.get(asDoc(doc));
    cache.refusal(asDoc(doc));
    cache.forget(doc.uri as unknown as vscode.Uri);
    expect(cache.refusal(asDoc(doc))?.kind).toBe('blocks');
    expect(refused).toEqual(['file:///many.md']);
  });

  it('follows the limits when they change, and an edit that brings the note under them', () => {
    let maxChars = 100;
    const cache = new NoteParseCache(() => ({ maxChars, maxBlocks: 10 }));
    const doc = fakeDoc('file:///grow.md', block(0) + 'y'.repeat(100));
    expect(cache.get(asDoc(doc)).parsed).toHaveLength(0);
    maxChars = DEFAULT_MAX_NOTE_MB * CHARS_PER_MB; // the setting raised: same version, parsed now
    expect(cache.get(asDoc(doc)).parsed).toHaveLength(1);
    maxChars = 100;
    expect(cache.get(asDoc(doc)).parsed).toHaveLength(0);
    doc.version = 2;
    doc.text = block(0);
    expect(cache.get(asDoc(doc)).parsed).toHaveLength(1);
  });
});
