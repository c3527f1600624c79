/**
 * Permutations in cycle notation: `|(1235)(24567)| = |(124)(3567)|` (KarelZe/anki-decks, an
 * exercise of Gallian's algebra: the order of a product of cycles). Each parenthesised run of
 * distinct digits is a cycle, juxtaposed cycles compose, and bars around them take the order of
 * the permutation. Read as numbers, 1235 · 24567 ≠ 124 · 3567 fails.
 *
 * A failing claim whose two sides are both products of cycles (both inside bars, or neither) is
 * left undecided when the permutations agree — composed right to left or left to right, or in
 * their orders under bars. Cycles that give different permutations keep the verdict they had.
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

/** One cycle: two to nine distinct digits 1–9 in parentheses, digits optionally spaced. */
const CYCLE = /^\(\s*([1-9](?:\s*[1-9]){1,8})\s*\)/;

/** The cycles of a side that is only juxtaposed cycles, and whether bars (the order) surround them. */
function cyclesOf(text: string): { cycles: number[][]; order: boolean } | undefined {
  let rest = text.trim().replace(/\\left\s*\||\\right\s*\||\\lvert|\\rvert/g, '|');
  const order = rest.startsWith('|') && rest.endsWith('|') && rest.length > 2;
  if (order) rest = rest.slice(1, -1).trim();
  const cycles: number[][] = [];
  while (rest) {
    const cycle = CYCLE.exec(rest);
    if (!cycle) return undefined;
    const digits = [...cycle[1]!.replace(/\s/g, '')].map(Number);
    if (new Set(digits).size !== digits.length) return undefined;
    cycles.push(digits);
    rest = rest.slice(cycle[0].length).trim();
  }
  return cycles.length > 0 ? { cycles, order } : undefined;
}

/** The permutation of 1..9 the cycles make, applied from the last cycle to the first (or the first to the last). */
function compose(cycles: readonly number[][], rightToLeft: boolean): number[] {
  const order = rightToLeft ? [...cycles].reverse() : cycles;
  return Array.from({ length: 10 }, (_, start) =>
    order.reduce((x, cycle) => {
      const at = cycle.indexOf(x);
      return at < 0 ? x : cycle[(at + 1) % cycle.length]!;
    }, start),
  );
}

function orderOf(permutation: readonly number[]): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const seen = new Set<number>();
  let order = 1;
  for (const start of permutation.keys()) {
    let length = 0;
    for (let x = start; !seen.has(x); x = permutation[x]!, length++) seen.add(x);
    if (length > 0) order = (order * length) / gcd(order, length);
  }
  return order;
}

function agree(left: { cycles: number[][]; order: boolean }, right: { cycles: number[][]; order: boolean }): boolean {
  return [true, false].some((rightToLeft) => {
    const a = compose(left.cycles, rightToLeft);
    const b = compose(right.cycles, rightToLeft);
    return left.order ? orderOf(a) === orderOf(b) : a.every((x, i) => x === b[i]);
  });
}

/** The report with a claim between products of cycles that agree as permutations left undecided. */
export function withPermutationCycles(report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails' || !/\)\s*\(/.test(report.source)) return report;
  return leaveUndecided(report, (claim) => {
    if (claim.relation !== '=') return undefined;
    const left = cyclesOf(claim.left.source);
    const right = cyclesOf(claim.right.source);
    if (!left || !right || left.order !== right.order || left.cycles.length + right.cycles.length < 3 || !agree(left, right)) return undefined;
    return `both sides are permutations in cycle notation${left.order ? ' under bars (their order)' : ''}, and they agree`;
  });
}
