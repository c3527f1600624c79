/**
 * `p(x;\theta)`, `p(x, z; \theta)`, `p(z \mid x; \theta)`: a distribution of a family, its parameters
 * after the semicolon. When every such call in a claim names the same parameters, the claim speaks of
 * one member of the family, one joint distribution — what the random finite models stand for — and the
 * parameters can be dropped: `p(x;\theta) = \sum_z p(x,z;\theta)` is `p(x) = \sum_z p(x,z)`. Calls with
 * different parameters (`p(x;\theta_1)` beside `p(x;\theta_2)`) compare two members: left as written
 * (the semicolon is then unreadable inside P(·), so the claim stays as it was).
 */

/** The names of distributions a parameter list may follow. */
const FAMILY = /^[PpQq]$/;

/** The tokens without the parameter lists, when all calls in both sides share one; else as they were. */
export function withoutSharedParameters(left: readonly string[], right: readonly string[]): [readonly string[], readonly string[]] {
  const lists = new Set<string>();
  for (const tokens of [left, right]) for (const { from, to } of parameterLists(tokens)) lists.add(tokens.slice(from, to).join(' '));
  if (lists.size !== 1) return [left, right];
  const stripped = (tokens: readonly string[]): string[] => {
    const cut = parameterLists(tokens);
    return tokens.filter((_, i) => !cut.some(({ from, to }) => i >= from - 1 && i < to));
  };
  return [stripped(left), stripped(right)];
}

/** Where each `;` parameter list of a call p(…; …) lies: from the token after `;` to the closing `)`. */
function parameterLists(tokens: readonly string[]): { from: number; to: number }[] {
  const lists: { from: number; to: number }[] = [];
  tokens.forEach((t, i) => {
    if (!FAMILY.test(t) || tokens[i + 1] !== '(') return;
    let depth = 0;
    let semicolon = -1;
    for (let k = i + 1; k < tokens.length; k++) {
      const u = tokens[k]!;
      if (u === '(' || u === '[' || u === '{') depth++;
      else if (u === ')' || u === ']' || u === '}') {
        if (--depth === 0) {
          if (semicolon > 0) lists.push({ from: semicolon + 1, to: k });
          return;
        }
      } else if (u === ';' && depth === 1 && semicolon < 0) semicolon = k;
    }
  });
  return lists;
}
