/**
 * The worker's jobs as plain async functions, request in, reply out; kept apart
 * from the message loop (worker.ts) so tests call them directly. Runs take the
 * core's one path (runParsedBlock), formulas the core's one per-note loop, the
 * vault check the editor's workspace check of one note.
 */
import { findBlocks, LineIndex, parseBlock } from '../../core/api/notes';
import { renderChartSvg } from '../../core/api/views';
import { runParsedBlock } from '../../core/api/experiments';
import { analyzeNoteWithin, DEFAULT_MAX_FORMULAS } from '../../core/api/formulas';
import { checkNoteProblems } from '../../shared/noteCheck';
import type { JobReply, JobRequest, Jobs } from './protocol';

/** Runs one block of a note and draws its chart; a bad block comes back as a run with located errors. */
export async function runBlockJob(request: Jobs['run']['request']): Promise<Jobs['run']['result']> {
  const block = findBlocks(request.note)[request.blockIndex];
  if (!block) throw new Error(`the note has no gradexp block #${request.blockIndex + 1} any more`);
  const run = await runParsedBlock(request.note, parseBlock(request.note, block), {
    control: { budget: request.budget },
    // The vault is read on the main thread (plugin/weights.ts); the worker reads no files.
    loadWeights: async (path) => {
      const entry = request.weights[path];
      if (!entry) throw new Error('the block is shown outside its note, so no file is read beside it');
      if (!entry.ok) throw new Error(entry.message);
      return entry.data;
    },
    now: () => performance.now(),
  });
  return { run, svg: renderChartSvg(run) };
}

/** Judges every formula of a note. */
export async function formulasJob(request: Jobs['formulas']['request']): Promise<Jobs['formulas']['result']> {
  return (await analyzeNoteWithin(request.note, { maxFormulas: DEFAULT_MAX_FORMULAS, noteTimeLimitMs: Infinity })).reports;
}

/** The vault check of one note, each problem placed by line and column. */
export async function checkJob(request: Jobs['check']['request']): Promise<Jobs['check']['result']> {
  const result = await checkNoteProblems(request.note, request.digits);
  const lines = new LineIndex(request.note);
  return { ...result, problems: result.problems.map((p) => ({ ...p, ...lines.positionAt(p.start) })) };
}

/** Answers one request; never throws (a failure is a reply with its message). */
export async function handleJob(request: JobRequest): Promise<JobReply> {
  try {
    switch (request.kind) {
      case 'run':
        return { id: request.id, ok: true, result: await runBlockJob(request) };
      case 'formulas':
        return { id: request.id, ok: true, result: await formulasJob(request) };
      case 'check':
        return { id: request.id, ok: true, result: await checkJob(request) };
    }
  } catch (e) {
    return { id: request.id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
