import { JS_KERNELS, WASM_KERNELS } from '../src/core/numeric/kernels';
import type { KernelPair } from '../src/core/numeric/kernels';
import { runMlp } from '../src/core/numeric/mlp';
import { buildMlpNetwork } from '../src/core/numeric/mlpSetup';
import { runSeriesSync } from '../src/core/numeric/run';
import { DEFAULT_BUDGET } from '../src/core/numeric/budget';
import { parseNote, runParsedBlockSync } from '../src/core/pipeline';
import { renderChartSvg } from '../src/core/chart';
import type { Dtype } from '../src/core/types';
import { gflops, medianMs, pairedMedians } from './measure';
import type { NumpyServer } from './numpy';
import { chainBenchSpec, mlpBenchSpec, trainBenchSpec } from './specs';
import type { BenchRow } from './table';

/** Deterministic inputs in [-1, 1) (the values do not matter for speed, only that they are finite). */
function filled<T extends Float32Array | Float64Array>(arr: T, seed: number): T {
  let s = seed;
  for (let i = 0; i < arr.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    arr[i] = s / 2 ** 31 - 1;
  }
  return arr;
}

/** A runner of `inner` N³ products in a row with the given kernels (one benchmark sample). */
function gemmWork(kernels: KernelPair, f64: boolean, n: number, inner: number): () => void {
  const make = (): Float32Array | Float64Array => (f64 ? new Float64Array(n * n) : new Float32Array(n * n));
  const a = filled(make(), 1);
  const b = filled(make(), 2);
  const c = make();
  return f64
    ? () => { for (let i = 0; i < inner; i++) kernels.f64(false, false, n, n, n, a as Float64Array, b as Float64Array, c as Float64Array); }
    : () => { for (let i = 0; i < inner; i++) kernels.f32(false, false, n, n, n, a as Float32Array, b as Float32Array, c as Float32Array); };
}

/** gemm 256³ rows: WebAssembly SIMD (samples alternating with numpy's) and the TypeScript fallback. */
export async function gemmRows(reps: number, numpy: NumpyServer | undefined): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const n = 256;
  for (const f64 of [false, true]) {
    const label = f64 ? 'f64' : 'f32';
    let theirs: number | undefined;
    for (const kernels of [WASM_KERNELS, JS_KERNELS]) {
      if (!kernels) continue;
      const isWasm = kernels === WASM_KERNELS;
      // ~10–20 ms per sample for the fast kernels; one product per sample for the slow fallback.
      const inner = isWasm ? 16 : 1;
      const run = gemmWork(kernels, f64, n, inner);
      let ms: number;
      if (isWasm && numpy) {
        const paired = await pairedMedians(run, () => numpy.time(`gemm_${label} ${inner * 2}`), reps, 3);
        ms = paired.ours / inner;
        theirs = paired.theirs;
      } else {
        ms = medianMs(run, isWasm ? reps : Math.min(reps, 3), isWasm ? 3 : 1) / inner;
      }
      rows.push({
        workload: `gemm 256³ ${label} (${kernels.name})`,
        oursMs: ms,
        against: theirs === undefined ? '' : 'numpy',
        theirsMs: theirs,
        ratio: theirs === undefined ? undefined : theirs / ms,
        ratioLabel: '× numpy speed',
        goal: isWasm && theirs !== undefined ? '≥ 0.4' : undefined,
        met: isWasm && theirs !== undefined ? theirs / ms >= 0.4 : undefined,
        note: `${gflops(n, n, n, ms).toFixed(1)} GFLOP/s`,
      });
    }
  }
  return rows;
}

/** One forward + backward pass of the bench MLP (network built once, as numpy's timing does). */
function mlpWork(dtype: Dtype): () => void {
  const spec = mlpBenchSpec(dtype);
  const network = buildMlpNetwork(spec);
  return () => runMlp(spec, { network });
}

/** MLP rows: fp32 against numpy (alternating samples), fp16/bf16 against our fp32, and the network build. */
export async function mlpRows(reps: number, numpy: NumpyServer | undefined): Promise<BenchRow[]> {
  const ours32 = mlpWork('fp32');
  let fp32: number;
  let theirs: number | undefined;
  if (numpy) {
    const paired = await pairedMedians(ours32, () => numpy.time('mlp'), reps);
    fp32 = paired.ours;
    theirs = paired.theirs;
  } else {
    fp32 = medianMs(ours32, reps);
  }
  const name = 'mlp 100×256, batch 64, ReLU, fwd+bwd';
  const rows: BenchRow[] = [
    {
      workload: `${name} fp32`,
      oursMs: fp32,
      against: theirs === undefined ? '' : 'numpy f32',
      theirsMs: theirs,
      ratio: theirs === undefined ? undefined : fp32 / theirs,
      ratioLabel: '× numpy time',
      goal: theirs === undefined ? undefined : '≤ 2',
      met: theirs === undefined ? undefined : fp32 / theirs <= 2,
    },
  ];
  rows.push(...(await dtypeRows(reps, ours32)));
  const spec = mlpBenchSpec('fp32');
  rows.push({
    workload: 'mlp network build (weights, X, Y) fp32',
    oursMs: medianMs(() => buildMlpNetwork(spec), Math.min(reps, 3), 1),
    against: '',
    note: '6.6 M seeded normal draws',
  });
  return rows;
}

