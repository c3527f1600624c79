import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { median } from './measure';
import { numpyEnv, numpyScript } from './numpy';
import type { BenchRow } from './table';

/** The bench MLP as a note block, for the whole-process comparison. */
const NOTE = [
  '# bench',
  '',
  '```gradexp',
  'experiment: mlp',
  'depth: 100',
  'width: 256',
  'batch: 64',
  'activation: relu',
  'init: kaiming',
  'dtype: fp32',
  'seed: 42',
  '```',
  '',
].join('\n');

function wallMs(cmd: string, args: string[], env: NodeJS.ProcessEnv): number {
  const t = performance.now();
  execFileSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
  return performance.now() - t;
}

/**
 * `gradexp run note.md --json` against `python3 numpy_mlp.py --once`, both as
 * whole processes (start-up, imports, network build, run, output). Undefined
 * when dist/cli.js has not been built.
 */
export function wholeProcessRow(reps: number, withNumpy: boolean): BenchRow | undefined {
  const cli = path.join(__dirname, 'cli.js');
  if (!fs.existsSync(cli)) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradexp-bench-'));
  try {
    const note = path.join(dir, 'bench.md');
    fs.writeFileSync(note, NOTE);
    const ours: number[] = [];
    const theirs: number[] = [];
    wallMs(process.execPath, [cli, 'run', note, '--json'], process.env); // warm the file cache
    for (let i = 0; i < reps; i++) {
      ours.push(wallMs(process.execPath, [cli, 'run', note, '--json'], process.env));
      if (withNumpy) theirs.push(wallMs('python3', [numpyScript(), '--once'], numpyEnv()));
    }
    const o = median(ours);
    const t = withNumpy ? median(theirs) : undefined;
    return {
      workload: 'whole process: gradexp run of the mlp fp32 block',
      oursMs: o,
      against: t === undefined ? '' : 'python3 + numpy',
      note: 'wall time',
      theirsMs: t,
      ratio: t === undefined ? undefined : o / t,
      ratioLabel: '× python time',
      goal: t === undefined ? undefined : '< 1',
      met: t === undefined ? undefined : o < t,
    };
  } catch (e) {
    return { workload: 'whole process: gradexp run of the mlp fp32 block', oursMs: NaN, against: '', note: `failed: ${(e as Error).message.split('\n')[0]}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
