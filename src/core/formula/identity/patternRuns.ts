/**
 * Runs with an ellipsis whose terms follow the pattern of their last term, as counting and
 * closed-form notes write them: `1 + r + r^2 + \dots + r^{n-1} = \frac{1-r^n}{1-r}`,
 * `1 + 3 + 5 + \cdots + (2n-1) = n^2`, `1^2 + 2^2 + \cdots + n^2 = \frac{n(n+1)(2n+1)}{6}`,
 * `2^0 + 2^1 + \cdots + 2^{n-1} = 2^n - 1`, `1 + 2 + \dots + (n-1) = \frac{n(n-1)}{2}`,
 * `a_0 + a_1 x + \cdots + a_n x^n`. A reader takes the last term as the general term T(n) of
 * the size letter n (the one letter it writes that the terms before the ellipsis do not) and
 * checks that the terms written before the ellipsis are T(j0 − 1), T(j0) for whole numbers —
 * `r` is r^{1}, `1` is r^{0}, `5` is 2·3 − 1. The run is then the sum of T(j) from its first
 * written term (j = 0 or 1) to n, and the claim is checked as such a sum written out at two
 * sizes (elidedSums.ts), which decides it only when both sizes agree.
 *
 * The descending run `n + (n-1) + \cdots + 1` is read the same way from its first term: the second
 * must be T(n − 1) and the last T(0) or T(1).
 *
 * Left as it was: a run whose terms match no pattern of whole numbers (`1 + 2 + 4 + \cdots + n`,
 * `(1+i)^{20} + (1+i)^{16} + \cdots`), one that starts beyond 1, one whose last term has no or
 * several new letters (`\gamma^{T-t-1} R_T`), a term the index enters together with other things
 * in a subscript (`R_{t+n}`), and a run with nothing after the ellipsis (a series).
 */
import type { MathJson } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import { enclosingGroup, joinTerms, topLevelTerms, type Term } from '../read/latexTerms';
import type { ClaimReadingOfPieces, SideTexts } from './claimReading';
import { checkIdentity } from './identity';
import { withSumsWrittenOut } from './elidedSums';
import type { LatexReader } from '../read/engine';

const ELLIPSIS = /^(?:\\[lc]?dots[bc]?|\\ldots|\.\.\.|…)$/;
const ELLIPSIS_IN_TEXT = /\\[lc]?dots[bc]?(?![A-Za-z])|\.\.\.|…/;
/** The index letters the written-out sum may take, the first one the claim does not use. */
const INDEX_LETTERS = ['q', 'u', 'v', 'w', 'z', 'p'];
/** Whole numbers a written term may stand for. */
const LARGEST_START = 4;

/** The single letters of `text` outside commands and `\\text{…}`. */
function lettersOf(text: string): Set<string> {
  const bare = text.replace(/\\(?:text|mathrm|operatorname|mathit)\s*\{[^{}]*\}/g, ' ').replace(/\\[A-Za-z]+/g, ' ');
  return new Set(bare.match(/[A-Za-z]/g) ?? []);
}

const letterPattern = (letter: string): RegExp => new RegExp(`(?<![\\\\A-Za-z])${letter}(?![A-Za-z])`, 'g');

/** `template` (the general term, index `q`) at the whole number `j`; undefined when q sits in a subscript with other things. */
function termAt(template: string, q: string, j: string): string | undefined {
  let mixed = false;
  const subscripts = template.replace(/_\s*(?:\{\s*([^{}]*?)\s*\}|([A-Za-z0-9]))/g, (m, braced: string | undefined, bare: string | undefined) => {
    const content = braced ?? bare!;
    if (content === q) return `_{${j}}`;
    if (letterPattern(q).test(content)) mixed = true;
    return m;
  });
  if (mixed) return undefined;
  // `x^q` at j is `x^{j}`: a bare power takes one token, so the value goes in braces (and `x^{(j)}` would name a sample).
  return subscripts.replace(new RegExp(`\\^\\s*(?:\\{\\s*${q}\\s*\\}|${q}(?![A-Za-z]))`, 'g'), `^{${j}}`).replace(letterPattern(q), `(${j})`);
}

/** Whether two term texts are the same quantity (equal at random points of their letters). */
function sameTerm(a: string, b: string, reader: LatexReader, deadline: number): boolean {
  let trees: MathJson[];
  try {
    trees = [a, b].map((s) => reader.read(normalizeLatex(s)));
  } catch {
    return false;
  }
  try {
    const outcome = checkIdentity(`${a} = ${b}`, trees[0]!, trees[1]!, new Map(), deadline, false, false, true);
    if (outcome.kind === 'values') return Math.abs(outcome.left.value - outcome.right.value) <= 1e-9 * Math.max(1, Math.abs(outcome.left.value));
    return outcome.kind === 'judged' && outcome.verdict === 'holds';
  } catch {
    return false;
  }
}

