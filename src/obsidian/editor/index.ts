/**
 * The Obsidian plugin's editor half: a CodeMirror 6 extension that hovers over
 * `$…$` / `$$…$$` with each side's value, the claim's verdict and the number
 * formats (the content of VS Code's formula hover: src/shared/formulaHover), and
 * marks formulas whose claim fails. The plugin registers it with
 * `registerEditorExtension(formulaEditorExtension(source, settings, { renderMath }))`.
 *
 * The editor never computes: reports of the whole note come from a
 * FormulaSource (the plugin's worker), asked after edits (reportRequests.ts)
 * and placed in the current text (reportState.ts).
 */
import type { Extension } from '@codemirror/state';
import { EditorView, hoverTooltip, ViewPlugin, type Tooltip } from '@codemirror/view';
import type { NoteFormulaReport } from '../../core/api/notes';
import { blockHover } from './blockHover';
import { ReportRequests } from './reportRequests';
import { reportAt, reportsField } from './reportState';
import { editorTheme } from './theme';
import { hoverLook } from './hoverLook';
import { tooltipDom, type MathRenderer } from './tooltipDom';

export { FAILS_CLASS } from './reportState';
export type { MathRenderer } from './tooltipDom';

/** Reports of a whole note, computed off the main thread (the plugin's worker). Spans are offsets into `text`. */
export interface FormulaSource {
  reports(text: string): Promise<readonly NoteFormulaReport[]>;
}

/** What the hover shows: significant digits of values (1–17), and the number formats' columns (fp16, bf16, fp32, fp8-e4m3, fp8-e5m2). */
export interface EditorSettings {
  digits: number;
  formats: readonly string[];
}

/** What the plugin may add. */
export interface EditorOptions {
  /** Draws LaTeX in the hover (Obsidian: `renderMath`); without it the LaTeX is quoted as code. */
  readonly renderMath?: MathRenderer;
  /** Told when the source fails (default: console.warn); the editor keeps the reports it has. */
  readonly onError?: (error: unknown) => void;
}

/** Hover this long before the tooltip opens (CodeMirror's default). */
const HOVER_MS = 300;

/**
 * The hover and the fails marks for one kind of editor. `settings` is read each
 * time a hover opens, so a changed setting applies to the next hover.
 */
export function formulaEditorExtension(source: FormulaSource, settings: () => EditorSettings, options: EditorOptions = {}): Extension {
  const onError = options.onError ?? ((error: unknown) => console.warn('gradexp: the formula check failed', error));
  const requests = ViewPlugin.define((view) => new ReportRequests(view, (text) => source.reports(text), onError));

  const hover = async (view: EditorView, pos: number, side: -1 | 1): Promise<Tooltip | null> => {
    let found = reportAt(view.state, pos, side);
    // Over a formula the first answer has not reached yet (a note just opened or edited): wait for it.
    const pending = view.plugin(requests);
    if (!found && pending?.busy) {
      const doc = view.state.doc;
      await pending.settled();
      if (view.state.doc !== doc) return null;
      found = reportAt(view.state, pos, side);
    }
    if (!found) return null;
    const placed = found;
    return {
      pos: placed.from,
      end: placed.to,
      above: true,
      create: (v) => ({ dom: tooltipDom(v.dom.ownerDocument, placed, hoverLook(settings()), options.renderMath) }),
    };
  };

  return [
    reportsField,
    requests,
    hoverTooltip(hover, { hideOnChange: 'touch', hoverTime: HOVER_MS }),
    blockHover((view, pos) => hover(view, pos, 1), HOVER_MS),
    editorTheme,
  ];
}
