/**
 * A row of given values that starts a new case: "machine 1: n = 25, $\bar{x} = 5.0592$, $s^2 = 0.1130$,
 * $s = 0.3361$ / machine 2: n = 22, $\bar{x} = 4.9808$, $s^2 = 0.0137$, $s = 0.1171$"
 * (Yuchen971/yuchen.one, pages/f-test.md). Machine 2's `s^2 = 0.0137` was judged with machine 1's
 * s = 0.3361 and failed, though its own s = 0.1171, given a little further on the same line, makes it
 * right (0.1171² = 0.0137).
 *
 * A claim that fails as written with a name the note bound earlier (no identity reading: the name
 * had a value) is left undecided when the rest of its own line gives that name another number
 * (`$s = 0.1171$`, not the last one the note gave it before): the line is a new case, and the claim
 * belongs to it. The same number again (`$s = 0.3361$` restated) is no new case: the claim keeps failing. Only the same line counts —
 * a worked example that binds a name again paragraphs later is another step, and a claim before it
 * keeps its verdict. A claim between numbers alone is judged as written.
 */
import type { ClaimReport, FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';
import { namesOf } from './paragraphConditions';

/** `$s = 0.1171$`, `$\sigma=2$`: a name alone given a number, inside dollars. */
const GIVEN = /\$\s*((?:\\[A-Za-z]+|[A-Za-z])(?:\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?)\s*=\s*-?\d+(?:\.\d+)?\s*\$/g;

/** The names `text` gives a number to, each with the last number it gives. */
function namesGiven(text: string): Map<string, number> {
  const names = new Map<string, number>();
  for (const m of text.matchAll(GIVEN)) {
    const value = Number(/-?\d+(?:\.\d+)?\s*\$$/.exec(m[0])![0].replace('$', ''));
    for (const n of namesOf(m[1]!)) names.set(n, value);
  }
  return names;
}

/** The names the rest of the line after `end` gives a number other than the last one the note gave them before `start`. */
function namesGivenAnew(note: string, start: number, end: number): Set<string> {
  const eol = note.indexOf('\n', end);
  const after = namesGiven(note.slice(end, eol === -1 ? note.length : eol));
  const before = namesGiven(note.slice(0, start));
  return new Set([...after].filter(([name, value]) => before.get(name) !== value).map(([name]) => name));
}

/** Whether the claim was judged by values names already had: it writes a name and has no identity reading. */
const byBoundNames = (claim: ClaimReport): boolean =>
  claim.identity === undefined && claim.left.value !== null && claim.right.value !== null && namesOf(`${claim.left.source} ${claim.right.source}`).size > 0;

export function withReboundOnSameLine(note: string, start: number, end: number, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails') return report;
  const given = namesGivenAnew(note, start, end);
  if (given.size === 0) return report;
  return leaveUndecided(report, (claim) => {
    if (!byBoundNames(claim)) return undefined;
    const rebound = [...namesOf(`${claim.left.source} ${claim.right.source}`)].find((n) => given.has(n));
    return rebound === undefined ? undefined : `it fails with the earlier value of ${rebound}, but the rest of its line gives ${rebound} a new value: a new case it belongs to`;
  });
}
