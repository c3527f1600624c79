/**
 * Claims about named activations judged with each convention the name has (identity/namedActivations.ts).
 * Notes state equivalent forms of σ, SiLU, softplus, logit, Mish, LeakyReLU… (`\tanh(x) = 2\sigma(2x) - 1`,
 * `\sigma'(x) = \sigma(x)(1-\sigma(x))`, `\mathrm{SiLU}(x) = x\sigma(x)`). Used but never defined, such a
 * name may confirm a claim and never refute it (identity.ts ASSUMED): a note may mean another variant.
 * A careful reader knows the variants: the claim is read again with the name bound, in turn, to each
 * convention the literature uses under it. It holds when one convention makes it hold, and fails only
 * when every convention makes it fail (the identity check's own "fails": nearly every point clearly off).
 *
 * σ is the sigmoid only where the note says so: the claim's section speaks of the sigmoid or the
 * logistic function, or the note does and never writes σ as a number (σ², σ_x, "standard deviation").
 * Elsewhere σ is a spectrum, a noise schedule, a permutation, and it stays confirm-only. A name the
 * note defines itself keeps the note's definition. A claim with no free variable (`\sigma(0) = 0`) is
 * failed only through the distinctive names, never through σ. A power −1 (an inverse function, written
 * `\sigma(z)^{-1}`) never fails.
 */
import { analyzeFormula } from '../analyze';
import { namedActivation, NAMED_ACTIVATIONS, type ActivationConvention, type NamedActivation } from '../identity/namedActivations';
import { sectionTextBefore } from '../find/noteSections';
import type { AnalyzeOptions, ClaimReport, FormulaReport, FunctionDefinition, MathSpan } from '../types';

/** The cheap test: the formula writes a name of the table (σ applied, or a word). */
const WRITES_ACTIVATION = new RegExp(
  String.raw`\\sigma\s*(?:\\left\s*)?[('^]|\\sigma\s*\\prime|(?<![A-Za-z])(?:${NAMED_ACTIVATIONS.flatMap((a) => a.names).filter((n) => n !== 'sigma').join('|')})(?![A-Za-z])`,
);
const SIGMOID_WORDS = /\bsigmoid|\blogistic\b|シグモイド|Sigmoid|逻辑斯蒂|逻辑函数/i;
/** σ as a number somewhere in the note: σ², σ_x, σ written beside "standard deviation". */
const SIGMA_AS_NUMBER = /\\sigma\s*(?:\^|_)|standard deviation|标准差/i;
/**
 * A power −1 beside a name may be its inverse function (`\sigma(z)^{-1} = \log z - \log(1-z)`, uvadlc-notebooks):
 * such a formula may hold, never fail.
 */
const INVERSE_POWER = /\^\s*\{?\s*-\s*1(?!\d)/;
/** At most this many combinations of conventions are tried. */
const MAX_COMBINATIONS = 12;

export function writesActivation(source: string): boolean {
  return WRITES_ACTIVATION.test(source);
}

/** The table's activations `source` applies, by engine name (σ as `sigma`). */
function appliedActivations(source: string): Map<string, NamedActivation> {
  const out = new Map<string, NamedActivation>();
  if (/\\sigma\s*(?:\\left\s*)?[('^]|\\sigma\s*\\prime/.test(source)) out.set('sigma', namedActivation('sigma')!);
  for (const a of NAMED_ACTIVATIONS) {
    for (const n of a.names) {
      if (n !== 'sigma' && new RegExp(`(?<![A-Za-z\\\\])${n}(?![A-Za-z])\\s*\\}?\\s*(?:\\\\left\\s*)?[('^]`).test(source)) out.set(n, a);
    }
  }
  return out;
}

/** Whether the note reads σ as the logistic sigmoid where `span` stands. */
function sigmaIsSigmoid(note: string, span: MathSpan): boolean {
  if (SIGMOID_WORDS.test(sectionTextBefore(note, span.start, 4000))) return true;
  return SIGMOID_WORDS.test(note) && !SIGMA_AS_NUMBER.test(note);
}

/** Every choice of one convention per name (the first few). */
function combinations(names: readonly [string, NamedActivation][]): Array<Array<[string, NamedActivation, ActivationConvention]>> {
  let out: Array<Array<[string, NamedActivation, ActivationConvention]>> = [[]];
  for (const [name, a] of names) out = out.flatMap((combo) => a.conventions.map((c) => [...combo, [name, a, c] as [string, NamedActivation, ActivationConvention]]));
  return out.slice(0, MAX_COMBINATIONS);
}

/** The claims of the formula at `span`, with those about named activations judged convention by convention. */
export async function withActivationConventions(note: string, span: MathSpan, claims: readonly ClaimReport[], options: AnalyzeOptions): Promise<readonly ClaimReport[]> {
  if (!claims.some((c) => c.verdict === 'none' && c.relation === '=')) return claims;
  const applied = appliedActivations(span.source);
  // The note's own definition stays (a definition the prose names, proseFunctions.ts, is the same sigmoid).
  for (const name of [...applied.keys()]) {
    const own = options.definitions?.get(name);
    if (own && own.named === undefined) applied.delete(name);
  }
  if (applied.has('sigma') && !sigmaIsSigmoid(note, span)) applied.delete('sigma');
  if (applied.size === 0) return claims;
  const distinctive = [...applied.keys()].some((n) => n !== 'sigma');
  const combos = combinations([...applied]);
  const reports: Array<{ combo: Array<[string, NamedActivation, ActivationConvention]>; report: FormulaReport }> = [];
  for (const combo of combos) {
    const definitions = new Map<string, FunctionDefinition>(options.definitions ?? []);
    for (const [name, a, c] of combo) definitions.set(name, { name, params: ['x'], body: c.body, source: `${name === 'sigma' ? 'σ' : name} as ${a.title} (${c.label})`, trusted: true });
    reports.push({ combo, report: await analyzeFormula(span.source, { ...options, definitions }) });
  }
  return claims.map((claim, k) => {
    if (claim.verdict !== 'none' || claim.relation !== '=') return claim;
    const again = reports.map((r) => ({ combo: r.combo, claim: r.report.claims[k] }));
    if (again.some((r) => r.claim === undefined || r.claim.left.offset !== claim.left.offset)) return claim;
    const held = again.find((r) => r.claim!.verdict === 'holds');
    const described = (combo: ReadonlyArray<[string, NamedActivation, ActivationConvention]>) => combo.map(([n, a, c]) => `${n === 'sigma' ? 'σ' : n} as ${a.title}${a.conventions.length > 1 ? ` (${c.label})` : ''}`).join(', ');
    if (held) return { ...held.claim!, reading: `with ${described(held.combo)}` };
    // Failing needs free variables, or a value through a name other than σ.
    const freeVariables = again[0]!.claim!.identity !== undefined && again[0]!.claim!.identity !== null;
    if ((freeVariables || distinctive) && !INVERSE_POWER.test(span.source) && again.every((r) => r.claim!.verdict === 'fails')) {
      const { fix: _fix, ...rest } = again[0]!.claim!;
      const every = combos.length > 1 ? ' under every convention of the name' : '';
      return { ...rest, reading: `with ${described(again[0]!.combo)}: it fails${every}` };
    }
    return claim;
  });
}
