/**
 * Escaping for text that goes into SVG. Every string that reaches the output,
 * whether text content or attribute value, passes through escapeXml, so a label
 * like `<script>` or `" onload="x` stays inert text.
 */

// Characters XML 1.0 forbids (C0 controls except tab/LF/CR, U+FFFE/U+FFFF) and lone surrogates:
// a label carrying one would make the whole SVG unparseable, so they become U+FFFD.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an SVG text node or a double- or single-quoted attribute value. */
export function escapeXml(value: unknown): string {
  return String(value ?? '')
    .replace(INVALID_XML, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A pixel coordinate as compact, deterministic attribute text (0.1 px; never "-0", never NaN). */
export function px(v: number): string {
  if (!Number.isFinite(v)) return '0';
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}
