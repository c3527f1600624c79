/**
 * The sign function at 0. Mathematics takes sgn 0 = 0, and so does the
 * interpreter; perceptron notes often take sign(0) = +1 (predict the positive
 * class) or −1. A claim that fails while some sign in it may be applied to 0
 * therefore fails only under one convention: it is undecided instead. A claim
 * that holds with sgn 0 = 0 (`\\text{sign}(0) = 0`) holds as written.
 */
import type { LatexReader, MathJson } from '../read/engine';
import { evaluate } from '../evaluate/interpret';
import { buildTerm, type ArrayScope } from '../matrices/matrix';
import { arrayLatex } from '../matrices/matrixSide';
import type { Piece } from '../split';
import type { ClaimReport } from '../types';
import { budgetDeadline } from '../deadline';

const SIGN_CALL = /sign|sgn/;

/** The claim, undecided when it fails and a sign in it may be taken at 0. */
export function undecidedAtSignZero(claim: ClaimReport, pieces: readonly [Piece, Piece], reader: LatexReader): ClaimReport {
  if (claim.verdict !== 'fails' || !pieces.some((p) => SIGN_CALL.test(p.text))) return claim;
  if (!pieces.some((p) => signMayMeetZero(p.text, reader))) return claim;
  const { fix: _fix, array: _array, ...rest } = claim;
  return { ...rest, verdict: 'none', reason: 'cannot evaluate: it applies sign to 0, which is 0 by one convention and +1 or −1 by others' };
}

/** Whether the side applies sgn to something not certainly non-zero (a name, an unreadable argument, or 0). */
function signMayMeetZero(latex: string, reader: LatexReader): boolean {
  let json: MathJson;
  try {
    json = reader.read(arrayLatex(latex));
  } catch {
    return true;
  }
  return signArguments(json, 0).some((argument) => !certainlyNonZero(argument));
}

function signArguments(json: MathJson, depth: number): MathJson[] {
  if (!Array.isArray(json) || depth > 100) return [];
  const inner = (json as readonly MathJson[]).slice(1).flatMap((a) => signArguments(a, depth + 1));
  return json[0] === 'Sign' && json.length === 2 ? [json[1] as MathJson, ...inner] : inner;
}

function certainlyNonZero(argument: MathJson): boolean {
  const scope: ArrayScope = { arrays: new Map(), used: new Set(), nodes: 0, sawArray: false, free: new Set() };
  try {
    const term = buildTerm(argument, scope);
    const expr = term.kind === 'scalar' ? term.expr : term.rows * term.cols === 1 ? term.cells[0]! : undefined;
    if (expr === undefined) return false;
    const e = evaluate(expr, { deadline: budgetDeadline(100), maxTerms: 10_000, steps: 0 });
    return Number.isFinite(e.value) && Math.abs(e.value) > e.noise + e.under;
  } catch {
    return false;
  }
}
