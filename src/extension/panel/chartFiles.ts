/**
 * Pure helpers for exporting a chart next to its note: the file name, the
 * Markdown image link, and where that link goes (just after the block's
 * closing fence). vscode-free so they can be unit-tested.
 */
import type { ExportFormat } from '../../shared/messages';

/** File name for block `index` (0-based) of a note: `<note>-block-<n>.<format>`, n 1-based. */
export function chartFileName(noteFileName: string, index: number, format: ExportFormat): string {
  const base = noteFileName.replace(/\.(md|markdown|mdown|mkd)$/i, '') || 'note';
  // Keep the author's name readable, but never produce path separators or control characters.
  const safe = base.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
  return `${safe}-block-${index + 1}.${format}`;
}

/** A Markdown image link to a file beside the note; the alt text is the block's title. */
export function imageLink(title: string, fileName: string): string {
  const alt = (title.trim() || 'gradexp chart').replace(/[\\[\]]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
  const target = encodeURI(fileName).replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `![${alt}](${target})`;
}

/** Where and what to insert in the note: `line` is 0-based, text goes at the end of that line. */
export interface LinkInsertion {
  readonly line: number;
  readonly character: number;
  readonly text: string;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

/**
 * 0-based line of the fence closing the block that opens at 1-based
 * `openLine`; the last line when the block is never closed (CommonMark).
 */
export function closingFenceLine(lines: readonly string[], openLine: number): number {
  const open = FENCE_OPEN.exec(lines[openLine - 1] ?? '');
  if (!open?.[1]) throw new Error(`line ${openLine} does not open a fenced block`);
  const marker = open[1];
  const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
  for (let i = openLine; i < lines.length; i++) {
    if (closing.test(lines[i] ?? '')) return i;
  }
  return lines.length - 1;
}

/**
 * The edit that puts `link` after the block opening at 1-based `openLine`,
 * separated by a blank line; null when the link is already there (saving
 * again after a re-run only refreshes the file).
 */
export function linkInsertion(noteText: string, openLine: number, link: string): LinkInsertion | null {
  const lines = noteText.split(/\r?\n/);
  const close = closingFenceLine(lines, openLine);
  let next = close + 1;
  while (next < lines.length && (lines[next] ?? '').trim() === '') next++;
  if (next < lines.length && (lines[next] ?? '').trim() === link) return null;
  const eol = noteText.includes('\r\n') ? '\r\n' : '\n';
  const followedByText = close + 1 < lines.length && (lines[close + 1] ?? '').trim() !== '';
  return {
    line: close,
    character: (lines[close] ?? '').length,
    text: `${eol}${eol}${link}${followedByText ? eol : ''}`,
  };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** True when `bytes` start with the PNG signature (the webview's data is checked before it is written). */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length > PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}
