/**
 * KaTeX as the product configures it. The panel renders formulas with
 * KATEX_OPTIONS from src/webview/math.ts (the preview uses VS Code's own math
 * plugin and settings); here KaTeX's known attack payloads are rendered with
 * that very options object and the output is parsed: no link, no script, no
 * handler, no data-* attributes, sizes capped, expansion bombs stopped.
 */
import katex from 'katex';
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import { findMath } from '../../src/core/formula/find/findMath';
import { readHostile } from '../fixtures/hostile/corpus';
import { unsafeMarkup } from './markupSafety';

/** What this test uses of the panel's math module (src/webview/math.ts). */
interface PanelMath {
  readonly KATEX_OPTIONS: katex.KatexOptions & { readonly trust: boolean; readonly maxExpand: number; readonly maxSize: number; readonly throwOnError: boolean };
  readonly MAX_FORMULA_LENGTH: number;
  renderMath(target: unknown, latex: string, display: boolean): void;
}

// The module is browser code (DOM types): loaded at run time by path so this Node-typed test
// project does not type-check it. It is the very object the panel passes to KaTeX, not a copy.
const PANEL_MATH = '../../src/webview/math';
let KATEX_OPTIONS: PanelMath['KATEX_OPTIONS'];
let MAX_FORMULA_LENGTH: number;
let renderMath: PanelMath['renderMath'];
beforeAll(async () => {
  ({ KATEX_OPTIONS, MAX_FORMULA_LENGTH, renderMath } = (await import(/* @vite-ignore */ PANEL_MATH)) as PanelMath);
});

/** Every formula of the KaTeX attack note, plus a few built here. */
const PAYLOADS: readonly string[] = [
  ...findMath(readHostile('katex-attacks.md')).map((s) => s.source),
  '\\href{ javascript:alert(1)}{x}',
  '\\href{JaVaScRiPt:alert(1)}{x}',
  '\\url{data:text/html,<script>alert(1)</script>}',
  '\\htmlStyle{position:fixed;top:0;left:0;width:100vw;height:100vh}{x}',
  '\\text{\\unicode{60}script\\unicode{62}}',
  '\\begin{array}{c}' + '\\begin{array}{c}'.repeat(40) + 'x' + '\\end{array}'.repeat(41),
  '{'.repeat(500) + 'x' + '}'.repeat(500),
];

function elements(nodes: readonly AnyNode[], out: Element[] = []): Element[] {
  for (const n of nodes) {
    if (n.type === 'tag') {
      out.push(n as Element);
      elements((n as Element).children, out);
    }
  }
  return out;
}

/** Largest length in em that any style attribute sets (the layout a formula can force). */
function largestStyleEm(html: string): number {
  let largest = 0;
  for (const el of elements(parseDocument(html).children)) {
    for (const m of (el.attribs.style ?? '').matchAll(/(-?[\d.]+)em/g)) largest = Math.max(largest, Math.abs(Number(m[1])));
    for (const name of ['width', 'height', 'depth']) {
      const m = /^(-?[\d.]+)em$/.exec(el.attribs[name] ?? '');
      if (m) largest = Math.max(largest, Math.abs(Number(m[1])));
    }
  }
  return largest;
}

describe('the options object the panel uses', () => {
  it('is exported and sets trust off, bounded expansion and sizes, and no throwing', () => {
    expect(KATEX_OPTIONS.trust).toBe(false);
    expect(KATEX_OPTIONS.maxExpand).toBeGreaterThan(0);
    expect(KATEX_OPTIONS.maxExpand).toBeLessThanOrEqual(1000);
    expect(KATEX_OPTIONS.maxSize).toBeGreaterThan(0);
    expect(KATEX_OPTIONS.maxSize).toBeLessThanOrEqual(100);
    expect(KATEX_OPTIONS.throwOnError).toBe(false);
  });
});

