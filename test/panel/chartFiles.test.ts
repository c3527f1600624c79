import { describe, expect, it } from 'vitest';
import { chartFileName, closingFenceLine, imageLink, isPng, linkInsertion } from '../../src/extension/panel/chartFiles';

const note = [
  '# Note', // 1
  '', // 2
  '```gradexp', // 3
  'title: Sigmoid', // 4
  '```', // 5
  'Next paragraph.', // 6
  '', // 7
  '````gradexp', // 8
  '```', // 9 — not a closing fence for a 4-backtick block
  '````', // 10
].join('\n');

function apply(text: string, ins: { line: number; character: number; text: string }): string {
  const lines = text.split('\n');
  const before = lines.slice(0, ins.line).join('\n') + (ins.line > 0 ? '\n' : '');
  const line = lines[ins.line] ?? '';
  const after = lines.slice(ins.line + 1).join('\n');
  return before + line.slice(0, ins.character) + ins.text + line.slice(ins.character) + (ins.line + 1 < lines.length ? '\n' + after : '');
}

describe('chart file helpers', () => {
  it('names the file after the note and the 1-based block number', () => {
    expect(chartFileName('numerical-stability.md', 0, 'png')).toBe('numerical-stability-block-1.png');
    expect(chartFileName('My Note.markdown', 2, 'svg')).toBe('My Note-block-3.svg');
    expect(chartFileName('a/b\\c:d.md', 0, 'svg')).toBe('a_b_c_d-block-1.svg');
  });

  it('builds a Markdown image link with escaped alt text and an encoded target', () => {
    expect(imageLink('Sigmoid [vanishes]', 'My Note (1)-block-1.png')).toBe(
      '![Sigmoid \\[vanishes\\]](My%20Note%20%281%29-block-1.png)',
    );
    expect(imageLink('  ', 'x.svg')).toBe('![gradexp chart](x.svg)');
  });

  it('finds the closing fence of the right length, or the end for an unclosed block', () => {
    const lines = note.split('\n');
    expect(closingFenceLine(lines, 3)).toBe(4);
    expect(closingFenceLine(lines, 8)).toBe(9);
    expect(closingFenceLine(['```gradexp', 'a: 1'], 1)).toBe(1);
    expect(() => closingFenceLine(lines, 1)).toThrow(/does not open a fenced block/);
  });

  it('inserts the link after the block, separated from the following paragraph', () => {
    const link = imageLink('Sigmoid', 'note-block-1.png');
    const ins = linkInsertion(note, 3, link);
    expect(ins).not.toBeNull();
    const edited = apply(note, ins!);
    expect(edited.split('\n').slice(2, 9)).toEqual(['```gradexp', 'title: Sigmoid', '```', '', link, '', 'Next paragraph.']);
    // Saving again finds the link and inserts nothing.
    expect(linkInsertion(edited, 3, link)).toBeNull();
  });

  it('keeps CRLF line endings', () => {
    const crlf = note.replace(/\n/g, '\r\n');
    const ins = linkInsertion(crlf, 8, '![x](y.svg)');
    expect(ins?.text).toBe('\r\n\r\n![x](y.svg)');
    expect(ins?.line).toBe(9);
  });

  it('recognises PNG bytes by signature', () => {
    expect(isPng(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(true);
    expect(isPng(new TextEncoder().encode('<svg></svg>'))).toBe(false);
    expect(isPng(new Uint8Array())).toBe(false);
  });
});
