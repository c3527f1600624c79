import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import { block, cliIn, cliWithEnv, ensureBuilt, scratchFolder } from './cliHarness';

beforeAll(ensureBuilt);

/** A small valid weights file: one 2×2 layer and its input. */
const GOOD = JSON.stringify({ weights: [[[1, 0.5], [0.25, 1]]], input: [[1, 2]] });

/** Text no message may echo: stands for a secret in a file a note names by mistake. */
const SECRET = 'root:SECRET-hash-7f3a:19000:0:99999:7:::';

/** `gradexp run NOTE --json` from `cwd`: the exit code and each block's error messages. */
function runJson(cwd: string, note: string): { code: number | null; errors: string[][]; stderr: string; ms: number } {
  const r = cliIn(cwd, 'run', note, '--json');
  const report = JSON.parse(r.stdout) as { blocks: { errors: { message: string }[] }[] };
  return { code: r.code, errors: report.blocks.map((b) => b.errors.map((e) => e.message)), stderr: r.stderr, ms: r.ms };
}

describe('weights: confined to the note (or the current folder holding it)', () => {
  it('refuses absolute paths and paths climbing out, without reading them', () => {
    const dir = scratchFolder({ 'notes/n.md': block('weights: /etc/passwd') + '\n' + block('weights: ../../w.json') });
    const r = runJson(path.join(dir, 'notes'), 'n.md');
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      ["cannot read weights file '/etc/passwd': it must be a path relative to the note, like ./weights.json"],
      ["cannot read weights file '../../w.json': it points outside the current folder; keep weights files beside the note"],
    ]);
  });

  it('lets a note reach a sibling folder when run from a folder holding both, not from elsewhere', () => {
    const dir = scratchFolder({ 'vault/notes/n.md': block('weights: ../data/w.json'), 'vault/data/w.json': GOOD, 'elsewhere/.keep': '' });
    expect(runJson(path.join(dir, 'vault'), 'notes/n.md')).toMatchObject({ code: 0, errors: [[]] });
    // Run from an unrelated folder the note's own folder is the root.
    const outside = runJson(path.join(dir, 'elsewhere'), path.join(dir, 'vault/notes/n.md'));
    expect(outside.errors).toEqual([["cannot read weights file '../data/w.json': it points outside the note's folder; keep weights files beside the note"]]);
  });

  it('never takes the home folder, or a folder holding it, as the root — even when HOME is reached through a link', () => {
    const dir = scratchFolder({ 'realhome/notes/n.md': block('weights: ../.secret/s.json'), 'realhome/.secret/s.json': JSON.stringify({ HOMESECRET: 1 }) });
    symlinkSync(path.join(dir, 'realhome'), path.join(dir, 'homelink'));
    const refused = [["cannot read weights file '../.secret/s.json': it points outside the note's folder; keep weights files beside the note"]];
    for (const [cwd, note] of [
      [path.join(dir, 'homelink'), 'notes/n.md'], // the shell's cwd is the real path, HOME the link
      [path.join(dir, 'realhome'), 'notes/n.md'],
      [dir, 'realhome/notes/n.md'], // the folder holding home
    ] as const) {
      const r = cliWithEnv(cwd, { HOME: path.join(dir, 'homelink') }, 'run', note, '--json');
      const report = JSON.parse(r.stdout) as { blocks: { errors: { message: string }[] }[] };
      expect(report.blocks.map((b) => b.errors.map((e) => e.message)), cwd).toEqual(refused);
      expect(r.stdout + r.stderr).not.toContain('HOMESECRET');
    }
  });

  it('follows symbolic links and refuses one that leads outside', () => {
    const dir = scratchFolder({ 'n.md': block('weights: ./inside.json') + '\n' + block('weights: ./outside.json'), 'real.json': GOOD });
    const secretDir = scratchFolder({ 'secret.json': SECRET });
    symlinkSync(path.join(dir, 'real.json'), path.join(dir, 'inside.json'));
    symlinkSync(path.join(secretDir, 'secret.json'), path.join(dir, 'outside.json'));
    const r = runJson(dir, 'n.md');
    expect(r.errors[0]).toEqual([]);
    expect(r.errors[1]).toEqual(["cannot read weights file './outside.json': it is a symbolic link to a file outside the current folder; keep weights files beside the note"]);
  });
});

