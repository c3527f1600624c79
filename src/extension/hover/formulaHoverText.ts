/**
 * The Markdown of a hover over a formula: the shared hover (src/shared/formulaHover: each side's value,
 * the claims' verdicts, how each value fares in the chosen formats, how the formula was read and its
 * free symbols) written as Markdown, with formulas drawn as images where an imager is given. Pure
 * (returns a string), so it is unit-tested; the provider wraps it in an untrusted MarkdownString.
 */
import type { FactFormat, FormulaReport } from '../../core/api/notes';
import { DEFAULT_HOVER_FORMATS, type NumberFormatter } from '../../shared/format';
import { formulaHover, MAX_QUOTED, shorten, type HoverClaimLine, type HoverPiece, type HoverSideRow } from '../../shared/formulaHover';
import type { FormulaImager } from './formulaImage/formulaImages';

/** Escapes text for a Markdown table cell or paragraph (no HTML, no links, no emphasis). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** Quotes text as inline code, safe inside a table cell (pipes escaped, backticks fenced). */
function codeFence(quoted: string): string {
  const text = quoted.replace(/\|/g, '\\|');
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** Quotes LaTeX as inline code, on one line and shortened to `max` characters. */
export function codeSpan(source: string, max = MAX_QUOTED): string {
  return codeFence(shorten(source, max));
}

/**
 * The alt text of a drawn formula: its LaTeX, on one line. VS Code's hover keeps an image's alt
 * text as written (backslash escapes are not undone), so only what would end the alt text or a
 * table cell is escaped.
 */
export function altText(source: string, max = MAX_QUOTED * 2): string {
  return shorten(source, max).replace(/[[\]|]/g, (c) => `\\${c}`);
}

/** A drawn formula as a Markdown image whose alt text is its LaTeX; undefined when it could not be drawn. */
export function formulaImage(source: string, display: boolean, imager: FormulaImager | undefined): string | undefined {
  const uri = imager?.(source, display);
  return uri === undefined ? undefined : `![${altText(source)}](${uri})`;
}

function sideRow(row: HoverSideRow, imager: FormulaImager | undefined): string {
  const drawn = formulaImage(row.source, false, imager) ?? codeFence(row.quoted);
  return `| ${drawn} | ${escapeMarkdown(row.value)} | ${row.cells.map(escapeMarkdown).join(' | ')} |`;
}

function claimLine(claim: HoverClaimLine): string {
  const computed = claim.computed === undefined ? '' : ` — computed ${escapeMarkdown(claim.computed)}`;
  return `- ${codeFence(claim.left)} ${escapeMarkdown(claim.relation)} ${codeFence(claim.right)}: **${escapeMarkdown(claim.verdict)}**${computed}`;
}

function paragraph(pieces: readonly HoverPiece[]): string {
  return pieces.map((p) => ('code' in p ? codeFence(p.code) : escapeMarkdown(p.text))).join('');
}

/** How a formula's hover is drawn. */
export interface HoverLook {
  /** The table's format columns (the setting gradexp.hoverFormats). */
  readonly formats?: readonly FactFormat[];
  /** Draws LaTeX as an image; without one, or where a formula cannot be drawn, its LaTeX is quoted. */
  readonly imager?: FormulaImager;
  /** The formula is display math: drawn in display style under the heading. */
  readonly display?: boolean;
}

/** The whole hover for one formula: the formula drawn under the heading, each side drawn in the values table. */
export function formulaHoverMarkdown(report: FormulaReport, fmt: NumberFormatter, look: HoverLook = {}): string {
  const { formats = DEFAULT_HOVER_FORMATS, imager, display = false } = look;
  const hover = formulaHover(report, fmt, formats);
  const parts: string[] = [`**gradexp** · ${hover.heading}`];
  const drawn = formulaImage(report.source, display, imager);
  if (drawn) parts.push(drawn);
  if (hover.table) {
    const columns = hover.table.formats;
    parts.push(
      [
        `| side | value |${columns.map((f) => ` ${f} |`).join('')}`,
        `| --- | --- |${columns.map(() => ' --- |').join('')}`,
        ...hover.table.rows.map((row) => sideRow(row, imager)),
      ].join('\n'),
    );
  }
  if (hover.claims.length > 0) parts.push(hover.claims.map(claimLine).join('\n'));
  parts.push(...hover.notes.map(paragraph));
  return parts.join('\n\n');
}
