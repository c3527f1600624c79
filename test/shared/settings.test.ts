import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_NOTE_MB } from '../../src/shared/noteLimits';
import { DEFAULT_PREVIEW_COMPUTE_LIMIT, defaultSettings, readSettings } from '../../src/shared/settings';

const defaults = defaultSettings(5e10);
const from = (values: Record<string, unknown>) => readSettings((name) => values[name], defaults);

describe('readSettings', () => {
  it('takes valid values as they are', () => {
    expect(from({ autoRun: true, significantDigits: 3, workBudget: 1e6, previewComputeLimit: 0, maxNoteSize: 2.5, hoverFormats: ['fp8-e5m2', 'fp32'] })).toEqual({
      autoRun: true,
      significantDigits: 3,
      workBudget: 1e6,
      previewComputeLimit: 0,
      maxNoteSize: 2.5,
      hoverFormats: ['fp8-e5m2', 'fp32'],
    });
  });

  it('falls back to the defaults for missing settings', () => {
    expect(from({})).toEqual({ autoRun: false, significantDigits: 5, workBudget: 5e10, previewComputeLimit: DEFAULT_PREVIEW_COMPUTE_LIMIT, maxNoteSize: DEFAULT_MAX_NOTE_MB, hoverFormats: ['fp16', 'bf16', 'fp32'] });
  });

  it('refuses nonsense rather than passing it to the engine', () => {
    const s = from({ autoRun: 'yes', significantDigits: 'many', workBudget: -1, previewComputeLimit: Number.NaN, maxNoteSize: '10 MB', hoverFormats: 'fp8' });
    expect(s).toEqual(defaults);
    // Unknown names and repeats in the formats list are dropped; the rest keep their order.
    expect(from({ hoverFormats: ['fp8-e4m3', 'fp7', 3, 'fp8-e4m3', 'bf16'] }).hoverFormats).toEqual(['fp8-e4m3', 'bf16']);
    expect(from({ workBudget: Infinity }).workBudget).toBe(5e10);
    expect(from({ workBudget: 0 }).workBudget).toBe(5e10);
    // A zero or negative note size would refuse every note: the default stands instead.
    expect(from({ maxNoteSize: 0 }).maxNoteSize).toBe(DEFAULT_MAX_NOTE_MB);
    expect(from({ maxNoteSize: -3 }).maxNoteSize).toBe(DEFAULT_MAX_NOTE_MB);
  });

  it('clamps significant digits to 1…17 and rounds them', () => {
    expect(from({ significantDigits: 0 }).significantDigits).toBe(1);
    expect(from({ significantDigits: 40 }).significantDigits).toBe(17);
    expect(from({ significantDigits: 3.6 }).significantDigits).toBe(4);
  });
});
