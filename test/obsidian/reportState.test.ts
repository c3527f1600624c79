/**
 * The Obsidian editor's report state on a real CodeMirror EditorState (no view,
 * no DOM): reports of the core's own analysis placed in the text, moved by
 * edits, forgotten when an edit touches their formula, and the fails marks
 * derived from them.
 */
import { ChangeSet, EditorState, type Text } from '@codemirror/state';
import { beforeAll, describe, expect, it } from 'vitest';
import { type NoteFormulaReport } from '../../src/core/formula/index';
import { judgeNote } from '../support/judging';
import { placeThrough, reportAt, reportsArrived, reportsField } from '../../src/obsidian/editor/reportState';

const RIGHT = String.raw`$1.5^{100} \approx 4 \times 10^{17}$`;
const WRONG = String.raw`$0.9^{50} \approx 0.05$`;
const NOTE = `# Claims\n\nGrowth: ${RIGHT}.\n\nDecay: ${WRONG}.\n`;

let reports: NoteFormulaReport[];
beforeAll(async () => {
  reports = await judgeNote(NOTE);
});

function withReports(doc: string, since = ChangeSet.empty(doc.length).desc): EditorState {
  const state = EditorState.create({ doc, extensions: [reportsField] });
  return state.update({ effects: reportsArrived.of({ reports, since }) }).state;
}

/** The text under each fails mark. */
function marked(state: EditorState): string[] {
  const out: string[] = [];
  state.field(reportsField).marks.between(0, state.doc.length, (from, to) => {
    out.push(state.doc.sliceString(from, to));
  });
  return out;
}

const at = (doc: Text, needle: string) => doc.toString().indexOf(needle);

/** The verdicts of the reports the field holds, in document order. */
function verdicts(state: EditorState): string[] {
  const out: string[] = [];
  state.field(reportsField).reports.between(0, state.doc.length, (_from, _to, value) => {
    out.push(value.report.verdict);
  });
  return out;
}

