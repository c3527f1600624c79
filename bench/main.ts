/**
 * `npm run bench`: each workload's median time, numpy's time in the same run
 * where there is a numpy equivalent (single-threaded OpenBLAS), and the ratio
 * the project's performance goals are stated in; numpy samples alternate with ours
 * (a python3 child serving requests) so both see the same machine load. Times
 * are CPU time by default (stable on a shared machine). Options: --reps N
 * (default 7), --wall (wall-clock time), --markdown (the table as Markdown for
 * docs/performance.md), --json, --only check (only the `gradexp check` rows), --only hover (the
 * formula hover with and without drawn formulas, and the Obsidian editor's share), --only dtypes (only the MLP and the training
 * workload in each narrower dtype against fp32), --only train (only the training example's row), --only remedies (the cost
 * of each remedy).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { countBudgetsInThreadCpu } from '../src/threads/threadCpuClock';
import { isSpecWorker, serveSpecWorker } from '../src/threads/parallel';
import { kernelName } from '../src/core/numeric/kernels';
import { benchFormulas } from './formula';
import { benchHover } from './hover';
import { checkVaultRows } from './checkVault';
import { NumpyServer } from './numpy';
import { wholeProcessRows } from './process';
import { clockName } from './measure';
import { markdownTable, textTable, type BenchRow } from './table';
import { sweepRows } from './sweep';
import { remedyRows } from './remedies';
import { trainRows } from './train';
import { chainRow, dtypeRows, gemmRows, mlpRows, noteRow } from './workloads';

// The formula rows' budgets count this thread's CPU time, as the CLI's do (src/core/formula/deadline.ts).
countBudgetsInThreadCpu();

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function machine(numpy: NumpyServer | undefined): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const blasEnv = Object.entries(process.env)
    .filter(([k]) => k.startsWith('OPENBLAS_'))
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  return [
    `${cpu}, ${os.cpus().length} cores, ${os.platform()} ${os.release()}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
    `node ${process.version} (V8 ${process.versions.v8}), kernels: ${kernelName()}`,
    numpy ? `${numpy.version}, OPENBLAS_NUM_THREADS=1 ${blasEnv}` : 'numpy: not available',
  ].join('\n');
}

/** The formula helper's timings (bench/formula.ts); a hover analyses one formula. */
async function formulaRows(): Promise<BenchRow[]> {
  return (await benchFormulas()).map(({ name, ms }) => {
    const goal = name.startsWith('formula: one typical formula') ? 2 : name.startsWith('formula: one identity') ? 20 : undefined;
    return { workload: name, oursMs: ms, against: '', goal: goal === undefined ? undefined : `≤ ${goal} ms`, met: goal === undefined ? undefined : ms <= goal };
  });
}

async function main(): Promise<void> {
  const reps = Math.max(1, Number(option('--reps') ?? 7));
  if (option('--only') === 'formula') {
    // Only the formula rows (seconds): `npm run bench -- --only formula`.
    const rows = await formulaRows();
    console.log(process.argv.includes('--markdown') ? markdownTable(rows) : textTable(rows));
    return;
  }
  if (option('--only') === 'hover') {
    // Only the hover rows (seconds): `npm run bench -- --only hover`.
    const rows: BenchRow[] = (await benchHover()).map(({ name, ms }) => ({ workload: name, oursMs: ms, against: '' }));
    console.log(`${machine(undefined)}\n`);
    console.log(process.argv.includes('--markdown') ? markdownTable(rows) : textTable(rows));
    return;
  }
  if (option('--only') === 'train') {
    // Only the training example's row (seconds): `npm run bench -- --only train`.
    const rows = await trainRows(Math.min(reps, 5));
    console.log(`${machine(undefined)}\n`);
    console.log(process.argv.includes('--markdown') ? markdownTable(rows) : textTable(rows));
    return;
  }
  if (option('--only') === 'remedies') {
    // Only the remedies' cost rows (seconds): `npm run bench -- --only remedies`.
    const rows = remedyRows(Math.min(reps, 5));
    console.log(`${machine(undefined)}\nmedians of ${Math.min(reps, 5)} repetitions, ${clockName()}\n`);
    console.log(process.argv.includes('--markdown') ? markdownTable(rows) : textTable(rows));
    return;
  }
  if (option('--only') === 'dtypes') {
    // Only the MLP and the training workload in every narrower dtype against fp32 (two minutes): `npm run bench -- --only dtypes`.
    const rows = await dtypeRows(reps);
    console.log(`${machine(undefined)}\nmedians of ${reps} repetitions, ${clockName()}\n`);
    console.log(process.argv.includes('--markdown') ? markdownTable(rows) : textTable(rows));
    return;
  }
  if (option('--only') === 'check') {
    // Only the `gradexp check` rows (about a minute): `npm run bench -- --only check`.
    const rows = await checkVaultRows(Math.min(reps, 3));
    console.log(`${machine(undefined)}\nmedians of ${Math.min(reps, 3)} repetitions, wall time\n`);
    console.log(process.argv.includes('--markdown') ? markdownTable(rows) : textTable(rows));
    return;
  }
  const started = await NumpyServer.start(process.argv.includes('--wall'));
  const numpy = typeof started === 'string' ? undefined : started;
  if (typeof started === 'string') console.error(started);

  const rows: BenchRow[] = [];
  try {
    rows.push(...(await gemmRows(reps, numpy)), ...(await mlpRows(reps, numpy)));
  } finally {
    numpy?.close();
  }
  rows.push(chainRow(reps));
  const example = path.join(__dirname, '..', 'examples', 'numerical-stability.md');
  if (fs.existsSync(example)) rows.push(noteRow(fs.readFileSync(example, 'utf8'), 'example note', reps));
  rows.push(...(await formulaRows()));
  rows.push(...(await sweepRows(Math.min(reps, 3))));
  rows.push(...remedyRows(Math.min(reps, 5)));
  rows.push(...wholeProcessRows(Math.min(reps, 5), numpy !== undefined));
  rows.push(...(await checkVaultRows(Math.min(reps, 3))));

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ machine: machine(numpy), rows }, null, 2));
    return;
  }
  console.log(machine(numpy));
  console.log(`medians of ${reps} repetitions, ${clockName()}\n`);
  console.log(process.argv.includes('--markdown') ? markdownTable(rows) : textTable(rows));
}

// dist/bench.js is also the script of the sweep's worker threads.
if (isSpecWorker()) {
  serveSpecWorker();
} else {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
