/**
 * Math in the plugin's own views, drawn by Obsidian's MathJax (`renderMath`),
 * never a second engine. The build puts this module in place of the results
 * panel's KaTeX one (src/webview/math.ts), so the panel's cards and formula
 * rows (blockCard, formulaList) are shared with the side view and the note.
 */
import { finishRenderMath, renderMath as mathJax } from 'obsidian';
import { showMathError, startMath } from '../../webview/mathTarget';

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
  if (!startMath(target, latex)) return;
  try {
    target.appendChild(mathElement(latex, display));
  } catch (e) {
    showMathError(target, latex, `cannot render formula: ${e instanceof Error ? e.message : String(e)}`);
  }
}
