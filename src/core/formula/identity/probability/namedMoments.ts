/**
 * The mean and the standard deviation written by name, as course notes write them: `\mu_X` and
 * `\sigma_X` (also `\mu_x`) are E[X] and the standard deviation of the variable X the claim writes —
 * `\operatorname{Var}[X + Y] = \mathbb{E}[((X - \mu_X) + (Y - \mu_Y))^2]`; a bare `\mu` or `\sigma` is
 * that of the claim's one random variable when the note speaks of a mean (an expectation) or a
 * variance (a standard deviation): `\text{Var}(X) = E[(X - \mu)^2] = E[X^2] - (E[X])^2`
 * (Gaurav14cs17/ml-researcher-foundations). A claim with two variables and a bare μ stays unread. `u_x` is μ typed as u
 * (ethen8181/machine-learning's `Var(X - Y) = … - (u_x - u_y)^2`) when the claim takes an expectation (`E[…]`) and writes X.
 */
import { randomVariableNames } from './probabilityNotation';

const OPENING = new Set(['(', '[', '{']);

export interface NamedMoment {
  readonly moment: 'mean' | 'sd';
  /** The random variable's letter (X). */
  readonly variable: string;
}

/** `\mu_X`, `\sigma_{x}` and bare `\mu`, `\sigma` as one token each (probabilityTokens.ts). */
export const MOMENT_TOKEN = '\\\\(?:mu|sigma)(?:_(?:\\{\\s*[A-Za-z]\\s*\\}|[A-Za-z]))?(?![A-Za-z0-9])';

const SPEAKS_OF_MEAN = /\bmean\b|\bexpect(?:ation|ed value)|\baverage\b|均值|期望/i;
const SPEAKS_OF_SPREAD = /\bvariance\b|standard deviation|方差|标准差/i;

/**
 * What each moment name of the claim stands for: a subscripted name for the variable it names when
 * the claim writes that variable; a bare one for the claim's only random variable when the note
 * speaks of that moment. A name it cannot tie to one variable is left out: a bare one is then a
 * letter as any other, a subscripted one leaves its side unread.
 */
export function namedMoments(tokens: readonly string[], note: string): Map<string, NamedMoment> {
  const variables = randomVariableNames(tokens);
  const names = new Map<string, NamedMoment>();
  const expects = tokens.some((t, i) => t === 'E' && OPENING.has(tokens[i + 1] ?? ''));
  for (const t of new Set(tokens)) {
    // `u_x`: μ typed as u (ethen8181's `E[(X - u_x)(y - u_y)]`), read so only beside an expectation of that variable.
    const typed = /^u_([A-Za-z])$/.exec(t);
    if (typed && expects && variables.has(typed[1]!.toUpperCase())) {
      names.set(t, { moment: 'mean', variable: typed[1]!.toUpperCase() });
      continue;
    }
    const m = /^\\(mu|sigma)(?:_([A-Za-z]))?$/.exec(t);
    if (!m) continue;
    const moment = m[1] === 'mu' ? 'mean' : 'sd';
    if (m[2] !== undefined) {
      if (variables.has(m[2].toUpperCase())) names.set(t, { moment, variable: m[2].toUpperCase() });
    } else if (variables.size === 1 && /^[A-Z]$/.test([...variables][0]!) && (moment === 'mean' ? SPEAKS_OF_MEAN : SPEAKS_OF_SPREAD).test(note)) {
      names.set(t, { moment, variable: [...variables][0]! });
    }
  }
  return names;
}

/**
 * `E[Y] = \mu`, `\sigma^2 = Var(X)`, `\sigma = \sqrt{Var[X]}`: a bare name set equal to that one moment of a variable says which
 * variable the note's μ is, or the value of the author's distribution — never a law this reading
 * checks (read as the claim's variable it would hold whatever the author's μ is).
 */
export function namesOnlyItsMoment(left: readonly string[], right: readonly string[]): boolean {
  const bare = (side: readonly string[]) => /^\\(?:mu|sigma)(?:\^2)?$/.test(side.join(''));
  const moment = (side: readonly string[]) => /^(?:\\sqrt[{(])?(?:E|Var|V)[[(][A-Z][\])][})]?(?:\^2)?$/.test(side.join(''));
  return (bare(left) && moment(right)) || (bare(right) && moment(left));
}
