/**
 * A claim between numbers with words around them, read as the author wrote it:
 *
 * - a caption before the computation (`GPU \ Share \ \frac{2}{10} = 0.2`; proseLabel.ts);
 * - a word or unit after the claimed number that the computation leaves out:
 *   `Total \ Memory \ 4 + 4 = 8GB` (4 GB + 4 GB), `Total \ GPU \ 1 + 1 = 2 \ GPU`,
 *   `\frac{40}{5}=8 \text{ miles per hour}` (ai-system-textbook, akkefa-ml-notes) — the
 *   unit of every number in the claim, written once, on the total;
 * - `\frac{8}{7}=1.14 \times` (ericwiener-ai-notes): a speed-up, "1.14 times".
 *
 * The claim is then the numbers' claim. A reading that confirms; it refutes only where the
 * words can say nothing the numbers do not (plainWords.ts: a caption naming no function, a
 * count noun that converts to nothing) — else they may (a rate in other units, a count of
 * something else), and when the numbers disagree the claim stays as it was. A word after
 * the number must look like a unit or a noun — three letters or more, or with a capital
 * (`GB`, `GPU`), or in `\text{…}` — so that `1 + 1 = 2ab` stays an equation in a and b;
 * `%` and number words are other readings (afterFormula.ts, units.ts).
 */
import { judgeClaim } from '../claims';
import { labelWords, withoutProseLabel } from './proseLabel';
import { captionSaysNothing, suffixSaysNothing } from './plainWords';
import type { Piece } from '../split';
import type { ClaimReport, SideReport } from '../types';

/** A space TeX keeps in math. */
const GAP = String.raw`(?:\\[ ,;!]|\\quad|\\qquad|~|\\space)`;
/** Words in a text command: a unit or a noun (`\text{ miles per hour }`, `\textrm{GB/s}`). */
const TEXT_WORDS = String.raw`\\(?:text|textrm|mathrm|mbox|rm)\s*\{\s*[A-Za-z][A-Za-z /.]*\}`;
/** Letters written in math: three or more (`GPU`, `apples`), or two with a capital (`GB`). */
const MATH_WORD = String.raw`(?:[A-Za-z]{3,}|[A-Z][A-Za-z]|[a-z][A-Z])`;
const WORDS = String.raw`(?:${TEXT_WORDS}|${MATH_WORD}(?:\s*${GAP}\s*${MATH_WORD})*)`;
/** A written number and what follows it; the number group is what the claim is about. */
const SUFFIXED = new RegExp(String.raw`^\s*(-?\d+(?:\.\d+)?)\s*(?:${GAP}\s*)*(${WORDS}|\\times|×)\s*$`);
/** Cheap test before the regular expression: the side ends with a letter, a brace or ×. */
const MAY_SUFFIX = /[A-Za-z}×]\s*$/;

/**
 * The claim judged between its numbers when a caption opens the left side or a word closes
 * the claimed number — if it then holds, or fails with words that say nothing more;
 * otherwise the claim as it was.
 */
export function withWordsAroundNumbers(
  claim: ClaimReport,
  pieces: readonly [Piece, Piece],
  evaluate: (piece: Piece) => SideReport,
): ClaimReport {
  if (claim.verdict !== 'none') return claim;
  const unlabelled = withoutProseLabel(pieces[0]);
  const suffixed = MAY_SUFFIX.test(pieces[1].text) ? SUFFIXED.exec(pieces[1].text) : null;
  if (!unlabelled && !suffixed) return claim;
  const left = unlabelled ? evaluate(unlabelled) : claim.left;
  if (left.value === null || left.symbols.length > 0 || left.error) return claim;
  const numberAt = suffixed ? pieces[1].text.indexOf(suffixed[1]!) : 0;
  const right = suffixed ? evaluate({ text: suffixed[1]!, offset: pieces[1].offset + numberAt }) : claim.right;
  if (right.value === null || right.symbols.length > 0 || right.error) return claim;
  const judged = judgeClaim(left, claim.relation, right);
  if (judged.verdict !== 'holds' && !(judged.verdict === 'fails' && wordsSayNothing(claim, pieces, unlabelled, suffixed))) return claim;
  const words = [
    unlabelled ? labelWords(pieces[0], unlabelled) : '',
    suffixed ? `"${suffixText(suffixed[2]!)}" the unit of the claim` : '',
  ].filter(Boolean);
  const { fix: _fix, ...rest } = judged;
  return { ...rest, left: claim.left, right: claim.right, reading: `with ${words.join(' and ')}${judged.reading ? `, ${judged.reading}` : ''}` };
}

/** A computation, not a bare number: an operator after its first character (a leading sign is not one). */
const OPERATOR = /.[-+*/×·]|\\(?:times|cdot|[dt]?frac|div|sqrt)/;

/** Whether the caption and the word after the number can say nothing the numbers do not (plainWords.ts). */
function wordsSayNothing(claim: ClaimReport, pieces: readonly [Piece, Piece], unlabelled: Piece | undefined, suffixed: RegExpExecArray | null): boolean {
  if (claim.relation !== '=' && claim.relation !== '\\approx') return false;
  if (unlabelled && !captionSaysNothing(pieces[0].text.slice(0, unlabelled.offset - pieces[0].offset))) return false;
  if (!suffixed) return true;
  const computation = unlabelled?.text ?? pieces[0].text;
  return suffixed[2] !== '\\times' && suffixed[2] !== '×' && suffixSaysNothing(suffixText(suffixed[2]!), OPERATOR.test(computation.trim()));
}

/** The words after the number as a reader says them (`\text{ miles per hour }` → "miles per hour", `\times` → "times"). */
function suffixText(suffix: string): string {
  if (suffix === '\\times' || suffix === '×') return 'times';
  return suffix.replace(/\\(?:text|textrm|mathrm|mbox|rm)\s*\{([^}]*)\}/, '$1').replace(/\\[ ,;!]|\\q?quad|~|\\space/g, ' ').replace(/\s+/g, ' ').trim();
}
