/**
 * Notes list properties of a function case by case: "If $n$ is a prime number,
 * then $\phi(n) = n - 1$. With a product $x = pq$, where $p, q$ are prime
 * numbers, $\phi(pq) = (p-1)(q-1)$" (JuanEcheagaray75/Data-Science-and-Math-Notes,
 * cryptography-analysis/modular-arithmetic.md). The first reads as a definition
 * of φ, but holds only under its condition; a later case of φ stated under a
 * condition of its own is not refuted by it. A failing identity whose left side
 * applies a function defined earlier, in a sentence that states a condition,
 * is left undecided.
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

/** Words that put a formula under a condition, in its own sentence before it. */
const CONDITION_WORDS = /\b(?:if|when|where|whenever|provided|given|for (?:a|an|any|every|each|all)|with a)\b|如果|若|当/i;
const LOOK_BACK = 200;

function sentenceBefore(note: string, start: number): string {
  const before = note.slice(Math.max(0, start - LOOK_BACK), start).replace(/\$[^$]*\$/g, ' ');
  const cut = Math.max(before.lastIndexOf('\n\n'), before.lastIndexOf('\n-'), before.lastIndexOf('\n*'), ...['. ', '! ', '? ', '。'].map((end) => before.lastIndexOf(end)));
  return cut < 0 ? before : before.slice(cut + 1);
}

/** The report with failing identities through an earlier definition of their own left side's function undecided when stated under a condition. */
export function withConditionalDefinitions(note: string, start: number, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails') return report;
  const condition = CONDITION_WORDS.exec(sentenceBefore(note, start))?.[0];
  if (!condition) return report;
  return leaveUndecided(report, (claim) => {
    if (claim.identity?.counterexample === undefined) return undefined;
    const applied = /^\s*(\\?[A-Za-z]+)\s*(?:\\left\s*)?\(/.exec(claim.left.source)?.[1];
    const name = applied?.replace(/^\\/, '');
    const uses = claim.identity.using ?? [];
    if (!name || !uses.some((u) => u.endsWith('as defined earlier') && (u.startsWith(name) || u.startsWith(symbolOf(name))))) return undefined;
    return `it is stated under a condition ("${condition}"), and the earlier definition it fails with may hold only under its own`;
  });
}

/** The Greek letter a command names, as the checker writes it in "φ as defined earlier". */
function symbolOf(command: string): string {
  const greek: Record<string, string> = { phi: 'φ', varphi: 'φ', psi: 'ψ', sigma: 'σ', lambda: 'λ', theta: 'θ', mu: 'μ', pi: 'π', rho: 'ρ', tau: 'τ', omega: 'ω', gamma: 'γ', alpha: 'α', beta: 'β', delta: 'δ', eta: 'η', kappa: 'κ', chi: 'χ', xi: 'ξ', zeta: 'ζ', nu: 'ν', epsilon: 'ε' };
  return greek[command] ?? command;
}
