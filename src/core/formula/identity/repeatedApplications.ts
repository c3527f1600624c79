/**
 * A step that holds whatever a function's value is:
 * `-(0) \log(f_{\mathbf{w},b}(\mathbf{x}^{(i)})) - (1 - 0) \log(1 - f_{\mathbf{w},b}(\mathbf{x}^{(i)})) = -\log(1 - f_{\mathbf{w},b}(\mathbf{x}^{(i)}))`
 * (ml-specialization-labs, the logistic loss at y = 0). The note never defines f, and
 * the identity check leaves a function it does not know alone. A careful reader
 * sees the same f(x) in each place and checks the algebra around it: each distinct
 * application `name(…)` becomes a variable of its own, the same application the same
 * variable. What holds for every value of those variables holds for the values the
 * applications have, so the reading may confirm; it never refutes (f(x) may be
 * f·x, or a function with properties the note uses).
 */
import type { LatexReader, MathJson } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import { readAs } from '../read/readAs';
import type { ClaimReport } from '../types';
import { checkIdentity, flattenSubscripts } from './identity';

/** The reading named in the hover and `check --json`. */
export const REPEATED_APPLICATIONS_READING = 'for every value of the functions it applies';

/** A letter, with any subscript, written right before a parenthesis (`f(`, `f_{\mathbf{w},b}\left(`, `h_\theta(`). */
const APPLICATION = /(?<![\\A-Za-z])[A-Za-z](?:_\{(?:[^{}]|\{[^{}]*\})*\}|_\\?[A-Za-z0-9]+)?\s*(?:\\left\s*)?\(/g;

/**
 * A quick test before reading: some function applied twice in the claim. An application written
 * once holds for every value only where it cancels, which is rare: such claims are not read again.
 */
function appliesTwice(latex: string): boolean {
  const names = [...latex.matchAll(APPLICATION)].map((m) => m[0].replace(/\s+/g, ''));
  return new Set(names).size < names.length;
}

/** `f`, `f_{w,b}`, `h_\theta`: a name that may be applied (flattened to one string). */
function isName(json: MathJson): boolean {
  // `f_{\mathbf{w},b}`: a letter with a list of subscripts.
  if (Array.isArray(json) && json[0] === 'At' && typeof json[1] === 'string') return /^[A-Za-z]/.test(json[1]);
  const flat = flattenSubscripts(json);
  return typeof flat === 'string' && /^[A-Za-z]/.test(flat);
}

/** `json` with each application `name(…)` a variable `Q_k`, the same application the same k. */
function withApplicationsAsVariables(json: MathJson, seen: Map<string, string>): MathJson {
  if (!Array.isArray(json)) return json;
  const items = (json as readonly MathJson[]).map((item, k) => (k === 0 ? item : withApplicationsAsVariables(item, seen)));
  if (items[0] !== 'InvisibleOperator') return items;
  const out: MathJson[] = ['InvisibleOperator'];
  for (let k = 1; k < items.length; k++) {
    const next = items[k + 1];
    if (isName(items[k]!) && Array.isArray(next) && next[0] === 'Delimiter') {
      const key = JSON.stringify([items[k], next]);
      if (!seen.has(key)) seen.set(key, `Q_${seen.size + 1}`);
      out.push(seen.get(key)!);
      k++;
    } else out.push(items[k]!);
  }
  return out.length === 2 ? out[1]! : out;
}

/** An undecided `=` that applies functions the note does not define, held when it holds for every value of the applications. */
export function withRepeatedApplications(claim: ClaimReport, pieces: readonly [{ text: string }, { text: string }], reader: LatexReader, deadline: number): ClaimReport {
  if (claim.verdict !== 'none' || claim.relation !== '=' || claim.left.error || claim.right.error || !appliesTwice(`${pieces[0].text} ${pieces[1].text}`)) return claim;
  const seen = new Map<string, string>();
  let sides: MathJson[];
  try {
    sides = pieces.map((p) => withApplicationsAsVariables(reader.read(normalizeLatex(p.text)), seen));
  } catch {
    return claim;
  }
  if (seen.size === 0 || /\bQ_/.test(pieces.map((p) => p.text).join(' '))) return claim;
  // The identity check reads the statement's notation from text: the sides as read, the applications as their variables.
  const latex = `${readAs(sides[0]!)} = ${readAs(sides[1]!)}`;
  let outcome: ReturnType<typeof checkIdentity>;
  try {
    outcome = checkIdentity(latex, sides[0]!, sides[1]!, new Map(), deadline, true);
  } catch {
    return claim;
  }
  if (outcome.kind !== 'judged' || outcome.verdict !== 'holds') return claim;
  const { reason: _reason, ...rest } = claim;
  return { ...rest, verdict: 'holds', identity: outcome.check, reading: REPEATED_APPLICATIONS_READING };
}
