/**
 * The hover's drawn formulas: MathJax's SVG sized for the editor's font and
 * drawn in the theme's colour, put in the hover as data: URIs with the LaTeX
 * as alt text, cached, and left out (the source quoted) when a formula
 * cannot be drawn.
 */
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/core/display';
import { judgeFormula } from '../support/judging';
import { altText, formulaHoverMarkdown } from '../../src/extension/hover/formulaHoverText';
import { formulaColor, svgDataUri } from '../../src/extension/hover/formulaImage/imageColor';
import { FormulaImages, MAX_CACHED_IMAGES } from '../../src/extension/hover/formulaImage/formulaImages';
import * as renderSvg from '../../src/extension/hover/formulaImage/renderSvg';
import { latexToSvg, MATH_SCALE } from '../../src/extension/hover/formulaImage/renderSvg';
import { MAX_RENDERED_LATEX } from '../../src/shared/formulaHover';

const fmt = (x: number) => formatNumber(x, 5);
const LIGHT = { display: false, fontPx: 14, color: '#3b3b3b' };
const decoded = (uri: string) => Buffer.from(uri.slice(uri.indexOf(',') + 1), 'base64').toString('utf8');

describe('latexToSvg', () => {
  it('draws a formula in one colour, sized in pixels from MathJax’s em units and the text’s x-height', () => {
    const svg = latexToSvg(String.raw`\sqrt{0.2 \times 0.37} = 0.272`, LIGHT)!;
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('currentColor');
    expect(svg).toContain('fill="#3b3b3b"');
    const [, , w, h] = /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number) as [number, number, number, number];
    expect(svg).toContain(`width="${((w / 1000) * 14 * MATH_SCALE).toFixed(2)}"`);
    expect(svg).toContain(`height="${((h / 1000) * 14 * MATH_SCALE).toFixed(2)}"`);
    // A root sign and the digits: about one to two ems high at 14 px.
    expect((h / 1000) * 14 * MATH_SCALE).toBeGreaterThan(14);
    expect((h / 1000) * 14 * MATH_SCALE).toBeLessThan(30);
  });

  it('scales with the font size and draws display style taller than inline', () => {
    const frac = String.raw`\frac{1}{1+e^{-x}}`;
    const height = (svg: string) => Number(/height="([\d.]+)"/.exec(svg)![1]);
    expect(height(latexToSvg(frac, { ...LIGHT, fontPx: 28 })!)).toBeCloseTo(2 * height(latexToSvg(frac, LIGHT)!), 1);
    expect(height(latexToSvg(frac, { ...LIGHT, display: true })!)).toBeGreaterThan(height(latexToSvg(frac, LIGHT)!));
  });

  it('gives no image for a TeX error, an overlong formula or an unsafe colour', () => {
    expect(latexToSvg(String.raw`\frac{1}{`, LIGHT)).toBeUndefined();
    expect(latexToSvg('x'.repeat(MAX_RENDERED_LATEX + 1), LIGHT)).toBeUndefined();
    expect(latexToSvg('x', { ...LIGHT, color: '"/><script>' })).toBeUndefined();
  });

  it('draws an unknown macro as its name rather than failing', () => {
    expect(latexToSvg(String.raw`\mynorm{x} = 1`, LIGHT)).toBeDefined();
  });
});

describe('altText', () => {
  it('keeps the LaTeX as written, escaping only what would end the alt text or the table cell', () => {
    expect(altText(String.raw`\sqrt[3]{x} = |x|^{1/3}`)).toBe(String.raw`\sqrt\[3\]{x} = \|x\|^{1/3}`);
    expect(altText('a\n  + b')).toBe('a + b');
  });
});

describe('formulaColor', () => {
  it('uses the default themes’ text colours, white and black in high contrast', () => {
    expect([1, 2, 3, 4].map(formulaColor)).toEqual(['#3b3b3b', '#cccccc', '#ffffff', '#000000']);
  });
});

describe('FormulaImages', () => {
  it('loads the renderer once, on the first image, and caches each drawing', () => {
    let loads = 0;
    let draws = 0;
    const images = new FormulaImages(() => {
      loads++;
      return { ...renderSvg, latexToSvg: (latex: string, options: renderSvg.SvgOptions) => (draws++, renderSvg.latexToSvg(latex, options)) };
    }, () => undefined);
    expect(loads).toBe(0);
    const imager = images.imager('#3b3b3b', 14)!;
    const first = imager('0.9^{50}', false)!;
    // MathJax numbers the glyph ids of each drawing: the same formula drawn again differs only there.
    const ids = (svg: string) => svg.replace(/MJX-\d+-/g, 'MJX-');
    expect(ids(decoded(first))).toBe(ids(decoded(svgDataUri(latexToSvg('0.9^{50}', LIGHT)!))));
    expect(imager('0.9^{50}', false)).toBe(first);
    expect(images.imager('#cccccc', 14)!('0.9^{50}', false)).not.toBe(first); // another theme, another drawing
    expect([loads, draws]).toEqual([1, 2]);
    for (let i = 0; i <= MAX_CACHED_IMAGES; i++) imager(`${i}`, false);
    imager('0.9^{50}', false); // dropped as the least recently used: drawn again
    expect(draws).toBe(2 + MAX_CACHED_IMAGES + 2);
  });

  it('shows no images, and says why once, when the renderer cannot load', () => {
    const logged: string[] = [];
    const images = new FormulaImages(() => {
      throw new Error('missing bundle');
    }, (l) => logged.push(l));
    expect(images.imager('#3b3b3b', 14)).toBeUndefined();
    expect(images.imager('#3b3b3b', 14)).toBeUndefined();
    expect(logged).toEqual(['formula images are off: the renderer did not load (missing bundle)']);
  });
});

describe('formula hover with images', () => {
  it('draws the formula under the heading and each side in the table, with the LaTeX as alt text', async () => {
    const imager = new FormulaImages(() => renderSvg, () => undefined).imager('#cccccc', 14);
    const md = formulaHoverMarkdown(await judgeFormula(String.raw`0.9^{50} \approx 0.05`), fmt, { imager });
    const parts = md.split('\n\n');
    expect(parts[0]).toBe('**gradexp** · claim fails ✗');
    expect(parts[1]).toMatch(/^!\[0\.9\^\{50\} \\approx 0\.05\]\(data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+\)$/);
    expect(decoded(/\((data:[^)]+)\)/.exec(parts[1]!)![1]!)).toContain('fill="#cccccc"');
    const table = md.split('\n').filter((l) => l.startsWith('| !['));
    expect(table).toHaveLength(2);
    expect(table[0]).toMatch(/^\| !\[0\.9\^\{50\}\]\(data:image\/svg\+xml;base64,[^)]+\) \| 0\\\.0051538 \|/);
    // The claim line still quotes the source: the values table and the verdict stay as they were.
    expect(md).toContain('- `0.9^{50}` ≈ `0.05`: **fails ✗');
  });

  it('quotes the source where a side cannot be drawn', async () => {
    const md = formulaHoverMarkdown(await judgeFormula('0.9^{50} \\approx 0.05'), fmt, { imager: (latex) => (latex === '0.05' ? undefined : 'data:image/svg+xml;base64,AA==') });
    expect(md).toContain('| `0.05` |');
    expect(md).toContain('| ![0.9^{50}](data:image/svg+xml;base64,AA==) |');
  });
});
