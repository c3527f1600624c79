/**
 * A side that opens with words naming what it computes: `GPU \ Share \ \frac{2}{10} = 0.2`,
 * `Total \ Memory \ 4 + 4 = 8GB` (ai-system-textbook, a scheduler's worked example written
 * line by line in display math), `\text{Ratio}: \frac{0.7}{0.5} = 1.4`. TeX sets the words in
 * italics, but a reader takes them as a caption, not as the product G·P·U·S·h·a·r·e of
 * letters: the claim is about the numbers after them.
 *
 * A label is one or more words, each a run of three letters or more (or any text in
 * `\text{…}`, `\textrm{…}`, `\mathrm{…}`), separated by spaces TeX keeps (`\ `, `\,`, `\;`,
 * `\quad`, `~`) and closed by such a space or a colon before what follows. Two-letter runs
 * (`ab \ 2`) stay a product of variables.
 */
import type { Piece } from '../split';

/** A word: three letters or more, or text in a text command. */
const WORD = String.raw`(?:[A-Za-z]{3,}|\\(?:text|textrm|mathrm|textbf|mbox)\s*\{[A-Za-z][A-Za-z ]*\})`;
/** A space TeX keeps in math. */
const GAP = String.raw`(?:\\[ ,;]|\\quad|\\qquad|~|\\space)`;
/**
 * Words with gaps between them, closed by a gap or a colon, then the rest; or the colon alone,
 * when the words were in `\text{…}` and splitting the formula dropped them as prose (split.ts).
 */
const LABEL = new RegExp(String.raw`^\s*(?:${WORD}(?:\s*${GAP}\s*${WORD})*\s*(?:${GAP}|:)|:)\s*`);
/** What a computation opens with: a digit, a sign, a parenthesis, a fraction or a root. */
const NUMBERS_BEGIN = /^\s*(?:[\d(.+-]|\\(?:[dt]?frac|sqrt|left))/;
/** Cheap test before the regular expression: a label needs a kept space or a colon. */
const MAY_LABEL = /\\[ ,;]|\\q?quad|~|\\space|:/;

/** The side with its leading label dropped, or undefined when it opens with none or no computation follows it. */
export function withoutProseLabel(piece: Piece): Piece | undefined {
  if (!MAY_LABEL.test(piece.text)) return undefined;
  const m = LABEL.exec(piece.text);
  if (!m) return undefined;
  const rest = piece.text.slice(m[0].length);
  if (!NUMBERS_BEGIN.test(rest)) return undefined;
  return { text: rest, offset: piece.offset + m[0].length };
}

/** The label's words as a reader says them (`GPU \ Share \ ` → "GPU Share"; "a caption" when only its colon is left). */
export function labelWords(piece: Piece, rest: Piece): string {
  const words = piece.text
    .slice(0, rest.offset - piece.offset)
    .replace(/\\(?:text|textrm|mathrm|textbf|mbox)\s*\{([^}]*)\}/g, '$1')
    .replace(/\\[ ,;]|\\q?quad|~|\\space|:/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words === '' ? 'a caption' : `"${words}" a caption`;
}
