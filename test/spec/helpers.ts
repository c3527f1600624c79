import { findBlocks } from '../../src/core/blocks/findBlocks';
import { parseBlock, type ParsedBlock } from '../../src/core/spec/parse';

/** Parses the first gradexp block of `note`. */
export function parseFirst(note: string): ParsedBlock {
  const [block] = findBlocks(note);
  if (!block) throw new Error('test note has no gradexp block');
  return parseBlock(note, block);
}

/** Wraps a YAML body in a fence after one line of prose: body line 1 is note line 3. */
export function fenced(body: string): string {
  return `Intro line\n\`\`\`gradexp\n${body}\n\`\`\`\n`;
}

/** 1-based line and column of the `nth` occurrence of `needle` in `note`. */
export function where(note: string, needle: string, nth = 0): { line: number; column: number; start: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = note.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`'${needle}' not in note`);
  const before = note.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1, start: at };
}
