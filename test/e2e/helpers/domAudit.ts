/**
 * What a rendered document holds that could run code or act on its own:
 * script elements, event-handler attributes, `javascript:` URLs (in links,
 * sources and styles), SVG animation elements (which can rewrite attributes
 * such as href) and embedding elements. Read from the live DOM of a frame
 * (the results panel, the Markdown preview) or of one element (a hover), so
 * it checks what the editor actually shows, after every renderer and sanitiser.
 */
import type { Frame, Locator } from 'playwright-core';

export interface AuditedScript {
  readonly src: string;
  readonly nonce: boolean;
  readonly text: string;
}

export interface DomAudit {
  /** Every script element: its src (or "inline"), whether it carries a nonce, and an inline script's first characters. */
  readonly scripts: readonly AuditedScript[];
  /** `tag[attribute]` of every on* attribute. */
  readonly eventAttributes: readonly string[];
  /** `tag[attribute]=value` of every URL-bearing attribute whose value is a javascript: URL, and of styles naming one. */
  readonly javascriptUrls: readonly string[];
  /** Tags of animate, animateMotion, animateTransform, set and discard elements. */
  readonly animations: readonly string[];
  /** Tags of iframe, object, embed and foreignObject elements. */
  readonly embeds: readonly string[];
  /** Elements looked at. */
  readonly elements: number;
}

/** The parts of a DOM element read here (the project's tsconfig has no DOM library). */
interface AuditedElement {
  readonly localName: string;
  readonly textContent: string | null;
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(selector: string): ArrayLike<AuditedElement>;
}

/** The audit of every element under `root` (its subtree, root included). Runs in the page. */
function auditIn(root: AuditedElement): DomAudit {
  const ANIMATIONS = new Set(['animate', 'animatemotion', 'animatetransform', 'set', 'discard']);
  const EMBEDS = new Set(['iframe', 'object', 'embed', 'foreignobject']);
  // Attributes a browser follows or an SVG animation writes into (text such as aria-label may mention anything).
  const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'to', 'from', 'values', 'by']);
  const JS_URL = /^[\s\u0000-\u001f]*j[\s\u0000-\u001f]*a[\s\u0000-\u001f]*v[\s\u0000-\u001f]*a[\s\u0000-\u001f]*s[\s\u0000-\u001f]*c[\s\u0000-\u001f]*r[\s\u0000-\u001f]*i[\s\u0000-\u001f]*p[\s\u0000-\u001f]*t[\s\u0000-\u001f]*:/i;
  const scripts: AuditedScript[] = [];
  const eventAttributes: string[] = [];
  const javascriptUrls: string[] = [];
  const animations: string[] = [];
  const embeds: string[] = [];
  const all = [root, ...Array.from(root.querySelectorAll('*'))];
  for (const el of all) {
    const tag = el.localName.toLowerCase();
    if (tag === 'script') {
      scripts.push({ src: el.getAttribute('src') ?? 'inline', nonce: el.hasAttribute('nonce'), text: (el.textContent ?? '').trim().slice(0, 120) });
    }
    if (ANIMATIONS.has(tag)) animations.push(tag);
    if (EMBEDS.has(tag)) embeds.push(tag);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) eventAttributes.push(`${tag}[${name}]`);
      const url = URL_ATTRIBUTES.has(name) && JS_URL.test(attr.value);
      if (url || (name === 'style' && /javascript:/i.test(attr.value))) javascriptUrls.push(`${tag}[${name}]=${attr.value.slice(0, 60)}`);
    }
  }
  return { scripts, eventAttributes, javascriptUrls, animations, embeds, elements: all.length };
}

/** Audits a frame's whole document. */
export function auditFrame(frame: Frame): Promise<DomAudit> {
  return auditElement(frame.locator(':root'));
}

/** Audits one element and what it contains (a hover, a card). */
export function auditElement(element: Locator): Promise<DomAudit> {
  // The function itself is sent to the page (Playwright serialises it), so it must use nothing from this module.
  return element.evaluate(auditIn as unknown as (el: unknown) => DomAudit);
}
