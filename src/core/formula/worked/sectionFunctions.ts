/**
 * A derivative of the function its own section defines: ml-foundations defines `y` anew in
 * each example ("If $y = -x^2 + 3x + 4$... then $y' = -2x + 3$", then "If $y = x^3 + 6$...
 * then $y' = 3x^2$"). A name the note defines twice may confirm a claim, never refute it
 * (identity.ts): the letter may be another function by then. A careful reader still takes
 * the definition the claim's own section just gave, and sees `y' = 3x^3` fail.
 *
 * So a claim left undecided only because a redefined function or expression would refute
 * it is judged again with the definitions trusted whose latest binding is the only one its
 * section made (the rule workedExample.ts keeps for numbers), and without the numbers other
 * sections bound (their examples' x). It fails only if it fails so.
 */
import { analyzeFormula } from '../analyze';
import { variablesOf } from '../identity/identity';
import type { AnalyzeOptions, ClaimReport, FunctionDefinition } from '../types';

/** The doubt identity.ts gives a claim that a redefined name would refute. */
const REDEFINED_DOUBT = 'cannot evaluate: it does not hold for the usual meaning of the functions it uses';

/** Whether a definition binds an expression or a function (not a number, list or matrix); `y = -x^2 + 3x + 4` after `x = 1.5` keeps its expression. */
function bindsExpression(d: FunctionDefinition): boolean {
  if (d.expression !== undefined) return true;
  if (d.body === undefined || typeof d.body === 'number') return false;
  return !(Array.isArray(d.body) && (d.body[0] === 'List' || d.body[0] === 'Matrix'));
}

/** The note's definitions as the claim's own section reads them, and whether that changed any. */
interface SectionDefinitions {
  readonly definitions: Map<string, FunctionDefinition>;
  /** Redefined functions and expressions trusted because this section made their latest binding. */
  readonly trustedNames: readonly string[];
  readonly dropped: boolean;
}

/**
 * Without the numbers another section bound (they belong to that section's example: `x = 1.5` at
 * the maximum, not at the saddle point), and with the redefined expressions this section bound trusted.
 * Only to refute: a claim that holds with the note's numbers keeps holding (`e^{j2\\pi kn} = 1` at the
 * integers another section bound is true for every integer).
 */
function sectionDefinitions(definitions: ReadonlyMap<string, FunctionDefinition>, sectionBinding: (name: string) => FunctionDefinition | undefined): SectionDefinitions {
  const out = new Map(definitions);
  const trustedNames: string[] = [];
  const droppedNames = new Set<string>();
  for (const [name, d] of out) {
    if (!bindsExpression(d) && d.params.length === 0 && sectionBinding(name) === undefined) {
      out.delete(name);
      droppedNames.add(name);
    }
  }
  for (const [name, d] of out) {
    // A function the prose names (`u` as "the sigmoid", proseFunctions.ts) is not the binding the section's formula made.
    if (!bindsExpression(d) || d.named !== undefined || sectionBinding(name) === undefined) continue;
    // `y = x^3 + 6` after another section's `x = 1.5` was kept as the number 9.375: without that x it is its expression again.
    const fromDropped = typeof d.body === 'number' && d.expression !== undefined && variablesOf(d.expression).size > 0 && [...variablesOf(d.expression)].some((v) => droppedNames.has(v));
    if (d.redefined !== true && !fromDropped) continue;
    const { redefined: _again, ...latest } = d;
    out.set(name, fromDropped ? { ...latest, body: d.expression } : latest);
    trustedNames.push(name);
  }
  return { definitions: out, trustedNames, dropped: droppedNames.size > 0 };
}

/**
 * The claims of a formula with those a redefined function of its own section refutes failed.
 * `sectionBinding` gives a name's definition when its latest binding is its section's only one.
 */
export async function withSectionFunctions(
  source: string,
  claims: readonly ClaimReport[],
  options: AnalyzeOptions,
  sectionBinding: (name: string) => FunctionDefinition | undefined,
): Promise<readonly ClaimReport[]> {
  if (!claims.some((c) => c.verdict === 'none' && c.reason === REDEFINED_DOUBT) || !options.definitions) return claims;
  const own = sectionDefinitions(options.definitions, sectionBinding);
  if (own.trustedNames.length === 0 && !own.dropped) return claims;
  const again = await analyzeFormula(source, { ...options, definitions: own.definitions });
  if (again.claims.length !== claims.length) return claims;
  return claims.map((claim, k) => {
    const judged = again.claims[k]!;
    if (claim.verdict !== 'none' || claim.reason !== REDEFINED_DOUBT || judged.verdict !== 'fails' || judged.left.offset !== claim.left.offset) return claim;
    const { fix: _fix, ...rest } = judged;
    const used = own.trustedNames.map((n) => own.definitions.get(n)!.source).join(', ');
    return { ...rest, reading: used ? `with ${used} as this section defines it` : 'without the numbers other sections bound' };
  });
}
