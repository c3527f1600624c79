/**
 * When the Obsidian editor asks for reports (src/obsidian/editor/reportRequests.ts),
 * on a real EditorState behind a minimal view, with fake timers and a source
 * whose answers the test hands out: after quiet, one request at a time, an
 * answer placed through the edits made meanwhile, failures reported.
 */
import { EditorState, type TransactionSpec } from '@codemirror/state';
import type { EditorView, ViewUpdate } from '@codemirror/view';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type NoteFormulaReport } from '../../src/core/formula/index';
import { judgeNote } from '../support/judging';
import { REQUEST_DELAY_MS, ReportRequests } from '../../src/obsidian/editor/reportRequests';
import { reportAt, reportsField } from '../../src/obsidian/editor/reportState';

const WRONG = String.raw`$0.9^{50} \approx 0.05$`;
const NOTE = `Decay: ${WRONG}.\n`;

let reports: NoteFormulaReport[];
beforeAll(async () => {
  reports = await judgeNote(NOTE);
});

/** A request the source has not answered yet. */
interface Asked {
  readonly text: string;
  answer(reports: readonly NoteFormulaReport[]): void;
  fail(error: Error): void;
}

let state: EditorState;
let asked: Asked[];
let errors: unknown[];
let requests: ReportRequests;

const view = {
  get state() {
    return state;
  },
  dispatch(spec: TransactionSpec) {
    state = state.update(spec).state;
  },
} as unknown as EditorView;

/** Types `text` at `pos`, telling the requests as the view would. */
function type(pos: number, text: string): void {
  const tr = state.update({ changes: { from: pos, insert: text } });
  state = tr.state;
  requests.update({ docChanged: true, changes: tr.changes } as unknown as ViewUpdate);
}

/** Lets promise callbacks run (fake timers do not hold them). */
const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  state = EditorState.create({ doc: NOTE, extensions: [reportsField] });
  asked = [];
  errors = [];
  const source = (text: string) =>
    new Promise<readonly NoteFormulaReport[]>((resolve, reject) => {
      asked.push({ text, answer: resolve, fail: reject });
    });
  requests = new ReportRequests(view, source, (e) => errors.push(e));
});

afterEach(() => {
  requests.destroy();
  vi.useRealTimers();
});

describe('the editor asking for reports', () => {
  it('asks about the note once it is opened, and places the answer', async () => {
    expect(asked).toHaveLength(0);
    await flush();
    expect(asked.map((a) => a.text)).toEqual([NOTE]);
    expect(requests.busy).toBe(true);
    asked[0]!.answer(reports);
    await flush();
    expect(reportAt(state, NOTE.indexOf('0.9'))?.report.verdict).toBe('fails');
    expect(requests.busy).toBe(false);
  });

  it('asks after the text has been still for the delay, not at every key', async () => {
    await flush();
    asked[0]!.answer(reports);
    await flush();
    for (const [k, key] of [...'abc'].entries()) {
      type(k, key);
      await vi.advanceTimersByTimeAsync(REQUEST_DELAY_MS - 1);
    }
    expect(asked).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked.map((a) => a.text)).toEqual([NOTE, `abc${NOTE}`]);
  });

  it('asks again after an answer when the text changed meanwhile, placing that answer through the edits', async () => {
    await flush();
    type(0, 'Intro. ');
    await vi.advanceTimersByTimeAsync(REQUEST_DELAY_MS * 3);
    // One request at a time: the edit waits for the answer.
    expect(asked).toHaveLength(1);
    asked[0]!.answer(reports);
    await flush();
    const wrongAt = state.doc.toString().indexOf(WRONG);
    expect(reportAt(state, wrongAt + 3)?.from).toBe(wrongAt);
    expect(requests.busy).toBe(true);
    await vi.advanceTimersByTimeAsync(REQUEST_DELAY_MS);
    expect(asked.map((a) => a.text)).toEqual([NOTE, `Intro. ${NOTE}`]);
  });

  it('resolves settled() once the answer is in, at once when nothing is due', async () => {
    let settled = false;
    void requests.settled().then(() => (settled = true));
    await flush();
    expect(settled).toBe(false);
    asked[0]!.answer(reports);
    await flush();
    expect(settled).toBe(true);
    await expect(requests.settled()).resolves.toBeUndefined();
  });

  it('reports a failed or malformed answer, keeps the reports it has, and asks again after the next edit', async () => {
    await flush();
    asked[0]!.answer(reports);
    await flush();
    type(0, 'x');
    await vi.advanceTimersByTimeAsync(REQUEST_DELAY_MS);
    asked[1]!.fail(new Error('the worker stopped'));
    await flush();
    expect(errors).toEqual([new Error('the worker stopped')]);
    expect(reportAt(state, state.doc.toString().indexOf('0.9'))?.report.verdict).toBe('fails');
    type(0, 'y');
    await vi.advanceTimersByTimeAsync(REQUEST_DELAY_MS);
    asked[2]!.answer('nonsense' as unknown as NoteFormulaReport[]);
    await flush();
    expect(String(errors[1])).toContain('not a list of reports');
    expect(asked).toHaveLength(3);
  });

  it('drops an answer that arrives after the editor closed', async () => {
    await flush();
    const before = state;
    requests.destroy();
    asked[0]!.answer(reports);
    await flush();
    expect(state).toBe(before);
    expect(errors).toEqual([]);
  });
});
