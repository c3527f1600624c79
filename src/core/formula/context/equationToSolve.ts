/**
 * An equation the text sets up to solve, not an identity: "You also know that
 * (x2,y2) satisfies the original curve equation, and that m also equals the
 * derivative you computed." then
 * `\frac{-1 + x}{\sqrt{3} \sqrt{4 - 2 x + x^2}}=\frac{\frac{1}{3} (6 + \sqrt{3} \sqrt{4 - 2 x + x^2}) -2}{x}`
 * (djeada/Calculus-And-Analysis, notes/differentiation/single_variable/tangent_line/taks_01.md):
 * the point of tangency is the x at which the two sides meet.
 *
 * A claim with free variables that fails at random points is left undecided
 * when its paragraph before speaks of solving, satisfying, equating or
 * intersecting, or ends "Setting $T_{ring} = T_{tree}$:"; or when the text right
 * after it goes on to solve it: "Solving for $n$:" (ttsugriy/distributed-training-book,
 * docs/collectives/12-ring-tree-algorithms.md, the crossover of ring and tree
 * all-reduce), "6. Solve: $2M - 5 = 3M - 15$" (wangywUST/wangywust.github.io,
 * CourseLLM2025/lecture_8.md, an age puzzle). A wrong identity with none of
 * that around it still fails.
 *
 * Setting a derivative to zero is such a set-up: "Set $S'(r) = 0$:" then
 * `4\pi r = \frac{2000}{r^2}` (dmccreary/calculus, docs/chapters/19-optimization/index.md,
 * "Find critical points"), and so is the Chinese 要求 / 令 right before the formula ("所以 … 最大，要求
 * $\frac{.8}{1+.8x}=\frac{.5}{1-.5x},x=\frac 38$", major-second/104-public-knowledge-base,
 * quant-interview/a-practical-guide/2-brain-teasers.md: the Kelly fraction).
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';
import { paragraphBefore } from '../find/noteSections';

const SETS_UP_EQUATION = /\b(?:solv(?:e|es|ing)|satisf(?:y|ies|ying)|equat(?:e|es|ing)|set\s+(?:\w+\s+){0,4}equal|intersect(?:s|ion)?|find\s+(?:the\s+)?(?:value|values|point|points|x|zero|zeros|root|roots)|critical\s+points?|set(?:ting)?\s+(?:\S+\s+){0,3}to\s+zero|set(?:ting)?(?=\s*[:：]))\b|求解|解方程|满足/i;

/**
 * 令 ("let") and 要求 ("require") set up the formula right after them: "要求 $…$". Earlier in the paragraph they
 * let a name have a value ("令学习率 $\eta=0.1$，则 $w_1 = …$") or are part of another word (命令, "command").
 */
const LETS_EQUATION_HOLD = /(?:^|[^命指法口号])(?:令|要求)[^，。、；：,.;:!?！？]{0,12}$/;

/**
 * The same set-up in Japanese, Chinese and Korean exam solutions, and in English said as two things
 * being equal: "これが $\lambda u$ に等しいための条件は" (the condition for this to equal λu), "を解けばよい"
 * (it suffices to solve), "2 直線の交点は" (the lines' intersection), "距離が等しい点が境界となる" (the boundary is
 * where the distances are equal; Myyura/the_kai_project), "Let the point $(x,y)$ be where the Euclidean
 * distance from $c_1$ and $c_2$ are equal" (ibid., kyoto-university ist 2024 senmon s 3). A conditional
 * probability (条件付き確率, 条件概率) is no condition to solve.
 */
const SETS_UP_EQUATION_MORE = /解[くけきこ]|解を|を解|条件(?!付|概率|期望|分布|独立|熵)|等しい|相等|満た[すさし]|交点|境界|풀[면어이]|조건|교점|만족|\b(?:are|be|being|become|becomes)\s+equal\b(?!\s+to\b)|\bdecision\s+boundary\b/i;
/** After the formula: "を満たす" (which satisfies), "を解く" (solving it). */
const SOLVES_AFTER_CJK = /^[\s$。、，,.]*(?:を満た|を解|의\s*해|을\s*풀|를\s*풀)/;

/** A paragraph that ends by setting two things equal, the equation itself blanked: "Setting $a = b$:". */
const SETTING_EQUAL = /\bsetting\s*:?\s*$/i;
/** The text after the formula starts solving it: "Solving for $n$:", "6. Solve: …", "Rearranging:". */
const SOLVES_AFTER = /^[\s.,;:)]*(?:\d+[.)]\s*)?(?:\*\*)?(?:then\s+|now\s+)?(?:solv(?:e|ing)|rearrang(?:e|ing))\b/i;

const LOOK_BACK = 400;
const LOOK_AHEAD = 80;

/** The report with its failing identities undecided when the text around it sets them up as equations to solve. */
export function withEquationToSolve(note: string, start: number, end: number, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails' || !report.claims.some((c) => c.verdict === 'fails' && c.identity !== undefined)) return report;
  const before = paragraphBefore(note, start, LOOK_BACK);
  const words = SETS_UP_EQUATION.exec(before)?.[0] ?? LETS_EQUATION_HOLD.exec(before)?.[0].replace(/^[^令要]/, '') ?? SETTING_EQUAL.exec(before)?.[0].replace(/\s*:?\s*$/, '') ?? SOLVES_AFTER.exec(note.slice(end, end + LOOK_AHEAD))?.[0].replace(/^[\s.,;:)\d*]*/, '') ?? SETS_UP_EQUATION_MORE.exec(before)?.[0] ?? SOLVES_AFTER_CJK.exec(note.slice(end, end + LOOK_AHEAD))?.[0].replace(/^[\s$。、，,.]*/, '');
  if (!words) return report;
  return leaveUndecided(report, (claim) => (claim.identity === undefined ? undefined : `the text around it sets it up as an equation to solve ("${words}"), not an identity`));
}
