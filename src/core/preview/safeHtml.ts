/**
 * Escaping and a cheap markup check for the preview plugin. Pure string work:
 * the preview calls this on every keystroke, so no parser is loaded here.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Things a chart SVG must never contain: scripts, event handlers, links,
 * foreign content, animation (which can set attributes), entity declarations,
 * and external references from CSS.
 */
const FORBIDDEN: readonly RegExp[] = [
  /<\s*script/i,
  /<\s*foreignObject/i,
  /<\s*iframe/i,
  /<\s*embed/i,
  /<\s*object/i,
  /<\s*a[\s>]/i,
  /<\s*(animate|animateMotion|animateTransform|set)[\s/>]/i,
  /<!\s*(ENTITY|DOCTYPE)/i,
  // Attribute values in the chart core's output are always quoted, and quotes in
  // its text are escaped, so requiring the quote keeps prose like "onset = 3" legal.
  /\son[a-z]+\s*=\s*["']/i,
  /\s(xlink:)?href\s*=\s*["']/i,
  /javascript:/i,
  /@import/i,
  /url\(\s*['"]?(?!#)/i,
];

/** True when `svg` is a single <svg> element free of script, handlers, links and external references. */
export function isSafeSvgMarkup(svg: string): boolean {
  const trimmed = svg.trim().replace(/^<\?xml[^>]*\?>\s*/, '');
  if (!/^<svg[\s>]/i.test(trimmed) || !/<\/svg>$/i.test(trimmed)) return false;
  return !FORBIDDEN.some((re) => re.test(trimmed));
}
