/**
 * LaTeX → a standalone SVG, by MathJax (TeX input, SVG output, no DOM: its
 * own lite adaptor). Bundled apart, to dist/formula-image.js, and loaded on
 * the first formula hover: MathJax's start-up (~0.3 s) and its 1 MB are paid
 * only by a user who hovers a formula. The SVG is sized in pixels for the
 * editor's font and drawn in one colour, because the hover shows it as an
 * <img> (an image cannot inherit the hover's text colour: currentColor inside
 * it would be black).
 */
import { mathjax } from 'mathjax-full/js/mathjax.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import { SVG } from 'mathjax-full/js/output/svg.js';
import { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';
// The TeX packages a note's formulas use: LaTeX's core, AMS math, \boldsymbol; an unknown macro is drawn as its name.
import 'mathjax-full/js/input/tex/base/BaseConfiguration.js';
import 'mathjax-full/js/input/tex/ams/AmsConfiguration.js';
import 'mathjax-full/js/input/tex/boldsymbol/BoldsymbolConfiguration.js';
import 'mathjax-full/js/input/tex/noundefined/NoUndefinedConfiguration.js';
import type { LiteElement } from 'mathjax-full/js/adaptors/lite/Element.js';
import { MAX_RENDERED_LATEX } from '../../../shared/formulaHover';

export interface SvgOptions {
  /** Display style ($$…$$) or inline. */
  readonly display: boolean;
  /** The editor's font size in px: one em of the formula. */
  readonly fontPx: number;
  /** A CSS colour for every glyph and rule, e.g. "#1f1f1f". */
  readonly color: string;
}

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
const document = mathjax.document('', {
  InputJax: new TeX({ packages: ['base', 'ams', 'boldsymbol', 'noundefined'] }),
  // Glyph paths inside each SVG (not shared through the page, which an <img> cannot see).
  OutputJax: new SVG({ fontCache: 'local' }),
});

/**
 * Math drawn at the editor's font size looks a size smaller than the text beside it: TeX's
 * x-height is 0.442 em, a sans-serif UI font's about 0.53. MathJax scales math the same way in a
 * page (matching the surrounding ex); this is that ratio for the fonts VS Code uses.
 */
export const MATH_SCALE = 1.2;

/** A colour MathJax's output may carry: #hex or a CSS name, nothing that could close the attribute. */
const SAFE_COLOR = /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20})$/;

/**
 * The SVG of `latex`, or undefined when it cannot be drawn (too long, or a TeX
 * error such as an unbalanced brace: the hover quotes the source instead).
 */
export function latexToSvg(latex: string, options: SvgOptions): string | undefined {
  if (latex.length > MAX_RENDERED_LATEX || !SAFE_COLOR.test(options.color)) return undefined;
  const container = document.convert(latex, { display: options.display }) as LiteElement;
  const svg = adaptor.firstChild(container) as LiteElement | undefined;
  if (!svg || adaptor.kind(svg) !== 'svg') return undefined;
  if (adaptor.tags(svg, 'g').some((g) => adaptor.getAttribute(g, 'data-mml-node') === 'merror')) return undefined;
  const box = (adaptor.getAttribute(svg, 'viewBox') ?? '').split(/\s+/).map(Number);
  if (box.length !== 4 || !box.every(Number.isFinite)) return undefined;
  // viewBox units are thousandths of an em.
  const px = (units: number) => ((units / 1000) * options.fontPx * MATH_SCALE).toFixed(2);
  adaptor.setAttribute(svg, 'width', px(box[2]!));
  adaptor.setAttribute(svg, 'height', px(box[3]!));
  adaptor.removeAttribute(svg, 'style');
  return adaptor.outerHTML(svg).replace(/currentColor/g, options.color);
}