describe('attack payloads rendered with KATEX_OPTIONS', () => {
  it(`covers the attack classes (${PAYLOADS.length} payloads)`, () => {
    const joined = PAYLOADS.join(' ');
    for (const command of ['\\href', '\\url', '\\includegraphics', '\\htmlData', '\\htmlClass', '\\htmlId', '\\htmlStyle', '\\edef', '\\def', '\\rule']) {
      expect(joined).toContain(command);
    }
  });

  for (const [i, latex] of PAYLOADS.entries()) {
    it(`payload ${i}: ${latex.slice(0, 60)}`, () => {
      for (const displayMode of [false, true]) {
        const started = performance.now();
        const html = katex.renderToString(latex, { ...KATEX_OPTIONS, displayMode });
        expectDuration(`KaTeX payload ${i} (${displayMode ? 'display' : 'inline'})`, performance.now() - started, 5_000);
        expect(unsafeMarkup(html)).toEqual([]);
        const all = elements(parseDocument(html).children);
        expect(all.filter((e) => e.name === 'a' || e.name === 'img')).toEqual([]);
        // trust: false keeps \htmlData/\htmlId/\htmlClass/\htmlStyle from setting attributes.
        expect(all.flatMap((e) => Object.keys(e.attribs).filter((a) => a.startsWith('data-')))).toEqual([]);
        expect(all.filter((e) => e.attribs.id === 'evil')).toEqual([]);
        expect(all.some((e) => /position:\s*fixed|100vw/.test(e.attribs.style ?? ''))).toBe(false);
        // maxSize caps user sizes; KaTeX's own stretchy SVGs (√, arrows) use a fixed, clipped 400 em canvas.
        expect(largestStyleEm(html)).toBeLessThanOrEqual(Math.max(KATEX_OPTIONS.maxSize, 400));
      }
    });
  }

  it('expansion bombs stop at maxExpand with a ParseError (the strict first pass the panel makes)', () => {
    const bombs = PAYLOADS.filter((p) => p.includes('\\def') || p.includes('\\edef'));
    expect(bombs.length).toBeGreaterThanOrEqual(3);
    for (const latex of bombs) {
      const started = performance.now();
      expect(() => katex.renderToString(latex, { ...KATEX_OPTIONS, throwOnError: true })).toThrow(/Too many expansions/);
      expectDuration(`expansion bomb ${latex.slice(0, 30)} stopped`, performance.now() - started, 5_000);
    }
  });

  it('KaTeX draws every √ on the same 400 em canvas, so 400 is its own size, not the attacker\'s', () => {
    expect(largestStyleEm(katex.renderToString('\\sqrt{x}', KATEX_OPTIONS))).toBe(400);
  });

  it('huge \\rule, \\kern and \\hspace are capped to maxSize', () => {
    for (const latex of ['\\rule{100000em}{100000em}', '\\kern{100000em} x', '\\hspace{100000em} y']) {
      expect(largestStyleEm(katex.renderToString(latex, KATEX_OPTIONS))).toBeLessThanOrEqual(KATEX_OPTIONS.maxSize);
    }
  });

  it('errors come back as escaped text inside the error span', () => {
    const html = katex.renderToString('\\frac{<script>alert(1)</script>', KATEX_OPTIONS);
    expect(unsafeMarkup(html)).toEqual([]);
    const spans = elements(parseDocument(html).children).filter((e) => e.attribs.class === 'katex-error');
    expect(spans).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('formula length cap in the panel', () => {
  it('a formula over MAX_FORMULA_LENGTH characters gets a message, and KaTeX never sees it', () => {
    // renderMath's cap runs before any DOM work, so a minimal stand-in element is enough here.
    const classes = new Set<string>();
    const target = {
      textContent: '' as string | null,
      replaceChildren() { this.textContent = ''; },
      classList: { add: (c: string) => classes.add(c), remove: (c: string) => classes.delete(c) },
    };
    renderMath(target, 'x+'.repeat(MAX_FORMULA_LENGTH), true);
    expect(target.textContent).toBe(`formula too long to render (${2 * MAX_FORMULA_LENGTH} characters; the limit is ${MAX_FORMULA_LENGTH})`);
    expect(classes.has('math-error')).toBe(true);
  });
});
