/**
 * Notes of absurd size or shape, beyond the committed hostile corpus: each one
 * attacks a note-wide limit of the CLI (formulas checked, blocks run, note size,
 * formula length). Generated at test time; none is committed.
 */

/** One absurd note and what the CLI must do with it. */
export interface AbsurdNote {
  readonly name: string;
  readonly attack: string;
  readonly text: () => string;
}

/** `count` copies of `$1$`, ten to a line. */
export function tinyFormulas(count: number): string {
  const line = '$1$ '.repeat(10).trimEnd();
  return Array.from({ length: Math.ceil(count / 10) }, () => line).join('\n');
}

/** `count` distinct false claims, four to a line: `$k + 1 = k+2$`. */
export function failingClaims(count: number): string {
  const lines: string[] = [];
  for (let k = 0; k < count; k += 4) {
    lines.push([k, k + 1, k + 2, k + 3].filter((n) => n < count).map((n) => `$${n} + 1 = ${n + 2}$`).join(' and '));
  }
  return lines.join('\n');
}

/** `count` display blocks, `$$` on their own lines. */
export function displayPairs(count: number): string {
  return Array.from({ length: count }, (_, i) => `$$\n${i % 100}^{2} = ${(i % 100) ** 2}\n$$\n`).join('\n');
}

/** `count` cheap gradexp blocks with nothing between them. */
export function bareBlocks(count: number): string {
  return Array.from({ length: count }, () => '```gradexp\nexperiment: power\nbase: 1.1\nn: 4\n```\n').join('\n');
}

/** `count` distinct display formulas of about 1,800 characters each: slow to parse, under every per-formula cap. */
export function slowFormulas(count: number): string {
  return Array.from({ length: count }, (_, i) => `$$\n${`\\frac{${i}}{7}+`.repeat(120)}1 = 3\n$$\n`).join('\n');
}

/** The corpus of absurd notes (the 20 MB ones are built lazily: `text()` is called by the test that needs it). */
export function absurdNotes(): AbsurdNote[] {
  return [
    { name: 'million-tiny-formulas', attack: '1,000,000 formulas `$1$`', text: () => tinyFormulas(1_000_000) },
    { name: 'hundred-thousand-failing-claims', attack: '100,000 distinct false claims', text: () => failingClaims(100_000) },
    { name: 'fifty-thousand-display-blocks', attack: '50,000 `$$` display formulas', text: () => displayPairs(50_000) },
    { name: 'twenty-megabyte-line', attack: 'one 20 MB line holding 2.6 million formulas', text: () => 'a $1$ b '.repeat(20 * 2 ** 20 / 8) },
    { name: 'five-megabyte-formula', attack: 'one display formula of 5 MB', text: () => `$$\n${'1+'.repeat(2_500_000)}1\n$$\n` },
    { name: 'claim-chain', attack: 'one formula chaining 200,000 claims `1=1=…`', text: () => `$$\n${'1='.repeat(200_000)}1\n$$\n` },
    { name: 'ten-million-dollars', attack: '10,000,000 `$` signs', text: () => '$'.repeat(10_000_000) },
    { name: 'nested-containers', attack: '50,000 nested quotes and list markers before a formula', text: () => '> '.repeat(50_000) + '$1+1=2$\n' + ('> - '.repeat(5_000) + '$x$\n').repeat(20) },
    { name: 'hundred-thousand-blocks', attack: '100,000 gradexp blocks', text: () => bareBlocks(100_000) },
    { name: 'slow-formulas', attack: '10,000 distinct formulas of 1,800 characters (18 MB)', text: () => slowFormulas(10_000) },
  ];
}
