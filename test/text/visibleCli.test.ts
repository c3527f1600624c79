/**
 * The probe's repros through the built CLI (`node dist/cli.js`): no control,
 * bidi or invisible character from a note reaches the terminal, the JSON or
 * the HTML report raw; each is shown as a `\uXXXX` escape, and the JSON still
 * decodes to the exact strings of the note.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { textContent } from 'domutils';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, runCli, scratchDir, writeNote } from '../robustness/cliProcess';
import { dangerousIn } from './dangerousCodePoints';

const block = (body: string) => '```gradexp\n' + body + '\n```\n';

/** A formula whose source holds ESC (SGR red) and a right-to-left override. */
const FORMULA = '\\text{\x1b[31mred}\u202E = 2';

const NOTES = {
  // terminal-escape-title.md: erase line, CR, an OSC that sets the window title, BEL (YAML escapes).
  title: block(`experiment: power\nn: 3\ntitle: "\\e[2K\\rall good\\e]0;owned\\a"`),
  keys: block('\x1b]0;PWNED\x07key\x1b[2K: 1\nexperiment: power\nbase: "\x1b[8mhidden"') + `\nA claim $1 \\approx 2$ and $${FORMULA}$\n`,
  invisible: block('experiment\u202E: power\nti\u200Btle: zero width'),
  // Characters HTML and XML forbid or that hide text: NUL, VT, FF, a C1 CSI, noncharacters, a BOM.
  forbidden: block('experiment: power\nn: 2\ntitle: "a\\0b\\vc\\fd\\x9Be\\uFFFEf\\uFFFFg\\uFEFFh"'),
};

let dir: string;
const notes: Record<keyof typeof NOTES, string> = {} as never;

beforeAll(() => {
  ensureCliBuilt();
  dir = scratchDir();
  for (const [name, text] of Object.entries(NOTES)) notes[name as keyof typeof NOTES] = writeNote(dir, name, text);
});

/** Runs the CLI and returns stdout and stderr together, after checking nothing dangerous is in them. */
function output(...args: string[]): string {
  const r = runCli(args, 60_000);
  expect(r.signal).toBeNull();
  const all = r.stdout + r.stderr;
  expect(dangerousIn(all, ['\n'])).toEqual([]);
  return all;
}

describe('terminal output shows escapes, never the raw characters', () => {
  it('run: the title prints as text, not as an erased line and a window title', () => {
    expect(output('run', notes.title)).toContain(': \\u001B[2K\\u000Dall good\\u001B]0;owned\\u0007 (power, fp32)');
  });

  it('run: a key holding ESC[2K cannot erase its own error line; a value cannot hide itself', () => {
    const text = output('run', notes.keys);
    expect(text).toContain("error: unknown key '\\u001B]0;PWNED\\u0007key\\u001B[2K'");
    expect(text).toContain("got '\\u001B[8mhidden'");
  });

  it('run: a zero-width space or RTL override makes the two names of "did you mean" differ visibly', () => {
    const text = output('run', notes.invisible);
    expect(text).toContain("unknown key 'ti\\u200Btle' — did you mean 'title'?");
    expect(text).toContain("unknown key 'experiment\\u202E' — did you mean 'experiment'?");
  });

  it('run: NUL, VT, FF, C1 and noncharacters in a title', () => {
    expect(output('run', notes.forbidden)).toContain('a\\u0000b\\u000Bc\\u000Cd\\u009Be\\uFFFEf\\uFFFFg\\uFEFFh (power, fp32)');
  });

  it('check: the human lines of a note with escapes in its formulas', () => {
    expect(output('check', notes.keys)).toMatch(/claim fails/);
  });
});

describe('--json stays exact', () => {
  it('check --json decodes to the formula source with its ESC and RTL override', () => {
    const report = JSON.parse(output('check', '--json', notes.keys)) as { formulas: { source: string }[] };
    expect(report.formulas.map((f) => f.source)).toContain(FORMULA);
  });

  it('run --json decodes to the messages the editor shows, escapes included', () => {
    const report = JSON.parse(output('run', '--json', notes.invisible)) as { blocks: { errors: { message: string }[] }[] };
    expect(report.blocks[0]!.errors.map((e) => e.message)).toContain("unknown key 'ti\\u200Btle' — did you mean 'title'?");
  });
});

describe('the HTML report', () => {
  it('holds no control, bidi, invisible or noncharacter in its markup or its parsed text', () => {
    const out = path.join(dir, 'html');
    output('run', notes.title, notes.keys, notes.invisible, notes.forbidden, '--out', out, '--format', 'html');
    for (const name of Object.keys(NOTES)) {
      const html = readFileSync(path.join(out, `${name}.html`), 'utf8');
      expect(dangerousIn(html, ['\n'])).toEqual([]);
      const text = textContent(parseDocument(html, { decodeEntities: true }));
      expect(dangerousIn(text, ['\n'])).toEqual([]);
    }
    const titled = textContent(parseDocument(readFileSync(path.join(out, 'title.html'), 'utf8')));
    expect(titled).toContain('\\u001B[2K\\u000Dall good\\u001B]0;owned\\u0007');
    const keyed = textContent(parseDocument(readFileSync(path.join(out, 'invisible.html'), 'utf8')));
    expect(keyed).toContain("unknown key 'ti\\u200Btle'");
  });

  it('the SVG chart shows a bidi override as an escape and forbidden characters as U+FFFD', () => {
    const out = path.join(dir, 'svg');
    const svgNote = writeNote(dir, 'svgTitle', block('experiment: power\nn: 2\ntitle: "rtl\\u202Eoverride \\e[31m"'));
    output('run', svgNote, '--out', out, '--format', 'svg');
    const svg = readFileSync(path.join(out, 'svgTitle-line1.svg'), 'utf8');
    expect(dangerousIn(svg, ['\n'])).toEqual([]);
    expect(textContent(parseDocument(svg, { xmlMode: true }))).toContain('rtl\\u202Eoverride \uFFFD[31m');
  });
});
