/**
 * A worked example may move a name in words: "现在 $v=11$，所以如果你让 $v$ 增加一点点，比如到11.001，
 * 那么 $J =3v =33.003$" (fengdu78/deeplearning_ai_books, markdown/lesson1-week2.md): the nudge of a
 * derivative gives v a new value in the prose, and the next step uses it, not the 11 of the formula.
 * The numbers the prose writes between a name's binding and a step are the values a careful reader
 * tries for that name before calling the step wrong (workedExample.ts).
 */

/** Beyond this many numbers the prose is a table or a story, not a nudge: none is tried. */
const MAX_NUMBERS = 4;
/** A number written in prose: not part of a word (`x2`, `fp16`) or of a longer number. */
const PROSE_NUMBER = /(?<![\w.])-?\d+(?:\.\d+)?(?![\w]|\.\d)/g;

/** The numbers the prose of `note` writes between `from` and `to`, formulas left out (at most MAX_NUMBERS, else none). */
export function numbersInProseBetween(note: string, from: number, to: number): number[] {
  if (to <= from) return [];
  const prose = note.slice(from, to).replace(/\$\$[\s\S]*?\$\$|\$[^$\n]*\$/g, ' ');
  const numbers = [...prose.matchAll(PROSE_NUMBER)].map((m) => Number(m[0]));
  return numbers.length <= MAX_NUMBERS ? [...new Set(numbers)] : [];
}
