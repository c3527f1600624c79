import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import { outputStems } from '../../src/cli/outputs';
import { block, cliIn, ensureBuilt, scratchFolder } from './cliHarness';

beforeAll(ensureBuilt);

const power = (title: string): string => block(`title: ${title}`, 'experiment: power', 'n: 3');

describe('output names', () => {
  it('keeps the plain note name for one note or notes of one folder', () => {
    expect(outputStems(['notes/a.md'], '/v')).toEqual(['a']);
    expect(outputStems(['notes/a.md', 'notes/b.md'], '/v')).toEqual(['a', 'b']);
  });

  it('gives same-named notes of different folders their folder, relative to the folder holding all', () => {
    expect(outputStems(['week1/index.md', 'week2/index.md'], '/v')).toEqual(['week1/index', 'week2/index']);
    expect(outputStems(['/v/a/x/n.md', '/v/b/n.md'], '/')).toEqual(['a/x/n', 'b/n']);
  });

  it('numbers names still alike in the order given, and keeps one name for a note given twice', () => {
    expect(outputStems(['a.md', 'a.markdown', 'A.txt', 'a.md'], '/v')).toEqual(['a', 'a-2', 'A-3', 'a']);
  });

  it('writes both week1/index.md and week2/index.md charts and reports, neither overwriting the other', () => {
    const dir = scratchFolder({ 'week1/index.md': power('FIRST'), 'week2/index.md': power('SECOND') });
    for (const format of ['svg', 'html']) {
      const r = cliIn(dir, 'run', 'week1/index.md', 'week2/index.md', '--out', 'O', '--format', format);
      expect(r.code).toBe(0);
      const suffix = format === 'svg' ? '-line1.svg' : '.html';
      expect(readFileSync(path.join(dir, 'O/week1', `index${suffix}`), 'utf8')).toContain('FIRST');
      expect(readFileSync(path.join(dir, 'O/week2', `index${suffix}`), 'utf8')).toContain('SECOND');
    }
    expect(readdirSync(path.join(dir, 'O'))).toEqual(['week1', 'week2']);
  });
});

describe('--out targets are checked before anything runs', () => {
  /** Runs a note against `out` and expects a usage error naming it, with no result printed. */
  function expectRefused(dir: string, out: string, reason: RegExp): void {
    const r = cliIn(dir, 'run', 'n.md', '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(r.stdout).toBe(''); // nothing ran
    expectDuration(`--out ${out} refused`, r.ms, 30_000);
  }

  it('refuses an existing file, a device, a path through a file, and /proc or /sys', () => {
    const dir = scratchFolder({ 'n.md': power('T'), 'afile': '' });
    expectRefused(dir, 'afile', /--out 'afile' is not a folder/);
    expectRefused(dir, '/dev/full', /--out '\/dev\/full' is not a folder/);
    expectRefused(dir, 'afile/sub', /--out 'afile\/sub': '.*\/afile' is not a folder/);
    expectRefused(dir, '/proc/gradexp-out', /is inside \/proc, a system folder/);
    expectRefused(dir, '/sys/x/y', /is inside \/sys, a system folder/);
  });

  it('makes a missing nested folder and writes into it', () => {
    const dir = scratchFolder({ 'n.md': power('T') });
    const r = cliIn(dir, 'run', 'n.md', '--out', 'a/b/c');
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, 'a/b/c/n-line1.svg'))).toBe(true);
  });

  it('reports an output it cannot write (a folder where the chart goes) as a failure, exit 1, after the results', () => {
    const dir = scratchFolder({ 'n.md': power('T'), 'O/n-line1.svg/.keep': '' });
    const r = cliIn(dir, 'run', 'n.md', '--out', 'O');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('n.md:1: T (power, fp32)');
    expect(r.stderr).toMatch(/^gradexp: n\.md: outputs not written: EISDIR/m);
  });
});
