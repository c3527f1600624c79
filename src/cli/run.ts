import { performance } from 'node:perf_hooks';
import { DEFAULT_MAX_BLOCKS, notRunBlock, parseNoteWithin, runParsedBlock, sweepSummary, type SeriesBatchRunner } from '../core/api/experiments';
import { type ParsedBlock, type BlockRun, shortToken } from '../core/api/notes';
import { SpecPool, worthParallel } from '../threads/parallel';
import { renderChartSvg, toRunReport, stringifyWithNonFinite } from '../core/api/views';
import { parseArgs, UsageError } from './args';
import { readNote, readWeightsFile, type Io } from './io';
import { outputStems, prepareOutDir, writeOutputs, type OutputFormat } from './outputs';

const RUN_FLAGS = { booleans: ['json'], values: { out: null, format: ['svg', 'png', 'html'], budget: null, 'max-blocks': null } } as const;

/** `gradexp run NOTE.md… [--json] [--out DIR] [--format svg|png|html] [--budget N] [--max-blocks N]`; returns the exit code. */
export async function runRun(args: readonly string[], io: Io): Promise<number> {
  const { positional, flags } = parseArgs(args, RUN_FLAGS);
  if (positional.length === 0) throw new UsageError('run needs at least one note: gradexp run NOTE.md');
  const format = flags.format as OutputFormat | undefined;
  const outDir = flags.out as string | undefined;
  if (format && !outDir) throw new UsageError('--format needs --out DIR to write into');
  const budget = flags.budget === undefined ? undefined : parseBudget(String(flags.budget));
  const maxBlocks = flags['max-blocks'] === undefined ? DEFAULT_MAX_BLOCKS : parseMaxBlocks(String(flags['max-blocks']));
  // Checked (and made) before anything runs: a bad --out is a usage error, not a failure after the results.
  const outFolder = outDir === undefined ? undefined : prepareOutDir(outDir);
  const stems = outputStems(positional);
  let failed = false;
  let internal = 0;
  const reports = [];
  try {
    for (const [i, file] of positional.entries()) {
      const note = readNote(file);
      const { runs, notRun, crashed } = await runNote(file, note, budget, maxBlocks);
      internal += crashed;
      failed ||= runs.some((r) => r.errors.length > 0);
      if (flags.json) reports.push(toRunReport(file, runs));
      else printHuman(file, runs, notRun, io);
      if (outFolder) {
        const written = await writeNoteOutputs({ file, note, runs, outDir: outFolder, stem: stems[i]!, format: format ?? 'svg', chart: (r) => renderChartSvg(r, format === 'png' ? { colors: 'static' } : {}) }, io);
        if (written === null) failed = true;
        else if (!flags.json) for (const w of written) io.stderr(`wrote ${w}`);
      }
    }
  } finally {
    await closeSpecPool();
  }
  if (flags.json) io.stdout(stringifyWithNonFinite(reports.length === 1 ? reports[0] : reports));
  if (internal > 0) {
    io.stderr(`gradexp: internal error in ${internal} block(s), reported on each; the other blocks ran (GRADEXP_DEBUG=1 shows the stack)`);
    return 3;
  }
  return failed ? 1 : 0;
}

/** Write one note's outputs; a file system failure (disk full, …) is reported and gives null, not a crash. */
async function writeNoteOutputs(req: Parameters<typeof writeOutputs>[0], io: Io): Promise<string[] | null> {
  try {
    return await writeOutputs(req);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw e;
    io.stderr(`gradexp: ${req.file}: outputs not written: ${(e as Error).message}`);
    return null;
  }
}

