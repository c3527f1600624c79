/**
 * Finds math in a note as the Markdown renderers do: markdown-it (with raw
 * HTML on, as in VS Code) plus VS Code's own math plugin for `$$…$$` and
 * ```math fences, and our own rule for inline `$…$` (inlineDollar, below).
 * Code spans, fenced/indented code and HTML blocks are never searched.
 *
 * We only parse — KaTeX never renders here. The plugin's inline rules are
 * wrapped so that each math token remembers where it started and ended in its
 * inline content; block tokens carry line maps. Both are then turned into
 * UTF-16 offsets of the note.
 */
import markdownIt, { type MarkdownIt, type StateInline, type Token } from 'markdown-it';
import katexPlugin from '@vscode/markdown-it-katex';
import type { MathSpan } from '../types';
import { LineIndex } from '../../text/lines';
import { mapInline } from './inlineMap';
import { frontMatter } from '../../text/frontMatter';
import { escapedDelimiterSpans, mayHaveEscapedDelimiters } from './escapedDelimiters';

type InlineRule = (state: StateInline, silent: boolean) => boolean;
interface RuleEntry {
  name: string;
  fn: InlineRule;
}

/** Where an inline math token's delimited text sits inside its inline content. */
interface InlineMeta {
  readonly from: number;
  readonly to: number;
}

/**
 * Inline `$…$` as the renderers of study notes read it (GitHub, Obsidian,
 * pandoc) — written down in docs/readings/finding-math.md:
 *
 * - an opening `$` is not escaped (`\\$`), not part of `$$` and not preceded by
 *   an ASCII letter or digit (`US$5`);
 * - the formula ends at the next unescaped `$`, which must not be followed by
 *   a digit; a space before it is allowed when the formula is padded on both
 *   sides (Jupyter's `$ P = \\frac{3}{8} $`) or holds math (a command, `^`,
 *   `_`, `=` or braces) and does not open with a digit: `$20,000 and
 *   $30,000` and `from $5 to $10` are prose;
 * - when that next `$` cannot close, the opening `$` is plain text: a pairing
 *   never skips over a `$` to drift into prose and swallow the next formula;
 * - `$(a+b)^2$` is math (VS Code's own preview refuses `$(`; the renderers
 *   above do not), and so is math next to punctuation or CJK text.
 */
function inlineDollar(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const open = state.pos;
  if (src[open] !== '$' || src[open + 1] === '$') return false;
  const literal = (): boolean => {
    if (!silent) state.pending += '$';
    state.pos = open + 1;
    return true;
  };
  if (open > 0 && /[A-Za-z0-9$\\]/.test(src[open - 1]!)) return literal();
  if (open + 1 >= src.length) return literal();
  const close = nextUnescapedDollar(src, open + 1);
  if (close < 0 || src.slice(open + 1, close).trim() === '' || /[0-9]/.test(src[close + 1] ?? '') || src[close + 1] === '$') return literal();
  if (/\s/.test(src[close - 1]!) && !/\s/.test(src[open + 1]!)) {
    // `$x $` is padded on one side only: math when it reads as math, not `$(sel) then $,` or `from $5 to $10`.
    if (/[0-9]/.test(src[open + 1]!) || !/[\\^_={}]/.test(src.slice(open + 1, close))) return literal();
  }
  if (!silent) {
    const token = state.push('math_inline', 'math', 0);
    token.markup = '$';
    token.content = src.slice(open + 1, close);
    token.meta = { from: open, to: close + 1 } satisfies InlineMeta;
  }
  state.pos = close + 1;
  return true;
}

