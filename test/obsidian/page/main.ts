/**
 * The page of the Obsidian editor's browser test: a real CodeMirror 6 EditorView
 * (the versions Obsidian ships) with formulaEditorExtension, and a FormulaSource
 * that calls the core directly — which the test can hold, to type while an
 * answer is pending. Math in the hover is drawn by KaTeX, standing in for
 * Obsidian's renderMath. The formula after "Live preview: " is drawn as a widget
 * (`span.math`), as Obsidian's live preview draws math where the cursor is not.
 * Bundled by esbuild in editorBrowser.test.ts.
 */
import { StateField } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView, WidgetType } from '@codemirror/view';
import katex from 'katex';
import { analyzeNote, type NoteFormulaReport } from '../../../src/core/api/formulas';
import { FAILS_CLASS, formulaEditorExtension, type FormulaSource } from '../../../src/obsidian/editor/index';
import type { PageHandle } from './handle';

const NOTE = (document.getElementById('note') as HTMLTemplateElement).content.textContent ?? '';

let held: Array<() => void> | undefined;
let failNext = false;
const asked: string[] = [];
const errors: string[] = [];

const source: FormulaSource = {
  async reports(text: string): Promise<readonly NoteFormulaReport[]> {
    asked.push(text);
    if (failNext) {
      failNext = false;
      throw new Error('the worker stopped');
    }
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

/** A formula drawn in place of its source, as live preview draws it: inline (`span.math`) or as a block (`div.cm-embed-block.math`). */
class MathWidget extends WidgetType {
  constructor(
    readonly latex: string,
    readonly display: boolean,
  ) {
    super();
  }
  override eq(other: MathWidget): boolean {
    return other.latex === this.latex && other.display === this.display;
  }
  toDOM(): HTMLElement {
    const el = document.createElement(this.display ? 'div' : 'span');
    el.className = this.display ? 'cm-embed-block math math-block' : 'math math-inline';
    katex.render(this.latex, el, { throwOnError: false, displayMode: this.display });
    return el;
  }
}

const LIVE = 'Live preview: ';

/** The formula after "Live preview: " drawn inline, and a `$$…$$` alone on the last lines drawn as a block. */
function liveMath(text: string): DecorationSet {
  const widgets = [];
  const inline = new RegExp(`${LIVE}(\\$([^$]+)\\$)`).exec(text);
  if (inline) {
    const from = inline.index + LIVE.length;
    widgets.push(Decoration.replace({ widget: new MathWidget(inline[2]!, false) }).range(from, from + inline[1]!.length));
  }
  const block = /\n(\$\$([^$]+)\$\$)\n?$/.exec(text);
  if (block) {
    const from = block.index + 1;
    widgets.push(Decoration.replace({ widget: new MathWidget(block[2]!, true), block: true }).range(from, from + block[1]!.length));
  }
  return Decoration.set(widgets, true);
}

const livePreview = StateField.define<DecorationSet>({
  create: (state) => liveMath(state.doc.toString()),
  update: (widgets, tr) => (tr.docChanged ? liveMath(tr.newDoc.toString()) : widgets),
  provide: (field) => EditorView.decorations.from(field),
});

// The gradexp extension before the widgets': its marks still wrap them (they take the lowest precedence).
const view = new EditorView({
  doc: NOTE,
  parent: document.getElementById('editor')!,
  extensions: [EditorView.lineWrapping, formulaEditorExtension(source, () => ({ digits: 5, formats: ['fp16', 'bf16', 'fp32', 'fp8-e4m3'] }), { renderMath, onError: (e) => errors.push(String(e)) }), livePreview],
});

const handle: PageHandle = {
  asked,
  errors,
  failNext: () => {
    failNext = true;
  },
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
  marked: () => [...view.dom.querySelectorAll(`.${FAILS_CLASS}`)].filter((e) => !e.querySelector('.math')).map((e) => e.textContent ?? ''),
  markedWidgets: () => view.dom.querySelectorAll(`.${FAILS_CLASS} .math`).length,
  widgetPoint: (display) => {
    const rect = view.dom.querySelector(display ? '.math-block' : '.math-inline')?.getBoundingClientRect();
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  },
};
(globalThis as unknown as { gradexpTest: PageHandle }).gradexpTest = handle;
