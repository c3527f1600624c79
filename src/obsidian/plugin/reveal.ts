/**
 * Shows a line of a note: in the tab that has the note open (the editor when
 * it is in source or live preview, else scrolled there), or in the current tab.
 */
import { MarkdownView, TFile, type App } from 'obsidian';

/** Opens `path` with its 1-based `line` in view; a path that is no note does nothing. */
export async function revealLine(app: App, path: string, line: number): Promise<void> {
  const file = app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) return;
  const open = app.workspace.getLeavesOfType('markdown').find((leaf) => leaf.view instanceof MarkdownView && leaf.view.file === file);
  const leaf = open ?? app.workspace.getLeaf(false);
  // eState.line is how Obsidian scrolls a note to a line in every mode (search results and backlinks use it).
  await leaf.openFile(file, { active: true, eState: { line: line - 1 } });
  const view = leaf.view;
  if (view instanceof MarkdownView && view.getMode() === 'source') {
    view.editor.setCursor({ line: line - 1, ch: 0 });
    view.editor.scrollIntoView({ from: { line: line - 1, ch: 0 }, to: { line: line - 1, ch: 0 } }, true);
  }
}
