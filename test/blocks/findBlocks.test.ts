import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBlocks, type FencedBlock } from '../../src/core/blocks/findBlocks';
import { contentToNote, noteToContent } from '../../src/core/blocks/offsets';

/** Every content character (outside tab-expansion padding) maps onto the same character in the note. */
function expectFaithfulMap(note: string, block: FencedBlock): void {
  block.bodyLines.forEach((line, i) => {
    const end = i + 1 < block.bodyLines.length ? block.bodyLines[i + 1]!.contentStart - 1 : block.content.replace(/\n$/, '').length;
    for (let c = line.contentStart + line.pad; c < end; c++) {
      const at = contentToNote(block, c).offset;
      expect(note[at]).toBe(block.content[c]);
      expect(noteToContent(block, at)).toBe(c);
    }
  });
}

describe('findBlocks', () => {
  it('finds a plain block with its lines, offsets and content', () => {
    const note = '# Title\n\n```gradexp\ndepth: 3\n```\n';
    const [b] = findBlocks(note);
    expect(b).toMatchObject({ index: 0, fenceLine: 3, content: 'depth: 3\n', closed: true, info: 'gradexp' });
    expect(note.slice(b!.start, b!.end)).toBe('```gradexp\ndepth: 3\n```');
    expect(b!.bodyStart).toBe(note.indexOf('depth'));
    expect(contentToNote(b!, 0)).toEqual({ offset: note.indexOf('depth'), line: 4, column: 1 });
    expectFaithfulMap(note, b!);
  });

  it('ignores other languages and matches only the first info word, case-sensitively', () => {
    const note = '```python\nx = 1\n```\n\n```GradExp\na: 1\n```\n\n```gradexp extra words\na: 2\n```\n\n```\nplain\n```\n';
    const blocks = findBlocks(note);
    expect(blocks.map((b) => b.content)).toEqual(['a: 2\n']);
    expect(blocks[0]!.info).toBe('gradexp extra words');
  });

  it('finds ~~~ fences, longer fences and fences indented up to 3 spaces — but not 4', () => {
    const note = '~~~gradexp\na: 1\n~~~\n\n````gradexp\n```\nb: 2\n````\n\n   ```gradexp\n   c: 3\n   ```\n\n    ```gradexp\n    d: 4\n    ```\n';
    const blocks = findBlocks(note);
    expect(blocks.map((b) => b.content)).toEqual(['a: 1\n', '```\nb: 2\n', 'c: 3\n']);
    expect(blocks.map((b) => b.fenceLine)).toEqual([1, 5, 10]);
    expect(note.slice(blocks[2]!.start, blocks[2]!.start + 3)).toBe('```');
    for (const b of blocks) expectFaithfulMap(note, b);
  });

  it('strips blockquote markers and maps body offsets past them', () => {
    const note = 'Text\n\n> quoted:\n>\n> ```gradexp\n> depth: 5\n>   # comment\n> ```\n';
    const [b] = findBlocks(note);
    expect(b).toMatchObject({ fenceLine: 5, content: 'depth: 5\n  # comment\n', closed: true });
    const depthAt = contentToNote(b!, 0);
    expect(depthAt).toEqual({ offset: note.indexOf('depth'), line: 6, column: 3 });
    expectFaithfulMap(note, b!);
  });

  it('strips list indentation, in nested quote + list containers', () => {
    const note = '- item\n\n  ```gradexp\n  width: 8\n  ```\n\n> 1. step\n>    ```gradexp\n>    depth: 2\n>    ```\n';
    const blocks = findBlocks(note);
    expect(blocks.map((b) => b.content)).toEqual(['width: 8\n', 'depth: 2\n']);
    expect(contentToNote(blocks[1]!, 0)).toMatchObject({ line: 9, column: 6 });
    for (const b of blocks) expectFaithfulMap(note, b);
  });

  it('runs an unclosed fence to the end of the document', () => {
    const note = 'intro\n\n```gradexp\ndepth: 4\nwidth: 2';
    const [b] = findBlocks(note);
    expect(b).toMatchObject({ closed: false, content: 'depth: 4\nwidth: 2' });
    expect(b!.end).toBe(note.length);
    expectFaithfulMap(note, b!);
  });

  it('ends an unclosed fence with its container, as markdown-it does', () => {
    const note = '> ```gradexp\n> depth: 4\n\nafter the quote\n\n```gradexp\nwidth: 1\n```\n';
    const blocks = findBlocks(note);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatchObject({ closed: false, content: 'depth: 4\n' });
    expect(note.slice(blocks[0]!.start, blocks[0]!.end)).toBe('```gradexp\n> depth: 4');
    expect(blocks[1]).toMatchObject({ closed: true, fenceLine: 6, index: 1 });
  });

  it('handles CRLF notes: line numbers and offsets refer to the original text', () => {
    const note = 'a\r\n\r\n```gradexp\r\ndepth: 7\r\nwidth: 3\r\n```\r\n';
    const [b] = findBlocks(note);
    expect(b).toMatchObject({ fenceLine: 3, content: 'depth: 7\nwidth: 3\n', closed: true });
    expect(contentToNote(b!, b!.content.indexOf('width'))).toEqual({ offset: note.indexOf('width'), line: 5, column: 1 });
    expect(note.slice(b!.start, b!.end)).toBe('```gradexp\r\ndepth: 7\r\nwidth: 3\r\n```');
    expectFaithfulMap(note, b!);
  });

  it('sees a fence on line 1 behind a BOM, as an editor does', () => {
    const note = '\uFEFF```gradexp\ndepth: 1\n```\n';
    const [b] = findBlocks(note);
    expect(b).toMatchObject({ fenceLine: 1, start: 1 });
    expect(contentToNote(b!, 0)).toEqual({ offset: note.indexOf('depth'), line: 2, column: 1 });
  });

  it('does not see fences inside HTML blocks or indented code', () => {
    const note = '<div>\n```gradexp\ndepth: 1\n```\n</div>\n\n    ```gradexp\n    depth: 2\n    ```\n';
    expect(findBlocks(note)).toEqual([]);
  });

  it('maps through tabs that a blockquote prefix only partly consumes', () => {
    const note = '>\t```gradexp\n>\t\tdepth: 1\n>\t```\n';
    const [b] = findBlocks(note);
    expect(b).toBeDefined();
    const d = b!.content.indexOf('depth');
    expect(note[contentToNote(b!, d).offset]).toBe('d');
    expectFaithfulMap(note, b!);
    // In a list item a tab is expanded to spaces markdown-it invents: those map to the tab's neighbourhood.
    const listNote = '- ```gradexp\n\t depth: 1\n';
    const [l] = findBlocks(listNote);
    expect(l!.content).toBe('   depth: 1\n');
    expect(l!.bodyLines[0]!.pad).toBe(2);
    expect(listNote[contentToNote(l!, 3).offset]).toBe('d');
    expect(contentToNote(l!, 0).offset).toBe(14);
    expectFaithfulMap(listNote, l!);
  });

  it('handles an empty body and an empty note', () => {
    const [b] = findBlocks('```gradexp\n```\n');
    expect(b).toMatchObject({ content: '', closed: true, bodyStart: 11 });
    expect(findBlocks('')).toEqual([]);
  });

  it('finds every block of the container fixture exactly where a renderer does', () => {
    const note = readFileSync(join(__dirname, '../fixtures/blocks/containers.md'), 'utf8');
    const blocks = findBlocks(note);
    // The fixture marks each real block's first body line with `title: found-N`.
    const expected = [...note.matchAll(/title: found-(\d+)/g)].map((m) => Number(m[1]));
    expect(blocks.map((b) => /title: found-(\d+)/.exec(b.content)?.[1]).map(Number)).toEqual(expected);
    expect(note.includes('title: hidden')).toBe(true);
    for (const b of blocks) {
      expect(b.content).not.toContain('hidden');
      expectFaithfulMap(note, b);
    }
  });
});
