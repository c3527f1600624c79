/**
 * The one escaper for markup the core emits (chart SVG, preview HTML, reports):
 * a label like `<script>` or `" onload="x` stays inert text.
 */

import { visible } from './visible';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Characters XML 1.0 forbids (C0 controls except tab/LF/CR, U+FFFE/U+FFFF) and lone surrogates:
// a label carrying one would make a whole SVG unparseable, so they become U+FFFD.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * Escapes any value for an SVG text node or quoted attribute: characters XML
 * forbids become U+FFFD, and the legal but dangerous or invisible ones that
 * remain (DEL, C1 controls, bidi overrides, zero-width characters, tab and
 * line breaks in a one-line label) are shown as `\u202E` by visible().
 */
export function escapeXml(value: unknown): string {
  return escapeHtml(visible(String(value ?? '').replace(INVALID_XML, '\uFFFD')));
}
