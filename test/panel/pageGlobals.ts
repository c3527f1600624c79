/**
 * The few browser globals the page-side callbacks of the browser tests touch.
 * The project's root tsconfig has no DOM lib (it checks node code), so these
 * callbacks reach the page through `globalThis as unknown as PageWindow`.
 */

interface PageElement {
  readonly textContent: string | null;
  readonly style: { setProperty(name: string, value: string): void };
  readonly classList: { add(name: string): void };
}

/** What the fake VS Code host and the tests read and write in the page. */
export interface PageWindow {
  __posted: unknown[];
  __violations: string[];
  __pwned?: number;
  acquireVsCodeApi?: () => unknown;
  readonly sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  postMessage(message: unknown, targetOrigin: string): void;
  addEventListener(type: 'message', listener: (e: { readonly data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (e: { readonly data: unknown }) => void): void;
  readonly document: {
    addEventListener(type: 'securitypolicyviolation', listener: (e: { violatedDirective: string; blockedURI: string }) => void): void;
    addEventListener(type: 'DOMContentLoaded', listener: () => void): void;
    readonly documentElement: PageElement;
    readonly body: PageElement;
    querySelector(selector: string): PageElement | null;
  };
}
