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
import type { AnalyzeOptions, ClaimReport, FunctionDefinition } from '../types';

/** The doubt identity.ts gives a claim that a redefined name would refute. */
const REDEFINED_DOUBT = 'cannot evaluate: it does not hold for the usual meaning of the functions it uses';

/** Whether a definition binds an expression or a function (not a number, list or matrix); `y = -x^2 + 3x + 4` after `x = 1.5` keeps its expression. */
function bindsExpression(d: FunctionDefinition): boolean {
  if (d.expression !== undefined) return true;
  if (d.body === undefined || typeof d.body === 'number') return false;
  return !(Array.isArray(d.body) && (d.body[0] === 'List' || d.body[0] === 'Matrix'));
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
  const trusted = new Map(options.definitions);
  const names: string[] = [];
  let dropped = false;
  for (const [name, d] of trusted) {
    // A number another section bound belongs to that section's example (`x = 1.5` at the maximum, not at the saddle point).
    if (!bindsExpression(d) && d.params.length === 0 && sectionBinding(name) === undefined) {
      trusted.delete(name);
      dropped = true;
      continue;
    }
    if (d.redefined !== true || !bindsExpression(d) || sectionBinding(name) === undefined) continue;
    const { redefined: _again, ...latest } = d;
    trusted.set(name, latest);
    names.push(name);
  }
  if (names.length === 0 && !dropped) return claims;
  const again = await analyzeFormula(source, { ...options, definitions: trusted });
  if (again.claims.length !== claims.length) return claims;
  return claims.map((claim, k) => {
    const judged = again.claims[k]!;
    if (claim.verdict !== 'none' || claim.reason !== REDEFINED_DOUBT || judged.verdict !== 'fails' || judged.left.offset !== claim.left.offset) return claim;
    const { fix: _fix, ...rest } = judged;
    const used = names.map((n) => trusted.get(n)!.source).join(', ');
    return { ...rest, reading: used ? `with ${used} as this section defines it` : 'without the numbers other sections bound' };
  });
}
