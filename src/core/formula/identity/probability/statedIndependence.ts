/**
 * A rule of probability true only for independent random variables, with the independence stated in
 * the formula's own sentence: "Expectation of the product of two random variables $E[XY] = E[X]E[Y]$,
 * if $X$ and $Y$ are independent" (geostatsguy-demos), "If and only if $X$ and $Y$ are independent,
 * entropy becomes additive, $H(X,Y) = H(X)+H(Y)$" (unpingco-pyprobstat). A careful reader checks such
 * a claim on independent variables: here on random finite models whose random variables are functions
 * of distinct factors of a product space (finiteModel.ts, 'independent').
 *
 * Only confirms, and only when the sentence says "independent" of the claim's variables without a
 * negation ("not independent", "dependent", "unless"), the claim writes two or three capital random
 * variables (the model keeps three mutually independent) and every one of them is named in the
 * sentence, or the sentence speaks of independent variables in general. Events and distributions
 * (`P(A \cap B)`, `p(x, y)`) are not made independent by the model: such claims stay as they were.
 */

/** How far the sentence is read either side of the formula. */
const REACH = 220;
const INDEPENDENT = /\bindependent\b|\bindependence\b|相互独立|独立/i;
/** Words that deny or qualify the independence, or make it the exception. */
const NEGATED = /\bnot\s+(?:necessarily\s+)?independent\b|\bnon-?independent\b|(?<![A-Za-z])dependent\b|\bunless\b|\bcorrelated\b|\bwithout\b|\bnot\s+(?:true|hold)|不独立|不相互独立|不一定/i;
/** Independence said of variables in general: "for independent random variables", "independent variables X_i". */
const GENERAL = /\bindependent\s+(?:random\s+)?variables\b/i;

/** The prose of the formula's sentence: back to the previous sentence end, forward to the next one (formulas kept, `$` dropped). */
export function sentenceAround(note: string, start: number, end: number): string {
  const before = note.slice(Math.max(0, start - REACH), start).replace(/\s+$/, '');
  const cutBefore = Math.max(before.lastIndexOf('\n\n'), ...['. ', '! ', '? ', '。', '！', '？', '.\n'].map((mark) => before.lastIndexOf(mark)));
  const after = note.slice(end, end + REACH);
  const stop = after.search(/[.!?。！？](?:\s|$)|\n\s*\n/);
  const text = `${cutBefore < 0 ? before : before.slice(cutBefore + 1)} ${stop < 0 ? after : after.slice(0, stop)}`;
  return text.replace(/\$+/g, ' ');
}

/** Whether the sentence states that the variables `names` (X, Y) are independent, as the file comment asks. */
export function independenceStated(sentence: string, names: ReadonlySet<string>): boolean {
  if (names.size < 2 || names.size > 3 || !INDEPENDENT.test(sentence) || NEGATED.test(sentence)) return false;
  if (GENERAL.test(sentence)) return true;
  return [...names].every((name) => new RegExp(`(?<![A-Za-z\\\\])${name.replace(/_(\w+)/, '_\\{?$1\\}?')}(?![A-Za-z0-9])`).test(sentence));
}
