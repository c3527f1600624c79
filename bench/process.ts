import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { median } from './measure';
import { numpyEnv, numpyScript } from './numpy';
import type { BenchRow } from './table';

/** The bench MLP as a note block in the given dtype, for the whole-process comparisons. */
function benchNote(dtype: string): string {
  return [
    '# bench',
    '',
    '```gradexp',
    'experiment: mlp',
    'depth: 100',
    'width: 256',
    'batch: 64',
    'activation: relu',
    'init: kaiming',
    `dtype: ${dtype}`,
    'seed: 42',
    '```',
    '',
  ].join('\n');
}

function wallMs(cmd: string, args: string[], env: NodeJS.ProcessEnv): number {
  const t = performance.now();
  execFileSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
  return performance.now() - t;
}

export interface Contender {
  readonly cmd: string;
  readonly args: string[];
  readonly env: NodeJS.ProcessEnv;
}

/** Median wall time of each contender; their runs alternate so that all see the same machine load. */
export function alternatingMedians(contenders: readonly Contender[], reps: number): number[] {
  const times = contenders.map(() => [] as number[]);
  for (const c of contenders) wallMs(c.cmd, c.args, c.env); // warm the file cache
  for (let i = 0; i < reps; i++) contenders.forEach((c, k) => times[k]!.push(wallMs(c.cmd, c.args, c.env)));
  return times.map(median);
}

const WORKLOAD = 'whole process: gradexp run of the mlp';

/**
 * `gradexp run note.md --json` as whole processes (start-up, imports, network
 * build, run, output): fp32 against `python3 numpy_mlp.py --once`, and bf16/fp16
 * against our fp32. Empty when dist/cli.js has not been built.
 */
export function wholeProcessRows(reps: number, withNumpy: boolean): BenchRow[] {
  const cli = path.join(__dirname, 'cli.js');
  if (!fs.existsSync(cli)) return [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradexp-bench-'));
  try {
    const dtypes = ['fp32', 'bf16', 'fp16'];
    const ours: Contender[] = dtypes.map((dtype) => {
      const note = path.join(dir, `bench-${dtype}.md`);
      fs.writeFileSync(note, benchNote(dtype));
      return { cmd: process.execPath, args: [cli, 'run', note, '--json'], env: process.env };
    });
    const numpy: Contender[] = withNumpy ? [{ cmd: 'python3', args: [numpyScript(), '--once'], env: numpyEnv() }] : [];
    const [fp32, bf16, fp16, python] = alternatingMedians([...ours, ...numpy], reps);
    const rows: BenchRow[] = [
      python === undefined
        ? { workload: `${WORKLOAD} fp32 block`, oursMs: fp32!, against: '', note: 'wall time' }
        : {
            workload: `${WORKLOAD} fp32 block`,
            oursMs: fp32!,
            against: 'python3 + numpy',
            theirsMs: python,
            ratio: fp32! / python,
            ratioLabel: '× python time',
            goal: '< 1',
            met: fp32! < python,
            note: 'wall time',
          },
    ];
    for (const [dtype, ms] of [['bf16', bf16!], ['fp16', fp16!]] as const) {
      rows.push({
        workload: `${WORKLOAD} ${dtype} block`,
        oursMs: ms,
        against: 'our fp32 process',
        theirsMs: fp32,
        ratio: ms / fp32!,
        ratioLabel: '× fp32 time',
        goal: '≤ 1.5',
        met: ms / fp32! <= 1.5,
        note: 'wall time',
      });
    }
    return rows;
  } catch (e) {
    return [{ workload: `${WORKLOAD} blocks`, oursMs: NaN, against: '', note: `failed: ${(e as Error).message.split('\n')[0]}` }];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
