/**
 * A function written without brackets before an explicit product sign:
 * `\cos x \cdot 0 - \sin x \cdot 1 = -\sin x` (dmccreary/calculus,
 * docs/chapters/09-product-quotient-transcendental-derivatives/index.md, the
 * derivative of cos from its limit). The engine gives the function everything up
 * to the next + or −, cos(x · 0); the author, who wrote the `\cdot`, means
 * (cos x) · 0. `\sin 2x` stays sin(2x): only a `\cdot` or `\times` after the
 * argument opens the second reading.
 *
 * Both readings go to judgeOverExtents (operatorExtents.ts), which keeps a
 * verdict only when they agree: the claim fails when it fails either way.
 */

/** `\sin`, `\cos^2`, `\ln`: a function name, maybe with a power, then one name or number, then `\cdot` or `\times`. */
const BARE_ARGUMENT_THEN_PRODUCT =
  /\\(sin|cos|tan|cot|sec|csc|sinh|cosh|tanh|arcsin|arccos|arctan|ln|log|exp)(\s*\^\s*(?:\{[^{}]*\}|\d))?\s*((?:\\[A-Za-z]+|[A-Za-z]|\d+(?:\.\d+)?)(?:\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?)(?=\s*\\(?:cdot|times)(?![A-Za-z]))/g;

/** Commands that are no argument: `\sin \left(`, `\cos \frac…` keep their own reading. */
const NOT_AN_ARGUMENT = /^\\(?:left|frac|dfrac|tfrac|sqrt|cdot|times|mathrm|text|operatorname)$/;

/** The side as written and with each bare argument before a product closed there; undefined when there is none. */
export function argumentReadings(latex: string): string[] | undefined {
  if (!latex.includes('\\cdot') && !latex.includes('\\times')) return undefined;
  let changed = false;
  const closed = latex.replace(BARE_ARGUMENT_THEN_PRODUCT, (whole, name: string, power: string | undefined, argument: string) => {
    if (NOT_AN_ARGUMENT.test(argument.trim())) return whole;
    changed = true;
    return `\\left(\\${name}${power ?? ''} ${argument}\\right)`;
  });
  return changed ? [latex, closed] : undefined;
}
