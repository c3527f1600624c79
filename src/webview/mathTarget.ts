/**
 * What every math renderer of the panel's views does around drawing (KaTeX in
 * VS Code's panel, Obsidian's MathJax in the plugin): a formula too long to
 * lay out gets a message instead, and one that cannot be drawn is shown as its
 * LaTeX, never as markup. No renderer is imported here.
 */

/** Longest LaTeX the panel renders; longer formulas get a message instead of a slow layout. */
export const MAX_FORMULA_LENGTH = 2000;

/** Empties `target` for `latex`; false (with a message in `target`) when the formula is too long to draw. */
export function startMath(target: HTMLElement, latex: string): boolean {
  target.replaceChildren();
  target.classList.remove('math-error');
  if (latex.length <= MAX_FORMULA_LENGTH) return true;
  target.classList.add('math-error');
  target.textContent = `formula too long to render (${latex.length} characters; the limit is ${MAX_FORMULA_LENGTH})`;
  return false;
}

/** Shows `latex` as text in `target`, with why it could not be drawn as its tooltip. */
export function showMathError(target: HTMLElement, latex: string, message: string): void {
  target.replaceChildren();
  target.classList.add('math-error');
  target.title = message;
  target.textContent = latex;
}
