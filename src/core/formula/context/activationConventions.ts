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
 *
 * Φ is the standard normal CDF (GELU's xΦ(x), `\Phi(x) = \frac{1}{2}\left[1 + \text{erf}(x/\sqrt{2})\right]`) only
 * where the section before the formula, or the formula, says so: a CDF, a cumulative distribution, GELU, the error
 * function. Elsewhere Φ is a feature map, a potential, a design matrix. It may fail a claim only when the formula
 * writes GELU, erf or erfc, the forms it is compared with, and the prose (the section before, or the sentences after
 * the formula: "where Φ(x) is the CDF of the standard normal") says Φ is the normal CDF; otherwise it only confirms.
 * GELU's approximations (`\text{GELU}(x) \approx 0.5x(1 + \tanh(…))`) are conventions of the name: an `\approx`
 * holds when a convention makes it hold, and is never failed (`\text{GELU}(x) \approx x` for large x is a regime).
 */
import { analyzeFormula } from '../analyze';
import { namedActivation, NAMED_ACTIVATIONS, STANDARD_NORMAL_CDF, type ActivationConvention, type NamedActivation } from '../identity/namedActivations';
import { sectionTextBefore } from '../find/noteSections';
import { interpret } from '../evaluate/interpret';
import { ASSUMED } from '../identity/identity';
import type { AnalyzeOptions, ClaimReport, FormulaReport, FunctionDefinition, MathSpan } from '../types';
import { budgetDeadline } from '../deadline';

/** The cheap test: the formula writes a name of the table (σ applied, or a word). */
const WRITES_ACTIVATION = new RegExp(
  String.raw`\\sigma\s*(?:\\left\s*)?[('^]|\\sigma\s*\\prime|\\Phi\s*(?:\\left\s*)?\(|(?<![A-Za-z])(?:${NAMED_ACTIVATIONS.flatMap((a) => a.names).filter((n) => n !== 'sigma').join('|')})(?![A-Za-z])`,
);
const SIGMOID_WORDS = /\bsigmoid|\blogistic\b|シグモイド|Sigmoid|逻辑斯蒂|逻辑函数/i;
/** σ as a number somewhere in the note: σ², σ_x, σ written beside "standard deviation". */
const SIGMA_AS_NUMBER = /\\sigma\s*(?:\^|_)|standard deviation|标准差/i;
/**
 * A power −1 beside a name may be its inverse function (`\sigma(z)^{-1} = \log z - \log(1-z)`, uvadlc-notebooks):
 * such a formula may hold, never fail.
 */
const INVERSE_POWER = /\^\s*\{?\s*-\s*1(?!\d)/;
/** Φ applied: `\Phi(x)`, `\Phi\left(\frac{x}{\sqrt 2}\right)`. */
const PHI_APPLIED = /\\Phi\s*(?:\\left\s*)?\(/;
/** Words that say a Φ is the standard normal CDF (in the formula or its section before it). */
const NORMAL_CDF_WORDS = /\bCDFs?\b|cumulative distribution|distribution function|累积分布|累計分布|累积概率|누적\s*분포|GELU|\berf\b|error function|误差函数|standard (?:normal|gaussian)|标准正态|표준\s*정규/i;
/** What a Φ claim must write to be failed: GELU or the error function, the forms Φ is compared with. */
const PHI_FAILABLE = /GELU|gelu|erf/;
/** Words that state Φ is the normal CDF in prose (the formula's own erf or GELU may only confirm). */
const NORMAL_CDF_STATED = /\bCDFs?\b|cumulative distribution|distribution function|累积分布|累計分布|누적\s*분포|standard (?:normal|gaussian)|标准正态|표준\s*정규|Gaussian Error Linear/i;
/** How far after the formula its explanation may say what Φ is ("where Φ(x) is the CDF of the standard normal"). */
const EXPLANATION_AFTER = 400;
/** At most this many combinations of conventions are tried. */
const MAX_COMBINATIONS = 12;

export function writesActivation(source: string): boolean {
  return WRITES_ACTIVATION.test(source);
}

/** The table's activations `source` applies, by engine name (σ as `sigma`). */
function appliedActivations(source: string): Map<string, NamedActivation> {
  const out = new Map<string, NamedActivation>();
  if (/\\sigma\s*(?:\\left\s*)?[('^]|\\sigma\s*\\prime/.test(source)) out.set('sigma', namedActivation('sigma')!);
  if (PHI_APPLIED.test(source)) out.set('Phi', STANDARD_NORMAL_CDF);
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

/** Whether the note reads Φ as the standard normal CDF where `span` stands. */
function phiIsNormalCdf(note: string, span: MathSpan): boolean {
  return NORMAL_CDF_WORDS.test(span.source) || NORMAL_CDF_WORDS.test(sectionTextBefore(note, span.start, 4000));
}

/** Whether the prose around the formula (its section before it, the sentences after it) says Φ is the normal CDF. */
function phiStatedNormalCdf(note: string, span: MathSpan): boolean {
  return NORMAL_CDF_STATED.test(sectionTextBefore(note, span.start, 4000)) || NORMAL_CDF_STATED.test(note.slice(span.end, span.end + EXPLANATION_AFTER));
}

/** Every choice of one convention per name (the first few). */
function combinations(names: readonly [string, NamedActivation][]): Array<Array<[string, NamedActivation, ActivationConvention]>> {
  let out: Array<Array<[string, NamedActivation, ActivationConvention]>> = [[]];
  for (const [name, a] of names) out = out.flatMap((combo) => a.conventions.map((c) => [...combo, [name, a, c] as [string, NamedActivation, ActivationConvention]]));
  return out.slice(0, MAX_COMBINATIONS);
}

/** The claims of the formula at `span`, with those about named activations judged convention by convention. */
export async function withActivationConventions(note: string, span: MathSpan, claims: readonly ClaimReport[], options: AnalyzeOptions): Promise<readonly ClaimReport[]> {
  if (!claims.some((c) => c.verdict === 'none' && (c.relation === '=' || c.relation === '\\approx'))) return claims;
  const applied = appliedActivations(span.source);
  // The note's own definition stays (a definition the prose names, proseFunctions.ts, is the same sigmoid).
  // A definition that is one of the name's conventions (`\text{GELU}(x) = 0.5x(1 + \tanh(…))`, then `= x\Phi(x)`) chose
  // nothing: the name keeps every convention.
  for (const name of [...applied.keys()]) {
    const own = options.definitions?.get(name);
    if (own && own.named === undefined && !isOneOfConventions(own, applied.get(name)!)) applied.delete(name);
  }
  if (applied.has('sigma') && !sigmaIsSigmoid(note, span)) applied.delete('sigma');
  if (applied.has('Phi') && !phiIsNormalCdf(note, span)) applied.delete('Phi');
  if (applied.size === 0) return claims;
  const distinctive = [...applied.keys()].some((n) => n !== 'sigma' && n !== 'Phi');
  const mayFail = !applied.has('Phi') || (PHI_FAILABLE.test(span.source) && phiStatedNormalCdf(note, span));
  const combos = combinations([...applied]);
  const reports: Array<{ combo: Array<[string, NamedActivation, ActivationConvention]>; report: FormulaReport }> = [];
  for (const combo of combos) {
    const definitions = new Map<string, FunctionDefinition>(options.definitions ?? []);
    for (const [name, a, c] of combo) definitions.set(name, { name, params: ['x'], body: c.body, source: `${symbolOf(name)} as ${a.title} (${c.label})`, trusted: true });
    reports.push({ combo, report: await analyzeFormula(span.source, { ...options, definitions }) });
  }
  return claims.map((claim, k) => {
    if (claim.verdict !== 'none' || (claim.relation !== '=' && claim.relation !== '\\approx')) return claim;
    const again = reports.map((r) => ({ combo: r.combo, claim: r.report.claims[k] }));
    if (again.some((r) => r.claim === undefined || r.claim.left.offset !== claim.left.offset)) return claim;
    const held = again.find((r) => r.claim!.verdict === 'holds');
    const described = (combo: ReadonlyArray<[string, NamedActivation, ActivationConvention]>) => combo.map(([n, a, c]) => `${symbolOf(n)} as ${a.title}${a.conventions.length > 1 ? ` (${c.label})` : ''}`).join(', ');
    if (held) return { ...held.claim!, reading: `with ${described(held.combo)}` };
    // Failing needs free variables, or a value through a name other than σ.
    const freeVariables = again[0]!.claim!.identity !== undefined && again[0]!.claim!.identity !== null;
    if (claim.relation === '=' && mayFail && (freeVariables || distinctive) && !INVERSE_POWER.test(span.source) && again.every((r) => r.claim!.verdict === 'fails')) {
      const { fix: _fix, ...rest } = again[0]!.claim!;
      const every = combos.length > 1 ? ' under every convention of the name' : '';
      return { ...rest, reading: `with ${described(again[0]!.combo)}: it fails${every}` };
    }
    return claim;
  });
}

/** Points where a note's definition is compared with each convention of the name. */
const COMPARED_AT = [-2.13, -0.61, 0.37, 1.29, 2.41];

/** Whether the note's own one-parameter definition agrees with a convention of `activation` at every compared point. */
function isOneOfConventions(own: FunctionDefinition, activation: NamedActivation): boolean {
  if (own.body === undefined || own.params.length !== 1 || own.open || activation.conventions.length < 2) return false;
  const at = (body: FunctionDefinition['body'], param: string, x: number): number => {
    try {
      return interpret(body!, { deadline: budgetDeadline(50), maxTerms: 1000, steps: 0, functions: ASSUMED }, new Map([[param, x]]));
    } catch {
      return NaN;
    }
  };
  return activation.conventions.some((c) =>
    COMPARED_AT.every((x) => {
      const mine = at(own.body, own.params[0]!, x);
      const theirs = at(c.body, 'x', x);
      return Number.isFinite(mine) && Math.abs(mine - theirs) <= 1e-9 * Math.max(1, Math.abs(theirs));
    }),
  );
}

function symbolOf(name: string): string {
  return name === 'sigma' ? 'σ' : name === 'Phi' ? 'Φ' : name;
}
