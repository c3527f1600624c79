import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runSpecsInParallel, SpecPool } from '../../src/threads/parallel';
import { runSeriesSync } from '../../src/core/numeric/run';
import { CancelledError } from '../../src/core/types';
import { benchSpec } from '../../bench/specs';

// Worker threads need JavaScript: bundle a tiny worker script once for the suite.
let dir = '';
let workerScript = '';
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradexp-parallel-'));
  const entry = path.join(dir, 'entry.ts');
  const parallel = path.resolve(__dirname, '../../src/threads/parallel.ts').replace(/\\/g, '/');
  fs.writeFileSync(entry, `import { isSpecWorker, serveSpecWorker } from '${parallel}';\nif (isSpecWorker()) serveSpecWorker();\n`);
  workerScript = path.join(dir, 'worker.js');
  await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile: workerScript, logLevel: 'error' });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const small = (over: Parameters<typeof benchSpec>[0]) => benchSpec({ depth: 6, width: 16, batch: 4, ...over });

describe('runSpecsInParallel', () => {
  it('returns every series in spec order, equal to running them one by one', async () => {
    const specs = [
      small({ seed: 1 }),
      small({ seed: 2, dtype: 'fp16' }),
      benchSpec({ experiment: 'power', base: 1.5, n: 20 }),
      small({ seed: 3, activation: { name: 'tanh' } }),
      benchSpec({ experiment: 'matmul-chain', size: 4, count: 10, init: { kind: 'normal', mean: 0, std: 1 } }),
    ];
    const progress: string[] = [];
    const got = await runSpecsInParallel(specs, { workerScript, threads: 2, onSeriesDone: (done, total) => progress.push(`${done}/${total}`) });
    expect(got).toEqual(specs.map((s) => runSeriesSync(s)));
    expect(progress).toEqual(['1/5', '2/5', '3/5', '4/5', '5/5']);
  });

  it('resolves an empty sweep without starting workers', async () => {
    expect(await runSpecsInParallel([], { workerScript: '/nonexistent.js' })).toEqual([]);
  });

  it("rejects with the failing series' error", async () => {
    const tooBig = small({ depth: 1000, width: 4096, batch: 4096 });
    await expect(runSpecsInParallel([small({}), tooBig], { workerScript, threads: 2, budget: 1e6 }))
      .rejects.toThrow(/series 2: /);
  });

  it('aborting terminates the workers and rejects with CancelledError', async () => {
    const controller = new AbortController();
    const run = runSpecsInParallel([benchSpec({ depth: 100, width: 256, batch: 64 })], { workerScript, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(run).rejects.toBeInstanceOf(CancelledError);
  });

  it('a worker script that does not serve fails instead of hanging', async () => {
    const idle = path.join(dir, 'idle.js');
    fs.writeFileSync(idle, '// does not call serveSpecWorker\n');
    await expect(runSpecsInParallel([small({})], { workerScript: idle })).rejects.toThrow(/exited early/);
  });
});

describe('SpecPool', () => {
  it('reuses its workers across runs, queues concurrent runs, and recovers after an error and an abort', async () => {
    const pool = new SpecPool(workerScript, 2);
    try {
      const a = [small({ seed: 1 }), small({ seed: 2 }), small({ seed: 3 })];
      const b = [small({ seed: 4, dtype: 'bf16' })];
      const [ra, rb] = await Promise.all([pool.run(a), pool.run(b)]);
      expect(ra).toEqual(a.map((s) => runSeriesSync(s)));
      expect(rb).toEqual(b.map((s) => runSeriesSync(s)));

      await expect(pool.run([small({}), small({ depth: 1000, width: 4096, batch: 4096 })], { budget: 1e6 })).rejects.toThrow(/series 2/);
      expect(await pool.run(a)).toEqual(ra);

      const controller = new AbortController();
      const aborted = pool.run([benchSpec({ depth: 100, width: 256, batch: 64 })], { signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      await expect(aborted).rejects.toBeInstanceOf(CancelledError);
      expect(await pool.run(b)).toEqual(rb);
    } finally {
      await pool.close();
    }
    await expect(pool.run([small({})])).rejects.toThrow(/closed/);
  });
});
