/** What the browser test reads and drives in its page, as `globalThis.gradexpTest` (plain data only: the test runs in Node). */
export interface PageHandle {
  /** Texts the source was asked about, in order. */
  readonly asked: string[];
  /** What the extension's onError was told. */
  readonly errors: string[];
  /** Makes the source's next answer a rejection. */
  failNext(): void;
  /** Answers handed to the editor. */
  answered: number;
  /** Holds the source's answers until release(). */
  hold(): void;
  release(): void;
  /** The document text. */
  text(): string;
  /** Where a piece of text starts in the document (-1 when absent). */
  offsetOf(text: string): number;
  /** The screen point of the character `into` characters inside `text`, or null when it is not drawn. */
  pointIn(text: string, into: number): { x: number; y: number } | null;
  /** Where the cursor is. */
  head(): number;
  /** The text under each fails mark on text, in order. */
  marked(): string[];
  /** How many live-preview math widgets are inside a fails mark. */
  markedWidgets(): number;
  /** The centre of the live-preview math widget (inline, or the block), or null when there is none. */
  widgetPoint(display: boolean): { x: number; y: number } | null;
}