/** Index of the first `$` at or after `from` that an odd number of backslashes does not escape, or -1. */
function nextUnescapedDollar(src: string, from: number): number {
  for (let at = src.indexOf('$', from); at >= 0; at = src.indexOf('$', at + 1)) {
    let slashes = 0;
    while (src[at - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) return at;
  }
  return -1;
}

let parser: MarkdownIt | undefined;

/** The parser, built once: markdown-it + the math plugin, with position-recording wrappers. */
function mathParser(): MarkdownIt {
  if (parser) return parser;
  const md = markdownIt({ html: true });
  // As in VS Code's preview, front matter is metadata: no math is found in it.
  md.use(frontMatter);
  // The plugin is typed against @types/markdown-it; the runtime object is the same.
  md.use(katexPlugin as unknown as (md: MarkdownIt, options: object) => void, { enableFencedBlocks: true });
  // markdown-it exposes no public way to read a rule back, so we reach into the ruler's table.
  const rules = (md.inline.ruler as unknown as { __rules__: RuleEntry[] }).__rules__;
  md.inline.ruler.at('math_inline', inlineDollar);
  const entry = rules.find((r) => r.name === 'math_inline_block');
  if (!entry) throw new Error("the math plugin no longer defines the inline rule 'math_inline_block'");
  const original = entry.fn;
  md.inline.ruler.at('math_inline_block', (state, silent) => {
    const from = state.pos;
    const count = state.tokens.length;
    const matched = original(state, silent);
    if (matched && !silent && state.tokens.length > count) {
      const token = state.tokens[state.tokens.length - 1]!;
      if (token.type.startsWith('math')) token.meta = { from, to: state.pos } satisfies InlineMeta;
    }
    return matched;
  });
  parser = md;
  return md;
}

/** Every `$…$`, `$$…$$` and ```math fence of `note` (and `\\\\(…\\\\)`, `{% katex %}`: escapedDelimiters.ts), in document order. */
export function findMath(note: string): MathSpan[] {
  const lines = new LineIndex(note);
  const spans: MathSpan[] = [];
  const cursor = new Map<number, number>();
  // Table cells' inline tokens carry no line map: use the nearest enclosing row's.
  let lastLine = 0;
  const extra = mayHaveEscapedDelimiters(note);
  const codeLines = new Set<number>();
  for (const token of mathParser().parse(note, {})) {
    if (token.map) lastLine = token.map[0];
    if (extra && token.map && /^(?:fence|code_block|html_block)$/.test(token.type)) for (let l = token.map[0]; l < token.map[1]; l++) codeLines.add(l + 1);
    if (token.type === 'math_block' && token.map) spans.push(blockSpan(token, note, lines));
    else if (token.type === 'fence' && token.map && token.info.trim().toLowerCase() === 'math') {
      spans.push(fenceSpan(token, lines));
    } else if (token.type === 'inline' && token.children) {
      collectInline(token, lastLine, lines, cursor, spans);
    }
  }
  if (!extra) return spans;
  // `\\(…\\)`, `\\[…\\]` and Zola's katex shortcode, found by the renderer after Markdown (escapedDelimiters.ts).
  return [...spans, ...escapedDelimiterSpans(note, lines, spans, codeLines)].sort((a, b) => a.start - b.start);
}

function collectInline(token: Token, firstLine: number, lines: LineIndex, cursor: Map<number, number>, out: MathSpan[]): void {
  const children = token.children ?? [];
  if (!children.some((c) => c.meta && c.type.startsWith('math'))) return;
  const map = mapInline(token.content, firstLine, lines, cursor);
  for (const child of children) {
    const meta = child.meta as InlineMeta | null;
    if (!meta || !child.type.startsWith('math')) continue;
    const delimiter = child.markup.length;
    const start = map.toNote(meta.from);
    const contentStart = map.toNote(meta.from + delimiter);
    const contentEnd = map.toNote(meta.to - delimiter);
    const end = map.toNote(meta.to - 1) + 1;
    out.push(makeSpan(lines, start, end, contentStart, contentEnd, child.type !== 'math_inline', child.content));
  }
}

/** A `$$` block: opens on its first line; closes at the first `$$` after the opening. */
function blockSpan(token: Token, note: string, lines: LineIndex): MathSpan {
  const [first, after] = token.map as [number, number];
  const openColumn = Math.max(0, lines.lineText(first + 1).indexOf('$$'));
  const start = lines.lineStart(first + 1) + openColumn;
  const contentStart = start + 2;
  const lastLine = Math.min(after, lines.lineCount) - 1;
  const limit = lines.lineEnd(lastLine + 1);
  const close = note.indexOf('$$', contentStart);
  const closed = close >= 0 && close + 2 <= limit;
  const contentEnd = closed ? close : limit;
  // Text after the closing `$$` on the same line (`$$…$$[^1]`) is not part of the formula.
  const cut = token.content.indexOf('$$');
  const source = (cut >= 0 ? token.content.slice(0, cut) : token.content).replace(/\n$/, '');
  return makeSpan(lines, start, closed ? close + 2 : limit, contentStart, contentEnd, true, source);
}

/** A ```math fence: the content is the lines between the fences. */
function fenceSpan(token: Token, lines: LineIndex): MathSpan {
  const [first, after] = token.map as [number, number];
  const start = lines.lineStart(first + 1) + lines.lineText(first + 1).search(/[`~]/);
  // A fence on the note's last line has no body line: its (empty) content sits at the end of that line.
  const contentStart = first + 1 < lines.lineCount ? lines.lineStart(first + 2) : lines.lineEnd(first + 1);
  const source = token.content.replace(/\n$/, '');
  const lastLine = Math.min(after, lines.lineCount) - 1;
  const closingIsFence = lastLine > first && /^\s*(`{3,}|~{3,})\s*$/.test(lines.lineText(lastLine + 1));
  const contentEnd = Math.max(contentStart, closingIsFence ? lines.lineEnd(lastLine) : lines.lineEnd(lastLine + 1));
  // An unclosed, empty fence before a final line break: its content starts on that next, empty line.
  const end = Math.max(contentEnd, lines.lineEnd(lastLine + 1));
  return makeSpan(lines, start, end, contentStart, contentEnd, true, source);
}

function makeSpan(
  lines: LineIndex,
  start: number,
  end: number,
  contentStart: number,
  contentEnd: number,
  display: boolean,
  source: string,
): MathSpan {
  const { line, column } = lines.positionAt(contentStart);
  return { start, end, contentStart, contentEnd, display, source, line, column };
}
