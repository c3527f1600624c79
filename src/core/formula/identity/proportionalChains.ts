/**
 * The `=` rows of a proportionality chain. Bayesian notes write `p(x \mid \text{data}) \propto x(1-x)^4 \cdot x^2(1-x)
 * = x^3(1-x)^5` and `p(\theta \mid \text{data}) \propto \theta^s(1-\theta)^f\,\theta^{\alpha-1}(1-\theta)^{\beta-1} =
 * \theta^{\alpha+s-1}(1-\theta)^{\beta+f-1}`: the claim splitter cuts at `\propto` (split.ts CONNECTIVES), and what
 * follows is an equality the identity check judges. But authors also write `=` where they still mean "up to a
 * constant" (`\propto p(\theta) \prod_i p(y_i \mid x_i, \theta) = p(\theta \mid D)`, a normaliser dropped in a row).
 *
 * So a failing claim in a formula that writes `\propto` keeps its fail only when both sides are expressions the
 * evaluator computes and their ratio clearly varies in each of their letters alone, the others held at drawn values.
 * Then no constant dropped could make them equal, whichever letter the note conditions on. Every other fail there
 * becomes undecided. Holds are kept.
 */
import { evaluate } from '../evaluate/interpret';
import type { LatexReader, MathJson } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import { seeded, variablesOf } from './identity';
import type { ClaimReport } from '../types';

export const WRITES_PROPORTIONALITY = /\\propto(?![A-Za-z])|∝/;

export const DROPPED_CONSTANT_REASON = 'cannot evaluate: a row of a proportionality chain, where a dropped constant may be meant';

const budget = (deadline: number) => ({ deadline, maxTerms: 10_000, steps: 0 });

function valueAt(json: MathJson, env: ReadonlyMap<string, number>, deadline: number): number {
  try {
    const v = evaluate(json, budget(deadline), env);
    return v.overflowed || v.noise > 1e-9 * Math.abs(v.value) ? NaN : v.value;
  } catch {
    return NaN;
  }
}

const POINTS = 6;

/** Whether the ratio of the sides clearly varies as `variable` alone moves, the others at `fixed`. */
function ratioVaries(sides: readonly [MathJson, MathJson], variable: string, fixed: ReadonlyMap<string, number>, random: () => number, deadline: number): boolean {
  const ratios: number[] = [];
  for (let k = 0; k < 4 * POINTS && ratios.length < POINTS; k++) {
    const env = new Map([...fixed, [variable, 0.1 + 2.4 * random()]]);
    const [a, b] = sides.map((s) => valueAt(s, env, deadline)) as [number, number];
    if (!Number.isFinite(a) || !Number.isFinite(b) || a === 0 || b === 0) continue;
    ratios.push(a / b);
  }
  if (ratios.length < POINTS) return false;
  const lo = Math.min(...ratios);
  const hi = Math.max(...ratios);
  return Math.sign(lo) !== Math.sign(hi) || hi / lo > 1.01 || lo / hi > 1.01;
}

/** Whether no constant factor could make the sides equal, under every choice of the free letter. */
function clearlyNotProportional(claim: ClaimReport, reader: LatexReader, deadline: number): boolean {
  let sides: [MathJson, MathJson];
  try {
    sides = [reader.read(normalizeLatex(claim.left.source)), reader.read(normalizeLatex(claim.right.source))];
  } catch {
    return false;
  }
  const variables = [...new Set([...variablesOf(sides[0]), ...variablesOf(sides[1])])];
  if (variables.length === 0 || variables.length > 4) return false;
  const random = seeded(`${claim.left.source}\u0000${claim.right.source}`);
  return variables.every((variable) => {
    const fixed = new Map(variables.filter((v) => v !== variable).map((v) => [v, 0.5 + 2 * random()] as const));
    return ratioVaries(sides, variable, fixed, random, deadline);
  });
}

/** The claims of a formula writing `\propto`, each fail kept only when the sides are clearly not proportional. */
export function withProportionalChains(claims: readonly ClaimReport[], reader: LatexReader, deadline: number): readonly ClaimReport[] {
  return claims.map((claim) => {
    if (claim.verdict !== 'fails' || clearlyNotProportional(claim, reader, deadline)) return claim;
    const { fix: _fix, slip: _slip, reading: _reading, ...rest } = claim;
    return { ...rest, verdict: 'none', reason: DROPPED_CONSTANT_REASON };
  });
}
