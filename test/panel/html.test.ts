import { describe, expect, it } from 'vitest';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { buildPanelHtml, panelCsp } from '../../src/extension/panel/html';
import { isPanelState } from '../../src/shared/messages';
import type { PanelState } from '../../src/shared/panelModel';
import { samplePanelState } from './samplePanelState';

const cspSource = 'https://file+.vscode-resource.vscode-cdn.net';
const nonce = 'c2VjcmV0LW5vbmNlLTEyMzQ1Ng==';

function build(state: PanelState | null) {
  const html = buildPanelHtml({
    cspSource,
    nonce,
    scriptUri: `${cspSource}/ext/media/dist/panel.js`,
    styleUris: [`${cspSource}/ext/media/dist/katex/katex.min.css`, `${cspSource}/ext/media/panel.css`],
    state,
  });
  const doc = parseDocument(html);
  const all = (test: (e: Element) => boolean) => DomUtils.findAll(test, doc.children);
  return { html, all };
}

/** A state whose every string tries to break out of its attribute or start a script. */
const hostile: PanelState = {
  ...samplePanelState,
  noteName: '"><script>alert(1)</script>',
  blocks: [
    {
      ...samplePanelState.blocks[0]!,
      title: "</main><script>alert('x')</script>",
      summary: ['&quot; onmouseover="alert(2)', "' onload='alert(3)"],
    },
  ],
};

describe('buildPanelHtml', () => {
  it('sets a strict CSP: nothing by default, our media only, scripts by this nonce', () => {
    const { all } = build(samplePanelState);
    const [meta] = all((e) => e.name === 'meta' && e.attribs['http-equiv'] === 'Content-Security-Policy');
    const csp = meta?.attribs.content ?? '';
    expect(csp).toBe(panelCsp(cspSource, nonce));
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'nonce-${nonce}'`);
    expect(csp).toContain(`style-src ${cspSource}`);
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('has exactly one script: external, carrying the nonce, with no inline text', () => {
    for (const state of [samplePanelState, hostile, null]) {
      const { all } = build(state);
      const scripts = all((e) => e.name === 'script');
      expect(scripts).toHaveLength(1);
      expect(scripts[0]?.attribs.nonce).toBe(nonce);
      expect(scripts[0]?.attribs.src).toMatch(/panel\.js$/);
      expect(DomUtils.textContent(scripts[0]!).trim()).toBe('');
    }
  });

  it('carries the state in an escaped data attribute that parses back to the same state', () => {
    for (const state of [samplePanelState, hostile]) {
      const { all } = build(state);
      const [app] = all((e) => e.attribs.id === 'app');
      const parsed: unknown = JSON.parse(app?.attribs['data-state'] ?? 'null');
      expect(parsed).toEqual(state);
      expect(isPanelState(parsed)).toBe(true);
    }
  });

  it('lets no state string create elements or event handlers', () => {
    const { all } = build(hostile);
    const handlers = all((e) => Object.keys(e.attribs).some((k) => k.startsWith('on')));
    expect(handlers).toHaveLength(0);
    expect(all((e) => e.name === 'main')).toHaveLength(1);
  });

  it('loads the stylesheets from the webview origin, KaTeX first', () => {
    const { all } = build(samplePanelState);
    const links = all((e) => e.name === 'link').map((e) => e.attribs.href);
    expect(links).toEqual([`${cspSource}/ext/media/dist/katex/katex.min.css`, `${cspSource}/ext/media/panel.css`]);
  });

  it('renders an empty panel without state', () => {
    const { all } = build(null);
    const [app] = all((e) => e.attribs.id === 'app');
    expect(app?.attribs['data-state']).toBe('');
  });

  it('refuses a nonce too short or with characters that could end the attribute', () => {
    const base = { cspSource, scriptUri: 'x', styleUris: [], state: null };
    expect(() => buildPanelHtml({ ...base, nonce: 'abc' })).toThrow(/nonce/);
    expect(() => buildPanelHtml({ ...base, nonce: `${nonce}' 'unsafe-inline` })).toThrow(/nonce/);
  });
});
