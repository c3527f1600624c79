import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkNote, type NoteCheck } from '../../src/cli/check/checkNote';
import { checkNotesInParallel, largestFirst, type NoteInput } from '../../src/cli/check/parallelCheck';
import { checkThreads, PARALLEL_MIN_FORMULAS } from '../../src/cli/check';
import { estimateFormulas } from '../../src/cli/check/estimateFormulas';
import { cliWithEnv, ensureBuilt, ROOT, scratchFolder } from '../cli/cliHarness';

beforeAll(ensureBuilt);

const WORKER = path.join(ROOT, 'dist', 'check-worker.js');

// Notes with every kind of line: failed claims, notes on formulas that cannot be evaluated, symbols, code.
const NOTES: NoteInput[] = [
  { file: 'a.md', text: '# A\n\n$0.9^{50} \\approx 0.05$ and $2^{10} = 1024$\n\n$$\n\\mathbf{W}^\\top \\mathbf{x}\n$$\n' },
  { file: 'b.md', text: '```python\nx = "$5"\n```\n\n$1/0$ then $e^{1000}$ and $\\sqrt{2} \\approx 1.414$\n' },
  { file: 'c.md', text: '$1 + 1 = 2$\n$2 + 1 = 3$\n$3 + 1 = 4$\n$4 + 1 = 5$\n$5 + 1 = 7$\n' },
  { file: 'd.md', text: 'no math at all\n' },
  { file: 'e.md', text: '- $\\sum_{i=1}^{n} x_i$\n- $3 \\times 4 = 12$\n- $\\frac{1}{3} \\approx 0.3333$\n' },
];

async function serial(notes: readonly NoteInput[], budget = {}, json = true): Promise<NoteCheck[]> {
  const out: NoteCheck[] = [];
  for (const n of notes) out.push(await checkNote(n.file, n.text, budget, json));
  return out;
}

async function parallel(notes: readonly NoteInput[], options: { workerScript?: string; threads?: number; budget?: object; json?: boolean } = {}) {
  const got: { index: number; check: NoteCheck }[] = [];
  const stats = await checkNotesInParallel(notes, {
    workerScript: options.workerScript ?? WORKER,
    threads: options.threads ?? 2,
    budget: options.budget ?? {},
    json: options.json ?? true,
    onNote: (index, check) => got.push({ index, check }),
  });
  return { stats, indexes: got.map((g) => g.index), checks: got.map((g) => g.check) };
}

/** A worker script that runs the real one, but acts up first (written beside nothing: a temporary folder). */
function misbehavingWorker(prelude: string): string {
  const dir = scratchFolder();
  const file = path.join(dir, 'worker.js');
  writeFileSync(file, `const { parentPort } = require('node:worker_threads');\n${prelude}\nrequire(${JSON.stringify(WORKER)});\n`);
  return file;
}

