/**
 * Hovers in Markdown notes: over a formula, its values, verdicts and format
 * facts; over a key inside a gradexp block, that key's row of the schema.
 */
import * as vscode from 'vscode';
import { type FactFormat, type MathSpan, keyDocAt, type ParsedBlock } from '../../core/api/notes';
import type { Notes } from '../notes/notes';
import { blockAt } from '../../shared/noteParse';
import type { NumberFormatter } from '../../shared/format';
import { formulaHoverMarkdown } from './formulaHoverText';
import { formulaColor } from './formulaImage/imageColor';
import type { FormulaImager, FormulaImages } from './formulaImage/formulaImages';
import { keyHoverMarkdown } from './keyHoverText';

/** Untrusted Markdown: no command links, no HTML — the note's text is quoted in it; images are data: URIs of drawn formulas. */
function untrusted(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown);
  md.isTrusted = false;
  md.supportHtml = false;
  md.supportThemeIcons = false;
  return md;
}

function contains(span: MathSpan, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

class GradexpHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly notes: Notes,
    private readonly formatter: () => NumberFormatter,
    private readonly images: FormulaImages,
    private readonly formats: () => readonly FactFormat[],
  ) {}

  /** Draws formulas in the current theme's text colour at the editor's font size. */
  private imager(): FormulaImager | undefined {
    const fontPx = vscode.workspace.getConfiguration('editor').get<number>('fontSize');
    const size = typeof fontPx === 'number' && Number.isFinite(fontPx) && fontPx >= 6 && fontPx <= 100 ? fontPx : 14;
    return this.images.imager(formulaColor(vscode.window.activeColorTheme.kind), size);
  }

  async provideHover(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    // A note over the editor's limits has been refused once, aloud: no hover, and no evaluator loaded for it.
    if (this.notes.refusal(doc)) return undefined;
    const offset = doc.offsetAt(position);
    const version = doc.version;
    // The offset belongs to this version: an edit while the parse or the spans are awaited ends the hover.
    const gone = () => token.isCancellationRequested || doc.version !== version;
    const parse = await this.notes.settledParse(doc);
    if (gone()) return undefined;
    const block = blockAt(
      parse.parsed.map((p) => p.block),
      offset,
    );
    if (block) return this.keyHover(doc, parse.parsed[block.index], offset);
    return this.formulaHover(doc, offset, gone);
  }

  private keyHover(doc: vscode.TextDocument, parsed: ParsedBlock | undefined, offset: number): vscode.Hover | undefined {
    if (!parsed) return undefined;
    const found = keyDocAt(parsed, offset);
    if (!found) return undefined;
    const key = parsed.keys.find((k) => k.name === found.name);
    const onKey = key && offset >= key.keyStart && offset <= key.keyEnd;
    const range = key
      ? new vscode.Range(doc.positionAt(onKey ? key.keyStart : key.valueStart), doc.positionAt(onKey ? key.keyEnd : key.valueEnd))
      : undefined;
    return new vscode.Hover(untrusted(keyHoverMarkdown(found, parsed.experiment)), range);
  }

  private async formulaHover(doc: vscode.TextDocument, offset: number, gone: () => boolean): Promise<vscode.Hover | undefined> {
    const fmt = this.formatter();
    const known = this.notes.formulaReports(doc)?.find((r) => contains(r.span, offset));
    if (known) return this.hoverFor(doc, known.span, formulaHoverMarkdown(known, fmt, { formats: this.formats(), imager: this.imager(), display: known.span.display }));
    // Shared with the formula analysis of this version: finding spans parses the whole note (in the scan worker).
    const [mod, spans] = await Promise.all([this.notes.formulaModule(), this.notes.formulaSpans(doc)]);
    if (gone()) return undefined;
    const span = spans.find((s) => contains(s, offset));
    if (!span) return undefined;
    const report = await mod.analyzeFormula(span.source, mod.noteSettings(doc.getText()));
    if (gone()) return undefined;
    return this.hoverFor(doc, span, formulaHoverMarkdown(report, fmt, { formats: this.formats(), imager: this.imager(), display: span.display }));
  }

  private hoverFor(doc: vscode.TextDocument, span: MathSpan, markdown: string): vscode.Hover {
    return new vscode.Hover(untrusted(markdown), new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end)));
  }
}

/** Registers the formula and block-key hovers for Markdown notes. */
export function registerHover(notes: Notes, formatter: () => NumberFormatter, images: FormulaImages, formats: () => readonly FactFormat[]): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: 'markdown' }, new GradexpHoverProvider(notes, formatter, images, formats));
}
