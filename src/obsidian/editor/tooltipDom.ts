/**
 * The hover's DOM, built from the shared hover (src/shared/formulaHover) with
 * createElement and textContent only: the note's text never becomes markup.
 * Math is drawn by an injected renderer (Obsidian's renderMath); without one,
 * or where it throws, the LaTeX is quoted as code.
 */
import { numberFormatter } from '../../shared/format';
import { formulaHover, MAX_RENDERED_LATEX, type FormulaHover, type HoverPiece } from '../../shared/formulaHover';
import type { HoverLook } from './hoverLook';
import type { PlacedReport } from './reportState';

/** Draws LaTeX as an element (Obsidian: `(latex, display) => renderMath(latex, display)`). */
export type MathRenderer = (latex: string, display: boolean) => HTMLElement;

type Make = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => HTMLElementTagNameMap[K];

function maker(doc: Document): Make {
  return (tag, className, text) => {
    const el = doc.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  };
}

/** The LaTeX drawn; undefined without a renderer, when it is too long to draw quickly, or when the renderer fails. */
function drawn(latex: string, display: boolean, render: MathRenderer | undefined): HTMLElement | undefined {
  if (!render || latex.length > MAX_RENDERED_LATEX) return undefined;
  try {
    const el = render(latex, display);
    el.classList.add('gradexp-hover-math');
    return el;
  } catch {
    return undefined; // A TeX error or a renderer not ready: the quoted source says the same.
  }
}

function paragraph(make: Make, pieces: readonly HoverPiece[]): HTMLElement {
  const p = make('p');
  for (const piece of pieces) p.append('code' in piece ? make('code', undefined, piece.code) : piece.text);
  return p;
}

function valuesTable(make: Make, table: NonNullable<FormulaHover['table']>, render: MathRenderer | undefined): HTMLElement {
  const el = make('table', 'gradexp-hover-values');
  const head = el.createTHead().insertRow();
  for (const title of ['side', 'value', ...table.formats]) head.append(make('th', undefined, title));
  const body = el.createTBody();
  for (const row of table.rows) {
    const tr = body.insertRow();
    tr.insertCell().append(drawn(row.source, false, render) ?? make('code', undefined, row.quoted));
    tr.insertCell().textContent = row.value;
    for (const cell of row.cells) tr.insertCell().textContent = cell;
  }
  return el;
}

function claimList(make: Make, claims: FormulaHover['claims']): HTMLElement {
  const list = make('ul', 'gradexp-hover-claims');
  for (const claim of claims) {
    const item = make('li');
    const verdict = make('strong', undefined, claim.verdict);
    item.append(make('code', undefined, claim.left), ` ${claim.relation} `, make('code', undefined, claim.right), ': ', verdict);
    if (claim.computed !== undefined) item.append(` — computed ${claim.computed}`);
    list.append(item);
  }
  return list;
}

/** The hover of one formula as DOM, in the document of the editor it shows in (Obsidian's pop-out windows have their own). */
export function tooltipDom(doc: Document, placed: PlacedReport, look: HoverLook, render: MathRenderer | undefined): HTMLElement {
  const { report } = placed;
  const hover = formulaHover(report, numberFormatter(look.digits), look.formats);
  const make = maker(doc);
  const root = make('div', `gradexp-hover gradexp-verdict-${report.verdict}`);
  const title = make('div', 'gradexp-hover-heading');
  title.append(make('strong', undefined, 'gradexp'), ` · ${hover.heading}`);
  root.append(title);
  // The formula itself only when it can be drawn: quoted, it would repeat the line the mouse is on.
  const formula = drawn(report.source, report.span.display, render);
  if (formula) root.append(formula);
  if (hover.table) root.append(valuesTable(make, hover.table, render));
  if (hover.claims.length > 0) root.append(claimList(make, hover.claims));
  for (const pieces of hover.notes) root.append(paragraph(make, pieces));
  return root;
}
