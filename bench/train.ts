import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runSeriesSync } from '../src/core/numeric/run';
import { medianMs } from './measure';
import { numpyEnv } from './numpy';
import { alternatingMedians } from './process';
import { benchSpec } from './specs';
import type { BenchRow } from './table';

/**
 * The training example's plain-SGD workload (examples/training-dynamics.md): three regimes
 * (ReLU/Kaiming, gain 1.6, sigmoid/Xavier) × 13 learning rates of a depth-12,
 * width-16 MLP on 64 samples for 100 SGD steps, fp32 — 39 × 101 passes ≈ 2.3e9
 * multiply-adds. Goals (the issue's): under 1 s in one thread; a whole
 * `gradexp run` of the three blocks no slower than python + numpy doing the
 * same work (bench/numpy_train.py).
 */
const RATES = [1e-4, 2e-4, 5e-4, 1e-3, 2e-3, 5e-3, 1e-2, 2e-2, 5e-2, 0.1, 0.2, 0.5, 1];

const REGIMES = [
  'activation: relu\ninit: kaiming',
  'activation: relu\ninit: kaiming\ngain: 1.6',
  'activation: sigmoid\ninit: xavier',
];

/** The three plain-SGD window blocks as one note. */
function trainNote(): string {
  const block = (regime: string) =>
    ['```gradexp', 'experiment: train', regime, 'depth: 12', 'width: 16', 'batch: 64', 'steps: 100', `lr: [${RATES.join(', ')}]`, 'plot: window', '```', ''].join('\n');
  return ['# bench', '', ...REGIMES.map(block)].join('\n');
}

export function trainRows(reps: number): BenchRow[] {
  const base = benchSpec({ experiment: 'train', plot: 'loss', depth: 12, width: 16, batch: 64, steps: 100, optimizer: 'sgd', head: 'linear', task: 'teacher' });
  const regimes = [
    { ...base, activation: { name: 'relu' as const }, init: { kind: 'kaiming' as const } },
    { ...base, activation: { name: 'relu' as const }, init: { kind: 'kaiming' as const }, gain: 1.6 },
    { ...base, activation: { name: 'sigmoid' as const }, init: { kind: 'xavier' as const } },
  ];
  const ms = medianMs(() => {
    for (const spec of regimes) for (const lr of RATES) runSeriesSync({ ...spec, lr });
  }, reps, 1);
  const rows: BenchRow[] = [
    { workload: 'train: 3 regimes × 13 rates, depth 12 × width 16 × batch 64, 100 steps, fp32', oursMs: ms, against: '', goal: '≤ 1000 ms', met: ms <= 1000, note: 'one thread' },
  ];
  const cli = path.join(__dirname, 'cli.js');
  if (!fs.existsSync(cli)) return rows;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradexp-bench-train-'));
  try {
    const note = path.join(dir, 'train.md');
    fs.writeFileSync(note, trainNote());
    const script = path.join(__dirname, '..', 'bench', 'numpy_train.py');
    const [ours, python] = alternatingMedians(
      [
        { cmd: process.execPath, args: [cli, 'run', note, '--json'], env: process.env },
        { cmd: 'python3', args: [script], env: numpyEnv() },
      ],
      reps,
    );
    rows.push({
      workload: 'whole process: gradexp run of the three train blocks',
      oursMs: ours!,
      against: 'python3 + numpy',
      theirsMs: python,
      ratio: ours! / python!,
      ratioLabel: '× python time',
      goal: '< 1',
      met: ours! < python!,
      note: 'wall time; ours may use worker threads, numpy one thread',
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
