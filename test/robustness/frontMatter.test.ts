/**
 * Front matter is metadata in VS Code's preview (markdown-it-front-matter's
 * rule runs before `fence`), so a fence or `$…$` inside it must be neither a
 * block nor a formula here either; everything after it keeps its positions.
 */
import { describe, expect, it } from 'vitest';
import { findBlocks } from '../../src/core/blocks/findBlocks';
import { findMath } from '../../src/core/formula/find/findMath';
import { readHostile } from '../fixtures/hostile/corpus';

const NOTE = [
  '---',
  'title: costs $5 and $10',
  'note: |',
  '  ```gradexp',
  '  depth: 3',
  '  ```',
  '---',
  '',
  'Real math: $2^{10} \\approx 1024$.',
  '',
  '```gradexp',
  'experiment: power',
  '```',
  '',
].join('\n');

describe('YAML front matter', () => {
  it('hides fences and math written inside it', () => {
    const blocks = findBlocks(NOTE);
    expect(blocks.map((b) => b.fenceLine)).toEqual([11]);
    const spans = findMath(NOTE);
    expect(spans.map((s) => [s.line, s.source])).toEqual([[9, '2^{10} \\approx 1024']]);
  });

  it('also after a BOM, and with CRLF line endings', () => {
    const note = '\uFEFF' + NOTE.replace(/\n/g, '\r\n');
    expect(findBlocks(note).map((b) => b.fenceLine)).toEqual([11]);
    expect(findMath(note).map((s) => s.line)).toEqual([9]);
  });

  it('needs a closing line of at least as many dashes; otherwise the first line is a thematic break', () => {
    const unclosed = '---\n$x$\n\n```gradexp\nn: 3\n```\n';
    expect(findBlocks(unclosed)).toHaveLength(1);
    expect(findMath(unclosed)).toHaveLength(1);
    const shortClose = '----\ntitle: $a$\n---\n';
    expect(findMath(shortClose)).toHaveLength(1);
  });

  it('only at the very first line', () => {
    const later = 'Intro\n\n---\ntitle: $a$\n---\n';
    expect(findMath(later)).toHaveLength(1);
  });

  it('the hostile note with a fence in its front matter now finds only the real blocks', () => {
    const note = readHostile('unclosed-and-broken.md');
    const lines = findBlocks(note).map((b) => b.fenceLine);
    expect(lines).not.toContain(4);
    expect(lines[0]).toBe(8);
  });
});
