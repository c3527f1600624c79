import { createRequire } from 'node:module';

/** Minimal shape of @resvg/resvg-js that we use; loaded lazily (a native addon). */
interface ResvgModule {
  Resvg: new (svg: string, options: object) => { render(): { asPng(): Buffer } };
}

let resvg: ResvgModule | undefined;

/**
 * Rasterize an SVG to PNG with resvg (a real renderer, no browser). Text uses
 * the system's fonts; CSS variables are not understood by resvg, which is why
 * the chart writes concrete fallback colours as presentation attributes.
 */
export function rasterizeSvg(svg: string, scale = 2): Buffer {
  resvg ??= createRequire(__filename)('@resvg/resvg-js') as ResvgModule;
  const renderer = new resvg.Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return renderer.render().asPng();
}
