/**
 * The sentence a formula stands in may say that it is not claimed: "The ratio
 * would need to be $\frac{1}{1} = \frac{2}{0.182}$, but …", "a common mistake is
 * $…$", "suppose $…$", "the equation is of the form $0 = 1$" (a pattern, not an instance). A claim that fails in such a sentence is what the author
 * sets up to knock down, so it is left undecided, naming the words.
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

/** Words before a formula, in its sentence, that present it as required, supposed, wrong or denied. */
const NOT_ASSERTED = new RegExp(
  [
    String.raw`\b(?:would|should|must|ought to)(?: need to| have to)? be\b`,
    String.raw`\bneeds? to be\b`,
    String.raw`\b(?:suppose|supposing|assume|assuming|hypothetically|pretend)\b`,
    // "they can't prevent 'logical' errors (like writing $1=2$)" (Vtheonly/Obsidian_Notes, TAMER 1, 5.3 Grammar Constrained Decoding).
    String.raw`\b(?:like|such as|e\.g\.,?|say) writing\b|\blogical errors?\b|\bcontradictions?\b|\babsurd(?:ity)?\b`,
    String.raw`\b(?:wrong(?:ly)?|incorrect(?:ly)?|mistaken(?:ly)?|mistakes?|misconceptions?|fallac(?:y|ies)|naive(?:ly)?|myths?|erroneous(?:ly)?)\b`,
    String.raw`\b(?:is|are|was|were|does|do|did)(?: not|n't)\b`,
    String.raw`\b(?:never|instead of|rather than|not equal)\b`,
    String.raw`\b(?:of|has|have|takes?) the form\b`,
    '假设|假如|错误|而不是|并不|不是|不等于|形如',
  ].join('|'),
  'i',
);

/** How far back a sentence is searched: a formula's own sentence, not the paragraph. */
const LOOK_BACK = 160;

/** The prose of `note` before `start` in the same sentence (other formulas blanked, so their digits end nothing). */
export function sentenceBefore(note: string, start: number): string {
  const before = note.slice(Math.max(0, start - LOOK_BACK), start).replace(/\$[^$]*\$/g, ' ');
  const cut = Math.max(before.lastIndexOf('\n\n'), ...['. ', '! ', '? ', '。', '！', '？', ':\n', '.\n'].map((end) => before.lastIndexOf(end)));
  return cut < 0 ? before : before.slice(cut + 1);
}

/** The report with its failing claims undecided when the sentence before it does not assert them. */
export function withProseBefore(note: string, start: number, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails') return report;
  const words = NOT_ASSERTED.exec(sentenceBefore(note, start))?.[0];
  if (!words) return report;
  return leaveUndecided(report, () => `the sentence does not assert it ("${words.trim()}")`);
}
