/**
 * The settings tab: significant digits, autoRun, the work budget, the limit
 * below which a block runs as it is shown, and the number formats the hover
 * shows. Each value goes through the same validation as a loaded file.
 */
import { PluginSettingTab, Setting, type App, type Plugin } from 'obsidian';
import { FACT_FORMATS, type FactFormat } from '../../core/api/notes';
import type { GradexpSettings } from '../../shared/settings';

/** What the tab needs from the plugin. */
export interface SettingsHost {
  settings(): GradexpSettings;
  /** Validates, saves and applies one changed value. */
  change(name: keyof GradexpSettings, value: unknown): Promise<void>;
}

export class GradexpSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: Plugin,
    private readonly host: SettingsHost,
  ) {
    super(app, plugin);
  }

  display(): void {
    const { containerEl } = this;
    containerEl.empty();
    const s = this.host.settings();
    const numberSetting = (name: string, desc: string, key: 'workBudget' | 'previewComputeLimit' | 'significantDigits') =>
      new Setting(containerEl)
        .setName(name)
        .setDesc(desc)
        .addText((text) =>
          text.setValue(String(s[key])).onChange(async (value) => {
            // An invalid entry keeps the saved value (readSettings); the field shows what is in force when reopened.
            await this.host.change(key, Number(value));
          }),
        );
    numberSetting('Significant digits', 'Digits shown for computed values in the hover, the side view and the vault check (1–17).', 'significantDigits');
    new Setting(containerEl)
      .setName('Run every block as it is shown')
      .setDesc('When on, every block within the work budget runs when its note is shown. When off, only blocks below the limit under it run by themselves; the others wait for their Run button.')
      .addToggle((toggle) => toggle.setValue(s.autoRun).onChange((value) => this.host.change('autoRun', value)));
    numberSetting('Work budget', 'Most work one block may ask for, in multiply-adds (for mlp about depth × width² × batch × series). A block above it gets an error naming the key to lower.', 'workBudget');
    numberSetting('Run without asking below', 'Work (multiply-adds) below which a block runs as soon as it is shown, in its own thread. 0: only the Run button runs blocks.', 'previewComputeLimit');
    const formats = new Setting(containerEl).setName('Number formats in the hover').setDesc('Each value of a formula is also shown rounded to these formats, in this order.');
    for (const format of FACT_FORMATS) {
      formats.addToggle((toggle) =>
        toggle
          .setTooltip(format)
          .setValue(s.hoverFormats.includes(format))
          .onChange((on) => {
            const current = this.host.settings().hoverFormats;
            const next: FactFormat[] = on ? FACT_FORMATS.filter((f) => f === format || current.includes(f)) : current.filter((f) => f !== format);
            return this.host.change('hoverFormats', next);
          }),
      );
    }
  }
}
