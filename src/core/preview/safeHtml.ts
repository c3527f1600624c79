/**
 * Escaping and a cheap markup check for the preview plugin. Pure string work:
 * the preview calls this on every keystroke, so no parser is loaded here.
 */

export { escapeHtml } from '../text/escape';

/**
 * Things a chart SVG's markup must never contain: scripts, event handlers,
 * links, foreign content, animation (which can set attributes), entity
 * declarations, script URLs. Checked against the tags only — the chart core
 * escapes every text, so `<` in text never opens a tag, and a title that merely
 * *mentions* "javascript:" is harmless text.
 */
const FORBIDDEN_ELEMENT = /^<\s*\/?\s*(script|foreignObject|iframe|embed|object|a|animate|animateMotion|animateTransform|set|use|image|feImage)[\s/>]/i;

/** Attributes that load, link or run something; their mere presence is refused. */
const FORBIDDEN_ATTRIBUTE = /^(on[a-z]+|href|xlink:href|src|srcset|action|formaction)$/i;

/** Attribute values that reach outside the document, wherever they appear. */
const FORBIDDEN_VALUE = /javascript:|vbscript:|url\(\s*['"]?(?!#)|expression\s*\(/i;

/** A tag is safe when its element and each of its attributes are; texts in values are only text. */
function isSafeTag(tag: string): boolean {
  if (tag.startsWith('<!') || FORBIDDEN_ELEMENT.test(tag)) return false;
  for (const [, name, dq, sq, bare] of tag.matchAll(/\s([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    if (FORBIDDEN_ATTRIBUTE.test(name!)) return false;
    const value = dq ?? sq ?? bare ?? '';
    // style and presentation attributes are CSS; text attributes (aria-label, data-*) may mention anything.
    if (!isTextAttribute(name!) && FORBIDDEN_VALUE.test(value)) return false;
  }
  return true;
}

/** Attributes whose value is only ever shown as text. */
function isTextAttribute(name: string): boolean {
  return /^(aria-[a-z]+|data-[a-z0-9-]+|title|alt)$/i.test(name);
}

/** CSS of the chart's own <style>: no imports, no external or script URLs. */
const FORBIDDEN_IN_STYLE: readonly RegExp[] = [/@import/i, /url\(\s*['"]?(?!#)/i, /javascript:/i, /expression\s*\(/i];

/** True when `svg` is a single <svg> element free of script, handlers, links and external references. */
export function isSafeSvgMarkup(svg: string): boolean {
  const trimmed = svg.trim().replace(/^<\?xml[^>]*\?>\s*/, '');
  if (!/^<svg[\s>]/i.test(trimmed) || !/<\/svg>$/i.test(trimmed)) return false;
  for (const tag of trimmed.match(/<[^>]*>?/g) ?? []) {
    if (!isSafeTag(tag)) return false;
  }
  for (const [, css] of trimmed.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
    if (FORBIDDEN_IN_STYLE.some((re) => re.test(css!))) return false;
  }
  return true;
}
