/**
 * p and q of a Bernoulli trial, q = 1 − p: the Fisher information of a coin,
 * `=q/q^2+p/p^2=\frac{1}{pq}` (major-second/104-public-knowledge-base,
 * stats/all-of-stat/9-parametric/fisher-information.md, "[[bernoulli-binom]]
 * 方差就是 pq"). With p and q sampled apart, 1/q + 1/p is not 1/(pq); with
 * q = 1 − p it is, and that is what a reader of p and q takes.
 *
 * A failing identity in p and q that holds once q is written 1 − p is left
 * undecided with that reading named; `q/q^2+p/p^2=\frac{2}{pq}` fails either way.
 */
import type { Piece } from '../split';
import type { ClaimReport } from '../types';

/** A command (kept as it is) or a q of its own: the q of `pq` too, never the q of `\\sqrt`. */
const COMMAND_OR_Q = /\\[A-Za-z]+|q/g;

/** The claim undecided when it fails with p and q apart but holds with q = 1 − p (`judge` reads the pieces so written). */
export function withComplementProbability(claim: ClaimReport, pieces: readonly [Piece, Piece], judge: (pieces: readonly [Piece, Piece]) => ClaimReport): ClaimReport {
  const at = claim.identity?.counterexample?.at;
  if (claim.verdict !== 'fails' || at === undefined || !('p' in at) || !('q' in at)) return claim;
  const written = pieces.map((piece) => ({ ...piece, text: piece.text.replace(COMMAND_OR_Q, (m) => (m === 'q' ? '(1-p)' : m)) })) as unknown as readonly [Piece, Piece];
  if (judge(written).verdict !== 'holds') return claim;
  const { fix: _fix, ...rest } = claim;
  return { ...rest, verdict: 'none', reason: 'cannot evaluate: it fails with p and q apart but holds with q = 1 − p, as p and q of a trial are' };
}
