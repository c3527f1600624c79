/**
 * The editor's copy of a note's formula reports, placed in the current text:
 * a StateField that takes reports computed for an older text (mapped through
 * the edits made since), moves them with every edit, and forgets a report as
 * soon as an edit touches its formula (its verdict would be stale), and the
 * marks on failed claims beside them. No DOM: unit-tested on an EditorState.
 */
import { type ChangeDesc, type ChangeSet, type EditorState, Prec, type Range, RangeSet, RangeValue, StateEffect, StateField } from '@codemirror/state';
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

/** A report in a RangeSet: mapped through edits with the text, chunk by chunk (10,000 formulas cost no more per keystroke than 10). */
class ReportRange extends RangeValue {
  constructor(readonly report: NoteFormulaReport) {
    super();
  }
  override eq(other: RangeValue): boolean {
    return other instanceof ReportRange && other.report === this.report;
  }
}

// Inclusive, so that it also wraps a widget drawn over the whole formula (live preview's math); a mark an
// edit touches is dropped with its report, so inclusiveness never stretches one over typed text.
const failsMark = Decoration.mark({ class: FAILS_CLASS, inclusive: true });

/** The reports placed in the current text, and the marks on failed claims. */
export interface ReportsValue {
  readonly reports: RangeSet<ReportRange>;
  readonly marks: DecorationSet;
}

const EMPTY: ReportsValue = { reports: RangeSet.empty, marks: Decoration.none };

/** An answer placed in the current text: each report through the edits made since its text, those an edit touched left out. */
function answered(reports: readonly NoteFormulaReport[], since: ChangeDesc, docLength: number): ReportsValue {
  const ranges: Range<ReportRange>[] = [];
  const marks: Range<Decoration>[] = [];
  for (const report of reports) {
    const { start, end } = report.span;
    // A report of another text (a source that answered for the wrong note) is dropped, not drawn at random places.
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end)) continue;
    const place = placeThrough(start, end, since);
    if (!place || place.to > docLength || place.from >= place.to) continue;
    ranges.push(new ReportRange(report).range(place.from, place.to));
    if (report.verdict === 'fails') marks.push(failsMark.range(place.from, place.to));
  }
  return { reports: RangeSet.of(ranges, true), marks: Decoration.set(marks, true) };
}

/** The reports and marks moved by an edit, without those whose formula it touched (ends included). */
function moved(value: ReportsValue, changes: ChangeSet): ReportsValue {
  let reports = value.reports.map(changes);
  let marks = value.marks.map(changes);
  changes.iterChangedRanges((_fromA, _toA, fromB, toB) => {
    const untouched = (from: number, to: number) => to < fromB || from > toB;
    reports = reports.update({ filter: untouched, filterFrom: fromB, filterTo: toB });
    marks = marks.update({ filter: untouched, filterFrom: fromB, filterTo: toB });
  });
  return { reports, marks };
}

export const reportsField = StateField.define<ReportsValue>({
  create: () => EMPTY,
  update(value, tr) {
    let next = tr.docChanged ? moved(value, tr.changes) : value;
    for (const effect of tr.effects) {
      if (effect.is(reportsArrived)) next = answered(effect.value.reports, effect.value.since, tr.newDoc.length);
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
  let found: PlacedReport | undefined;
  state.field(reportsField, false)?.reports.between(pos, pos, (from, to, value) => {
    if (side < 0 ? from < pos && pos <= to : from <= pos && pos < to) {
      found = { from, to, report: value.report };
      return false;
    }
    return undefined;
  });
  return found;
}
