/**
 * Test helpers: parse chart SVG with htmlparser2 (XML mode) and query it by tag,
 * class and attribute, so tests assert structure rather than string fragments.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

/** A parsed SVG document with the queries the chart tests need. */
export interface SvgDom {
  readonly root: Element;
  readonly all: readonly Element[];
  byTag(name: string): Element[];
  byClass(cls: string): Element[];
  text(el: Element): string;
}

/** Parses SVG text; throws if it is not a single well-formed <svg> root. */
export function parseSvg(svg: string): SvgDom {
  const doc = parseDocument(svg, { xmlMode: true, decodeEntities: true });
  const roots = doc.children.filter((n): n is Element => n.type === 'tag');
  if (roots.length !== 1 || roots[0].name !== 'svg') throw new Error(`expected one <svg> root, got ${roots.map((r) => r.name).join(', ')}`);
  const all = DomUtils.findAll(() => true, roots);
  return {
    root: roots[0],
    all: [roots[0], ...all],
    byTag: (name) => all.filter((e) => e.name === name),
    byClass: (cls) => all.filter((e) => (e.attribs.class ?? '').split(/\s+/).includes(cls)),
    text: (el) => DomUtils.textContent(el),
  };
}

/** Elements, attributes and URL schemes that must never appear in a chart. */
export function unsafeParts(dom: SvgDom): string[] {
  const problems: string[] = [];
  const bannedTags = new Set(['script', 'a', 'foreignobject', 'animate', 'animatemotion', 'animatetransform', 'set', 'iframe', 'image', 'use', 'object', 'embed']);
  for (const el of dom.all) {
    if (bannedTags.has(el.name.toLowerCase())) problems.push(`<${el.name}>`);
    for (const [name, value] of Object.entries(el.attribs)) {
      const n = name.toLowerCase();
      if (n.startsWith('on')) problems.push(`${el.name}[${name}]`);
      if (n === 'href' || n.endsWith(':href') || n === 'src') problems.push(`${el.name}[${name}]`);
      // javascript: is only dangerous in a URL attribute (banned above); url() could fetch from any paint attribute.
      if (/url\s*\(/i.test(value)) problems.push(`${el.name}[${name}=${value}]`);
    }
  }
  // A <style> may only hold our constant CSS: no url(), no @import.
  for (const style of dom.byTag('style')) {
    if (/url\s*\(|@import|expression\s*\(/i.test(dom.text(style))) problems.push('<style> with url/import');
  }
  return problems;
}
