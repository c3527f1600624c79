/**
 * The page of the Obsidian editor's browser test: a real CodeMirror 6 EditorView
 * (the versions Obsidian ships) with formulaEditorExtension, and a FormulaSource
 * that calls the core directly — which the test can hold, to type while an
 * answer is pending. Math in the hover is drawn by KaTeX, standing in for
 * Obsidian's renderMath. Bundled by esbuild in editorBrowser.test.ts.
 */
import { EditorView } from '@codemirror/view';
import katex from 'katex';
import { analyzeNote, type NoteFormulaReport } from '../../../src/core/api/formulas';
import { FAILS_CLASS, formulaEditorExtension, type FormulaSource } from '../../../src/obsidian/editor/index';
import type { PageHandle } from './handle';

const NOTE = (document.getElementById('note') as HTMLTemplateElement).content.textContent ?? '';

let held: Array<() => void> | undefined;
const asked: string[] = [];

const source: FormulaSource = {
  async reports(text: string): Promise<readonly NoteFormulaReport[]> {
    asked.push(text);
    const reports = await analyzeNote(text);
    if (held) await new Promise<void>((resolve) => held!.push(resolve));
    handle.answered += 1;
    return reports;
  },
};

const renderMath = (latex: string, display: boolean): HTMLElement => {
  const el = document.createElement(display ? 'div' : 'span');
  katex.render(latex, el, { displayMode: display, throwOnError: true });
  return el;
};

const view = new EditorView({
  doc: NOTE,
  parent: document.getElementById('editor')!,
  extensions: [EditorView.lineWrapping, formulaEditorExtension(source, () => ({ digits: 5, formats: ['fp16', 'bf16', 'fp32', 'fp8-e4m3'] }), { renderMath })],
});

const handle: PageHandle = {
  asked,
  answered: 0,
  hold: () => {
    held = [];
  },
  release: () => {
    const waiting = held ?? [];
    held = undefined;
    for (const resolve of waiting) resolve();
  },
  text: () => view.state.doc.toString(),
  offsetOf: (text) => view.state.doc.toString().indexOf(text),
  pointIn: (text, into) => {
    const at = view.state.doc.toString().indexOf(text);
    const rect = at < 0 ? null : view.coordsAtPos(at + into, 1);
    return rect && { x: rect.left + 1, y: (rect.top + rect.bottom) / 2 };
  },
  head: () => view.state.selection.main.head,
  marked: () => [...view.dom.querySelectorAll(`.${FAILS_CLASS}`)].map((e) => e.textContent ?? ''),
};
(globalThis as unknown as { gradexpTest: PageHandle }).gradexpTest = handle;
