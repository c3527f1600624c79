import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';
import { casesBody, casesRows } from '../../src/core/formula/read/casesRows';

/** The verdict of the claim whose right side is the cases body, in the note's formula that contains `piece`. */
async function casesVerdict(note: string, piece: string): Promise<string> {
  const reports = await judgeNote(note);
  const report = reports.find((r) => r.source.includes(piece));
  if (!report) throw new Error(`no formula with ${piece}`);
  const claim = report.claims.find((c) => c.right.source.includes('\\begin{cases}'));
  if (!claim) throw new Error('no cases claim');
  return claim.verdict;
}

/** Every verdict of the note's formula that contains `piece`. */
async function verdictsOf(note: string, piece: string): Promise<string[]> {
  const reports = await judgeNote(note);
  const report = reports.find((r) => r.source.includes(piece));
  if (!report) throw new Error(`no formula with ${piece}`);
  return report.claims.map((c) => c.verdict);
}

/** SherryS997/BS-Degree-Course-Notes, pages/DL_Week07.md, "Derivative of ReLU Function" (verbatim; then planted). */
const SHERRY_RELU_DERIVATIVE = (rows: string) => [
  '**Derivative of ReLU Function**',
  '',
  'The derivative of the ReLU function is given by:',
  '',
  `$$\\text{ReLU}'(x) = \\begin{cases}\n${rows}\n\\end{cases}$$`,
  '',
  'The derivative of the ReLU function is used in backpropagation to compute the gradients of the loss function with respect to the model parameters.',
  '',
].join('\n');

/** SherryS997/BS-Degree-Course-Notes, pages/DL_Week07.md, Leaky ReLU and ELU (verbatim). */
const SHERRY_LEAKY_AND_ELU = [
  '$$\\text{LeakyReLU}(x) = \\max(\\alpha x, x)$$',
  '',
  'where $\\alpha$ is a small constant, typically set to 0.1.',
  '',
  'The derivative of the Leaky ReLU function is given by:',
  '',
  "$$\\text{LeakyReLU}'(x) = \\begin{cases}\n\\alpha & \\text{if } x < 0 \\\\\n1 & \\text{if } x \\geq 0\n\\end{cases}$$",
  '',
  'The ELU function, denoted by $\\text{ELU}(x)$, is a variant of the ReLU function that allows the output to be negative. It is defined as:',
  '',
  '$$\\text{ELU}(x) = \\begin{cases}\nx & \\text{if } x \\geq 0 \\\\\n\\alpha (e^x - 1) & \\text{if } x < 0\n\\end{cases}$$',
  '',
  'where $\\alpha$ is a small constant, typically set to 1.',
  '',
].join('\n');

/** Djacon/obsidian-ml-notes, ML & DL/Deep Learning/Activation Function/Rectified Linear Unit.md (verbatim formula; then planted). */
const DJACON_RELU = (formula: string) => ['## Derivative', '$$', formula, '$$', ''].join('\n');

/** bapixiaobb/ai-learning-notes, Artificial Intelligence/Transformer/ReLU.md (the `math` block, blank lines as written). */
const BAPIXIAOBB_RELU = (second: string) =>
  ['```math', '', '', '', '\\operatorname{ReLU}(x)', '', '', '', '=', '', '', '', '\\begin{cases}', '', '', '', 'x, & x > 0 \\\\', '', '', '', `${second}, & x \\leq 0`, '', '', '', '\\end{cases}', '', '', '', '```', '## 直觉', 'ReLU 会把负数截断为 0，正数保持不变。', ''].join('\n');

describe('rows of a cases body', () => {
  it('reads values and conditions with &, commas, \\text{if}, otherwise and 其他', () => {
    const rows = casesRows(casesBody(String.raw`\begin{cases} \lambda e^{-\lambda x}, & x>0,\\ 0, & \text{其他} \end{cases}`)!, 'x')!;
    expect(rows.map((r) => [r.value, r.condition.kind])).toEqual([
      ['\\lambda e^{-\\lambda x}', 'stretches'],
      ['0', 'otherwise'],
    ]);
    const chained = casesRows(casesBody(String.raw`\begin{cases} \frac{1}{b-a} & a < x \le b \\ 0 & \text{otherwise} \end{cases}`)!, 'x')!;
    expect(chained[0]!.condition).toEqual({ kind: 'stretches', stretches: [{ lo: 'a', hi: 'b' }] });
    const interval = casesRows(casesBody(String.raw`\begin{cases} \dfrac{1}{b-a}, & x \in [a,b] \\ 0, & \text{otherwise.} \end{cases}`)!, 'x')!;
    expect(interval[0]!.condition).toEqual({ kind: 'stretches', stretches: [{ lo: 'a', hi: 'b' }] });
  });

  it('leaves a body unread when a condition is not on the variable', () => {
    expect(casesRows(casesBody(String.raw`\begin{cases} 1 & \text{if } x \in A \\ 0 & \text{if } x \notin A \end{cases}`)!, 'x')).toBeUndefined();
    expect(casesRows(casesBody(String.raw`\begin{cases} 1 & x > 0, y > 0 \\ 0 & \text{otherwise} \end{cases}`)!, 'x')).toBeUndefined();
  });
});

