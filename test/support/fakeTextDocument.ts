/**
 * A stand-in for the few vscode.TextDocument members the host's note caches
 * read (uri, version, isClosed, the end offset, the text); counts how often
 * the text is copied out. Tests change `text`, `version` and `isClosed` as an
 * editor would.
 */
import type * as vscode from 'vscode';

export function fakeDoc(uri: string, text: string, version = 1) {
  const doc = {
    uri: { toString: () => uri },
    version,
    text,
    isClosed: false,
    reads: 0,
    get lineCount() {
      return doc.text.split('\n').length;
    },
    lineAt: (line: number) => ({ range: { end: { line } } }),
    // Only the end position is ever asked for: its offset is the text's length.
    offsetAt: () => doc.text.length,
    getText: () => {
      doc.reads++;
      return doc.text;
    },
  };
  return doc;
}

export const asDoc = (d: ReturnType<typeof fakeDoc>) => d as unknown as vscode.TextDocument;
