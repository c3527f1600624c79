/**
 * Finds what must never reach a webview, preview or report page: script
 * elements, event-handler attributes, javascript: (and data:/vbscript:) URLs
 * and SVG animation elements (which can rewrite attributes, e.g. an href, at
 * run time). Works on a parsed DOM (htmlparser2), never on regexes over text.
 */
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';

/** Elements that run code, load active content or animate attributes. */
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'object', 'embed', 'applet', 'base', 'form', 'meta-refresh',
  'animate', 'animatemotion', 'animatetransform', 'set', 'discard', 'foreignobject', 'handler', 'listener',
]);

/** Attributes whose value is a URL (or, for SVG animation, a value set at run time). */
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'to', 'from', 'values', 'by', 'srcdoc']);

/** Options for one check. */
export interface SafetyOptions {
  /** XML mode for standalone SVG (case-sensitive names, CDATA honoured). */
  readonly xml?: boolean;
  /** Elements the page is expected to hold, e.g. the panel's one nonce'd script; return true to accept. */
  readonly allow?: (element: Element) => boolean;
}

/** A URL that would run script when followed or loaded. */
function isScriptUrl(value: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside the scheme.
  const squeezed = value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return /^(javascript:|vbscript:|data:text\/html|data:image\/svg)/.test(squeezed);
}

function walk(nodes: readonly AnyNode[], visit: (element: Element) => void): void {
  for (const node of nodes) {
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      visit(node as Element);
      walk((node as Element).children, visit);
    }
  }
}

/** Every unsafe element or attribute in `markup`, described; empty when it is safe. */
export function unsafeMarkup(markup: string, options: SafetyOptions = {}): string[] {
  const doc = parseDocument(markup, { xmlMode: options.xml ?? false, decodeEntities: true, lowerCaseTags: !options.xml, lowerCaseAttributeNames: !options.xml });
  const problems: string[] = [];
  walk(doc.children, (el) => {
    if (options.allow?.(el)) return;
    const name = el.name.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(name.replace(/^svg:/, ''))) problems.push(`<${el.name}>`);
    for (const [attribute, value] of Object.entries(el.attribs)) {
      const a = attribute.toLowerCase();
      if (a.startsWith('on')) problems.push(`<${el.name} ${attribute}>`);
      if ((URL_ATTRIBUTES.has(a) || a.endsWith(':href')) && isScriptUrl(value)) problems.push(`<${el.name} ${attribute}="${value}">`);
      if (a === 'style' && /url\s*\(\s*['"]?\s*javascript:|expression\s*\(/i.test(value)) problems.push(`<${el.name} style="${value}">`);
      if (a === 'http-equiv' && value.toLowerCase() === 'refresh') problems.push(`<${el.name} http-equiv=refresh>`);
    }
  });
  return problems;
}

/** The elements of `markup` (parsed as HTML) with the given tag name. */
export function elementsNamed(markup: string, tag: string): Element[] {
  const doc = parseDocument(markup, { decodeEntities: true });
  const found: Element[] = [];
  walk(doc.children, (el) => {
    if (el.name.toLowerCase() === tag) found.push(el);
  });
  return found;
}
