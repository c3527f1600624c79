/**
 * Colours. Series use the Okabe–Ito palette (safe for the common colour-vision
 * deficiencies), with a lighter variant for dark and high-contrast themes; after
 * 8 series the dash pattern changes so 16 series stay distinguishable.
 * Chrome (text, axes, grid) uses currentColor and VS Code's theme variables, so
 * the same SVG follows light, dark and high-contrast themes.
 */

/** Okabe–Ito, ordered for contrast on a light background; its yellow is darkened to olive, which is faint on white otherwise. */
export const LIGHT_SERIES: readonly string[] = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#9A8A00'];

/** The same hues lifted for dark backgrounds (black becomes light grey). */
export const DARK_SERIES: readonly string[] = ['#56B4E9', '#FF8C42', '#2FD1A3', '#E39BC4', '#F5B942', '#9BD3F5', '#E6E6E6', '#F0E442'];

/** Dash patterns cycled every 8 series; '' is solid. */
export const SERIES_DASHES: readonly string[] = ['', '6 3', '2 2', '8 3 2 3'];

/** Dash used for a series' second line (f′, max |M|). */
export const ROLE_DASH = '5 3';

/** Static colours for chart chrome when no theme CSS applies (resvg, PNG export). */
export const STATIC = {
  foreground: '#1f1f1f',
  muted: '#5f6368',
  grid: '#1f1f1f',
  background: '#ffffff',
  overflow: '#D55E00',
  underflow: '#0072B2',
} as const;

/** Theme-following CSS values for the chrome, each with the static colour as fallback. */
export const THEME = {
  foreground: 'var(--vscode-editor-foreground, currentColor)',
  muted: 'var(--vscode-descriptionForeground, currentColor)',
  grid: 'var(--vscode-charts-lines, currentColor)',
  overflow: `var(--vscode-charts-red, ${STATIC.overflow})`,
  underflow: `var(--vscode-charts-blue, ${STATIC.underflow})`,
} as const;

/** Palette slot of series i. */
export const colorSlot = (i: number): number => i % LIGHT_SERIES.length;

/** Dash pattern of series i (changes once every palette cycle). */
export const seriesDash = (i: number): string => SERIES_DASHES[Math.floor(i / LIGHT_SERIES.length) % SERIES_DASHES.length];

/**
 * The CSS for theme mode, embedded in each chart's `<style>` by default; a host
 * with a strict style-src CSP can ship it in its stylesheet and pass embedStyle: false. Scoped to `.gradexp-chart` because a `<style>`
 * inside inline SVG applies to the whole HTML page. VS Code puts
 * `vscode-dark` / `vscode-high-contrast` on the webview's and preview's body.
 */
export function themeStyle(): string {
  const slots = LIGHT_SERIES.map((_, i) => i);
  const vars = (colors: readonly string[]) => slots.map((i) => `--gx-c${i}:${colors[i]}`).join(';');
  const uses = slots.map((i) => `.gradexp-chart .gx-c${i}{stroke:var(--gx-c${i})}.gradexp-chart .gx-f${i}{fill:var(--gx-c${i})}`).join('');
  // Wrapped in @supports so renderers without CSS variables (resvg, librsvg) skip the whole block and
  // keep the presentation-attribute fallbacks, instead of resolving var() to nothing.
  return [
    '@supports (color: var(--gx-probe)) {',
    `.gradexp-chart{${vars(LIGHT_SERIES)};color:${THEME.foreground};font-family:var(--vscode-font-family, system-ui, sans-serif)}`,
    `.vscode-dark .gradexp-chart,.vscode-high-contrast .gradexp-chart{${vars(DARK_SERIES)}}`,
    uses,
    `.gradexp-chart .gx-text{fill:${THEME.foreground}}`,
    `.gradexp-chart .gx-muted{fill:${THEME.muted}}`,
    `.gradexp-chart .gx-grid{stroke:${THEME.grid}}`,
    `.gradexp-chart .gx-over-f{fill:${THEME.overflow}}.gradexp-chart .gx-over-s{stroke:${THEME.overflow}}`,
    `.gradexp-chart .gx-under-f{fill:${THEME.underflow}}.gradexp-chart .gx-under-s{stroke:${THEME.underflow}}`,
    `.gradexp-chart .gx-halo{stroke:var(--vscode-editor-background, ${STATIC.background})}`,
    `.vscode-high-contrast .gradexp-chart .series{stroke-width:2.5}`,
    '}',
  ].join('\n');
}