describe('the editor report state', () => {
  it('marks the formula whose claim fails, and only it', () => {
    const state = withReports(NOTE);
    expect(reports.map((r) => r.verdict)).toEqual(['holds', 'fails']);
    expect(marked(state)).toEqual([WRONG]);
    expect(reportAt(state, at(state.doc, '0.9'))?.report.verdict).toBe('fails');
    expect(reportAt(state, at(state.doc, '1.5'))?.report.verdict).toBe('holds');
    expect(reportAt(state, at(state.doc, 'Claims'))).toBeUndefined();
  });

  it('finds a formula at its ends from the side the pointer is on', () => {
    const state = withReports(NOTE);
    const from = at(state.doc, WRONG);
    const to = from + WRONG.length;
    expect(reportAt(state, from, 1)).toBeDefined();
    expect(reportAt(state, from, -1)).toBeUndefined();
    expect(reportAt(state, to, -1)).toBeDefined();
    expect(reportAt(state, to, 1)).toBeUndefined();
  });

  it('moves reports and marks with edits before them', () => {
    const state = withReports(NOTE).update({ changes: { from: 0, insert: 'A new first line.\n' } }).state;
    expect(marked(state)).toEqual([WRONG]);
    const pos = at(state.doc, '0.9');
    expect(reportAt(state, pos)?.report.source).toBe(String.raw`0.9^{50} \approx 0.05`);
    // Deleting the text before the formula moves it back.
    const back = state.update({ changes: { from: 0, to: 'A new first line.\n'.length } }).state;
    expect(back.doc.toString()).toBe(NOTE);
    expect(marked(back)).toEqual([WRONG]);
  });

  it('forgets a report once an edit touches its formula, keeping the others', () => {
    const state = withReports(NOTE);
    const inside = at(state.doc, '0.05') + 3;
    const edited = state.update({ changes: { from: inside, insert: '0' } }).state;
    expect(edited.doc.toString()).toContain(String.raw`\approx 0.005$`);
    expect(marked(edited)).toEqual([]);
    expect(reportAt(edited, at(edited.doc, '0.9'))).toBeUndefined();
    expect(reportAt(edited, at(edited.doc, '1.5'))?.report.verdict).toBe('holds');
    expect(verdicts(edited)).toEqual(['holds']);
  });

  it('forgets a report when text is typed against either end of its formula', () => {
    const state = withReports(NOTE);
    const from = at(state.doc, WRONG);
    for (const pos of [from, from + WRONG.length]) {
      const edited = state.update({ changes: { from: pos, insert: '5' } }).state;
      expect(verdicts(edited)).toEqual(['holds']);
      expect(marked(edited)).toEqual([]);
    }
    // A deletion that ends where the formula starts touches it too.
    expect(verdicts(state.update({ changes: { from: from - 2, to: from } }).state)).toEqual(['holds']);
  });

  it('keeps reports and marks in step over many edits to a long note', () => {
    let state = withReports(NOTE);
    for (let i = 0; i < 50; i++) state = state.update({ changes: { from: 0, insert: `line ${i}\n` } }).state;
    expect(verdicts(state)).toEqual(['holds', 'fails']);
    expect(marked(state)).toEqual([WRONG]);
    expect(reportAt(state, at(state.doc, '0.9'))?.from).toBe(at(state.doc, WRONG));
  });

  it('places reports computed for an older text through the edits made since', () => {
    const older = EditorState.create({ doc: NOTE });
    const edit = older.changes({ from: 0, insert: '> quoted\n\n' });
    const current = edit.apply(older.doc).toString();
    const state = withReports(current, edit.desc);
    expect(marked(state)).toEqual([WRONG]);
    expect(reportAt(state, at(state.doc, '0.9'))?.from).toBe(at(state.doc, WRONG));
    // An edit made since inside the wrong formula leaves it unreported rather than judged on old text.
    const touching = older.changes({ from: NOTE.indexOf('0.05'), to: NOTE.indexOf('0.05') + 4, insert: '0.0051' });
    const fixed = withReports(touching.apply(older.doc).toString(), touching.desc);
    expect(marked(fixed)).toEqual([]);
    expect(verdicts(fixed)).toEqual(['holds']);
  });

  it('drops reports whose spans do not fit the text they claim to be for', () => {
    const state = EditorState.create({ doc: 'short', extensions: [reportsField] });
    const next = state.update({ effects: reportsArrived.of({ reports, since: ChangeSet.empty(5).desc }) }).state;
    expect(verdicts(next)).toEqual([]);
    expect(marked(next)).toEqual([]);
  });

  it('replaces all reports with each answer', () => {
    const state = withReports(NOTE);
    const cleared = state.update({ effects: reportsArrived.of({ reports: [], since: ChangeSet.empty(NOTE.length).desc }) }).state;
    expect(verdicts(cleared)).toEqual([]);
    expect(marked(cleared)).toEqual([]);
  });
});

describe('placeThrough', () => {
  const changes = (length: number, spec: { from: number; to?: number; insert?: string }) => ChangeSet.of(spec, length).desc;

  it('shifts a range by what was inserted or deleted before it', () => {
    expect(placeThrough(10, 20, changes(30, { from: 2, insert: 'abc' }))).toEqual({ from: 13, to: 23 });
    expect(placeThrough(10, 20, changes(30, { from: 2, to: 6 }))).toEqual({ from: 6, to: 16 });
    expect(placeThrough(10, 20, changes(30, { from: 25, insert: 'x' }))).toEqual({ from: 10, to: 20 });
  });

  it('gives up on a range an edit touches, at its ends too', () => {
    expect(placeThrough(10, 20, changes(30, { from: 15, insert: 'x' }))).toBeUndefined();
    expect(placeThrough(10, 20, changes(30, { from: 10, insert: 'x' }))).toBeUndefined();
    expect(placeThrough(10, 20, changes(30, { from: 20, insert: 'x' }))).toBeUndefined();
    expect(placeThrough(10, 20, changes(30, { from: 5, to: 25 }))).toBeUndefined();
  });

  it('gives up on a range past the end of the text the edits apply to', () => {
    expect(placeThrough(10, 20, changes(15, { from: 0, insert: 'x' }))).toBeUndefined();
  });
});
