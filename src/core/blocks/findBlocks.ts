import MarkdownIt from 'markdown-it';
import { bomLength, LineIndex } from '../text/lines';
import { frontMatter } from '../text/frontMatter';

/**
 * One body line of a fenced block: where it begins in `content` and in the note.
 *
 * `pad` counts leading characters of the content line that are not in the
 * note: markdown-it expands a tab that a container prefix only partly
 * consumes (`>\tcode`) into spaces, and those spaces all map to the tab.
 */
export interface BodyLine {
  /** Offset of the line's first character in `FencedBlock.content`. */
  readonly contentStart: number;
  /** Note offset of the content character at `contentStart + pad`. */
  readonly noteStart: number;
  /** Synthetic leading characters (tab expansion) that map to `noteStart`. */
  readonly pad: number;
  /** Note offset where this note line starts (column 1), prefixes included. */
  readonly lineStart: number;
}

/** A ```gradexp fenced block exactly as a CommonMark renderer sees it. */
export interface FencedBlock {
  /** 0-based position among the note's gradexp blocks. */
  readonly index: number;
  /** The info string, unescaped and trimmed (starts with `gradexp`). */
  readonly info: string;
  /** 1-based line of the opening fence. */
  readonly fenceLine: number;
  /** Note offset of the opening fence's first backtick/tilde. */
  readonly start: number;
  /** Note offset just past the last line of the block (the closing fence, if any), before its line break. */
  readonly end: number;
  /** Note offset of the first body character (where an empty body would start). */
  readonly bodyStart: number;
  /** The body with container prefixes and fence indentation stripped, as markdown-it gives it. */
  readonly content: string;
  /** False when the fence runs to the end of its container or document. */
  readonly closed: boolean;
  /** One entry per body line, for mapping content offsets back to the note. */
  readonly bodyLines: readonly BodyLine[];
}

/** The fence language that marks a block as ours (case-sensitive, like a CommonMark info word). */
export const GRADEXP_LANGUAGE = 'gradexp';

type MarkdownParser = InstanceType<typeof MarkdownIt>;

let parser: MarkdownParser | undefined;

/** One shared block-level parser; html on, as in VS Code's preview, so fences inside HTML blocks stay hidden. */
function blockParser(): MarkdownParser {
  if (!parser) {
    parser = new MarkdownIt({ html: true });
    // As in VS Code's preview, a fence inside YAML front matter is not a fence.
    parser.use(frontMatter);
    // Inline parsing is most of markdown-it's cost and tells us nothing about fences.
    parser.core.ruler.enableOnly(['normalize', 'block']);
  }
  return parser;
}

/** Number of lines in a fence body as markdown-it joins them (each line ends in `\n`, maybe not the last). */
function countLines(content: string): number {
  if (content.length === 0) return 0;
  let lines = 0;
  for (let i = content.indexOf('\n'); i >= 0; i = content.indexOf('\n', i + 1)) lines++;
  return content.endsWith('\n') ? lines : lines + 1;
}

/** Length of the longest common suffix of a and b. */
function commonSuffix(a: string, b: string): number {
  let k = 0;
  const max = Math.min(a.length, b.length);
  while (k < max && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}

/** Pairs each content line with the note line it came from (the content line is a suffix of it). */
function mapBodyLines(lines: LineIndex, firstLine: number, content: string, count: number): BodyLine[] {
  const out: BodyLine[] = [];
  let contentStart = 0;
  for (let i = 0; i < count; i++) {
    const nl = content.indexOf('\n', contentStart);
    const contentEnd = nl < 0 ? content.length : nl;
    const text = content.slice(contentStart, contentEnd);
    const line = firstLine + i;
    const lineStart = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    // markdown-it's normalize turns NUL into U+FFFD (same length), so compare against that.
    let noteText = lines.text.slice(lineStart, lineEnd);
    if (noteText.includes('\0')) noteText = noteText.replace(/\0/g, '\uFFFD');
    const shared = noteText.endsWith(text) ? text.length : commonSuffix(noteText, text);
    out.push({ contentStart, noteStart: lineEnd - shared, pad: text.length - shared, lineStart });
    contentStart = contentEnd + 1;
  }
  return out;
}

/**
 * Finds every ```gradexp / ~~~gradexp fenced block of a note with markdown-it,
 * so blocks in lists and blockquotes, indented and longer fences, and unclosed
 * fences are found exactly as the Markdown preview renders them.
 */
export function findBlocks(note: string): FencedBlock[] {
  const md = blockParser();
  const bom = bomLength(note);
  // markdown-it does not skip a BOM (it would hide a fence on line 1); editors do.
  const tokens = md.parse(bom ? note.slice(bom) : note, {});
  let lines: LineIndex | undefined;
  const blocks: FencedBlock[] = [];
  for (const token of tokens) {
    if (token.type !== 'fence' || !token.map) continue;
    const info = md.utils.unescapeAll(token.info).trim();
    if (info.split(/\s+/, 1)[0] !== GRADEXP_LANGUAGE) continue;
    lines ??= new LineIndex(note);
    const [open, next] = token.map;
    const fenceLine = open + 1;
    const content = token.content;
    const bodyCount = countLines(content);
    // A closed fence spans opening line + body + closing line; an unclosed one has no closing line.
    const closed = next - open - 1 - bodyCount >= 1;
    const openStart = lines.lineStart(fenceLine);
    const markupAt = lines.text.slice(openStart, lines.lineEnd(fenceLine)).indexOf(token.markup);
    const bodyLines = mapBodyLines(lines, fenceLine + 1, content, bodyCount);
    const lastLine = Math.max(fenceLine, next);
    const bodyStart =
      bodyLines.length > 0
        ? bodyLines[0]!.noteStart - bodyLines[0]!.pad
        : fenceLine < lines.lineCount
          ? lines.lineStart(fenceLine + 1)
          : lines.lineEnd(fenceLine);
    blocks.push({
      index: blocks.length,
      info,
      fenceLine,
      start: openStart + Math.max(0, markupAt),
      end: lines.lineEnd(lastLine),
      bodyStart: Math.max(bodyStart, 0),
      content,
      closed,
      bodyLines,
    });
  }
  return blocks;
}
