/**
 * What the reader of a side in probability notation shares (probabilitySides.ts and the classes it
 * builds on): the setting of one draw, the counts of what a side used, the token classes, and the
 * scans of a claim's tokens made once before any draw — which letters name distributions, and
 * which letters are written outside every operator's argument.
 */
import type { FiniteModel } from './finiteModel';
import type { NamedMoment } from './namedMoments';

export interface SideSetting {
  readonly model: FiniteModel;
  /** ln of the information unit's base: H, I, D_KL and a bare \log are in this base. */
  readonly unitLog: number;
  /** Letters that name distributions (distributionNames). */
  readonly distributions: ReadonlySet<string>;
  /** Whether the note defines self-information, so that i(A) = −log P(A). */
  readonly selfInformation: boolean;
  /** Capital letters the claim writes bare (X, S): a sum over x or s_i runs over such a variable's values. */
  readonly capitals: ReadonlySet<string>;
  /** Letters read as numbers even inside an operator: written outside every operator's argument (lettersOutsideOperators), or coefficients beside a capital variable (coefficientsBesideCapitals). */
  readonly outside: ReadonlySet<string>;
  /** Coefficients that multiply a bracket after them (multipliersOf). */
  readonly multipliers: ReadonlySet<string>;
  /** `\mu_X`, `\sigma`: the mean or standard deviation of a variable, by name (namedMoments.ts). */
  readonly moments: ReadonlyMap<string, NamedMoment>;
}

export const NAME = /^[A-Za-z](?:_[A-Za-z0-9]+)?'*$/;
export const GREEK = /^\\(?:alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|vartheta|kappa|lambda|mu|nu|xi|rho|sigma|tau|phi|varphi|chi|psi|omega)$/;
export const OPENS = new Set(['(', '[', '{']);
export const CLOSER: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/** Letters the claim writes as distributions: after ∼, beside ‖, the arguments of KL, as E's subscript, P, Q, p, q as arguments of H, and the partner of either. */
export function distributionNames(tokens: readonly string[]): Set<string> {
  const names = new Set<string>();
  tokens.forEach((t, i) => {
    const next = tokens[i + 1] ?? '';
    if (t === '~' && NAME.test(next)) names.add(next);
    if (t === '‖') [tokens[i - 1] ?? '', next].filter((n) => NAME.test(n)).forEach((n) => names.add(n));
    // `E_P`, `\mathbb{E}_{p}`: an expectation under P, Q, p or q.
    if (/^E_[PQpq]$/.test(t)) names.add(t.slice(2));
    if (t === 'E' && next === '_') {
      const under = tokens[i + 2] === '{' && (tokens[i + 4] === '}' || tokens[i + 4] === '(') ? tokens[i + 3] : tokens[i + 2];
      if (/^[PQpq]$/.test(under ?? '')) names.add(under!);
    }
    // `D_{KL}(P, Q)`: the two arguments of a divergence written with a comma.
    if (t === 'KL' && next === '(' && tokens[i + 3] === ',' && tokens[i + 5] === ')') [tokens[i + 2] ?? '', tokens[i + 4] ?? ''].filter((n) => NAME.test(n)).forEach((n) => names.add(n));
    if (/^H(?:_\w+)?$/.test(t) && next === '(') {
      for (let j = i + 2; /^[PQpq]$/.test(tokens[j] ?? ''); j += 2) {
        if (tokens[j + 1] !== ',' && tokens[j + 1] !== ')') break;
        names.add(tokens[j]!);
      }
    }
  });
  // P and Q (p and q) are a pair: `\mathbb{E}_P[\log \frac{Q}{P}]` compares two distributions.
  for (const [a, b] of [['P', 'Q'], ['p', 'q']] as const) {
    if ((names.has(a) || names.has(b)) && tokens.includes(a) && tokens.includes(b)) [a, b].forEach((n) => names.add(n));
  }
  return names;
}

/** The counts of what one side used: a side without a probability operator is not this reading's. */
export interface SideUse {
  operators: number;
  /** Operators with no bound over all models (E, Var, H, I, D_KL, i): compared with a number, never a law here. */
  unbounded: number;
  letters: number;
}

/** Operators whose bracketed argument lettersOutsideOperators skips. */
const OPERATOR = /^(?:E(?:_\w+)?|Var|Cov|Corr|V|H(?:_\w+)?|I|KL|D|Pr|P|p|i(?:_\w+)?)$/;

/**
 * Letters written outside every operator's argument: `a` and `b` in `\mathbb{E}[aX + b] = a\mathbb{E}[X] + b`
 * are numbers; a lower-case letter written only inside E[·], Var(·), Cov(·) (`\mathbb{E}[x^2]`,
 * `E[\log p]`) is random, as the author's x is.
 */
export function lettersOutsideOperators(tokens: readonly string[]): Set<string> {
  const outside = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (OPERATOR.test(t) || t === '\\sum') {
      let j = i + 1;
      if (tokens[j] === '_') j = tokens[j + 1] === '{' ? matching(tokens, j + 1) + 1 : j + 2;
      if (t !== '\\sum' && OPENS.has(tokens[j] ?? '')) {
        i = matching(tokens, j);
        continue;
      }
      i = j - 1;
    } else if (NAME.test(t) || GREEK.test(t)) outside.add(t);
  }
  return outside;
}

/** Names of coefficients: `a`, `b`, `c`, `d`, `k`, perhaps subscripted (`a_1`). */
const COEFFICIENT = /^[abcdk](?:_[A-Za-z0-9]+)?$/;
/** Capital letters that name operators, never a random variable. */
const OPERATOR_CAPITAL = /^[EHIPDV]$/;

/**
 * Coefficients written only inside an operator's argument beside a capital random variable: `b` in
 * `\mathbb{V}[aX + b] = a^2 \mathbb{V}[X]` and `c` in `Var(X + c) = Var(X)` are numbers, as in
 * every course that writes random variables in capitals — lower-case letters then name constants.
 * Without a capital variable (`\mathbb{E}[x^2]`) a letter inside E stays random.
 */
export function coefficientsBesideCapitals(tokens: readonly string[]): Set<string> {
  return new Set(randomVariableNames(tokens).size > 0 ? tokens.filter((t) => COEFFICIENT.test(t)) : []);
}

/** The capital names the claim writes as random variables (X, X_1): not E, P, H, … before their brackets. */
export function randomVariableNames(tokens: readonly string[]): Set<string> {
  return new Set(tokens.filter((t, i) => /^[A-Z](?:_[A-Za-z0-9]+)?$/.test(t) && !(OPERATOR_CAPITAL.test(t) && OPENS.has(tokens[i + 1] ?? ''))));
}

/**
 * Coefficients read as numbers that the claim also writes bare (`aX`, `a^2`): before a bracket they
 * multiply it, as in `E[(a(X - E[X]))^2]`. A letter only ever written before a bracket (`k(X)`) stays
 * a function this reading does not know.
 */
export function multipliersOf(tokens: readonly string[], numbers: ReadonlySet<string>): Set<string> {
  return new Set(tokens.filter((t, i) => COEFFICIENT.test(t) && numbers.has(t) && !OPENS.has(tokens[i + 1] ?? '')));
}

/** The index of the bracket closing the one at `open` (the end when it is never closed). */
export function matching(tokens: readonly string[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    if (OPENS.has(tokens[k]!)) depth++;
    else if (tokens[k] === ')' || tokens[k] === ']' || tokens[k] === '}') {
      if (--depth === 0) return k;
    }
  }
  return tokens.length;
}
