/** Facts about the fixture notes, read from the files themselves so scenarios never hard-code line numbers. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Absolute path of a note: a bare name is a fixture of test/e2e/fixtures; a
 * path with a slash is relative to the repository (e.g. the shipped example).
 */
export function fixturePath(name: string): string {
  return name.includes('/') ? path.resolve(__dirname, '..', '..', '..', name) : path.resolve(__dirname, '..', 'fixtures', name);
}

/** The name the note has in the workspace (sessions copy notes flat into it). */
export function noteFileName(name: string): string {
  return path.basename(name);
}

/** The text of a fixture note. */
export function fixtureText(name: string): string {
  return fs.readFileSync(fixturePath(name), 'utf8');
}

/** 1-based lines of the opening fences of the note's gradexp blocks. */
export function gradexpFenceLines(text: string): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (/^\s{0,3}(```+|~~~+)\s*gradexp\s*$/.test(line)) lines.push(i + 1);
  });
  return lines;
}

/** The 1-based line and column of the first occurrence of `needle` in the note. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`fixture does not contain ${JSON.stringify(needle)}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/**
 * The note's `$…$` and `$$…$$` formulas outside code, found by a deliberately
 * simple reading (good enough for the fixtures, and independent of the
 * extension's own parser, so it can serve as the oracle).
 */
export function formulasOutsideCode(text: string): string[] {
  const prose = text
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, '') // fenced code
    .replace(/`[^`\n]+`/g, ''); // inline code
  return [...prose.matchAll(/\$\$([^$]+)\$\$|\$([^$\n]+)\$/g)].map((m) => (m[1] ?? m[2])!.trim());
}
