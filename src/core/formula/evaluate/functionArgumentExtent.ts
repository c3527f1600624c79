/**
 * A function written without brackets before an explicit product sign:
 * `\cos x \cdot 0 - \sin x \cdot 1 = -\sin x` (dmccreary/calculus,
 * docs/chapters/09-product-quotient-transcendental-derivatives/index.md, the
 * derivative of cos from its limit). The engine gives the function everything up
 * to the next + or −, cos(x · 0); the author, who wrote the `\cdot`, means
 * (cos x) · 0. `\sin 2x` stays sin(2x): only a `\cdot`, `\times` or `/` after
 * the argument opens the second reading — `\lim_{\theta \to 0} \sin \theta / \theta = 1`
 * (gavinkao98/Calculus_handout, CONTENT_ROADMAP.md) is (sin θ)/θ, not sin(θ/θ).
 *
 * A log with a base reads the same way: `6\times 32=\log_264\times \frac{64}{2}` (apachecn/ailearning,
 * docs/linalg/chapter27.md, the FFT's cost) is (log₂64) · 32 to its author.
 *
 * A bracket right after the argument opens the second reading too: `\sin\theta (1-\cos^2\theta)`
 * is (sin θ)(1 − cos²θ) to its author (Myyura/the_kai_project, hosei-university management
 * systems 2026, ∫ sin³θ dθ rewritten), sin(θ(1 − cos²θ)) to the engine.
 *
 * For an identity both readings go to judgeOverExtents (operatorExtents.ts), which
 * keeps a verdict only when they agree; a claim between values is judged again with
 * the argument closed (withArgumentClosed). Either way the claim fails only when it
 * fails in both readings.
 */
import type { Piece } from '../split';
import type { ClaimReport } from '../types';
import { invisibleBracesDissolved } from './invisibleArgumentBraces';
import { sumClosedBeforeConstantTerm } from './sumBodyExtent';

export const ARGUMENT_IN_DOUBT =
  'cannot evaluate: the verdict depends on whether a function written without brackets takes what follows its argument (sin x · 2 as sin(x) · 2 or sin(2x))';

/** `\ln 2 \arctan \frac{1}{\sqrt{3}}` (Myyura/the_kai_project, meiji 2022): another function after the argument ends it too, to its author. */
const FUNCTION_AFTER = String.raw`(?:sin|cos|tan|cot|sec|csc|sinh|cosh|tanh|arcsin|arccos|arctan|ln|log|exp)(?![A-Za-z])`;

/** `\sin`, `\cos^2`, `\ln`, `\log_{2}`: a function name, maybe with a base and a power, then one name or number, then `\cdot`, `\times`, `/` or a bracket. */
const BARE_ARGUMENT_THEN_PRODUCT = new RegExp(String.raw`\\(sin|cos|tan|cot|sec|csc|sinh|cosh|tanh|arcsin|arccos|arctan|ln|log|exp)(?![A-Za-z])((?:\s*_\s*(?:\{[^{}]*\}|[2-9]|1(?!0)))?(?:\s*\^\s*(?:\{[^{}]*\}|\d))?)\s*((?:\\[A-Za-z]+|[A-Za-z]|\d+(?:\.\d+)?)(?:\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?)(?=\s*(?:\\(?:cdot|times)(?![A-Za-z])|\/|\(|\\left\s*\(|\\${FUNCTION_AFTER}))`, 'g');

/** Two function names, the cheap test before the search for one's bare argument ending at the other. */
const TWO_FUNCTIONS = new RegExp(String.raw`\\[a-z]+[^\\]*\\${FUNCTION_AFTER}`);

/** Commands that are no argument: `\sin \left(`, `\cos \frac…` keep their own reading. */
const NOT_AN_ARGUMENT = /^\\(?:left|frac|dfrac|tfrac|sqrt|cdot|times|mathrm|text|operatorname)$/;

/** The side as written and with each bare argument before a product closed there (and invisible argument braces dissolved, invisibleArgumentBraces.ts, or a sum closed before a term without its index, sumBodyExtent.ts); undefined when there is none. */
export function argumentReadings(latex: string): string[] | undefined {
  const dissolved = invisibleBracesDissolved(latex) ?? sumClosedBeforeConstantTerm(latex);
  if (dissolved !== undefined) return [latex, closeBareArguments(dissolved) ?? dissolved];
  const closed = closeBareArguments(latex);
  return closed === undefined ? undefined : [latex, closed];
}

/** The latex with each bare argument before a product sign closed there; undefined when there is none. */
function closeBareArguments(latex: string): string | undefined {
  if (!latex.includes('\\cdot') && !latex.includes('\\times') && !latex.includes('/') && !latex.includes('(') && !TWO_FUNCTIONS.test(latex)) return undefined;
  let changed = false;
  const closed = latex.replace(BARE_ARGUMENT_THEN_PRODUCT, (whole, name: string, power: string | undefined, argument: string) => {
    if (NOT_AN_ARGUMENT.test(argument.trim())) return whole;
    changed = true;
    return `\\left(\\${name}${power ?? ''} ${argument}\\right)`;
  });
  return changed ? closed : undefined;
}

/** A failing claim between values, undecided when it does not fail with each bare argument closed before its product sign. */
export function withArgumentClosed(claim: ClaimReport, pieces: readonly [Piece, Piece], judge: (pieces: readonly [Piece, Piece]) => ClaimReport): ClaimReport {
  if (claim.verdict !== 'fails') return claim;
  const closed = pieces.map((p) => argumentReadings(p.text)?.[1]);
  if (closed.every((c) => c === undefined)) return claim;
  const written = pieces.map((p, k) => ({ ...p, text: closed[k] ?? p.text })) as unknown as readonly [Piece, Piece];
  // A reading that cannot be judged (a limit is taken by the statement, not by its side) refutes nothing either.
  if (judge(written).verdict === 'fails') return claim;
  const { fix: _fix, reading: _reading, ...rest } = claim;
  return { ...rest, verdict: 'none', reason: ARGUMENT_IN_DOUBT };
}
