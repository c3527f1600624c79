import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { runSeriesSync } from '../src/core/numeric/run';
import { DEFAULT_BUDGET } from '../src/core/numeric/budget';
import { RunWorkerClient } from '../src/extension/worker/workerClient';
import { median, medianMs } from './measure';
import { numpyEnv } from './numpy';
import { alternatingMedians } from './process';
import { trainBenchSpec } from './specs';
import type { BenchRow } from './table';

/**
 * The training example's plain-SGD workload (examples/training-dynamics.md): three regimes
 * (ReLU/Kaiming, gain 1.6, sigmoid/Xavier) × 13 learning rates of a depth-12,
 * width-16 MLP on 64 samples for 100 SGD steps, fp32 — 39 × 101 passes ≈ 2.3e9
 * multiply-adds. Goals (the issue's): under 1 s in one thread and in the
 * editor's run worker (dist/worker.js driven by the extension's own
 * RunWorkerClient, each block's 13 rates spread over its SpecPool threads); a
 * whole `gradexp run` of the three blocks no slower than python + numpy doing
 * the same work (bench/numpy_train.py).
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

/**
 * The three blocks as the editor's "Run all" runs them: one job per block through
 * RunWorkerClient into dist/worker.js (parse, run, chart SVG). Per round, wall time
 * and this process's CPU time (every thread: the worker and its SpecPool threads),
 * which a loaded machine stretches far less. The first round includes starting the
 * worker and its threads; the medians are of warm rounds.
 */
async function editorWorkerMs(reps: number): Promise<{ cold: number; wall: number; cpu: number } | undefined> {
  const script = path.join(__dirname, 'worker.js');
  if (!fs.existsSync(script)) return undefined;
  const note = trainNote();
  const client = new RunWorkerClient(() => new Worker(script, { name: 'gradexp-run' }));
  // The client unrefs its worker (the editor must never wait for it); the bench must, so hold the event loop open.
  const keepAlive = setInterval(() => undefined, 1000);
  const round = async () => {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    for (let blockIndex = 0; blockIndex < REGIMES.length; blockIndex++) {
      const outcome = await client.run(`block ${blockIndex}`, { note, blockIndex, weights: {}, budget: DEFAULT_BUDGET });
      if (outcome.kind !== 'done' || outcome.run.series.length !== RATES.length) throw new Error(`the run worker did not run block ${blockIndex + 1}: ${outcome.kind}`);
    }
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
  };
  try {
    const cold = (await round()).wall;
    const rounds = [];
    for (let i = 0; i < reps; i++) rounds.push(await round());
    return { cold, wall: median(rounds.map((r) => r.wall)), cpu: median(rounds.map((r) => r.cpu)) };
  } finally {
    clearInterval(keepAlive);
    client.dispose();
  }
}

/** CPU time (user + system, every thread) of one child process, from /usr/bin/time; undefined where it is missing. */
function childCpuMs(cmd: string, args: readonly string[], env: NodeJS.ProcessEnv): number | undefined {
  if (!fs.existsSync('/usr/bin/time')) return undefined;
  const r = spawnSync('/usr/bin/time', ['-f', 'gradexp-bench-cpu %U %S', cmd, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const m = /gradexp-bench-cpu ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  return m ? (Number(m[1]) + Number(m[2])) * 1000 : undefined;
}

export async function trainRows(reps: number): Promise<BenchRow[]> {
  const base = trainBenchSpec();
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
  const editor = await editorWorkerMs(reps);
  if (editor) {
    rows.push({
      workload: 'the same three blocks in the editor’s run worker (Run all: parse, run over SpecPool threads, chart)',
      oursMs: editor.wall, against: '', goal: '≤ 1000 ms', met: editor.wall <= 1000,
      note: `wall time, warm worker; CPU time of all its threads ${Math.round(editor.cpu)} ms; first round (starting the worker and its threads) ${Math.round(editor.cold)} ms`,
    });
  }
  const cli = path.join(__dirname, 'cli.js');
  if (!fs.existsSync(cli)) return rows;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradexp-bench-train-'));
  try {
    const note = path.join(dir, 'train.md');
    fs.writeFileSync(note, trainNote());
    const script = path.join(__dirname, '..', 'bench', 'numpy_train.py');
    const contenders = [
      { cmd: process.execPath, args: [cli, 'run', note, '--json'], env: process.env },
      { cmd: 'python3', args: [script], env: numpyEnv() },
    ];
    const [ours, python] = alternatingMedians(contenders, reps);
    // CPU time too, alternating as well: a loaded machine stretches wall time, hardly CPU time.
    const cpu = contenders.map(() => [] as number[]);
    for (let i = 0; i < reps; i++) contenders.forEach((c, k) => cpu[k]!.push(childCpuMs(c.cmd, c.args, c.env) ?? Number.NaN));
    const [oursCpu, pythonCpu] = cpu.map(median);
    rows.push({
      workload: 'whole process: gradexp run of the three train blocks',
      oursMs: ours!,
      against: 'python3 + numpy',
      theirsMs: python,
      ratio: ours! / python!,
      ratioLabel: '× python time',
      goal: '< 1',
      met: ours! < python!,
      note: `wall time; ours may use worker threads, numpy one thread; CPU time (all threads) ${Math.round(oursCpu!)} ms against ${Math.round(pythonCpu!)} ms`,
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
