import { bytesToBase64 } from '../../base64';

/**
 * What colour a formula image is drawn in, by the kind of colour theme. An
 * <img> cannot inherit the hover's text colour, so the image carries its
 * own: the default themes' editor foregrounds, and pure white or black in
 * high contrast. Values follow vscode.ColorThemeKind (1 light, 2 dark, 3 high
 * contrast, 4 high contrast light); pure, so it is unit-tested.
 */
export function formulaColor(themeKind: number): string {
  switch (themeKind) {
    case 2:
      return '#cccccc'; // Dark Modern's editor.foreground
    case 3:
      return '#ffffff';
    case 4:
      return '#000000';
    default:
      return '#3b3b3b'; // Light Modern's editor.foreground
  }
}

/** An SVG as a data: URI, the one kind of image an untrusted hover shows without a file. */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${bytesToBase64(new TextEncoder().encode(svg))}`;
}
