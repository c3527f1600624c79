/**
 * What the prose assumes of the letters of a rule of variance and covariance
 * (VectorPosse/sem_book: `Suppose that $C$ is a "constant" variable … Then, Var(C) = 0`;
 * `If $X_{1}$ and $X_{2}$ are independent, then Var(X_1 + X_2) = Var(X_1) + Var(X_2)`).
 * A careful reader checks such a rule on columns that meet the assumption: a constant column,
 * uncorrelated columns. A letter the note calls a constant keeps that meaning to the end of the
 * note (later rules lean on it); independence is the hypothesis of one rule, so only the
 * sentence just before the formula states it.
 */

export interface StatisticAssumptions {
  /** Letters the prose before the formula calls constant. */
  readonly constants: ReadonlySet<string>;
  /** Letters the sentence before the formula calls independent (or uncorrelated) of each other. */
  readonly independent: ReadonlySet<string>;
}

/** How far before the formula the hypothesis "X_1 and X_2 are independent" may stand. */
const HYPOTHESIS_REACH = 300;

/** One inline-math letter, `$C$`, `$X_{1}$`, `$X_1$`: its name as the statistics reading spells it. */
const LETTER = String.raw`\$\s*([A-Za-z])(?:_\{?([A-Za-z0-9]+)\}?)?\s*\$`;

/** `$C$ is a constant`, `$C$ is a "constant" variable`, `$c$ be a constant`. */
const CALLED_CONSTANT = new RegExp(`${LETTER}\\s+(?:is|be|denotes)\\s+(?:a|any|some)\\s+(?:fixed\\s+)?["“']?constant\\b`, 'g');
/** `a constant $C$`, `any constant $c$`. */
const CONSTANT_NAMED = new RegExp(`\\b(?:a|any|some|the)\\s+constant\\s+${LETTER}`, 'g');
/** `$X_{1}$ and $X_{2}$ are independent`, `$X$, $Y$ and $Z$ are uncorrelated`. */
const CALLED_INDEPENDENT = new RegExp(`((?:${LETTER}\\s*(?:,|and)\\s*)+${LETTER})\\s+are\\s+(?:mutually\\s+)?(?:independent|uncorrelated)\\b`, 'g');

const nameOf = (letter: string, subscript: string | undefined): string => (subscript ? `${letter}_${subscript}` : letter);

function lettersIn(text: string): string[] {
  return [...text.matchAll(new RegExp(LETTER, 'g'))].map((m) => nameOf(m[1]!, m[2]));
}

/** The assumptions the note states before `start` for the letters of a statistics rule there. */
export function statisticAssumptions(note: string, start: number): StatisticAssumptions {
  const before = note.slice(0, start);
  const constants = new Set<string>();
  for (const m of before.matchAll(CALLED_CONSTANT)) constants.add(nameOf(m[1]!, m[2]));
  for (const m of before.matchAll(CONSTANT_NAMED)) constants.add(nameOf(m[1]!, m[2]));
  const independent = new Set<string>();
  const near = before.slice(-HYPOTHESIS_REACH);
  for (const m of near.matchAll(CALLED_INDEPENDENT)) for (const name of lettersIn(m[1]!)) independent.add(name);
  return { constants, independent };
}
