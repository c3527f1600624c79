import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findMath } from '../src/core/formula';
import { startCheckWorker } from '../src/cli/check/parallelCheck';
import { checkThreads } from '../src/cli/check';
import { codeCacheFile } from '../src/cli/codeCache';
import { median } from './measure';
import type { BenchRow } from './table';
import { d2lVault } from './vault';

/** Wall time of `gradexp check FILES…` as a process (it exits 1 when a claim fails: that is no error here). */
function checkMs(cli: string, cwd: string, files: readonly string[], threads: string | undefined): number {
  const env = { ...process.env };
  if (threads === undefined) delete env.GRADEXP_CHECK_THREADS;
  else env.GRADEXP_CHECK_THREADS = threads;
  const t = performance.now();
  const r = spawnSync(process.execPath, [cli, 'check', ...files], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`gradexp check exited ${r.status}: ${r.stderr.toString().split('\n')[0]}`);
  return ms;
}

/** Start a check worker, check one one-formula note on it, and stop it: thread start, bundle load, engine load. */
async function workerStartMs(script: string): Promise<number> {
  const t = performance.now();
  const w = startCheckWorker(script);
  await new Promise<void>((resolve, reject) => {
    w.once('message', () => resolve());
    w.once('error', reject);
    w.postMessage({ index: 0, file: 'x.md', text: '$1 + 1 = 2$', budget: {}, json: false });
  });
  const ms = performance.now() - t;
  await w.terminate();
  return ms;
}

/**
 * `gradexp check` on a synthetic 200-note D2L-like vault (bench/vault.ts), as
 * whole processes: the default (threads as checkThreads picks them for this
 * machine) against the other choice — one thread when the default uses
 * several, else two (the main thread and one worker), forced with
 * GRADEXP_CHECK_THREADS — runs alternating; and one short note, which never
 * starts a worker, with the V8 code cache of dist/cli-formulas.js (as every
 * run after the first) and without it (a first run, which also writes it).
 * Wall time: the point is elapsed time.
 */
export async function checkVaultRows(reps: number): Promise<BenchRow[]> {
  const cli = path.join(__dirname, 'cli.js');
  const workerScript = path.join(__dirname, 'check-worker.js');
  if (!fs.existsSync(cli) || !fs.existsSync(workerScript)) return [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradexp-vault-'));
  try {
    const vault = d2lVault();
    let formulas = 0;
    for (const note of vault) {
      fs.writeFileSync(path.join(dir, note.name), note.text);
      formulas += findMath(note.text).length;
    }
    const files = vault.map((n) => n.name);
    fs.writeFileSync(path.join(dir, 'short.md'), '# A short note\n\n$0.9^{50} \\approx 0.005$ and $\\mathbf{W}^\\top \\mathbf{x}$\n');
    const threads = checkThreads(vault.map((n) => ({ file: n.name, text: n.text })), {});
    const other = threads > 1 ? '1' : '2';
    const byDefault: number[] = [];
    const otherway: number[] = [];
    const short: number[] = [];
    checkMs(cli, dir, files, undefined); // warm the file cache
    for (let i = 0; i < reps; i++) {
      byDefault.push(checkMs(cli, dir, files, undefined));
      otherway.push(checkMs(cli, dir, files, other));
      short.push(checkMs(cli, dir, ['short.md'], undefined));
    }
    const starts: number[] = [];
    for (let i = 0; i < reps; i++) starts.push(await workerStartMs(workerScript));
    const firstRuns: number[] = [];
    for (let i = 0; i < reps; i++) {
      fs.rmSync(codeCacheFile(path.join(__dirname, 'cli-formulas.js')), { force: true });
      firstRuns.push(checkMs(cli, dir, ['short.md'], undefined)); // writes the cache again
    }
    const ours = median(byDefault);
    const theirs = median(otherway);
    const threadsText = (n: number): string => (n === 1 ? '1 thread' : `${n} threads (main + ${n - 1} worker${n === 2 ? '' : 's'})`);
    return [
      {
        workload: `check a ${vault.length}-note vault (${formulas} formulas), default: ${threadsText(threads)} on ${os.availableParallelism()} cores`,
        oursMs: ours,
        against: `same, ${threadsText(Number(other))}`,
        theirsMs: theirs,
        ratio: theirs / ours,
        ratioLabel: '× speed-up',
        goal: '≤ 2000 ms',
        met: ours <= 2000,
        note: 'wall time, whole process',
      },
      { workload: 'check one short note (2 formulas; no worker)', oursMs: median(short), against: '', note: 'wall time, whole process' },
      { workload: 'the same, first run (no V8 code cache yet; writes it)', oursMs: median(firstRuns), against: '', note: 'wall time, whole process' },
      { workload: 'check worker: start, load the engine, one formula', oursMs: median(starts), against: '', note: 'wall time, per thread' },
    ];
  } catch (e) {
    return [{ workload: 'check a 200-note vault', oursMs: NaN, against: '', note: `failed: ${(e as Error).message.split('\n')[0]}` }];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
