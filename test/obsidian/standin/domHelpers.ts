/**
 * Obsidian's additions to the DOM that the plugin (and Obsidian's own classes)
 * use, written from obsidian.d.ts: createEl / createDiv on elements and
 * globally, empty, addClass, setText. Installed once on the page's prototypes.
 */

interface DomElementInfo {
  cls?: string | string[];
  text?: string;
  attr?: Record<string, string | number | boolean | null>;
}

function build<K extends keyof HTMLElementTagNameMap>(tag: K, o?: DomElementInfo | string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  const info = typeof o === 'string' ? { cls: o } : (o ?? {});
  if (info.cls) el.classList.add(...(Array.isArray(info.cls) ? info.cls : info.cls.split(' ')).filter(Boolean));
  if (info.text !== undefined) el.textContent = info.text;
  for (const [k, v] of Object.entries(info.attr ?? {})) if (v !== null && v !== false) el.setAttribute(k, String(v));
  return el;
}

export function installDomHelpers(): void {
  const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
  if (proto.createEl) return;
  proto.createEl = function (this: HTMLElement, tag: keyof HTMLElementTagNameMap, o?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
    const el = build(tag, o);
    this.appendChild(el);
    cb?.(el);
    return el;
  };
  proto.createDiv = function (this: HTMLElement & { createEl: typeof proto.createEl }, o?: DomElementInfo | string) {
    return (this.createEl as (t: string, o?: unknown) => HTMLElement)('div', o);
  };
  proto.empty = function (this: HTMLElement) {
    this.replaceChildren();
  };
  proto.addClass = function (this: HTMLElement, ...classes: string[]) {
    this.classList.add(...classes);
  };
  proto.removeClass = function (this: HTMLElement, ...classes: string[]) {
    this.classList.remove(...classes);
  };
  proto.setText = function (this: HTMLElement, text: string) {
    this.textContent = text;
  };
  const g = globalThis as unknown as Record<string, unknown>;
  g.createEl = (tag: keyof HTMLElementTagNameMap, o?: DomElementInfo | string) => build(tag, o);
  g.createDiv = (o?: DomElementInfo | string) => build('div', o);
}
