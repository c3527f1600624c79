/**
 * A formula the next sentence says does not hold: an equality tested and found
 * false, as a test of independence is (kmerrill61/Statistics-Notes,
 * content/Class Notes/CH2 - Conditional Probability.md):
 *
 *     Are L and H0 independent of each other?
 *     $$ 10/100 = (\frac{40}{100}) \times (\frac{50}{100}) $$
 *     Therefore, $P(L \cap H0)$ is $\color{red}{not\ independent}$
 *
 * The author knows 0.1 ≠ 0.2: that is the finding. A claim that fails where the
 * text right after the formula (formulas included: the words may be typeset)
 * denies an equality, an independence or a truth, or takes it back ("$4 \times 4
 * \times 4 = 32 \times 32$ pixels per feature vector... wait, let's recount",
 * Vtheonly/Obsidian_Notes, TAMER 3, Section 9.2), is left undecided, naming the
 * words. proseBefore.ts does the same for the sentence before.
 *
 * The formula may say so itself: `-1.33 \le -1.96 \implies \text{false}`
 * (boonware/notes, docs/statistics/z_test.md: the test statistic checked against
 * the critical value) shows a comparison evaluated and found false.
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

/** Words that deny what the formula before them writes. */
const DENIED = /\bwait\s*[,.!—-]|\blet(?:'|’)s\s+re(?:count|check|compute|calculate|do)\b|\boops\b|\bnot\s+(?:independent|equal|the same|true|valid|correct)\b|\b(?:does|do|is|are)(?:\s+not|n't)\s+hold\b|\bis false\b|\bnot\s+(?:hold|satisfied)\b|不成立|不独立|不相等|不等于|并不相等|产生矛盾|矛盾|\ba contradiction\b/i;

/** A formula that ends by calling what it wrote false. */
const SHOWN_FALSE = /\\(?:implies|Rightarrow|Longrightarrow|to|rightarrow)\s*(?:\\(?:text|mathrm|textrm|textbf|mathtt)\s*)?\{?\s*(?:false|FALSE|False)\b/;

/** How far ahead the text is read: the formula's own sentence and the next one. */
const LOOK_AHEAD = 200;

/** The text after `end` up to the second sentence end, with TeX markup reduced to its words. */
function textAfter(note: string, end: number): string {
  const raw = note
    .slice(end, end + LOOK_AHEAD)
    .replace(/\\(?:color|textcolor)\s*\{[^{}]*\}/g, ' ')
    .replace(/\\[ ,;:!]/g, ' ')
    .replace(/\\(?:text|mathrm|textrm|textbf|mbox)\s*/g, ' ')
    .replace(/[${}]/g, ' ');
  const ends = [...raw.matchAll(/[.!?。！？](?:\s|$)|\n\s*\n(?=\s*#)/g)];
  const cut = ends[1]?.index;
  return cut === undefined ? raw : raw.slice(0, cut + 1);
}

/** The report with its failing claims undecided when the text after it denies them. */
export function withProseAfter(note: string, end: number, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails') return report;
  if (SHOWN_FALSE.test(report.source)) return leaveUndecided(report, () => 'the formula itself shows it false (⟹ false), it does not claim it');
  const words = DENIED.exec(textAfter(note, end))?.[0];
  if (!words) return report;
  return leaveUndecided(report, () => `the text after it says it does not hold ("${words.replace(/\s+/g, ' ').trim()}")`);
}
