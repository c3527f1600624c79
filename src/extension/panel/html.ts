/**
 * The results panel's HTML document. Pure (no vscode import) so the CSP and
 * the escaping can be unit-tested: the host passes in the webview's URIs.
 *
 * Trust model: the page may load only our own script (by per-render nonce),
 * styles, fonts and images from the extension's media folder; the initial
 * state travels in an escaped data-* attribute, never inside <script> text,
 * so no note content can ever become code.
 */
import type { PanelState } from '../../shared/panelModel';
import { escapeHtml } from '../../core/api/views';

/** Everything the document needs from the host. */
export interface PanelHtmlInput {
  /** `webview.cspSource`: the origin our media is served from. */
  readonly cspSource: string;
  /** A fresh random nonce for this render (see createNonce). */
  readonly nonce: string;
  /** `media/dist/panel.js` as a webview URI. */
  readonly scriptUri: string;
  /** Stylesheets as webview URIs, in order (KaTeX first, then the panel's). */
  readonly styleUris: readonly string[];
  /** What to show at once; null for an empty panel. */
  readonly state: PanelState | null;
}

/** The Content-Security-Policy of the panel: nothing but our media, scripts only by nonce. */
export function panelCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

const NONCE_SHAPE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

/** The full HTML document of the results panel. Throws on a nonce too weak to mean anything. */
export function buildPanelHtml(input: PanelHtmlInput): string {
  if (!NONCE_SHAPE.test(input.nonce)) throw new Error('panel nonce must be at least 16 base64 characters');
  const csp = panelCsp(input.cspSource, input.nonce);
  const styles = input.styleUris
    .map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`)
    .join('\n    ');
  const state = input.state === null ? '' : JSON.stringify(input.state);
  const title = input.state ? `gradexp — ${input.state.noteName}` : 'gradexp results';
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    ${styles}
    <title>${escapeHtml(title)}</title>
  </head>
  <body>
    <main id="app" data-state="${escapeHtml(state)}"></main>
    <noscript><p>The gradexp panel needs scripts enabled.</p></noscript>
    <script nonce="${escapeHtml(input.nonce)}" src="${escapeHtml(input.scriptUri)}"></script>
  </body>
</html>
`;
}
