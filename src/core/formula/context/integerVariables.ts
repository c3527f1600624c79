/**
 * Random points are real numbers, but a note may say its letters are whole
 * numbers: "Both $m - n$ and $m + n$ are non-zero integers, so
 * $\int_{-\pi}^{\pi} \cos((m-n)\phi)\,d\phi = \int_{-\pi}^{\pi} \cos((m+n)\phi)\,d\phi = 0$"
 * (QuantEcon lecture-python-intro, complex_and_trig.md) holds for integers and
 * fails at m = 0.93. A failing identity whose counter-example gives a letter
 * that the section's prose calls an integer a value that is not one is left
 * undecided, naming the letter.
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';
import { sectionTextBefore } from '../find/noteSections';
import { namesOf } from './paragraphConditions';

/** Words that make the letters of their sentence whole numbers. */
const INTEGER_WORDS = /\b(?:integers?|whole numbers?|natural numbers?|counting numbers?)\b|整数|自然数/i;
/** `n \in \mathbb{N}`, `k \in \mathbb Z^+`, `k\in\N` (a note's own macro for ℕ): membership written in math. */
const INTEGER_SET = /^(.*?)\\in\s*(?:\\(?:mathbb|Bbb|mathbf)\s*\{?\s*[NZ]\s*\}?|\\[NZ](?![A-Za-z]))/;
/** A subscript that computes an index (`x_{4n}`, `a_{n+1}`, `y_{t-1}`): its letters count terms of a sequence. A label (`\sigma_x`) is not one. */
const INDEX_SUBSCRIPT = /_\s*\{([^{}]*(?:\d\s*[A-Za-z]|[A-Za-z]\s*[+-]\s*\d)[^{}]*)\}/g;

/** The letters `latex` computes an index with: `\{x_{4n}\}` is a subsequence, and `\cos 2n\pi = 1` for it. */
function indexLetters(latex: string): Set<string> {
  const letters = new Set<string>();
  for (const m of latex.matchAll(INDEX_SUBSCRIPT)) for (const letter of m[1]!.match(/(?<!\\[A-Za-z]*)[A-Za-z]/g) ?? []) letters.add(letter);
  return letters;
}

/** How far back the section is read: the stretch a derivation relies on, not the note. */
const LOOK_BACK = 1500;

/** The letters the prose before `start` declares whole numbers. */
export function integerLettersBefore(note: string, start: number): Set<string> {
  const letters = new Set<string>();
  const text = sectionTextBefore(note, start, LOOK_BACK);
  for (const sentence of text.split(/(?<=[.!?。！？])\s+|\n\s*\n/)) {
    const maths = [...sentence.matchAll(/\$\$?([^$]+)\$\$?/g)].map((m) => m[1]!);
    const prose = sentence.replace(/\$\$?[^$]*\$\$?/g, ' ');
    if (INTEGER_WORDS.test(prose)) for (const latex of maths) for (const name of namesOf(latex)) letters.add(name);
    for (const latex of maths) {
      const member = INTEGER_SET.exec(latex);
      if (member) for (const name of namesOf(member[1]!)) letters.add(name);
    }
  }
  return letters;
}

/** The report with each failing identity undecided when its counter-example gives a letter the note calls an integer a fractional value. */
export function underIntegerLetters(note: string, start: number, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails') return report;
  if (!report.claims.some((c) => c.verdict === 'fails' && c.identity?.counterexample !== undefined)) return report;
  const integers = new Set([...integerLettersBefore(note, start), ...indexLetters(report.source)]);
  if (integers.size === 0) return report;
  return leaveUndecided(report, (claim) => {
    const at = claim.identity?.counterexample?.at;
    if (at === undefined) return undefined;
    const fractional = Object.entries(at).filter(([name, value]) => integers.has(name) && !Number.isInteger(value)).map(([name]) => name);
    if (fractional.length === 0) return undefined;
    const which = fractional.join(', ');
    const plural = fractional.length > 1;
    return `it fails at a point where ${which} ${plural ? 'are not integers' : 'is not an integer'}, but the note says ${which} ${plural ? 'are integers' : 'is an integer'} (or uses ${plural ? 'them' : 'it'} as an index)`;
  });
}
