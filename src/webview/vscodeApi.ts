/** The part of the webview API VS Code injects that the panel uses, typed by our messages. */
import type { WebviewMessage } from '../shared/messages';

/** The object returned by `acquireVsCodeApi()` (it may be called only once per page). */
export interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** Acquires the API once; the screenshot harness provides a fake with the same shape. */
export function getVsCodeApi(): VsCodeApi {
  return acquireVsCodeApi();
}
