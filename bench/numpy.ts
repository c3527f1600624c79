import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

/** What bench/numpy_mlp.py --bench reports (medians in milliseconds). */
export interface NumpyTimes {
  readonly numpy: string;
  readonly python: string;
  readonly mlp_fp32_ms: number;
  readonly gemm_f32_ms: number;
  readonly gemm_f64_ms: number;
}

/** bench/numpy_mlp.py, found from dist/bench.js or from the sources. */
export function numpyScript(): string {
  return path.join(__dirname, '..', 'bench', 'numpy_mlp.py');
}

/**
 * numpy single-threaded, with the machine's other OpenBLAS settings
 * (OPENBLAS_CORETYPE, OPENBLAS_L2_SIZE) passed through unchanged.
 */
export function numpyEnv(): NodeJS.ProcessEnv {
  return { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
}

/** Run the numpy benchmark in a child python3; undefined (with the reason) when python3 or numpy is missing. */
export function runNumpyBench(reps: number): NumpyTimes | string {
  try {
    const out = execFileSync('python3', [numpyScript(), '--bench', String(reps)], {
      env: numpyEnv(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 300_000,
    });
    return JSON.parse(out.trim().split('\n').pop()!) as NumpyTimes;
  } catch (e) {
    return `numpy comparison skipped: ${(e as Error).message.split('\n')[0]}`;
  }
}
