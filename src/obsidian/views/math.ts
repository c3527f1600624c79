/**
 * Math in the plugin's own views, drawn by Obsidian's MathJax (`renderMath`),
 * never a second engine. The build puts this module in place of the results
 * panel's KaTeX one (src/webview/math.ts), so the panel's cards and formula
 * rows (blockCard, formulaList) are shared with the side view and the note.
 */
import { finishRenderMath, renderMath as mathJax } from 'obsidian';

/** Longest LaTeX drawn; longer formulas get a message instead of a slow layout (as in the panel). */
export const MAX_FORMULA_LENGTH = 2000;

let finishing = false;

/** MathJax's stylesheet is written once after a batch of formulas, not after each one. */
function finishSoon(): void {
  if (finishing) return;
  finishing = true;
  queueMicrotask(() => {
    finishing = false;
    void finishRenderMath().catch(() => undefined);
  });
}

/** `latex` drawn by Obsidian's MathJax, as an element (the editor's hover takes it so); throws what renderMath throws. */
export function mathElement(latex: string, display: boolean): HTMLElement {
  const element = mathJax(latex, display);
  finishSoon();
  return element;
}

/** Renders `latex` into `target` (replacing its content); a formula MathJax cannot draw is shown as its text. */
export function renderMath(target: HTMLElement, latex: string, display: boolean): void {
  target.replaceChildren();
  target.classList.remove('math-error');
  if (latex.length > MAX_FORMULA_LENGTH) {
    target.classList.add('math-error');
    target.textContent = `formula too long to render (${latex.length} characters; the limit is ${MAX_FORMULA_LENGTH})`;
    return;
  }
  try {
    target.appendChild(mathElement(latex, display));
  } catch (e) {
    target.classList.add('math-error');
    target.title = `cannot render formula: ${e instanceof Error ? e.message : String(e)}`;
    target.textContent = latex;
  }
}