/** The goal for each narrower dtype's time against fp32: scalar formats 1.5×, block-scaled 2×. */
const DTYPE_GOALS: readonly (readonly [Dtype, number])[] = [
  ['bf16', 1.5], ['fp16', 1.5], ['fp8-e4m3', 1.5], ['fp8-e5m2', 1.5],
  ['mxfp8-e4m3', 2], ['mxfp8-e5m2', 2], ['mxfp6-e3m2', 2], ['mxfp6-e2m3', 2], ['mxfp4', 2], ['nvfp4', 2],
];

/**
 * Three of the training example's learning rates: one block's worth of training runs, in one thread.
 * None diverges in any dtype, so every dtype does the same 3 × 101 passes as fp32 (at 0.1,
 * fp8-e4m3 overflowed to NaN at step 3 and stopped: that row timed a third less work).
 */
const TRAIN_RATES = [1e-3, 1e-2, 0.05];

/** The training example's ReLU/Kaiming regime at three rates (bench/specs.ts's trainBenchSpec) in `dtype`. */
function trainWork(dtype: Dtype): () => void {
  const spec = trainBenchSpec({ dtype });
  return () => {
    for (const lr of TRAIN_RATES) {
      const run = runSeriesSync({ ...spec, lr });
      // A run that stops early does less work than its fp32 pair: refuse to time it.
      if (run.training?.diverged != null) throw new Error(`bench: train ${dtype} at lr ${lr} diverged at step ${run.training.diverged}; the dtype rows need runs that finish`);
    }
  };
}

/**
 * The bench MLP and the training workload in each narrower dtype against our fp32
 * (`--only dtypes` runs just these), each paired with its own fp32 run.
 */
export async function dtypeRows(reps: number, ours32 = mlpWork('fp32')): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const train32 = trainWork('fp32');
  for (const [dtype, goal] of DTYPE_GOALS) {
    const workloads = [
      { name: `mlp 100×256, batch 64, ReLU, fwd+bwd ${dtype}`, ours: mlpWork(dtype), fp32: ours32 },
      { name: `train 12×16, batch 64, 100 SGD steps × ${TRAIN_RATES.length} rates ${dtype}`, ours: trainWork(dtype), fp32: train32 },
    ];
    for (const w of workloads) {
      // Alternate with our fp32 too, so the ratio is not skewed by load changes.
      const paired = await pairedMedians(w.ours, async () => medianMs(w.fp32, 1, 0), reps);
      rows.push({
        workload: w.name,
        oursMs: paired.ours,
        against: 'our fp32',
        theirsMs: paired.theirs,
        ratio: paired.ours / paired.theirs,
        ratioLabel: '× fp32 time',
        goal: `≤ ${goal}`,
        met: paired.ours / paired.theirs <= goal,
      });
    }
  }
  return rows;
}

/** D2L's 100-step 4×4 chain, fp32, through the public runner. */
export function chainRow(reps: number): BenchRow {
  const spec = chainBenchSpec('fp32');
  return { workload: 'matmul-chain 100 steps of 4×4 fp32', oursMs: medianMs(() => runSeriesSync(spec), reps, 3), against: '' };
}

/** Every block of a note parsed, run and drawn: the slowest block's median time. */
export function noteRow(note: string, name: string, reps: number): BenchRow {
  const count = parseNote(note).length;
  let worst = { ms: 0, line: 0 };
  for (let b = 0; b < count; b++) {
    let line = 0;
    const ms = medianMs(() => {
      const parsed = parseNote(note)[b]!; // parsing the note is part of every block's cost
      const run = runParsedBlockSync(note, parsed, DEFAULT_BUDGET);
      if (run) renderChartSvg(run);
      line = parsed.block.fenceLine;
    }, reps, 1);
    if (ms > worst.ms) worst = { ms, line };
  }
  return {
    workload: `${name}: slowest of ${count} blocks, parse+run+draw`,
    oursMs: worst.ms,
    against: '',
    goal: '≤ 20 ms',
    met: worst.ms <= 20,
    note: `block at line ${worst.line}`,
  };
}
