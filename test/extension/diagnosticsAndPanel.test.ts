import { describe, expect, it } from 'vitest';
import { parseNote, runParsedBlock } from '../../src/core/pipeline';
import { formatNumber } from '../../src/core/display';
import { judgeFormula, judgeNote } from '../support/judging';
import type { BlockRun } from '../../src/core/types';
import { analyzeBlocks } from '../../src/shared/noteParse';
import type { BlockInfo } from '../../src/shared/noteParse';
import { buildPanelState, panelBlock } from '../../src/shared/panelStateBuilder';
import { claimFailsMessage, CODE_BLOCK_ERROR, CODE_CLAIM_FAILS, noteProblems } from '../../src/shared/diagnosticModel';

const fmt = (x: number) => formatNumber(x, 5);

const NOTE = [
  '# Gradients', //                                    1
  '',
  'Fifty factors of 0.9: $0.9^{50} \\approx 0.05$, and $2^{10} = 1024$.', // 3
  '',
  '> quoted: $3 \\times 3 = 10$', //                  5
  '',
  '```gradexp', //                                      7
  'experiment: power',
  'widht: 3',
  '```',
  '',
  '`$1 = 2$` in code is not a claim.',
  '',
].join('\n');

describe('noteProblems', () => {
  it('puts block errors and failed claims at their exact ranges, with fixes', async () => {
    const blockErrors = analyzeBlocks(NOTE).parsed.flatMap((p) => p.errors);
    const problems = noteProblems(NOTE, blockErrors, await judgeNote(NOTE), fmt);
    expect(problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      [CODE_BLOCK_ERROR, 'error', expect.stringMatching(/unknown key 'widht'.*'width'/)],
      [CODE_CLAIM_FAILS, 'warning', 'claim fails: 0.9^{50} = 0.0051538, not ≈ 0.05'],
      [CODE_CLAIM_FAILS, 'warning', 'claim fails: 3 \\times 3 = 9, not = 10'],
    ]);
    expect(NOTE.slice(problems[0]!.start, problems[0]!.end)).toBe('widht');
    // The warning sits on the author's number, and its fix writes the computed value there.
    const claim = problems[1]!;
    expect(NOTE.slice(claim.start, claim.end)).toBe('0.05');
    expect(claim.fix).toBeDefined();
    const fixed = NOTE.slice(0, claim.fix!.start) + claim.fix!.text + NOTE.slice(claim.fix!.end);
    expect(fixed).toContain('$0.9^{50} \\approx 0.005$');
    const fixedProblems = noteProblems(fixed, [], await judgeNote(fixed), fmt);
    expect(fixedProblems.map((p) => p.message)).not.toContain(claim.message);
  });

  it('is empty for a note whose claims hold', async () => {
    const note = 'Both hold: $2^{10} = 1024$ and $1.5^{100} \\approx 4 \\times 10^{17}$.\n';
    expect(noteProblems(note, [], await judgeNote(note), fmt)).toEqual([]);
  });
});

const info: BlockInfo = { index: 0, line: 7, title: 'Block 1', experiment: 'power', dtype: 'fp16', activations: [], errors: [] };
const run: BlockRun = {
  line: 7,
  experiment: 'power',
  title: 'Powers',
  dtype: 'fp16',
  plot: 'value',
  errors: [],
  elapsedMs: 3,
  series: [
    { label: '1.5', params: { base: 1.5 }, points: [], summary: { firstLastRatio: 1, growthPerStep: 1.5, overflowAt: 28, underflowAt: null, text: 'fp16 overflow at step 28' } },
    { label: '0.8', params: { base: 0.8 }, points: [], summary: { firstLastRatio: 1, growthPerStep: 0.8, overflowAt: null, underflowAt: null, text: '×0.8 per step' } },
  ],
};

describe('panel state', () => {
  it('maps each run state to a card status', () => {
    expect(panelBlock(info, undefined).status).toBe('idle');
    expect(panelBlock(info, { kind: 'running', content: '', startedAt: 0 }).status).toBe('running');
    expect(panelBlock(info, { kind: 'cancelled', content: '' }).status).toBe('cancelled');
    const failed = panelBlock(info, { kind: 'failed', content: '', message: 'worker died' });
    expect([failed.status, failed.errors]).toEqual(['error', [{ line: 7, column: 1, message: 'worker died' }]]);
  });

  it('shows a finished run: chart, one summary line per series, timing, explaining formulas', () => {
    const card = panelBlock(info, { kind: 'done', content: '', run, svg: '<svg/>' });
    expect(card).toMatchObject({ status: 'done', title: 'Powers', svg: '<svg/>', elapsedMs: 3, errors: [] });
    expect(card.summary).toEqual(['1.5: fp16 overflow at step 28', '0.8: ×0.8 per step']);
    expect(card.formulas!.length).toBeGreaterThan(0);
  });

  it('puts a train sweep’s window line before the per-rate lines', async () => {
    const note = ['```gradexp', 'experiment: train', 'activation: relu', 'init: kaiming', 'depth: 2', 'width: 16', 'batch: 64', 'steps: 100', 'lr: [0.05, 0.1, 0.2]', '```', ''].join('\n');
    const sweep = await runParsedBlock(note, parseNote(note)[0]!);
    const card = panelBlock(info, { kind: 'done', content: '', run: sweep, svg: '<svg/>' });
    expect(card.summary![0]).toBe('window 0.1 … 0.2 · best 0.2: 0.14 · no rate diverges');
    expect(card.summary!.slice(1).map((line) => line.split(':')[0])).toEqual(['0.05', '0.1', '0.2']);
  });

  it('lets current parse errors win over an older run', () => {
    const err = { line: 9, column: 1, start: 0, end: 5, message: 'unknown key' };
    const card = panelBlock({ ...info, errors: [err] }, { kind: 'done', content: '', run, svg: '<svg/>' });
    expect(card.status).toBe('error');
    expect(card.svg).toBeUndefined();
    expect(card.errors).toEqual([{ line: 9, column: 1, message: 'unknown key' }]);
  });

  it('lists the note formulas with value, verdict and position', async () => {
    const state = buildPanelState('file:///n.md', 'n.md', [info], new Map(), await judgeNote(NOTE), fmt);
    expect(state.noteName).toBe('n.md');
    expect(state.formulas.map((f) => [f.line, f.source, f.valueText, f.verdict])).toEqual([
      [3, '0.9^{50} \\approx 0.05', '0.0051538', 'fails'],
      [3, '2^{10} = 1024', '1024', 'holds'],
      [5, '3 \\times 3 = 10', '9', 'fails'],
    ]);
  });
});

describe('claimFailsMessage', () => {
  it('reads every claim from its computed side, mirroring the relation when the author wrote the number first', async () => {
    const message = async (source: string) => claimFailsMessage((await judgeFormula(source)).claims[0]!, fmt);
    expect(await message('2^{3} > 10')).toBe('claim fails: 2^{3} = 8, not > 10');
    expect(await message('10 < 2^{3}')).toBe('claim fails: 2^{3} = 8, not > 10');
    expect(await message('7 \\ge 2^{3}')).toBe('claim fails: 2^{3} = 8, not ≤ 7');
    expect(await message('0.05 \\approx 0.9^{50}')).toBe('claim fails: 0.9^{50} = 0.0051538, not ≈ 0.05');
  });
});
