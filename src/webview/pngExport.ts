/**
 * Rasterises a chart to PNG in the webview (the only place that knows the
 * theme's actual colours). The chart's colours are CSS variables and
 * currentColor, which mean nothing once the SVG is a standalone image, so
 * every element's computed paint is written onto a copy first.
 */

const RESOLVED_PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity', 'color',
  'stop-color', 'stop-opacity', 'font-family', 'font-size', 'font-weight', 'font-style', 'visibility',
] as const;

function resolvePaint(live: Element, copy: Element): void {
  const computed = getComputedStyle(live);
  const target = (copy as SVGElement).style;
  for (const property of RESOLVED_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    if (value) target.setProperty(property, value);
  }
  const liveChildren = live.children;
  const copyChildren = copy.children;
  for (let i = 0; i < liveChildren.length && i < copyChildren.length; i++) {
    const l = liveChildren[i];
    const c = copyChildren[i];
    if (l && c) resolvePaint(l, c);
  }
}

function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox.baseVal;
  if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
  const rect = svg.getBoundingClientRect();
  return { width: Math.max(1, Math.round(rect.width)), height: Math.max(1, Math.round(rect.height)) };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the browser could not load the chart as an image'));
    image.src = url;
  });
}

/** The theme's editor background (the webview body itself is transparent in VS Code). */
function editorBackground(): string {
  const fromTheme = getComputedStyle(document.documentElement).getPropertyValue('--vscode-editor-background').trim();
  if (fromTheme) return fromTheme;
  const body = getComputedStyle(document.body).backgroundColor;
  return body && body !== 'transparent' && body !== 'rgba(0, 0, 0, 0)' ? body : '#ffffff';
}

/** The PNG of a chart as shown (theme colours, on the editor background), as base64 without a data: prefix. */
export async function chartToPngBase64(svg: SVGSVGElement, scale = 2): Promise<string> {
  const { width, height } = chartSize(svg);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  resolvePaint(svg, copy);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const xml = new XMLSerializer().serializeToString(copy);
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas available');
  // An opaque background, so text drawn in the theme's foreground stays readable in any viewer.
  context.fillStyle = editorBackground();
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const dataUrl = canvas.toDataURL('image/png');
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:image/png;base64,') || comma < 0) throw new Error('the browser did not produce a PNG');
  return dataUrl.slice(comma + 1);
}
