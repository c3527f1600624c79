/**
 * A long study note made at test time for the responsiveness scenario: N
 * sections, each with prose carrying inline formulas, two display formulas and
 * one cheap but real gradexp block (power, activation or matmul-chain, in
 * turn). Made by code rather than committed, so its size is a parameter and
 * the positions the scenario edits come with it, never hard-coded.
 */

/** Where one block of the stress note is, and what the scenario may edit in it. */
export interface StressBlock {
  /** 0-based block index (the panel's card index). */
  readonly index: number;
  readonly experiment: 'power' | 'activation' | 'matmul-chain';
  /** 1-based line of the opening fence. */
  readonly fenceLine: number;
  /** 1-based line of the key whose number the scenario retypes (`n:` of a power block), if any. */
  readonly nLine?: number;
}

/** The note and the facts a scenario needs about it. */
export interface StressNote {
  readonly text: string;
  readonly blocks: readonly StressBlock[];
  /** 1-based lines of prose that carry inline formulas (one per section). */
  readonly proseLines: readonly number[];
  /** Per section, the start of the claim that opens its prose line (e.g. `1.4^{13}`), for hovering. */
  readonly claimLeads: readonly string[];
  /** Inline + display formulas outside code. */
  readonly formulaCount: number;
}

const FORMULAS_PER_SECTION = 10;

/** `base^k` written the way a student would round it: one decimal of mantissa, `m \times 10^{e}`. */
function roundedPower(base: number, k: number): string {
  const value = base ** k;
  const e = Math.floor(Math.log10(value));
  const m = value / 10 ** e;
  return e === 0 ? m.toFixed(1) : `${m.toFixed(1)} \\times 10^{${e}}`;
}

/** The ten formulas of section `i`: eight inline (two prose lines) and two display. */
function sectionFormulas(i: number): { inline: string[]; display: string[]; lead: string } {
  const base = 1 + ((i % 9) + 1) / 10; // 1.1 … 1.9
  const k = 10 + (i % 40);
  const n = (i % 97) + 2;
  // One claim in twenty is wrong on purpose, as in a real draft: those are Warnings in Problems.
  const claim = i % 20 === 7 ? `${base}^{${k}} \\approx 2 \\times 10^{${k}}` : `${base}^{${k}} \\approx ${roundedPower(base, k)}`;
  const inline = [
    claim,
    `x_{${i}} + ${n}`,
    `${n}^{2} = ${n * n}`,
    `\\sigma(${(i % 8) + 1}) = \\frac{1}{1 + e^{-${(i % 8) + 1}}}`,
    `2^{-${(i % 24) + 1}}`,
    `${n} \\cdot ${k} = ${n * k}`,
    `\\sqrt{${n * n}} = ${n}`,
    `h^{(${i})}`,
  ];
  const display = [`\\sum_{j=1}^{${n}} j = ${(n * (n + 1)) / 2}`, `0.9^{${k}} \\approx ${roundedPower(0.9, k)}`];
  return { inline, display, lead: `${base}^{${k}}` };
}

/** The fenced block of section `i`, cycling through three cheap experiments. */
function sectionBlock(i: number): { lines: string[]; experiment: StressBlock['experiment']; nOffset?: number } {
  switch (i % 3) {
    case 0:
      return {
        experiment: 'power',
        lines: ['```gradexp', `title: Powers ${i}`, 'experiment: power', `base: [1.${(i % 9) + 1}, 0.${(i % 9) + 1}]`, `n: ${10 + (i % 30)}`, `dtype: ${i % 2 ? 'fp16' : 'fp32'}`, '```'],
        nOffset: 4,
      };
    case 1:
      return {
        experiment: 'activation',
        lines: ['```gradexp', `title: Activations ${i}`, 'experiment: activation', 'activation: [sigmoid, tanh]', 'range: [-4, 4]', `points: ${21 + (i % 20)}`, '```'],
      };
    default:
      return {
        experiment: 'matmul-chain',
        lines: ['```gradexp', `title: Matrix chain ${i}`, 'experiment: matmul-chain', 'size: 4', `count: ${10 + (i % 10)}`, `seed: ${i}`, '```'],
      };
  }
}

/** A note of `sections` sections: that many blocks and ten times as many formulas. */
export function stressNote(sections: number): StressNote {
  const lines: string[] = ['# Stress note', '', 'Generated for the responsiveness scenario: many blocks, many formulas.', ''];
  const blocks: StressBlock[] = [];
  const proseLines: number[] = [];
  const claimLeads: string[] = [];
  for (let i = 0; i < sections; i++) {
    const { inline, display, lead } = sectionFormulas(i);
    claimLeads.push(lead);
    lines.push(`## Section ${i}`, '');
    proseLines.push(lines.length + 1);
    lines.push(`In section ${i} the claim $${inline[0]}$ sits beside $${inline[1]}$, $${inline[2]}$ and $${inline[3]}$.`);
    lines.push(`Smaller facts: $${inline[4]}$, $${inline[5]}$, $${inline[6]}$ and the state $${inline[7]}$.`, '');
    for (const d of display) lines.push('$$', d, '$$', '');
    const block = sectionBlock(i);
    const fenceLine = lines.length + 1;
    lines.push(...block.lines, '');
    blocks.push({ index: i, experiment: block.experiment, fenceLine, ...(block.nOffset ? { nLine: fenceLine + block.nOffset } : {}) });
  }
  return { text: lines.join('\n'), blocks, proseLines, claimLeads, formulaCount: sections * FORMULAS_PER_SECTION };
}
