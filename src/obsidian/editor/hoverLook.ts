/** The plugin's hover settings, validated as VS Code validates its own (src/shared/format.ts). */
import type { FactFormat } from '../../core/api/notes';
import { DEFAULT_DIGITS, DEFAULT_HOVER_FORMATS, factFormatList, significantDigits } from '../../shared/format';

/** What the hover shows: the significant digits (1–17) and the known format columns, each once, in order. */
export interface HoverLook {
  readonly digits: number;
  readonly formats: readonly FactFormat[];
}

/** Digits clamped to 1–17 and unknown formats left out; the defaults for what is no number or no list. */
export function hoverLook(settings: { readonly digits: unknown; readonly formats: unknown }): HoverLook {
  return { digits: significantDigits(settings.digits) ?? DEFAULT_DIGITS, formats: factFormatList(settings.formats) ?? DEFAULT_HOVER_FORMATS };
}
