/**
 * Absurdly large notes made at test time for the huge-notes scenario (never
 * committed: together they are ~14 MB). Each starts with a short, recognisable
 * first line, so a scenario can type there and find what it typed on screen.
 */

/** One generated note: its file name, text and what the scenario should expect of it. */
export interface HostileNote {
  readonly file: string;
  readonly text: string;
  /** The text of line 1 (a heading), for typing at its start. */
  readonly firstLine: string;
  /** A word of the note's body that is on screen right after opening, for hovering. */
  readonly hoverWord: string;
}

/** About `mb` MiB of prose with an inline formula on every line. */
export function hugeProseNote(mb: number): HostileNote {
  const firstLine = `# Huge note of ${mb} MB`;
  const line = 'Lorem ipsum dolor sit amet, a claim $1.1^{10} \\approx 2.6$ and some *emphasis* here.\n';
  const body = line.repeat(Math.ceil((mb * 2 ** 20) / line.length));
  return { file: `huge-${mb}mb.md`, text: `${firstLine}\n\n${body}`, firstLine, hoverWord: 'Lorem' };
}

/** `count` inline formulas, one short claim per line. */
export function manyFormulasNote(count: number): HostileNote {
  const firstLine = `# ${count} formulas`;
  const lines = Array.from({ length: count }, (_, i) => `Fact ${i}: $${i} + 1 = ${i + 1}$.`);
  return { file: `formulas-${count}.md`, text: [firstLine, '', ...lines].join('\n'), firstLine, hoverWord: 'Fact' };
}

/** `count` small but real gradexp blocks, each under its own heading. */
export function manyBlocksNote(count: number): HostileNote {
  const firstLine = `# ${count} blocks`;
  const sections = Array.from(
    { length: count },
    (_, i) => `## Block ${i}\n\n\`\`\`gradexp\ntitle: Powers ${i}\nexperiment: power\nbase: [1.1, 0.9]\nn: ${10 + (i % 30)}\n\`\`\`\n`,
  );
  return { file: `blocks-${count}.md`, text: [firstLine, '', ...sections].join('\n'), firstLine, hoverWord: 'Block' };
}
