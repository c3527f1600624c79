import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeNote } from '../../src/cli/io';
import { block, cli, cliIn, ensureBuilt, ROOT, scratchFolder } from './cliHarness';

beforeAll(ensureBuilt);

const NOTE = `# ünïcode note\n\n${block('title: Ω', 'experiment: power', 'n: 3')}\n$1 = 2$\n`;

/** `text` as UTF-16 big-endian bytes (Node has no 'utf16be' encoding: swap each pair). */
function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

describe('reading notes', () => {
  it('decodes UTF-16 LE and BE when a byte-order mark says so, giving the same text as UTF-8 with a mark', () => {
    const withMark = `\uFEFF${NOTE}`;
    expect(decodeNote(Buffer.from(withMark, 'utf16le'))).toBe(withMark);
    expect(decodeNote(utf16be(withMark))).toBe(withMark);
    expect(decodeNote(Buffer.from(withMark, 'utf8'))).toBe(withMark);
    expect(decodeNote(Buffer.from(NOTE, 'utf8'))).toBe(NOTE);
  });

  it('runs a UTF-16 note like its UTF-8 twin', () => {
    const dir = scratchFolder();
    writeFileSync(path.join(dir, 'utf8.md'), `\uFEFF${NOTE}`);
    writeFileSync(path.join(dir, 'le.md'), Buffer.from(`\uFEFF${NOTE}`, 'utf16le'));
    writeFileSync(path.join(dir, 'be.md'), utf16be(`\uFEFF${NOTE}`));
    const blocks = (file: string): unknown => JSON.parse(cliIn(dir, 'run', file, '--json').stdout).blocks;
    const expected = blocks('utf8.md') as { line: number }[];
    expect(expected).toHaveLength(1);
    expect(expected[0]!.line).toBe(3);
    expect(blocks('le.md')).toEqual(expected);
    expect(blocks('be.md')).toEqual(expected);
  });

  it('says a note is a symbolic link loop, not that it is missing', () => {
    const dir = scratchFolder();
    symlinkSync('loop.md', path.join(dir, 'loop.md'));
    const r = cliIn(dir, 'run', 'loop.md');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cannot read 'loop.md': a loop of symbolic links");
    expect(cliIn(dir, 'run', 'none.md').stderr).toContain("cannot read 'none.md': no such file");
  });

  it('--help states the weights-file rule and the exit codes', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("else the note's folder; regular files\nof at most 100 MB only.");
    expect(r.stdout).toContain('2 usage, 3 internal error');
  });

  it("prints package.json's version", () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = cli('--version');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });
});
