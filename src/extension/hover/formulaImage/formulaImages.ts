/**
 * Rendered formulas for hovers: data: URIs of SVGs drawn by MathJax
 * (renderSvg.ts, in dist/formula-image.js), loaded with the first hover that
 * needs one and cached per formula, display style, colour and size — the
 * same formula hovered again, or after an edit elsewhere in the note, costs
 * a map lookup. Anything MathJax cannot draw gives no image: the hover quotes
 * the LaTeX source instead.
 */
import type * as RenderSvg from './renderSvg';
import { svgDataUri } from './imageColor';

/** Images kept (a note's formulas in two themes, with room to spare). */
export const MAX_CACHED_IMAGES = 500;

/** What the hover text asks for: a data: URI of `latex` drawn, or undefined. */
export type FormulaImager = (latex: string, display: boolean) => string | undefined;

export class FormulaImages {
  private renderer: typeof RenderSvg | undefined;
  private failed = false;
  private readonly cache = new Map<string, string | undefined>();

  /**
   * @param load loads the renderer module (a require of dist/formula-image.js); called at most once.
   * @param log writes a line to the output channel.
   */
  constructor(
    private readonly load: () => typeof RenderSvg,
    private readonly log: (line: string) => void,
  ) {}

  /** An imager for one hover, in `color` at `fontPx`; undefined when the renderer could not load. */
  imager(color: string, fontPx: number): FormulaImager | undefined {
    const renderer = this.loaded();
    if (!renderer) return undefined;
    return (latex, display) => {
      const key = `${display ? 'D' : 'I'}|${color}|${fontPx}|${latex}`;
      if (this.cache.has(key)) {
        const hit = this.cache.get(key);
        // Most recently used last: the first key is the one to drop.
        this.cache.delete(key);
        this.cache.set(key, hit);
        return hit;
      }
      let uri: string | undefined;
      try {
        const svg = renderer.latexToSvg(latex, { display, fontPx, color });
        uri = svg === undefined ? undefined : svgDataUri(svg);
      } catch (err) {
        this.log(`could not draw ${latex.slice(0, 60)}: ${(err as Error).message}`);
      }
      this.cache.set(key, uri);
      if (this.cache.size > MAX_CACHED_IMAGES) this.cache.delete(this.cache.keys().next().value!);
      return uri;
    };
  }

  private loaded(): typeof RenderSvg | undefined {
    if (this.renderer || this.failed) return this.renderer;
    const started = performance.now();
    try {
      this.renderer = this.load();
      this.log(`formula renderer loaded in ${(performance.now() - started).toFixed(0)} ms`);
    } catch (err) {
      this.failed = true;
      this.log(`formula images are off: the renderer did not load (${(err as Error).message})`);
    }
    return this.renderer;
  }
}
