import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scaled } from '../support/timeScale';
import { ensureBuilt, ROOT, scratchFolder } from './cliHarness';

beforeAll(ensureBuilt);

const BUNDLES = ['cli.js', 'cli-formulas.js', 'check-worker.js'];
const NOTE = '# Note\n\n$0.9^{50} \\approx 0.005$, $2 + 2 = 5$ and $\\mathbf{W}^\\top \\mathbf{x}$\n';

/** A copy of the built CLI in a scratch folder (its own code cache), with a note beside it. */
function copiedCli(): string {
  const dir = scratchFolder({ 'note.md': NOTE });
  for (const file of BUNDLES) copyFileSync(path.join(ROOT, 'dist', file), path.join(dir, file));
  return dir;
}

function check(dir: string, threads = '1'): { code: number | null; stdout: string; stderr: string } {
  const files = Array.from({ length: threads === '1' ? 1 : 3 }, () => 'note.md');
  const r = spawnSync(process.execPath, [path.join(dir, 'cli.js'), 'check', '--json', ...files], {
    cwd: dir,
    env: { ...process.env, GRADEXP_CHECK_THREADS: threads },
    encoding: 'utf8',
    timeout: scaled(120_000),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("gradexp check's V8 code cache (src/cli/codeCache.ts)", () => {
  it('is written beside the formula bundle by the first run and read by the next, with the same output', () => {
    const dir = copiedCli();
    const cache = path.join(dir, 'cli-formulas.js.v8cache');
    const first = check(dir);
    expect(first.code).toBe(1); // 2 + 2 = 5 fails
    expect(first.stderr).toBe('');
    expect(existsSync(cache)).toBe(true);
    const written = readFileSync(cache);
    expect(written.subarray(0, 19).toString()).toBe('gradexp-code-cache ');
    const second = check(dir);
    expect(second).toEqual(first);
    // A cache that fits is not written again.
    expect(readFileSync(cache).equals(written)).toBe(true);
  });

  it('a damaged cache, or one made for another build of the bundle, is replaced; the output stays the same', () => {
    const dir = copiedCli();
    const cache = path.join(dir, 'cli-formulas.js.v8cache');
    const expected = check(dir);
    const header = readFileSync(cache, 'utf8').split('\n', 1)[0]!;
    writeFileSync(cache, `${header}\nnot bytecode at all`);
    expect(check(dir)).toEqual(expected);
    expect(readFileSync(cache).length).toBeGreaterThan(10_000);
    // A rebuild (another modification time) makes the cache stale without V8 noticing: its header does.
    const bundle = path.join(dir, 'cli-formulas.js');
    utimesSync(bundle, new Date(), new Date(Date.now() - 86_400_000));
    expect(check(dir)).toEqual(expected);
    expect(readFileSync(cache, 'utf8').split('\n', 1)[0]).not.toBe(header);
  });

  it('check workers load the same bundle with the cache and answer as the main thread does', () => {
    const dir = copiedCli();
    const one = JSON.parse(check(dir, '1').stdout) as unknown;
    const three = check(dir, '3');
    expect(three.stderr).toBe('');
    const notes = JSON.parse(three.stdout) as unknown[];
    expect(notes).toEqual([one, one, one]);
  });

  it('an unwritable folder only means no cache', () => {
    const dir = copiedCli();
    // The cache path taken by a folder: writing it fails, the run does not.
    const blocked = path.join(dir, 'cli-formulas.js.v8cache');
    mkdirSync(blocked);
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
