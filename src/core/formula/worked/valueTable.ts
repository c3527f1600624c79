/**
 * A table of values the note works out row by row, each row using values stated
 * in other rows: value iteration in mit-6036-notes,
 *
 *     V_1^*(4) = 0 + \gamma V_0^*(5) = 0\\
 *     V_1^*(5) = V_0^*(5) = 1\\
 *
 * with γ = 0.5 bound earlier. Alone, `0 + \gamma V_0^*(5) = 0` has an unknown in it;
 * a careful reader takes V_0^*(5) = 1 from the row below and sees 0.5, not 0.
 *
 * A term is a name (with sub- and superscripts) applied to a whole number: `V_0^*(5)`,
 * `Q_2(3)`, `f(1)`. A row states the value of each bare term in a chain that ends in a
 * written number (the author's value, right or wrong: a later row that uses it is judged
 * against what the author had). Values are learned from the formula itself first, then
 * kept for the formulas after it in the same section. A claim left undecided whose one
 * side is a written number and whose other side uses only known terms is judged with
 * them put in, and the numbers the note binds once (γ) as its constants.
 */
import { analyzeFormula } from '../analyze';
import type { AnalyzeOptions, ClaimReport, FunctionDefinition } from '../types';

/** A name, its scripts, and one whole-number argument: `V_0^*(5)`, `Q_{k}(2)`, `f(1)`. */
const TERM = /(?<![A-Za-z\\])[A-Za-z](?:\s*[_^]\s*(?:\{[^{}]*\}|[A-Za-z0-9*]))*\s*\(\s*\d+\s*\)/g;
const BARE_NUMBER = /^\s*-?\d+(?:\.\d+)?\s*$/;

const key = (term: string): string => term.replace(/\s+/g, '').replace(/[{}]/g, '');

export class ValueTable {
  private values = new Map<string, number>();
  private section = -1;

  /** Whether the formula may use or state a term's value: a cheap test before any work. */
  static applies(source: string): boolean {
    return /[A-Za-z}*]\s*\(\s*\d+\s*\)/.test(source);
  }

  /** The claims with undecided rows judged at the values the table knows, after learning the formula's own. */
  async review(section: number, claims: readonly ClaimReport[], options: AnalyzeOptions): Promise<readonly ClaimReport[]> {
    if (section !== this.section) {
      this.values = new Map();
      this.section = section;
    }
    this.learn(claims);
    if (!claims.some((c) => c.verdict === 'none' && c.relation === '=')) return claims;
    const out: ClaimReport[] = [];
    for (const claim of claims) out.push(await this.judge(claim, options));
    return out;
  }

  /** Each chain `a = b = … = number` states number for every side of it that is one term. */
  private learn(claims: readonly ClaimReport[]): void {
    let chain: ClaimReport[] = [];
    const close = () => {
      const last = chain[chain.length - 1];
      if (last && last.relation === '=' && BARE_NUMBER.test(last.right.source)) {
        const value = Number(last.right.source.trim());
        for (const c of chain) {
          const side = c.left.source.trim();
          if (c.relation === '=' && isOneTerm(side) && !this.values.has(key(side))) this.values.set(key(side), value);
        }
      }
      chain = [];
    };
    for (const claim of claims) {
      const previous = chain[chain.length - 1];
      if (previous && previous.right.source.trim() !== claim.left.source.trim()) close();
      chain.push(claim);
    }
    close();
  }

  private async judge(claim: ClaimReport, options: AnalyzeOptions): Promise<ClaimReport> {
    if (claim.verdict !== 'none' || claim.relation !== '=') return claim;
    const numberOnRight = BARE_NUMBER.test(claim.right.source);
    if (!numberOnRight && !BARE_NUMBER.test(claim.left.source)) return claim;
    const other = (numberOnRight ? claim.left : claim.right).source;
    const terms = other.match(TERM) ?? [];
    // A side that is one term only restates the table; nothing is computed in it.
    if (terms.length === 0 || isOneTerm(other) || !terms.every((t) => this.values.has(key(t)))) return claim;
    const used = [...new Set(terms)];
    const substituted = other.replace(TERM, (t) => `(${this.values.get(key(t))!})`);
    const written = (numberOnRight ? claim.right : claim.left).source;
    const report = await analyzeFormula(numberOnRight ? `${substituted} = ${written}` : `${written} = ${substituted}`, { ...options, definitions: trustingConstants(options.definitions) });
    const judged = report.claims.length === 1 ? report.claims[0]! : undefined;
    if (!judged || (judged.verdict !== 'holds' && judged.verdict !== 'fails')) return claim;
    const reading = `with ${used.map((t) => `${t.trim()} = ${this.values.get(key(t))!}`).join(', ')} from the note's rows`;
    const { reason: _reason, fix: _fix, ...rest } = claim;
    return { ...rest, verdict: judged.verdict, reading: judged.reading ? `${judged.reading}, ${reading}` : reading, left: { ...claim.left, value: numberOnRight ? judged.left.value : claim.left.value }, right: { ...claim.right, value: numberOnRight ? claim.right.value : judged.right.value } };
  }
}

/**
 * A number the note binds once (γ = 0.5) is the table's constant: it may refute a row, as a worked
 * example's own bindings may (workedExample.ts). A name bound twice still only confirms.
 */
function trustingConstants(definitions: AnalyzeOptions['definitions']): AnalyzeOptions['definitions'] {
  if (!definitions) return definitions;
  const constant = (d: FunctionDefinition) => d.params.length === 0 && typeof d.body === 'number' && d.redefined !== true;
  return new Map([...definitions].map(([name, d]) => [name, constant(d) ? { ...d, trusted: true } : d]));
}

function isOneTerm(side: string): boolean {
  const trimmed = side.trim();
  const m = trimmed.match(TERM);
  return m !== null && m.length === 1 && m[0].trim() === trimmed;
}