function parseBudget(text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--budget must be a positive number of multiply-adds, not '${text}'`);
  return n;
}

function parseMaxBlocks(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`--max-blocks must be a whole number of blocks, at least 1, not '${text}'`);
  return n;
}

/**
 * Run the first `maxBlocks` blocks of one note; a weights file is read relative to
 * the note and confined to it (io.ts readWeightsFile). Blocks past the limit are
 * one error on the first of them (exit 1), not silence. A block that throws (a
 * bug) becomes an error on that block and the others still run; `crashed`
 * counts them so the command can exit 3.
 */
async function runNote(file: string, note: string, budget: number | undefined, maxBlocks: number): Promise<{ runs: BlockRun[]; notRun: number; crashed: number }> {
  const loadWeights = (written: string): Promise<unknown> => readWeightsFile(file, written);
  const runs: BlockRun[] = [];
  let crashed = 0;
  const { parsed: blocks, notRun } = parseNoteWithin(note, maxBlocks);
  for (const parsed of blocks) {
    const run = await runGuarded(note, parsed, () =>
      runParsedBlock(note, parsed, { loadWeights, control: { budget }, runBatch: runBatchFor(parsed, budget), now: () => performance.now() }),
    );
    crashed += run.crashed ? 1 : 0;
    runs.push(run.run);
  }
  if (notRun.length > 0) runs.push(notRunBlock(note, notRun[0], notRunMessage(notRun.length, maxBlocks)));
  return { runs, notRun: notRun.length, crashed };
}

/**
 * Run one block; if it throws (a bug, not bad input), the block gets one error on
 * its opening fence, with the message cut short, and `crashed` is set.
 */
export async function runGuarded(note: string, parsed: ParsedBlock, run: () => Promise<BlockRun>): Promise<{ run: BlockRun; crashed: boolean }> {
  try {
    return { run: await run(), crashed: false };
  } catch (e) {
    if (process.env.GRADEXP_DEBUG) console.error((e as Error)?.stack);
    const message = e instanceof Error ? e.message : String(e);
    return { run: notRunBlock(note, parsed.block, `internal error: ${shortToken(message, 200)}`), crashed: true };
  }
}

/** "not run: 190000 blocks from here on; the note-wide limit of 10000 blocks was reached (raise it with --max-blocks)". */
export function notRunMessage(count: number, maxBlocks: number): string {
  const what = count === 1 ? '1 block' : `${count} blocks`;
  return `not run: ${what} from here on; the note-wide limit of ${maxBlocks} block${maxBlocks === 1 ? '' : 's'} was reached (raise it with --max-blocks)`;
}

/** The command's worker threads (this script serves as the worker), started by the first large sweep and kept for the next blocks. */
let specPool: SpecPool | undefined;

async function closeSpecPool(): Promise<void> {
  const pool = specPool;
  specPool = undefined;
  await pool?.close();
}

/** Large sweeps go to worker threads; small ones stay here. */
function runBatchFor(parsed: ParsedBlock, budget: number | undefined): SeriesBatchRunner | undefined {
  if (!worthParallel(parsed.series.map((s) => s.spec))) return undefined;
  return (batch) => (specPool ??= new SpecPool(__filename)).run(batch, { budget });
}

/** Compiler-style errors and one summary line per series. */
function printHuman(file: string, runs: readonly BlockRun[], notRun: number, io: Io): void {
  if (runs.length === 0) io.stdout(`${file}: no gradexp blocks`);
  for (const run of runs) {
    for (const e of run.errors) io.stderr(`${file}:${e.line}:${e.column}: error: ${e.message}`);
    if (run.errors.length) continue;
    const head = `${file}:${run.line}: ${run.title || run.experiment} (${run.experiment}, ${run.dtype}) — ${run.series.length} series, ${Math.round(run.elapsedMs)} ms`;
    io.stdout(head);
    const sweep = sweepSummary(run.series);
    if (sweep) io.stdout(`  ${sweep}`);
    for (const s of run.series) io.stdout(`  ${s.label}: ${s.summary.text}`);
  }
  const errors = runs.reduce((n, r) => n + r.errors.length, 0);
  // The blocks past --max-blocks are one entry in `runs` (their error), not blocks that ran.
  const ran = notRun > 0 ? runs.length - 1 : runs.length;
  io.stdout(`${ran} block(s), ${errors} error(s)${notRun > 0 ? `, ${notRun} not run (note-wide limit)` : ''}`);
}
