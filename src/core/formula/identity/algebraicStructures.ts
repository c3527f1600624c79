/**
 * Notes on groups, rings and operations that are no multiplication, where a check
 * with real numbers refutes nothing (ThomasTorres2024/Obsidian-Notes, Abstract Algebra/…):
 *
 * - `b^{-1}a^{-1} = ba` (an element its own inverse), `(a^{-1}H)(aH) = a^{-1}aH` (cosets),
 *   `(4+H)+(5+H) = (5+4)+H` (a quotient group), `a^2+2(ab)+b^2 = a^2+b^2` (characteristic 2),
 *   `3^{-2} = 1` and `-4 = 1` (residues), `|2| = 6` (the order of an element): in a note
 *   that speaks of subgroups, cosets, homomorphisms, quotient rings and the like, letters
 *   are elements of a group or ring and numbers may be residues. A claim that fails there
 *   is left undecided; the same claim in a note that never speaks so still fails. Chinese notes say
 *   so with 子群, 陪集, "Abel 群", "$G$ 是群", 单位元, 逆元 (Rainybunny/PKU-Lecture-Notes, Discrete
 *   Mathematics and Structures, 25-10-hw4.md: `(ab)(ab)=e\Ra ab=(ab)^{-1}=b^{-1}a^{-1}=ba`).
 * - `f(x) * g(x) = (f * g)(x)` (Functional Analysis/Transforms/Convolution.md): a star
 *   between two names applied as one function is a convolution.
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

/** Words only notes on algebraic structures use. */
const STRUCTURE_WORDS = /\b(?:sub-?groups?|cosets?|homomorphisms?|isomorphisms?|automorphisms?|endomorphisms?|abelian|quotient (?:groups?|rings?)|integral domains?|direct products?|cyclic groups?|identity element|group theory|ring theory|Lagrange's theorem)\b|子群|陪集|同态|同构|商群|商环|整环|Abel\s*群|阿贝尔群|交换群|循环群|置换群|交错群|有限群|群论|群作用|是群(?![体众落])|单位元|逆元/gi;
/** Two uses: one word may be a passing mention in a note on something else. */
const LEAST_USES = 2;

/** `(f * g)(x)`, `(f \ast g)(t)`: two names joined by a star and applied together. */
const CONVOLUTION = /\(\s*[A-Za-z]\s*(?:\*|\\ast)\s*[A-Za-z]\s*\)\s*(?:\\left\s*)?\(/;

let lastNote: string | undefined;
let lastWord: string | undefined;

/** The word that shows `note` works in groups or rings, if it uses such words often enough (the last note's answer is kept). */
function structureWord(note: string): string | undefined {
  if (note === lastNote) return lastWord;
  const uses = note.match(STRUCTURE_WORDS) ?? [];
  lastNote = note;
  lastWord = uses.length >= LEAST_USES ? uses[0] : undefined;
  return lastWord;
}

/** The report with its failing claims undecided in a note on groups or rings, or where a star is a convolution. */
export function withAlgebraicStructures(note: string, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails') return report;
  const convolution = CONVOLUTION.test(report.source);
  const word = convolution ? undefined : structureWord(note);
  if (!convolution && word === undefined) return report;
  const reason = convolution
    ? '(f * g)(x) is a convolution, not a product'
    : `the note works with elements of groups or rings ("${word}"), where letters are elements and numbers may be residues; a check with real numbers cannot refute it`;
  return leaveUndecided(report, () => reason);
}
