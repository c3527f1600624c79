/**
 * Notations of algebra and of exercise sheets that look like arithmetic but are not:
 *
 * - `(1)=0,\quad (2)=\frac{\ln a-\ln b}{\ln c-\ln d}` (Rainybunny/PKU-Lecture-Notes, a homework's answers):
 *   a numeral alone in parentheses labels a question or an equation, it is not the number;
 * - `(a*b)*(a*b)=a*a*b*b=(a*a)*(b*b)=a*b` (the same notes, algebraic structures): a star between
 *   names is an operation the note defines (a group's, a semigroup's, a convolution), not a product;
 * - `(a(p+(f))+b(q+(f)))\times (x+(f)) = (ap+bq)x+(f)` (the same notes, a quotient ring): a lone
 *   letter in parentheses added to something is the ideal it generates (a coset), not the number.
 *
 * A failing claim written so is left undecided (analyze.ts underNotation): under the note's
 * meaning it may hold.
 */

/** A side that is a numeral in parentheses and nothing else. */
const LABEL_SIDE = /^\s*\(\s*\d+\s*\)\s*[.,;]?\s*$/;
/** `+(f)`, `+ (I)`: an ideal added to an element. */
const IDEAL_ADDED = /\+\s*\(\s*[A-Za-z]\s*\)/;

/** Why the sides may mean an operation or a label rather than arithmetic; undefined when they do not. */
export function operationNotationDoubt(sides: readonly string[]): string | undefined {
  if (sides.some((s) => LABEL_SIDE.test(s))) return 'a numeral alone in parentheses labels a question or an equation; it is not the number';
  if (sides.some((s) => IDEAL_ADDED.test(s))) return 'a letter in parentheses added to something may be the ideal it generates (a coset), not a number';
  if (sides.some((s) => s.includes('*') && starBetweenNames(s))) return 'a * between names may be an operation the note defines (a group\'s, a convolution), not a product';
  return undefined;
}

/** A star with a name on each side (`a*b`, `(a*a)*(b*b)`), not between numbers (`(600/16) * (800/16)`). */
function starBetweenNames(side: string): boolean {
  for (let at = side.indexOf('*'); at >= 0; at = side.indexOf('*', at + 1)) {
    const before = side.slice(Math.max(0, at - 12), at);
    const after = side.slice(at + 1, at + 13);
    if (/[A-Za-z]\s*\)*\s*$/.test(before) && /^\s*\(*\s*[A-Za-z]/.test(after)) return true;
  }
  return false;
}
