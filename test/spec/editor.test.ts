import { describe, expect, it } from 'vitest';
import { findBlocks } from '../../src/core/blocks/findBlocks';
import { completionsAt, keyDocAt } from '../../src/core/spec/editor';
import { parseBlock } from '../../src/core/spec/parse';
import { DTYPES, SCALAR_DTYPES } from '../../src/core/types';
import { fenced, parseFirst, where } from './helpers';

/** Completions at the `|` marker of `noteWithCursor`. */
function completeAt(noteWithCursor: string) {
  const offset = noteWithCursor.indexOf('|');
  const note = noteWithCursor.replace('|', '');
  const [block] = findBlocks(note);
  return completionsAt(note, block!, offset);
}

describe('keyDocAt', () => {
  it('returns the schema row for the key or value under the cursor', () => {
    const note = fenced('depth: 10\ndtype: fp16');
    const parsed = parseFirst(note);
    expect(keyDocAt(parsed, where(note, 'depth').start + 2)?.name).toBe('depth');
    expect(keyDocAt(parsed, where(note, 'fp16').start + 1)?.name).toBe('dtype');
    expect(keyDocAt(parsed, where(note, 'Intro').start)).toBeUndefined();
  });

  it('returns nothing for an unknown key', () => {
    const note = fenced('widht: 3');
    expect(keyDocAt(parseFirst(note), where(note, 'widht').start)).toBeUndefined();
  });

  it('works inside a blockquote', () => {
    const note = '> ```gradexp\n> width: 4\n> ```\n';
    const [block] = findBlocks(note);
    expect(keyDocAt(parseBlock(note, block!), note.indexOf('width') + 1)?.doc).toMatch(/Units per layer/);
  });
});

describe('completionsAt', () => {
  it('offers unused keys with docs at the start of a line', () => {
    const items = completeAt(fenced('depth: 10\n|'));
    const labels = items.map((i) => i.label);
    expect(labels).toContain('width');
    expect(labels).not.toContain('depth');
    const width = items.find((i) => i.label === 'width')!;
    expect(width).toMatchObject({ kind: 'key', insertText: 'width: ', detail: 'int 1…8192 · default 64' });
    expect(width.documentation).toMatch(/Units per layer/);
  });

  it('offers only the keys of the chosen experiment', () => {
    const labels = completeAt(fenced('experiment: power\nb|')).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['base', 'n', 'dtype']));
    expect(labels).not.toContain('depth');
    expect(labels).not.toContain('experiment');
  });

  it('offers the allowed values after `key: `', () => {
    expect(completeAt(fenced('dtype: |')).map((i) => i.label)).toEqual([...DTYPES]);
    // The block-scaled formats are offered only where they apply (mlp, train).
    expect(completeAt(fenced('experiment: power\ndtype: |')).map((i) => i.label)).toEqual([...SCALAR_DTYPES]);
    expect(completeAt(fenced('bias: |')).map((i) => i.label)).toEqual(['true', 'false']);
    expect(completeAt(fenced('experiment: matmul-chain\nplot: |')).map((i) => i.label)).toEqual(['norm', 'max-abs']);
    const acts = completeAt(fenced('activation: [sigmoid, |')).map((i) => i.insertText);
    expect(acts).toContain('leaky-relu(0.01)');
    expect(completeAt(fenced('init: |')).map((i) => i.insertText)).toContain('normal(0, 1)');
  });

  it('offers values on a block-list item under its key', () => {
    expect(completeAt(fenced('dtype:\n  - fp16\n  - |')).map((i) => i.label)).toContain('bf16');
  });

  it('offers nothing outside the body or after an unknown key', () => {
    expect(completeAt('|Intro\n```gradexp\ndepth: 1\n```\n')).toEqual([]);
    expect(completeAt(fenced('nonsense: |'))).toEqual([]);
  });

  it('maps the cursor through blockquote prefixes', () => {
    const items = completeAt('> ```gradexp\n> dtype: |\n> ```\n');
    expect(items.map((i) => i.label)).toContain('fp16');
  });
});
