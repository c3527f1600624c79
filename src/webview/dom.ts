/**
 * A tiny element builder for the panel. Text always goes in as text nodes and
 * attributes through setAttribute, so nothing from a note is ever parsed as HTML.
 */

/** Attributes an element may be given; `undefined` leaves one out. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** A child: an element, a string (becomes a text node), or nothing. */
export type Child = Node | string | null | undefined | false;

/** Creates an HTML element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

/** Appends children (strings as text nodes) to `parent`. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** A <button type="button"> carrying a panel action in data-* attributes (handled by one delegated listener). */
export function actionButton(
  label: string,
  action: string,
  data: Attributes = {},
  extra: Attributes = {},
): HTMLButtonElement {
  const dataAttributes: Record<string, string | number | boolean | undefined> = { 'data-action': action };
  for (const [key, value] of Object.entries(data)) dataAttributes[`data-${key}`] = value;
  return h('button', { type: 'button', ...dataAttributes, ...extra }, label);
}
