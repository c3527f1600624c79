/**
 * σ as a number: `\frac{1}{\sqrt{2\pi}\sigma}`, `\frac{(y - \mu)^2}{2\sigma^2}`, `\sigma_0^2`. In a
 * derivation of a Gaussian's log-likelihood σ is the standard deviation, a positive scalar; elsewhere
 * in a deep-learning note the same letter is the sigmoid (identity.ts ASSUMED). A formula that never
 * applies σ to a group (no `\sigma(`, `\sigma\left(`, `\sigma[`, `\sigma'`) uses it as a variable.
 *
 * The reading may confirm, never refute: a note may still write the sigmoid without brackets
 * (`\sigma z`), and such a claim read as σ·z may not hold although the author's does.
 */

/** σ, σ₀, σ_y: the engine's names of the letter sigma, bare or subscripted. */
const SIGMA_NAME = /^sigma(?:_\S+)?$/;
/** σ applied: before a bracket (after an optional subscript), or primed. */
const SIGMA_APPLIED = /\\sigma(?![A-Za-z])\s*(?:_\s*(?:\{[^{}]*\}|\S)\s*)?(?:\^\s*(?:\{[^{}]*\}|\S)\s*)?(?:\\left\s*|\\big[lr]?\s*|\\Big[lr]?\s*)?[([{']|\\sigma(?![A-Za-z])\s*\\prime/;

/** Whether the formula uses σ only as a number (never applied), so its σ names may be read as scalar variables. */
export function sigmaIsNumber(latex: string): boolean {
  return latex.includes('\\sigma') && !SIGMA_APPLIED.test(latex);
}

/** Whether an engine name is σ (bare or subscripted). */
export function isSigmaName(name: string): boolean {
  return SIGMA_NAME.test(name);
}
