/**
 * When the words around a claim's numbers (wordsAroundNumbers.ts) can say nothing the
 * numbers do not, so that numbers that disagree make the claim wrong:
 *
 * - a caption before the computation and a plain number after it:
 *   `GPU \ Share \ \frac{5}{10} = 0.6` (ai-system-textbook) is 0.5, whatever the caption
 *   says — unless a word of the caption names a function (`sin \ 30 = 0.5`, in degrees,
 *   `log \ 100 = 2`, base ten), which the computation would then leave out;
 * - a count noun after the claimed number of a computation: `10 \cdot 0.2 = 3 \text{ athletes}`
 *   (Vtheonly/Obsidian_Notes, the expected count of a binomial), `2 + 3 = 6 \ GPU` — one plural
 *   word, or a processor (GPU, CPUs), that no unit library knows and that converts to nothing
 *   (not cents, degrees, basis points, thousands, a rate `per` something, "times").
 *
 * Anything else stays confirm-only: a unit may be counted in other units, a rate in others.
 */
import { hasUnits } from '../units/units';

/** Caption words that name a function the number after them is an argument of. */
const FUNCTION_WORDS = new Set([
  'sin', 'cos', 'tan', 'cot', 'sec', 'csc', 'arcsin', 'arccos', 'arctan', 'sinh', 'cosh', 'tanh', 'log', 'exp',
  'sqrt', 'abs', 'max', 'min', 'mean', 'avg', 'median', 'mode', 'var', 'std', 'det', 'sum', 'prod', 'round',
  'floor', 'ceil', 'mod', 'gcd', 'lcm', 'softmax', 'sigmoid', 'relu', 'sign', 'sgn', 'erf', 'gamma', 'choose',
]);

/** Plural words that convert to other amounts, so a count of them may disagree with the computation. */
const CONVERTING_WORDS = new Set([
  'cents', 'pennies', 'pence', 'paise', 'degrees', 'radians', 'points', 'bps', 'percent', 'times', 'dozens',
  'hundreds', 'thousands', 'millions', 'billions', 'trillions', 'lakhs', 'crores', 'sigmas', 'stops', 'octaves',
  'decibels', 'units', 'ppm', 'ppb', 'pts', 'steps', 'epochs', 'iterations', 'batches', 'rounds', 'dollars',
  'euros', 'pounds', 'rupees', 'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'frames',
]);

/** A plural count noun (`athletes`, `samples`, `GPUs`) or a processor (`GPU`). */
const COUNT_NOUN = /^(?:[a-z]{3,}s|[A-Z][a-z]{2,}s|[A-Z]PUs?)$/;

/** Whether a caption (its LaTeX, `GPU \\ Share \\ `) names no function: the claim is then about its numbers. */
export function captionSaysNothing(caption: string): boolean {
  return !(caption.match(/[A-Za-z]+/g) ?? []).some((w) => FUNCTION_WORDS.has(w.toLowerCase()));
}

/**
 * Whether the words after a claimed number (as said: "athletes") are one count noun that
 * converts to nothing, after a computation (`leftHasOperator`): the claim is then about its numbers.
 */
export function suffixSaysNothing(words: string, leftHasOperator: boolean): boolean {
  // Steps, epochs and batches count other things (samples, tokens) in the text's own units.
  return leftHasOperator && COUNT_NOUN.test(words) && !CONVERTING_WORDS.has(words.toLowerCase()) && !hasUnits(`1 \\text{${words}}`);
}
