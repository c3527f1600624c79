/** Which block Obsidian asks to draw, and whether it runs unasked (the budget rules of VS Code's preview and autoRun). */
import { describe, expect, it } from 'vitest';
import { blockStart, locateBlock } from '../../src/obsidian/views/locateBlock';
import { changedSettings, DEFAULT_SETTINGS, settingsFrom } from '../../src/obsidian/plugin/settings';
import { HUGE_BLOCK, MEDIUM_BLOCK, NOTE, POWER_BLOCK } from './notes';

describe('locateBlock', () => {
  it('finds the block at the section’s first line in the note Obsidian gives', () => {
    const second = locateBlock('experiment: power\nwidht: 3\n', { text: NOTE, lineStart: 14 });
    expect(second?.detached).toBe(false);
    expect(second?.ref).toMatchObject({ note: NOTE, index: 1, line: 15 });
    expect(second?.parsed.errors[0]).toMatchObject({ line: 17 });
  });

  it('makes a one-block note when Obsidian gives no section (an embed), or a section that is no longer there', () => {
    for (const section of [null, { text: NOTE, lineStart: 2 }]) {
      const found = locateBlock(POWER_BLOCK, section);
      expect(found?.detached).toBe(true);
      expect(found?.ref).toMatchObject({ index: 0, line: 1, content: `${POWER_BLOCK}\n` });
    }
  });

  it('keeps a body holding ``` inside its made-up note', () => {
    const found = locateBlock('title: has ``` inside\nexperiment: power', null);
    expect(found?.parsed.series[0]?.spec.title).toBe('has ``` inside');
  });
});

describe('blockStart', () => {
  const start = (body: string, settings = DEFAULT_SETTINGS) => blockStart(locateBlock(body, null)!.parsed, settings);

  it('runs a cheap block unasked, and waits for Run on one above the cheap limit', () => {
    expect(start(POWER_BLOCK)).toEqual({ kind: 'run' });
    expect(start(MEDIUM_BLOCK)).toEqual({ kind: 'ask' });
  });

  it('runs every block within the budget with autoRun on, none unasked with the cheap limit at 0', () => {
    expect(start(MEDIUM_BLOCK, { ...DEFAULT_SETTINGS, autoRun: true })).toEqual({ kind: 'run' });
    expect(start(POWER_BLOCK, { ...DEFAULT_SETTINGS, previewComputeLimit: 0 })).toEqual({ kind: 'ask' });
  });

  it('refuses a block with errors, and one over the budget with the budget’s words', () => {
    expect(start('experiment: power\nwidht: 3')).toEqual({ kind: 'refuse' });
    const huge = start(HUGE_BLOCK, { ...DEFAULT_SETTINGS, autoRun: true });
    expect(huge.kind).toBe('refuse');
    expect(huge.kind === 'refuse' && huge.message).toMatch(/exceeds the budget 5e10/);
  });
});

describe('plugin settings', () => {
  it('reads data.json as VS Code reads its settings: nonsense falls back to the default', () => {
    expect(settingsFrom(null)).toEqual(DEFAULT_SETTINGS);
    const read = settingsFrom({ significantDigits: 40, workBudget: -1, autoRun: 'yes', hoverFormats: ['fp32', 'fp99', 'bf16'] });
    expect(read).toEqual({ ...DEFAULT_SETTINGS, significantDigits: 17, hoverFormats: ['fp32', 'bf16'] });
  });

  it('keeps the value in force when a changed one is invalid', () => {
    const changed = changedSettings(DEFAULT_SETTINGS, 'workBudget', 1e6);
    expect(changed.workBudget).toBe(1e6);
    expect(changedSettings(changed, 'workBudget', Number('lots')).workBudget).toBe(1e6);
    expect(changedSettings(changed, 'previewComputeLimit', 0).previewComputeLimit).toBe(0);
  });
});
