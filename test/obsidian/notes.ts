/** Notes the Obsidian tests share: a small runnable block, a wrong and a right claim, a block with an error. */
export const POWER_BLOCK = ['title: 1.5ⁿ in fp16', 'experiment: power', 'base: 1.5', 'n: 30', 'dtype: fp16'].join('\n');

/** Block 0 at line 5 (runs), block 1 at line 15 (a misspelt key on line 17); formulas on lines 3 and 13. */
export const NOTE = [
  '# A note',
  '',
  'A claim: $2^{10} = 1025$.',
  '',
  '```gradexp',
  POWER_BLOCK,
  '```',
  '',
  'And another: $1.5^{100} \\approx 4 \\times 10^{17}$.',
  '',
  '```gradexp',
  'experiment: power',
  'widht: 3',
  '```',
  '',
].join('\n');

/** A block far over the default work budget (mlp, 5e10 multiply-adds). */
export const HUGE_BLOCK = ['experiment: mlp', 'depth: 1000', 'width: 4096', 'batch: 512'].join('\n');

/** A block over the cheap limit (2e6) and within the budget: it waits for Run unless autoRun is on. */
export const MEDIUM_BLOCK = ['experiment: mlp', 'depth: 20', 'width: 128', 'batch: 64'].join('\n');
