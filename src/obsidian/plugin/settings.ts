/**
 * The plugin's settings are the VS Code extension's (same names, same
 * validation, same defaults): what Obsidian saved in data.json is read
 * through readSettings, so nonsense in the file falls back to a default.
 */
import { DEFAULT_BUDGET } from '../../core/api/notes';
import { defaultSettings, readSettings, type GradexpSettings } from '../../shared/settings';

/** The defaults: autoRun off (cheap blocks still run as they are shown), the core's work budget. */
export const DEFAULT_SETTINGS: GradexpSettings = defaultSettings(DEFAULT_BUDGET);

/** Validated settings from what `loadData` returned (anything, or null on first start). */
export function settingsFrom(data: unknown): GradexpSettings {
  const saved = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  return readSettings((name) => saved[name], DEFAULT_SETTINGS);
}

/** `settings` with one value changed, validated like a loaded file (an invalid value keeps the old one). */
export function changedSettings(settings: GradexpSettings, name: keyof GradexpSettings, value: unknown): GradexpSettings {
  return readSettings((key) => (key === name ? value : settings[key as keyof GradexpSettings]), settings);
}

/** How a block is run when it is shown: at once (cheap, or autoRun on and within the budget) or on the Run button. */
export function runsUnasked(settings: GradexpSettings, fitsCheapLimit: boolean): boolean {
  return settings.autoRun || (settings.previewComputeLimit > 0 && fitsCheapLimit);
}
