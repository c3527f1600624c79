/** What the test page (standin/page.ts) offers the tests through page.evaluate; DOM-free so Node's typecheck reads it. */
export interface HarnessApi {
  /** A vault of `notes` (path → text) and the plugin of `mainJs`, loaded as Obsidian loads it; what it registered. */
  start(mainJs: string, notes: Record<string, string>): Promise<{ commands: string[]; views: string[]; processors: string[]; editorExtensions: number }>;
  /** Opens `path` and renders it as reading view does; returns how many gradexp blocks it drew. */
  renderNote(path: string): Promise<number>;
  /** Opens `path` in a CodeMirror 6 editor with the extensions the plugin registered (source mode / live preview). */
  openEditor(path: string): void;
  /** Runs a command as the palette does; false when its check says it is unavailable. */
  runCommand(id: string): boolean;
  /** Displays the settings tab; its settings' names. */
  showSettings(): string[];
  /** Enters `value` into component `index` of the setting named `name`. */
  enterSetting(name: string, index: number, value: unknown): Promise<void>;
  /** Every Notice's message, in order. */
  notices(): string[];
  /** Every line a note was opened at (0-based eState.line), in order. */
  opened(): { path: string; line: number | undefined }[];
  /** What the plugin saved (saveData). */
  saved(): unknown;
  unloadPlugin(): void;
  /** Web Workers started and terminated, Blob URLs made and revoked, since the page opened. */
  lifetimes(): { workersStarted: number; workersTerminated: number; urlsMade: number; urlsRevoked: number };
}