interface Rewritten {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** The sum of the general term from `start` to the size letter, in the form elidedSums.ts writes out (from 0 or 1). */
function sumFrom(template: string, q: string, size: string, start: number): string {
  const sum = `\\sum_{${q}=${Math.min(start, 1)}}^{${size}} \\left(${template}\\right)`;
  if (start <= 1) return sum;
  // `1 + 2 + \\cdots + (n-1)` is T(q) = q − 1 from q = 2: the sum from 1 less its terms before 2.
  const missed = Array.from({ length: start - 1 }, (_, k) => termAt(template, q, String(k + 1))!).join(' + ');
  return `\\left(${sum} - \\left(${missed}\\right)\\right)`;
}

/** The run around the ellipsis at `e` as `\\sum_{q=s}^{n} T(q)`, or undefined when its terms follow no pattern. */
function patternRun(terms: readonly Term[], e: number, q: string, reader: LatexReader, deadline: number): Rewritten | undefined {
  const last = terms[e + 1];
  if (!last || terms[e]!.sign !== '+' || last.sign !== '+' || e < 1) return undefined;
  return ascending(terms, e, q, reader, deadline) ?? descending(terms, e, q, reader, deadline);
}

function ascending(terms: readonly Term[], e: number, q: string, reader: LatexReader, deadline: number): Rewritten | undefined {
  const last = terms[e + 1]!;
  const earlier = new Set(terms.slice(0, e).flatMap((t) => [...lettersOf(t.text)]));
  const fresh = [...lettersOf(last.text)].filter((l) => !earlier.has(l));
  if (fresh.length !== 1 || /[ei]/.test(fresh[0]!)) return undefined;
  const size = fresh[0]!;
  const template = last.text.replace(letterPattern(size), q);
  const at = (j: number) => termAt(template, q, String(j));
  if (at(0) === undefined) return undefined;
  // The term just before the ellipsis stands for one whole number only.
  const before = terms[e - 1]!.text;
  const matches = Array.from({ length: LARGEST_START + 1 }, (_, j) => j).filter((j) => sameTerm(before, at(j)!, reader, deadline));
  if (matches.length !== 1) return undefined;
  let j = matches[0]!;
  let from = e - 1;
  while (from > 0 && j > 0 && terms[from]!.sign === '+' && sameTerm(terms[from - 1]!.text, at(j - 1)!, reader, deadline)) {
    from--;
    j--;
  }
  if (j > LARGEST_START - 1 || !['', '+'].includes(terms[from]!.sign)) return undefined;
  return { from, to: e + 1, text: sumFrom(template, q, size, j) };
}

function descending(terms: readonly Term[], e: number, q: string, reader: LatexReader, deadline: number): Rewritten | undefined {
  const last = terms[e + 1]!;
  // The first term of the group is the general one: `n + (n-1) + \\cdots + 1`, `(n-1) + (n-2) + \\cdots + 1`.
  if (e < 2 || /_/.test(joinTerms(terms.slice(0, e + 2)))) return undefined;
  const first = terms[0]!.text;
  const later = new Set(terms.slice(1, e + 2).flatMap((t) => [...lettersOf(t.text)]));
  const own = [...lettersOf(first)];
  if (own.length !== 1 || /[ei]/.test(own[0]!) || lettersOf(last.text).size > 0) return undefined;
  const size = own[0]!;
  if (!later.has(size)) return undefined;
  const template = first.replace(letterPattern(size), q);
  for (let k = 1; k < e; k++) {
    if (terms[k]!.sign !== '+' || !sameTerm(terms[k]!.text, termAt(template, q, `${size}-${k}`)!, reader, deadline)) return undefined;
  }
  const end = [0, 1, 2].filter((j) => sameTerm(last.text, termAt(template, q, String(j))!, reader, deadline));
  if (end.length !== 1) return undefined;
  return { from: 0, to: e + 1, text: sumFrom(template, q, size, end[0]!) };
}

/** `latex` with its ellipsis runs as sums; undefined when one is not read (or there is none). */
function rewritten(latex: string, q: string, reader: LatexReader, deadline: number): string | undefined {
  const at = ELLIPSIS_IN_TEXT.exec(latex)?.index;
  if (at === undefined) return latex;
  const group = enclosingGroup(latex, at);
  if (group) {
    const inner = rewritten(latex.slice(group.start, group.end), q, reader, deadline);
    if (inner === undefined) return undefined;
    const next = `${latex.slice(0, group.start)}${inner}${latex.slice(group.end)}`;
    return next === latex ? undefined : rewritten(next, q, reader, deadline);
  }
  const terms = topLevelTerms(latex);
  const e = terms?.findIndex((t) => ELLIPSIS.test(t.text)) ?? -1;
  if (!terms || e < 0) return undefined;
  const run = patternRun(terms, e, q, reader, deadline);
  if (!run) return undefined;
  const sign = terms[run.from]!.sign;
  const next = joinTerms([...terms.slice(0, run.from), { sign, text: run.text }, ...terms.slice(run.to + 1)]);
  return rewritten(next, q, reader, deadline);
}

/** Whether a side writes an ellipsis between terms (the text test before any parse). */
export function writesEllipsisRun(latex: string): boolean {
  return /(?:\+|-)\s*(?:\\[lc]?dots[bc]?|\\ldots|\.\.\.|…)\s*\+/.test(latex);
}

/** An undecided `=` whose ellipsis runs, read as sums of their last term's pattern, hold or fail written out. */
export const withPatternRuns: ClaimReadingOfPieces = (claim, pieces, reader, definitions, deadline) => {
  if (claim.verdict !== 'none' || claim.relation !== '=' || !pieces.some((p) => writesEllipsisRun(p.text))) return claim;
  const q = INDEX_LETTERS.find((l) => !pieces.some((p) => lettersOf(p.text).has(l)) && !definitions.has(l));
  if (q === undefined) return claim;
  const sides = pieces.map((p) => rewritten(p.text, q, reader, deadline));
  if (sides.some((s) => s === undefined) || sides.every((s, k) => s === pieces[k]!.text)) return claim;
  return withSumsWrittenOut(claim, [{ text: sides[0]! }, { text: sides[1]! }] as SideTexts, reader, definitions, deadline);
};
