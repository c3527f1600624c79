/**
 * The markdown-it plugin that shows a `gradexp` fence as its chart in VS Code's
 * built-in Markdown preview (and anywhere else markdown-it runs).
 *
 * The preview re-renders on every keystroke, so this stays cheap and
 * synchronous: it never runs a heavy experiment itself. It shows the last run
 * the editor made of exactly this block text (`lookup`), or a run the caller
 * can make at once because it is small (`computeCheap`), or a placeholder.
 */
import type { MarkdownIt, RendererRule, Token } from 'markdown-it';
import type { BlockRun } from '../types';
import { visible } from '../text/visible';
import { escapeHtml, isSafeSvgMarkup } from './safeHtml';

/** What the plugin needs from its host: where runs come from and how to draw them. */
export interface GradexpPreviewOptions {
  /** The last run of a block whose (normalised, see previewKey) text is `content`. */
  lookup(content: string): BlockRun | undefined;
  /** A run made synchronously when the block is cheap enough; undefined when it is not. */
  computeCheap?(content: string): BlockRun | undefined;
  /** The chart core's SVG renderer. */
  renderSvg(run: BlockRun): string;
}

/** The text shown in place of a chart the editor has not computed yet. */
export const PREVIEW_PLACEHOLDER = 'gradexp: run the experiment (▶ Run experiment) to see its chart';

/**
 * The key under which a block's text is looked up: line endings and trailing
 * spaces normalised, so the editor's copy of a block and markdown-it's fence
 * content (which ends in a newline) find the same run.
 */
export function previewKey(content: string): string {
  return content
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** True when a fence's info string names a gradexp block (`gradexp`, any case, extra words allowed). */
export function isGradexpInfo(info: string): boolean {
  return info.trim().split(/\s+/, 1)[0]?.toLowerCase() === 'gradexp';
}

/** Installs the gradexp fence renderer on `md`, delegating every other fence to the previous renderer. */
export function markdownItGradexp(md: MarkdownIt, options: GradexpPreviewOptions): void {
  const previous: RendererRule | undefined = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, mdOptions, env, self) => {
    const token = tokens[idx];
    if (token && isGradexpInfo(token.info)) return renderGradexpFence(token, options);
    return previous ? previous(tokens, idx, mdOptions, env, self) : self.renderToken(tokens, idx, mdOptions);
  };
}

type Found = { readonly kind: 'run'; readonly run: BlockRun } | { readonly kind: 'none' } | { readonly kind: 'failed'; readonly message: string };

/** The run to show for this block text; a throwing host callback becomes a message, never a broken preview. */
function findRun(content: string, options: GradexpPreviewOptions): Found {
  const key = previewKey(content);
  try {
    const run = options.lookup(key) ?? options.computeCheap?.(key);
    return run ? { kind: 'run', run } : { kind: 'none' };
  } catch (e) {
    return { kind: 'failed', message: errorText(e) };
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The opening tag's scroll-sync attributes. VS Code's preview sets `data-line`
 * and the `code-line` class on block tokens; we keep them (and fall back to the
 * token's own map elsewhere) so scrolling the editor scrolls the preview.
 */
function lineAttributes(token: Token): string {
  const fromEditor = token.attrGet('data-line');
  const line = fromEditor !== null ? String(fromEditor) : token.map ? String(token.map[0]) : null;
  const classes = ['gradexp-preview', ...String(token.attrGet('class') ?? '').split(/\s+/).filter(Boolean)];
  if (line !== null && !classes.includes('code-line')) classes.push('code-line');
  const lineAttr = line === null ? '' : ` data-line="${escapeHtml(line)}"`;
  return `class="${escapeHtml(classes.join(' '))}"${lineAttr}`;
}

function renderChart(run: BlockRun, options: GradexpPreviewOptions): string {
  let svg: string;
  try {
    svg = options.renderSvg(run);
  } catch (e) {
    return notice(`gradexp: could not draw the chart: ${errorText(e)}`, 'error');
  }
  // The chart core escapes everything; this is defence in depth against a regression there.
  if (!isSafeSvgMarkup(svg)) return notice('gradexp: the chart was refused because it holds unsafe markup', 'error');
  return `<div class="gradexp-chart" role="img" aria-label="${escapeHtml(visible(run.title || 'gradexp chart'))}">${svg}</div>`;
}

function notice(text: string, kind: 'placeholder' | 'error'): string {
  return `<p class="gradexp-${kind}">${escapeHtml(text)}</p>`;
}

function renderRunDetails(run: BlockRun): string {
  const errors = run.errors.map(
    (e) => `<li>${escapeHtml(`line ${e.line}:${e.column} — ${e.message}`)}</li>`,
  );
  const summaries = run.series.map(
    (s) => `<li>${escapeHtml(s.label ? `${s.label}: ${s.summary.text}` : s.summary.text)}</li>`,
  );
  return (
    (errors.length ? `<ul class="gradexp-errors">${errors.join('')}</ul>` : '') +
    (summaries.length ? `<ul class="gradexp-summary">${summaries.join('')}</ul>` : '')
  );
}

/** One gradexp fence as HTML: chart (or placeholder), summaries/errors, and the spec itself folded away. */
function renderGradexpFence(token: Token, options: GradexpPreviewOptions): string {
  const found = findRun(token.content, options);
  let body: string;
  if (found.kind === 'run') {
    const run = found.run;
    body = (run.series.length > 0 ? renderChart(run, options) : '') + renderRunDetails(run);
  } else if (found.kind === 'failed') {
    body = notice(`gradexp: could not show this block: ${found.message}`, 'error');
  } else {
    body = notice(PREVIEW_PLACEHOLDER, 'placeholder');
  }
  const spec = `<details class="gradexp-spec"><summary>gradexp block</summary><pre><code>${escapeHtml(token.content)}</code></pre></details>`;
  return `<div ${lineAttributes(token)}>${body}${spec}</div>\n`;
}