describe('weights: only regular files up to 100 MB are read', () => {
  it('refuses a FIFO at once instead of waiting for a writer', () => {
    const dir = scratchFolder({ 'n.md': block('weights: ./fifo.json') });
    execFileSync('mkfifo', [path.join(dir, 'fifo.json')]);
    const r = runJson(dir, 'n.md');
    expect(r.errors).toEqual([["cannot read weights file './fifo.json': not a regular file (a FIFO, socket or device); only regular files are read"]]);
    expectDuration('a FIFO as weights refused', r.ms, 30_000);
  });

  it('refuses a device reached through a link, a folder, and a file over the limit before reading it', () => {
    const dir = scratchFolder({ 'n.md': ['./random', './folder', './big.json'].map((p) => block(`weights: ${p}`)).join('\n') });
    symlinkSync('/dev/urandom', path.join(dir, 'random'));
    mkdirSync(path.join(dir, 'folder'));
    writeFileSync(path.join(dir, 'big.json'), '');
    truncateSync(path.join(dir, 'big.json'), 101 * 2 ** 20); // sparse: no 101 MB written
    const r = runJson(dir, 'n.md');
    expect(r.errors.map((e) => e[0]!.replace(/^cannot read weights file '[^']*': /, ''))).toEqual([
      'it is a symbolic link to a file outside the current folder; keep weights files beside the note',
      'it is a folder',
      'it is 101 MB; the limit is 100 MB',
    ]);
    expectDuration('a device, a folder and a 101 MB file as weights refused', r.ms, 30_000);
  });
});

describe('weights: messages name the problem and where, not the content', () => {
  it('locates a JSON error by line and column without quoting the file', () => {
    const dir = scratchFolder({ 'n.md': block('weights: ./w.json'), 'w.json': `{"weights":\n  [[[1]]], ${SECRET}}` });
    const r = runJson(dir, 'n.md');
    expect(r.errors).toEqual([["cannot read weights file './w.json': not valid JSON at line 2, column 12: expected a key in double quotes"]]);
    expect(JSON.stringify(r)).not.toContain('SECRET');
  });

  it('names wrong entries and unknown keys by kind and a short escaped token at most', () => {
    const longKey = `${SECRET}${'x'.repeat(500)}`;
    const dir = scratchFolder({
      'n.md': block('weights: ./entry.json') + '\n' + block('weights: ./keys.json'),
      'entry.json': JSON.stringify({ weights: [[[1, SECRET]]] }),
      'keys.json': JSON.stringify({ weights: [[[1]]], [longKey]: 1, 'tab\there': 2 }),
    });
    const r = runJson(dir, 'n.md');
    expect(r.errors).toEqual([
      ["weights file './entry.json': W1 row 1 entry 2 is not a number (\"root:SECRET-…\")"],
      ["weights file './keys.json': unknown key(s) root:SECRET-…, tab\\there; expected weights, input, target"],
    ]);
  });

  it('makes a weights file nested 5,000 levels deep one located block error while the other blocks run', () => {
    const deep = `{"weights":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const dir = scratchFolder({ 'n.md': block('experiment: power', 'n: 3') + '\n' + block('weights: ./deep.json'), 'deep.json': deep });
    const human = cliIn(dir, 'run', 'n.md');
    expect(human.code).toBe(1);
    expect(human.stderr.trim()).toBe("n.md:7:10: error: weights file './deep.json': W1 row 1 entry 1 is not a number (a list)");
    expect(human.stdout).toContain('n.md:1: power (power, fp32) — 2 series');
  });
});
