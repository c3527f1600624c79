/**
 * KaTeX in the panel. `katex.render` builds DOM nodes and sets styles through
 * the CSSOM, which the panel's CSP (no inline styles) allows, whereas
 * renderToString + innerHTML would have its style attributes blocked.
 */
import katex from 'katex';
import { showMathError as showError, startMath } from './mathTarget';

export { MAX_FORMULA_LENGTH } from './mathTarget';

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
  if (!startMath(target, latex)) return;
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
