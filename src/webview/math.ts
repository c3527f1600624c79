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

function showError(target: HTMLElement, latex: string, message: string): void {
  target.replaceChildren();
  target.classList.add('math-error');
  target.title = message;
  target.textContent = latex;
}

/** Renders `latex` into `target` (replacing its content); problems become readable text, never markup. */
export function renderMath(target: HTMLElement, latex: string, display: boolean): void {
  target.replaceChildren();
  target.classList.remove('math-error');
  if (latex.length > MAX_FORMULA_LENGTH) {
    target.classList.add('math-error');
    target.textContent = `formula too long to render (${latex.length} characters; the limit is ${MAX_FORMULA_LENGTH})`;
    return;
  }
  const options = { ...KATEX_OPTIONS, displayMode: display };
  try {
    katex.render(latex, target, { ...options, throwOnError: true });
    return;
  } catch (e) {
    if (!(e instanceof katex.ParseError)) {
      showError(target, latex, `cannot render formula: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    // With throwOnError false KaTeX draws unknown commands in red and keeps the rest, which we want;
    // but for a structural error it would set a style attribute, which the CSP blocks. Probe as a
    // string first (no DOM, no CSP) and show that kind of error ourselves, as text.
    if (katex.renderToString(latex, options).startsWith('<span class="katex-error"')) {
      showError(target, latex, e.message);
      return;
    }
  }
  target.replaceChildren();
  katex.render(latex, target, options);
}