describe('a known function stated piecewise', () => {
  it('holds for the derivative of ReLU, whatever side the boundary falls on', async () => {
    expect(await casesVerdict(SHERRY_RELU_DERIVATIVE('0 & \\text{if } x < 0 \\\\\n1 & \\text{if } x \\geq 0'), 'ReLU')).toBe('holds');
    expect(await casesVerdict(DJACON_RELU("\\mbox{ReLU}'(z) = \\begin{cases} 1, & \\mbox{if } z > 0\\\\0, & \\mbox{otherwise} \\end{cases}"), 'ReLU')).toBe('holds');
  });

  it('holds for ReLU itself, and fails with a wrong branch', async () => {
    expect(await casesVerdict(BAPIXIAOBB_RELU('0'), 'ReLU')).toBe('holds');
    expect(await casesVerdict(BAPIXIAOBB_RELU('-x'), 'ReLU')).toBe('fails');
  });

  it('holds for |x| and max(0, x), and fails a planted wrong branch', async () => {
    expect(await casesVerdict('$|x| = \\begin{cases} x & x\\ge0\\\\ -x & x<0\\end{cases}$\n', '|x|')).toBe('holds');
    expect(await casesVerdict('$|x| = \\begin{cases} x & x\\ge0\\\\ x & x<0\\end{cases}$\n', '|x|')).toBe('fails');
    expect(await casesVerdict('$\\max(0, x) = \\begin{cases} x & x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}$\n', 'max')).toBe('holds');
  });

  it('checks a middle stretch between numbers (hardtanh)', async () => {
    const hardtanh = (middle: string) => `$$\\text{hardtanh}(x) = \\begin{cases} 1 & x > 1 \\\\ ${middle} & -1 \\le x \\le 1 \\\\ -1 & x < -1 \\end{cases}$$\n`;
    expect(await casesVerdict(hardtanh('x'), 'hardtanh')).toBe('holds');
    expect(await casesVerdict(hardtanh('2x'), 'hardtanh')).toBe('fails');
  });

  it('leaves a row with the note’s own α, or a name with several conventions, undecided', async () => {
    expect(await casesVerdict(SHERRY_LEAKY_AND_ELU, "LeakyReLU}'(x)")).toBe('none');
    expect(await casesVerdict(SHERRY_LEAKY_AND_ELU, '\\text{ELU}(x) = \\begin')).toBe('none');
    // A slope no framework uses may be the note's own LeakyReLU: it never fails.
    expect(await casesVerdict('$$\\text{LeakyReLU}(x) = \\begin{cases} x & x > 0 \\\\ 0.05 x & x \\le 0 \\end{cases}$$\n', 'LeakyReLU')).toBe('none');
    expect(await casesVerdict('$$\\text{LeakyReLU}(x) = \\begin{cases} x & x > 0 \\\\ 0.2 x & x \\le 0 \\end{cases}$$\n', 'LeakyReLU')).toBe('holds');
  });

  it('leaves unknown functions and unreadable conditions undecided', async () => {
    // Djacon/obsidian-ml-notes, Metrics/Regression metrics/Huber loss.md (verbatim): a loss the note defines.
    const huber = '$$\nHUBER = \\begin{cases} \\frac{1}{2}(y-\\hat y)^2, & \\mbox{for } |y - \\hat y| \\leq \\delta \\\\ \\delta\\cdot (|y - \\hat y| - \\frac{1}{2}\\delta), & \\mbox{otherwise} \\end{cases}\n$$\n';
    expect(await verdictsOf(huber, 'HUBER')).not.toContain('holds');
    expect(await verdictsOf(huber, 'HUBER')).not.toContain('fails');
    // viperyl/Notes, Book_Statistical_Learning/Ch02 (verbatim): sign written without its argument.
    const sign = '$$\n\\Large \nf(x) = \\text{sign}(w\\cdot x + b), \\text{sign} = \\begin{cases} +1, x\\geq 0 \\\\ -1,x<0   \\end{cases}\n$$\n';
    expect(await verdictsOf(sign, 'sign')).not.toContain('holds');
    expect(await verdictsOf(sign, 'sign')).not.toContain('fails');
    // A boundary disagreement never fails: ReLU'(0) is 1 or 0 by convention.
    expect(await casesVerdict(SHERRY_RELU_DERIVATIVE('0 & \\text{if } x \\le 0 \\\\\n1 & \\text{if } x > 0'), 'ReLU')).toBe('holds');
  });

  it('checks a row at a discrete condition against the note’s earlier definition (confirm only)', async () => {
    // The cross-entropy per case, as ML notes write it after the loss (planted note; the shape of many).
    const note = (second: string) => `The loss is $L(t, y) = -t\\log y - (1-t)\\log(1-y)$, so\n\n$$L(t, y) = \\begin{cases} -\\log(y) & t = 1 \\\\ ${second} & t = 0 \\end{cases}$$\n`;
    expect(await casesVerdict(note('-\\log(1-y)'), 'cases')).toBe('holds');
    expect(await casesVerdict(note('-\\log(y)'), 'cases')).toBe('none');
  });

  it('reads a call of a number through the row of a piecewise definition', async () => {
    // The shape of the density exercises of kk-engineer/robosathi and kmerrill61/Statistics-Notes, values planted.
    const note = (claims: string) => `# Example\n\n$$g(x) = \\begin{cases} 2x, & 0 \\le x \\le 1, \\\\ 0, & \\text{otherwise} \\end{cases}$$\n\nThen ${claims}.\n`;
    const verdicts = async (claims: string) => (await judgeNote(note(claims))).filter((r) => r.source.startsWith('g(') && !r.source.includes('cases')).map((r) => r.claims[0]!.verdict);
    expect(await verdicts('$g(0.5) = 1$ and $g(3) = 0$')).toEqual(['holds', 'holds']);
    expect(await verdicts('$g(0.25) = 0.75$')).toEqual(['fails']);
    // On a boundary the row is not chosen: g(1) is 2 by the note's own ≤, but a boundary is never judged.
    expect(await verdicts('$g(1) = 2$')).toEqual(['none']);
  });
});
