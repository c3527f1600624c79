/**
 * Puts a chart SVG into the panel so that it cannot execute anything, even if
 * the chart core ever regressed: the markup is parsed as XML (an inert
 * document, no scripts run), then rebuilt element by element keeping only an
 * allowlist of SVG elements and attributes. Inline `style` attributes and a
 * chart's <style> element are re-applied through the CSSOM, which the panel's
 * CSP allows (it blocks inline style markup).
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Where a style attribute's text waits between parsing and the CSSOM. */
const STYLE_DATA = 'data-gradexp-style';
/** Prefix of attributes set aside before parsing and never copied. */
const DROPPED_DATA = 'data-gradexp-dropped-';

const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'title', 'desc', 'path', 'line', 'polyline', 'polygon', 'rect', 'circle', 'ellipse',
  'text', 'tspan', 'clipPath', 'marker', 'linearGradient', 'radialGradient', 'stop', 'pattern', 'symbol',
]);

const ATTRIBUTES = new Set([
  'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'viewBox', 'd', 'points',
  'transform', 'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
  'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'opacity', 'color', 'font-size',
  'font-family', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'alignment-baseline',
  'baseline-shift', 'dx', 'dy', 'rotate', 'letter-spacing', 'text-decoration', 'textLength', 'lengthAdjust',
  'class', 'id', 'role', 'aria-label', 'aria-hidden', 'aria-labelledby', 'aria-describedby', 'focusable',
  'clip-path', 'clip-rule', 'clipPathUnits', 'marker-start', 'marker-mid', 'marker-end', 'markerWidth',
  'markerHeight', 'markerUnits', 'refX', 'refY', 'orient', 'preserveAspectRatio', 'vector-effect',
  'shape-rendering', 'paint-order', 'visibility', 'display', 'offset', 'stop-color', 'stop-opacity',
  'gradientUnits', 'gradientTransform', 'patternUnits', 'patternTransform', 'version',
]);

/** A value referring to anything outside the SVG (or to script) is dropped. */
function isSafeValue(value: string): boolean {
  return !/javascript:|expression\(|@import/i.test(value) && !/url\(\s*['"]?(?!#)/i.test(value);
}

/** Chart ids are made unique per card, so two charts' clip paths cannot cross-reference. */
function scopeIds(value: string, prefix: string): string {
  return value.replace(/url\(\s*(['"]?)#([^)'"]+)\1\s*\)/g, (_m, _q: string, id: string) => `url(#${prefix}${id})`);
}

function applyInlineStyle(element: SVGElement, css: string, prefix: string): void {
  for (const declaration of css.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (/^[a-z-]+$/.test(name) && isSafeValue(value)) element.style.setProperty(name, scopeIds(value, prefix));
  }
}

function copyNode(source: Node, prefix: string, styles: string[]): Node | null {
  if (source.nodeType === Node.TEXT_NODE) return document.createTextNode(source.textContent ?? '');
  if (source.nodeType !== Node.ELEMENT_NODE) return null;
  const from = source as Element;
  if (from.namespaceURI !== SVG_NS) return null;
  if (from.localName === 'style') {
    styles.push(from.textContent ?? '');
    return null;
  }
  if (!ELEMENTS.has(from.localName)) return null;
  const to = document.createElementNS(SVG_NS, from.localName);
  for (const attribute of Array.from(from.attributes)) {
    const name = attribute.name;
    const value = attribute.value;
    if (name === STYLE_DATA || name === 'style') applyInlineStyle(to, value, prefix);
    else if (name === 'id') to.setAttribute('id', `${prefix}${value}`);
    else if (name.startsWith(DROPPED_DATA)) continue;
    else if ((ATTRIBUTES.has(name) || /^data-[a-z0-9-]+$/.test(name)) && isSafeValue(value)) {
      to.setAttribute(name, scopeIds(value, prefix));
    }
  }
  for (const child of Array.from(from.childNodes)) {
    const copy = copyNode(child, prefix, styles);
    if (copy) to.appendChild(copy);
  }
  return to;
}

const adopted = new Map<string, CSSStyleSheet>();

/**
 * A chart's own <style> rules, adopted through the CSSOM (deduplicated: every
 * chart of a note carries the same rules). The chart core already prefixes
 * each selector with its root class, and its theme rules need body classes
 * (`.vscode-dark …`), so the rules are not wrapped in a further scope.
 */
function adoptChartStyles(css: string): void {
  if (!css.trim() || adopted.has(css) || !isSafeValue(css)) return;
  const sheet = new CSSStyleSheet();
  try {
    sheet.replaceSync(css);
  } catch {
    return; // unparsable rules: the chart still has its fallback colours
  }
  adopted.set(css, sheet);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * Takes the chart's <style> elements and style attributes out of the markup
 * before parsing: even an inert parsed document reports inline styles as CSP
 * violations. Style attributes become data attributes and are re-applied via
 * the CSSOM. Quotes inside chart text are escaped, so these patterns only meet
 * markup, never text.
 */
function setStylesAside(markup: string): { markup: string; css: string[] } {
  const css: string[] = [];
  const withoutSheets = markup.replace(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi, (_m, text: string) => {
    css.push(text);
    return '';
  });
  const restyled = withoutSheets.replace(/(\s)style(\s*=\s*["'])/gi, `$1${STYLE_DATA}$2`);
  // Event handlers are never copied; renaming them first also keeps the parser from reporting them to the CSP.
  return { markup: restyled.replace(/(\s)on([a-z]+\s*=\s*["'])/gi, `$1${DROPPED_DATA}$2`), css };
}

/** Parses as XML (the chart's format); falls back to the HTML parser, which forgives e.g. a repeated attribute. */
function parseSvg(markup: string): Element | null {
  const xml = new DOMParser().parseFromString(markup, 'image/svg+xml');
  if (xml.getElementsByTagName('parsererror').length === 0 && xml.documentElement.namespaceURI === SVG_NS) {
    return xml.documentElement;
  }
  // An inert document: nothing in it runs or loads.
  const html = new DOMParser().parseFromString(`<!DOCTYPE html><body>${markup}`, 'text/html');
  const first = html.body.firstElementChild;
  return first && first.namespaceURI === SVG_NS && html.body.childElementCount === 1 ? first : null;
}

/** Parses chart markup and returns a clean SVG element, or an Error describing why it could not. */
export function importChartSvg(markup: string, idPrefix: string, label: string): SVGSVGElement | Error {
  const aside = setStylesAside(markup);
  const root = parseSvg(aside.markup);
  if (!root || root.localName !== 'svg') return new Error('the chart is not well-formed SVG');
  const styles: string[] = [...aside.css];
  const svg = copyNode(root, idPrefix, styles) as SVGSVGElement | null;
  if (!svg) return new Error('the chart is empty');
  for (const css of styles) adoptChartStyles(css);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('focusable', 'false');
  if (!svg.querySelector(':scope > title')) {
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = label;
    svg.insertBefore(title, svg.firstChild);
  }
  return svg;
}