describe('gradexp check on worker threads', () => {
  it('hands every note over in note order with the same lines, JSON and tallies as one thread', async () => {
    const expected = await serial(NOTES);
    const { stats, indexes, checks } = await parallel(NOTES, { threads: 3 });
    expect(indexes).toEqual([0, 1, 2, 3, 4]);
    expect(checks).toEqual(expected);
    expect(stats.workers).toBe(2);
    expect(stats.handedBack).toBe(0);
    expect(checks[2]!.counts.fails).toBe(1);
  });

  it('the main thread is one of the threads: two threads are one worker and the main thread, both checking notes', async () => {
    const { stats, checks } = await parallel(NOTES, { threads: 2 });
    expect(checks).toEqual(await serial(NOTES));
    expect(stats.workers).toBe(1);
    // The worker is sent two notes at a time; the main thread starts on the others at once.
    expect(stats.onMainThread).toBeGreaterThanOrEqual(1);
    expect(stats.onMainThread).toBeLessThan(NOTES.length);
    expect(stats.handedBack).toBe(0);
  });

  it('hands notes out largest first (estimated formulas), in note order among equals', () => {
    const sized = (formulas: number): NoteInput => ({ file: 'n.md', text: '$x$ '.repeat(formulas) });
    expect(largestFirst([sized(2), sized(40), sized(0), sized(40), sized(7)])).toEqual([1, 3, 4, 0, 2]);
  });

  it('keeps the note-wide budget per note (--max-formulas 3 stops each note after its own third formula)', async () => {
    const budget = { maxFormulas: 3 };
    const { checks } = await parallel(NOTES, { budget, json: false });
    expect(checks).toEqual(await serial(NOTES, budget, false));
    expect(checks[2]!.lines.at(-1)).toBe('c.md:4:2: error: not checked: 2 formulas from here on; the note-wide budget of 3 formulas was reached (raise it with --max-formulas)');
    expect(checks[0]!.json).toBeNull();
  });

  it('a worker that dies on a note: that note is checked on the main thread, no other note is lost', async () => {
    // The thread ends itself as the third note (index 2) reaches it (this listener runs before the real one).
    const script = misbehavingWorker(`parentPort.on('message', (job) => { if (job.index === 2) process.exit(1); });`);
    const { stats, indexes, checks } = await parallel(NOTES, { workerScript: script, threads: 3 });
    expect(indexes).toEqual([0, 1, 2, 3, 4]);
    expect(checks).toEqual(await serial(NOTES));
    expect(stats.handedBack).toBeGreaterThanOrEqual(1);
  });

  it('a worker that throws while checking: the main thread checks the note again', async () => {
    const script = misbehavingWorker(
      `parentPort.on('message', (job) => { if (job.index === 1) { parentPort.postMessage({ index: 1, error: 'boom' }); job.index = -1; } });`,
    );
    const { stats, checks } = await parallel(NOTES, { workerScript: script, threads: 3 });
    expect(checks).toEqual(await serial(NOTES));
    expect(stats.handedBack).toBe(1);
  });

  it('workers that cannot start: every note is checked on the main thread', async () => {
    const { stats, indexes, checks } = await parallel(NOTES, { workerScript: path.join(scratchFolder(), 'missing.js'), threads: 3 });
    expect(indexes).toEqual([0, 1, 2, 3, 4]);
    expect(checks).toEqual(await serial(NOTES));
    expect(stats.onMainThread).toBe(NOTES.length);
  });

  it('the command: the same bytes and exit codes with workers as with one thread', () => {
    const dir = scratchFolder(Object.fromEntries(NOTES.map((n) => [n.file, n.text])));
    const holds = scratchFolder({ 'x.md': '$1 + 1 = 2$\n', 'y.md': '$2^{3} = 8$\n' });
    const files = NOTES.map((n) => n.file);
    const cases: [string, string[], number][] = [
      [dir, files, 1],
      [dir, [...files, '--json', '--max-formulas', '2'], 1],
      [holds, ['x.md', 'y.md'], 0],
      [dir, ['a.md', 'missing.md'], 2],
    ];
    for (const [cwd, args, code] of cases) {
      const one = cliWithEnv(cwd, { GRADEXP_CHECK_THREADS: '1' }, 'check', ...args);
      const two = cliWithEnv(cwd, { GRADEXP_CHECK_THREADS: '2' }, 'check', ...args);
      expect({ code: two.code, stdout: two.stdout, stderr: two.stderr }).toEqual({ code: one.code, stdout: one.stdout, stderr: one.stderr });
      expect(two.code).toBe(code);
    }
  });
});

describe('when gradexp check uses worker threads', () => {
  const note = (formulas: number): NoteInput => ({ file: 'n.md', text: Array.from({ length: formulas }, (_, k) => `$${k} + 1$`).join('\n') });

  it('estimates formulas from runs of $ ($ and $$ alike)', () => {
    expect(estimateFormulas('$a$ and $$b$$ and\n$$\nc\n$$\n')).toBe(3);
    expect(estimateFormulas('no math')).toBe(0);
  });

  it('one note, few formulas in all, or one core: this thread only; else one thread per core, at most one per note', () => {
    const many = [note(PARALLEL_MIN_FORMULAS), note(0), note(0), note(0)];
    expect(checkThreads([note(5_000)], {}, 8)).toBe(1);
    expect(checkThreads([note(10), note(10)], {}, 8)).toBe(1);
    // On two cores a second checking thread pays for its start-up (check.ts, CORES_FOR_V8).
    expect(checkThreads(many, {}, 2)).toBe(2);
    expect(checkThreads(many, {}, 1)).toBe(1);
    expect(checkThreads(many, {}, 3)).toBe(3);
    expect(checkThreads(many, {}, 8)).toBe(4);
    expect(checkThreads(many.slice(0, 2), {}, 8)).toBe(2);
  });

  it('GRADEXP_CHECK_THREADS forces the count (1: one thread), capped at one per note; nonsense is ignored', () => {
    expect(checkThreads([note(1), note(1)], { GRADEXP_CHECK_THREADS: '2' }, 2)).toBe(2);
    expect(checkThreads([note(5_000), note(5_000)], { GRADEXP_CHECK_THREADS: '1' }, 2)).toBe(1);
    expect(checkThreads([note(1), note(1)], { GRADEXP_CHECK_THREADS: '8' }, 2)).toBe(2);
    expect(checkThreads([note(1), note(1)], { GRADEXP_CHECK_THREADS: 'many' }, 2)).toBe(1);
  });
});
