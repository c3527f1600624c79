/**
 * The editor's copy of a note's formula reports, placed in the current text:
 * a StateField that takes reports computed for an older text (mapped through
 * the edits made since), moves them with every edit, and forgets a report as
 * soon as an edit touches its formula (its verdict would be stale). The fails
 * marks are derived from it. No DOM: unit-tested on an EditorState.
 */
import { type ChangeDesc, type EditorState, Prec, StateEffect, StateField } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView } from '@codemirror/view';
import type { NoteFormulaReport } from '../../core/api/notes';

/** The class of the mark on a formula whose claim fails. */
export const FAILS_CLASS = 'gradexp-claim-fails';

/** A report and where its formula (delimiters included) is now. */
export interface PlacedReport {
  readonly from: number;
  readonly to: number;
  readonly report: NoteFormulaReport;
}

/** Reports for a text, and the edits made since that text (empty when they are for the current one). */
export interface ReportsArrived {
  readonly reports: readonly NoteFormulaReport[];
  readonly since: ChangeDesc;
}

/** Hands the field the reports of a whole note. */
export const reportsArrived = StateEffect.define<ReportsArrived>();

/** Where a formula is after the edits, or undefined when an edit touched it (or its place is gone). */
export function placeThrough(from: number, to: number, changes: ChangeDesc): { from: number; to: number } | undefined {
  if (to > changes.length) return undefined;
  if (changes.empty) return { from, to };
  if (changes.touchesRange(from, to)) return undefined;
  return { from: changes.mapPos(from, 1), to: changes.mapPos(to, -1) };
}

function placed(reports: readonly NoteFormulaReport[], since: ChangeDesc, docLength: number): PlacedReport[] {
  const out: PlacedReport[] = [];
  for (const report of reports) {
    const { start, end } = report.span;
    // A report of another text (a source that answered for the wrong note) is dropped, not drawn at random places.
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end)) continue;
    const place = placeThrough(start, end, since);
    if (place && place.to <= docLength && place.from < place.to) out.push({ ...place, report });
  }
  return out.sort((a, b) => a.from - b.from);
}

// Inclusive, so that it also wraps a widget drawn over the whole formula (live preview's math); the marks are
// rebuilt from the reports after every edit, so inclusiveness never stretches one over typed text.
const failsMark = Decoration.mark({ class: FAILS_CLASS, inclusive: true });

function failMarks(reports: readonly PlacedReport[]): DecorationSet {
  return Decoration.set(
    reports.filter((r) => r.report.verdict === 'fails').map((r) => failsMark.range(r.from, r.to)),
    true,
  );
}

/** The placed reports, in document order, and the marks on failed claims. */
export interface ReportsValue {
  readonly reports: readonly PlacedReport[];
  readonly marks: DecorationSet;
}

const EMPTY: ReportsValue = { reports: [], marks: Decoration.none };

export const reportsField = StateField.define<ReportsValue>({
  create: () => EMPTY,
  update(value, tr) {
    let next = value;
    if (tr.docChanged) {
      const moved = value.reports.flatMap((r) => {
        const place = placeThrough(r.from, r.to, tr.changes);
        return place ? [{ ...place, report: r.report }] : [];
      });
      next = { reports: moved, marks: failMarks(moved) };
    }
    for (const effect of tr.effects) {
      if (!effect.is(reportsArrived)) continue;
      const reports = placed(effect.value.reports, effect.value.since, tr.newDoc.length);
      next = { reports, marks: failMarks(reports) };
    }
    return next;
  },
  // Lowest precedence: a mark wraps a widget that replaces its range (live preview's math) only when it comes from
  // a set of lower precedence than the widget's.
  provide: (field) => Prec.lowest(EditorView.decorations.from(field, (value) => value.marks)),
});

/**
 * The report of the formula at `pos`, if the field has one. `side` is where the
 * pointer is: before `pos` (-1) it is not over a formula that starts there, after it (1) not over one that ends there.
 */
export function reportAt(state: EditorState, pos: number, side: -1 | 1 = 1): PlacedReport | undefined {
  return state.field(reportsField, false)?.reports.find((r) => (side < 0 ? r.from < pos && pos <= r.to : r.from <= pos && pos < r.to));
}
