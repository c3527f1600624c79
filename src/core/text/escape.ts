/**
 * The one escaper for markup the core emits (chart SVG, preview HTML, reports):
 * a label like `<script>` or `" onload="x` stays inert text.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Characters XML 1.0 forbids (C0 controls except tab/LF/CR, U+FFFE/U+FFFF) and lone surrogates:
// a label carrying one would make a whole SVG unparseable, so they become U+FFFD.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Escapes any value for an SVG text node or quoted attribute, replacing characters XML forbids. */
export function escapeXml(value: unknown): string {
  return escapeHtml(String(value ?? '').replace(INVALID_XML, '\uFFFD'));
}
