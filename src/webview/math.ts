/**
 * KaTeX in the panel. `katex.render` builds DOM nodes and sets styles through
 * the CSSOM, which the panel's CSP (no inline styles) allows, whereas
 * renderToString + innerHTML would have its style attributes blocked.
 */
import katex from 'katex';

/** Longest LaTeX the panel renders; longer formulas get a message instead of a slow layout. */
export const MAX_FORMULA_LENGTH = 2000;

/** KaTeX settings: no \href/\includegraphics (trust), bounded macro expansion and sizes, errors inline. */
export const KATEX_OPTIONS = {
  trust: false,
  maxExpand: 1000,
  maxSize: 20,
  throwOnError: false,
  strict: 'ignore',
  output: 'htmlAndMathml',
} as const;

/** Renders `latex` into `target` (replacing its content); problems become readable text, never markup. */
export function renderMath(target: HTMLElement, latex: string, display: boolean): void {
  target.replaceChildren();
  if (latex.length > MAX_FORMULA_LENGTH) {
    target.classList.add('math-error');
    target.textContent = `formula too long to render (${latex.length} characters; the limit is ${MAX_FORMULA_LENGTH})`;
    return;
  }
  try {
    katex.render(latex, target, { ...KATEX_OPTIONS, displayMode: display });
  } catch (e) {
    // With throwOnError false KaTeX shows parse errors itself; anything else lands here.
    target.classList.add('math-error');
    target.textContent = `cannot render formula: ${e instanceof Error ? e.message : String(e)}`;
  }
}
