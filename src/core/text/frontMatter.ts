/**
 * YAML front matter as VS Code's Markdown preview sees it. The preview runs
 * markdown-it-front-matter's rule before `fence`: a note whose first line is
 * `---` (three or more dashes) and that has a later line of at least as many
 * dashes opens with front matter, and nothing inside it is Markdown — so a
 * ```gradexp fence or a `$…$` written there is neither a block nor math.
 * Our parsers only parse (never render), so the rule just consumes the lines.
 */
import type { MarkdownIt, StateBlock } from 'markdown-it';

const OPENING = /^\uFEFF?(-{3,})[ \t]*$/;
const CLOSING = /^(-{3,})[ \t]*$/;

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line], state.eMarks[line]);
}

/** The YAML between a note's front-matter fences (same rule as the preview's), or undefined when it has none. */
export function frontMatterYaml(note: string): string | undefined {
  const lines = note.slice(0, 100_000).split(/\r?\n/);
  const open = OPENING.exec(lines[0] ?? '');
  if (!open) return undefined;
  for (let close = 1; close < lines.length; close++) {
    const m = CLOSING.exec(lines[close]!);
    if (m && m[1]!.length >= open[1]!.length) return lines.slice(1, close).join('\n');
  }
  return undefined;
}

/** The block rule: only at the note's first line, only when a closing line exists. */
function frontMatterRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (startLine !== 0 || state.blkIndent !== 0) return false;
  const open = OPENING.exec(lineText(state, 0));
  if (!open) return false;
  let close = 1;
  for (; close < endLine; close++) {
    const m = CLOSING.exec(lineText(state, close));
    if (m && m[1]!.length >= open[1]!.length) break;
  }
  if (close >= endLine) return false;
  if (silent) return true;
  const token = state.push('front_matter', '', 0);
  token.hidden = true;
  token.block = true;
  token.map = [0, close + 1];
  token.markup = open[1]!;
  state.line = close + 1;
  return true;
}

/** Installs the front-matter rule on a markdown-it parser, before `fence` as VS Code does. */
export function frontMatter(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'front_matter', frontMatterRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
}
