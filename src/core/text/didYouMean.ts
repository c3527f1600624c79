/**
 * "Did you mean …" suggestions for misspelt keys and values.
 */

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and
 * swaps of neighbours each cost 1, because `widht` for `width` is one slip of
 * the fingers, not two. Stops early once every path exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, before[j - 2]! + 1);
      }
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The closest candidate to `word`, or undefined when none is close enough to
 * be a plausible typo: one edit per three letters, at most 3; words shorter
 * than three letters only match ignoring case (`a` is not a typo of `n`).
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 64) return undefined; // nobody misspells a key that long; don't spend time on it
  const lower = word.toLowerCase();
  const limit = Math.min(3, Math.floor(word.length / 3));
  // On a tie, a candidate with the same letters wins: `fp61` is fp16 with two keys swapped, not fp64.
  const letters = (s: string) => [...s].sort().join('');
  const wordLetters = letters(lower);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    if (c.toLowerCase() === lower) return c;
    const d = editDistance(lower, c.toLowerCase(), limit);
    const anagramTie = d === bestDistance && best !== undefined && letters(c.toLowerCase()) === wordLetters && letters(best.toLowerCase()) !== wordLetters;
    if (d < bestDistance || anagramTie) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** " — did you mean 'x'?" or the empty string. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const match = closest(word, candidates);
  return match === undefined ? '' : ` — did you mean '${match}'?`;
}
